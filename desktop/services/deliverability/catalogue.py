"""Every check of a pre-flight check: its machine name, label, usual severity and points.

Points are close to what SpamAssassin adds for the same fault, after the rule named in the
comment (its scores change between versions; MPART_ALT_DIFF 2.2 and MIME_HTML_MOSTLY 0.1
were measured on the console's own messages). A fault no filter rule scores costs 0 points
and is judged by its severity alone. The views list the same names, translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.deliverability.findings import Finding, Level


@dataclass(frozen=True)
class Check:
    name: str
    label: str
    severity: Level
    points: float = 0.0


ERROR, WARNING, INFO = Level.ERROR, Level.WARNING, Level.INFO

CHECKS: dict[str, Check] = {
    check.name: check
    for check in (
        # the delivery's rules, as preparation runs them
        Check("typology_rule", "Typology control rule", WARNING),
        Check("sender_missing", "Sender address", ERROR),
        Check("proof_target_too_big", "Proof target size", ERROR),
        Check("template_syntax", "Template syntax", ERROR),
        Check("render_error", "Message rendering", ERROR),
        Check("no_sample_recipient", "Recipient checked", INFO),
        # MIME
        Check("text_part_missing", "Text alternative present", WARNING, 0.7),  # MIME_HTML_ONLY
        # MPART_ALT_DIFF 2.2 + MIME_HTML_MOSTLY 0.1 for an empty text part
        Check("text_part_empty", "Text alternative not empty", WARNING, 2.3),
        # MPART_ALT_DIFF
        Check("text_html_differ", "Text and HTML say the same", WARNING, 2.2),
        # HTML_IMAGE_ONLY_16 to _28: 2.0 to 2.8 (SpamAssassin 4.0.1, network tests off) on
        # short messages with an open pixel; _20's 2.1 is what most of them hit
        Check("html_image_only", "HTML not image-only", WARNING, 2.1),
        Check("message_size", "Message size", WARNING),
        # headers
        Check("header_line_too_long", "Header lines at most 998 characters", ERROR),
        Check("header_8bit", "Header bytes encoded", WARNING, 0.5),
        Check("date_missing", "Date header", ERROR, 1.4),  # MISSING_DATE
        Check("date_zone_not_numeric", "Date with a numeric zone", WARNING, 0.1),
        Check("message_id_missing", "Message-ID header", ERROR, 0.5),  # MISSING_MID
        Check("message_id_no_domain", "Message-ID with a domain", WARNING, 0.5),  # MSGID_NOFQDN
        Check("list_unsubscribe_missing", "List-Unsubscribe header", ERROR),
        Check("list_unsubscribe_no_mailto", "List-Unsubscribe by e-mail (mailto)", WARNING),
        Check("list_unsubscribe_not_https", "List-Unsubscribe over https", WARNING),
        Check("list_unsubscribe_post_missing", "One-click unsubscribe", WARNING),
        Check("list_id_missing", "List-Id header", WARNING),
        # links
        Check("link_text_domain", "Links go where their text says", WARNING, 1.0),  # URI mismatch
        Check("link_text_tracking_domain", "Link text and tracking domain", INFO),
        Check("tracking_url_not_https", "Tracking URL over https", WARNING),
        Check("tracking_url_loopback", "Tracking URL reachable by recipients", WARNING),
        Check("sender_tracking_domains", "Sender and tracking domains", INFO),
    )
}


def finding(
    name: str, details: str, *, severity: Level | None = None, points: float | None = None
) -> Finding:
    """A finding of a catalogued check; `severity` and `points` override its usual ones."""
    check = CHECKS[name]
    return Finding(
        severity=severity or check.severity,
        name=name,
        label=check.label,
        details=details,
        points=check.points if points is None else points,
    )

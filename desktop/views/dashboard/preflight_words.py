"""The pre-flight check's words in the GUI's language: each check's label by its machine
name (the service's catalogue has the same labels in English), the severities, the
ratings. lupdate reads the QT_TRANSLATE_NOOP calls."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Preflight"

CHECK_LABELS: dict[str, str] = {
    "typology_rule": QT_TRANSLATE_NOOP("Preflight", "Typology control rule"),
    "sender_missing": QT_TRANSLATE_NOOP("Preflight", "Sender address"),
    "proof_target_too_big": QT_TRANSLATE_NOOP("Preflight", "Proof target size"),
    "template_syntax": QT_TRANSLATE_NOOP("Preflight", "Template syntax"),
    "render_error": QT_TRANSLATE_NOOP("Preflight", "Message rendering"),
    "no_sample_recipient": QT_TRANSLATE_NOOP("Preflight", "Recipient checked"),
    "text_part_missing": QT_TRANSLATE_NOOP("Preflight", "Text alternative present"),
    "text_part_empty": QT_TRANSLATE_NOOP("Preflight", "Text alternative not empty"),
    "text_html_differ": QT_TRANSLATE_NOOP("Preflight", "Text and HTML say the same"),
    "html_image_only": QT_TRANSLATE_NOOP("Preflight", "HTML not image-only"),
    "message_size": QT_TRANSLATE_NOOP("Preflight", "Message size"),
    "header_line_too_long": QT_TRANSLATE_NOOP("Preflight", "Header lines at most 998 characters"),
    "header_8bit": QT_TRANSLATE_NOOP("Preflight", "Header bytes encoded"),
    "date_missing": QT_TRANSLATE_NOOP("Preflight", "Date header"),
    "date_zone_not_numeric": QT_TRANSLATE_NOOP("Preflight", "Date with a numeric zone"),
    "message_id_missing": QT_TRANSLATE_NOOP("Preflight", "Message-ID header"),
    "message_id_no_domain": QT_TRANSLATE_NOOP("Preflight", "Message-ID with a domain"),
    "list_unsubscribe_missing": QT_TRANSLATE_NOOP("Preflight", "List-Unsubscribe header"),
    "list_unsubscribe_no_mailto": QT_TRANSLATE_NOOP(
        "Preflight", "List-Unsubscribe by e-mail (mailto)"
    ),
    "list_unsubscribe_not_https": QT_TRANSLATE_NOOP("Preflight", "List-Unsubscribe over https"),
    "list_unsubscribe_post_missing": QT_TRANSLATE_NOOP("Preflight", "One-click unsubscribe"),
    "list_id_missing": QT_TRANSLATE_NOOP("Preflight", "List-Id header"),
    "link_text_domain": QT_TRANSLATE_NOOP("Preflight", "Links go where their text says"),
    "link_text_tracking_domain": QT_TRANSLATE_NOOP("Preflight", "Link text and tracking domain"),
    "tracking_url_not_https": QT_TRANSLATE_NOOP("Preflight", "Tracking URL over https"),
    "tracking_url_loopback": QT_TRANSLATE_NOOP("Preflight", "Tracking URL reachable by recipients"),
    "sender_tracking_domains": QT_TRANSLATE_NOOP("Preflight", "Sender and tracking domains"),
}

SEVERITY_WORDS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Preflight", "Error"),
    "warning": QT_TRANSLATE_NOOP("Preflight", "Warning"),
    "info": QT_TRANSLATE_NOOP("Preflight", "Information"),
}

RATING_WORDS: dict[str, str] = {
    "good": QT_TRANSLATE_NOOP("Preflight", "filters should let it through"),
    "at_risk": QT_TRANSLATE_NOOP("Preflight", "stricter filters may hold it back"),
    "likely_spam": QT_TRANSLATE_NOOP("Preflight", "filters will likely mark it as spam"),
}


def check_label(name: str, english: str) -> str:
    """A check's label translated; the service's English label for a check added later."""
    return QCoreApplication.translate(CONTEXT, CHECK_LABELS.get(name, english))


def severity_words(severity: str) -> str:
    return QCoreApplication.translate(CONTEXT, SEVERITY_WORDS.get(severity, severity))


def rating_words(rating: str) -> str:
    return QCoreApplication.translate(CONTEXT, RATING_WORDS.get(rating, rating))

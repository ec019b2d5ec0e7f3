"""Checks of a message's parts: a text alternative that is there, not empty and saying what
the HTML says; an HTML part that is not images alone; the size."""

from __future__ import annotations

from email.message import EmailMessage

from desktop.services.deliverability.catalogue import finding
from desktop.services.deliverability.findings import Finding
from desktop.services.deliverability.html_text import read_html, words
from desktop.services.deliverability.message_context import MessageContext

# Below this share of the HTML's words found in the text part, the two say different
# things (SpamAssassin's MPART_ALT_DIFF looks at the same); below the second, nothing alike.
SIMILAR_ENOUGH = 0.5
UNRELATED = 0.1
# An HTML part with an image and less than this reads as an image mail: SpamAssassin's
# HTML_IMAGE_ONLY_04 to _32 count the characters of the decoded HTML part, markup included
# (its HTML.pm), in bands of 400 up to 3,200. An open pixel is an image.
IMAGE_ONLY_HTML = 3200


def _part(message: EmailMessage, subtype: str) -> EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == f"text/{subtype}" and not part.is_attachment():
            return part  # type: ignore[return-value]
    return None


def _content(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, ValueError) as exc:  # an unknown charset, a broken encoding
        return f"[unreadable: {exc}]"


def check_parts(message: EmailMessage, size: int, context: MessageContext) -> list[Finding]:
    """`size`: the message's bytes as sent."""
    findings: list[Finding] = []
    html_part = _part(message, "html")
    text_part = _part(message, "plain")
    html_source = _content(html_part) if html_part is not None else ""
    html = read_html(html_source) if html_part is not None else None
    if html_part is not None and text_part is None:
        findings.append(
            finding("text_part_missing", "the message has an HTML part and no text/plain part")
        )
    elif text_part is not None:
        text = _content(text_part)
        if not text.strip():
            findings.append(
                finding(
                    "text_part_empty",
                    "the text/plain alternative is empty: filters score it as a message that "
                    "hides its text (give the delivery a text content)",
                )
            )
        elif html is not None:
            findings.extend(_similarity(html.text, text))
    if html is not None and html.images and len(html_source) < IMAGE_ONLY_HTML:
        findings.append(
            finding(
                "html_image_only",
                f"the HTML shows {html.images} image(s) in only {len(html_source):,} characters "
                f"({html.text_length:,} of them text; filters want {IMAGE_ONLY_HTML:,} or more "
                "beside an image, the open pixel included)",
            )
        )
    if size > context.size_limit:
        findings.append(
            finding(
                "message_size",
                f"the message is {size:,} bytes, over {context.size_limit:,}: "
                "Gmail clips it and hides the rest, open pixel included",
            )
        )
    return findings


def _similarity(html_text: str, text: str) -> list[Finding]:
    html_words = words(html_text)
    if not html_words:
        return []
    shared = len(html_words & words(text)) / len(html_words)
    if shared >= SIMILAR_ENOUGH:
        return []
    return [
        finding(
            "text_html_differ",
            f"only {shared:.0%} of the HTML's words are in the text alternative "
            f"(at least {SIMILAR_ENOUGH:.0%} expected)",
            points=None if shared < UNRELATED else 0.8,
        )
    ]

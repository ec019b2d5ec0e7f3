"""MIME messages of a delivery: HTML + text alternative, tracked links, unsubscribe headers.

Built as bytes from a skeleton made once per delivery, not with email.message: the modern
EmailMessage API parses and refolds every header and is the slowest step of a send
(measurements.md: ~250 messages/s against ~10,000 renders/s). Only what changes per
recipient is encoded per message, with the C encoders of binascii. Lines end in CRLF
(email.policy.SMTP), bodies are quoted-printable UTF-8, so any relay accepts them.
"""

from __future__ import annotations

import html
import re
import uuid
from binascii import b2a_base64, b2a_qp
from dataclasses import dataclass
from email.utils import formataddr, formatdate

from desktop.services.messages.rendering import Rendered
from desktop.services.messages.tracking_links import LinkSigner

# href="http..." or href='http...' in rendered HTML: the links to track.
_LINK = re.compile(r"""(<a\b[^>]*?\bhref\s*=\s*)(["'])(https?://[^"'>\s]+)\2""", re.IGNORECASE)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")

# Recognised by the Outbox view and by the audience simulation.
DELIVERY_HEADER = "X-Campaign-Console-Delivery"


@dataclass(frozen=True)
class BuiltMessage:
    message_id: str  # with its angle brackets, as in the header
    data: bytes


def _one_line(value: str) -> str:
    """No header injection: a CR or LF in a value would start a new header."""
    return " ".join(value.splitlines()).strip()


# UTF-8 bytes per RFC 2047 encoded word: 52 base64 characters, a 64-character word, so a
# folded "Subject: " line stays under the 76 characters RFC 2047 allows.
_WORD_BYTES = 39


def _encoded_header(value: str) -> str:
    """A header value as is when it is short ASCII, else as UTF-8 "B" encoded words, folded.

    Written out rather than with email.header.Header, which costs 55 µs a subject."""
    value = _one_line(value)
    if value.isascii() and len(value) < 900:
        return value
    data = value.encode("utf-8")
    words = []
    start = 0
    while start < len(data):
        end = min(start + _WORD_BYTES, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # never split a character
            end -= 1
        encoded = b2a_base64(data[start:end], newline=False).decode("ascii")
        words.append(f"=?utf-8?b?{encoded}?=")
        start = end
    return "\r\n ".join(words)


def _qp(text: str) -> bytes:
    # b2a_qp breaks long lines with a bare LF unless the text's first line ends in CRLF:
    # every line break ends up as CRLF, as SMTP wants.
    if "\r" in text:  # most templates have none: the substitution costs as much as b2a_qp
        text = _LINE_BREAKS.sub("\n", text)
    encoded = b2a_qp(text.encode("utf-8"), istext=True)
    return encoded.replace(b"\n", b"\r\n")


class MessageBuilder:
    """Builds the messages of one delivery; one instance per delivery, used by many threads."""

    def __init__(
        self,
        *,
        delivery_id: int,
        sender_address: str,
        sender_name: str = "",
        reply_to: str = "",
        signer: LinkSigner,
    ) -> None:
        self.delivery_id = delivery_id
        self.signer = signer
        self.sender_address = _one_line(sender_address)
        self.domain = self.sender_address.rpartition("@")[2] or "campaign-console.invalid"
        sender = formataddr((_one_line(sender_name), self.sender_address), charset="utf-8")
        fixed = [f"From: {sender}", "MIME-Version: 1.0", f"{DELIVERY_HEADER}: {delivery_id}"]
        if reply_to.strip():
            fixed.append(f"Reply-To: {_one_line(reply_to)}")
        self._fixed_headers = "\r\n".join(fixed)
        self._tracking_prefix = signer.base_url + "/"

    def track_links(self, html_text: str, recipient_id: int) -> str:
        """Links to the tracking server's click redirect, and the open pixel before </body>."""
        signer, delivery_id, prefix = self.signer, self.delivery_id, self._tracking_prefix

        def rewrite(match: re.Match[str]) -> str:
            target = html.unescape(match.group(3))
            if target.startswith(prefix):  # unsubscribe and mirror links are tracked already
                return match.group(0)
            tracked = signer.click_url(delivery_id, recipient_id, target)
            quote = match.group(2)
            return f"{match.group(1)}{quote}{html.escape(tracked)}{quote}"

        tracked_html = _LINK.sub(rewrite, html_text)
        pixel = (
            f'<img src="{html.escape(signer.open_pixel_url(delivery_id, recipient_id))}"'
            ' width="1" height="1" alt="" style="display:block;border:0">'
        )
        ends = [m.start() for m in _BODY_END.finditer(tracked_html)]
        if not ends:
            return tracked_html + pixel
        at = ends[-1]  # before the last </body>
        return tracked_html[:at] + pixel + tracked_html[at:]

    def build(self, recipient_id: int, address: str, rendered: Rendered) -> BuiltMessage:
        message_id = f"<{uuid.uuid4().hex}.{self.delivery_id}.{recipient_id}@{self.domain}>"
        boundary = f"=_cc_{uuid.uuid4().hex}"
        unsubscribe = self.signer.unsubscribe_url(self.delivery_id, recipient_id)
        headers = (
            f"{self._fixed_headers}\r\n"
            f"To: {_one_line(address)}\r\n"
            f"Subject: {_encoded_header(rendered.subject)}\r\n"
            f"Date: {formatdate(localtime=False, usegmt=True)}\r\n"
            f"Message-ID: {message_id}\r\n"
            f"List-Unsubscribe: <{unsubscribe}>\r\n"
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
            f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n'
            "\r\n"
        )
        part_head = (
            "Content-Type: text/{kind}; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        )
        html_body = self.track_links(rendered.html, recipient_id)
        data = b"".join(
            (
                headers.encode("utf-8"),
                f"--{boundary}\r\n".encode(),
                part_head.format(kind="plain").encode(),
                _qp(rendered.text),
                f"\r\n--{boundary}\r\n".encode(),
                part_head.format(kind="html").encode(),
                _qp(html_body),
                f"\r\n--{boundary}--\r\n".encode(),
            )
        )
        return BuiltMessage(message_id=message_id, data=data)

"""MIME messages of a delivery: HTML + text alternative, tracked links, unsubscribe headers.

Built as bytes from a skeleton made once per delivery, not with email.message: the modern
EmailMessage API parses and refolds every header and is the slowest step of a send
(measurements.md: ~250 messages/s against ~10,000 renders/s). Only what changes per
recipient is encoded per message, with the C encoders of binascii. Lines end in CRLF
(email.policy.SMTP), bodies are quoted-printable UTF-8, so any relay accepts them.

What filters and mailbox providers look at: a text part that says what the HTML says
(when the delivery has none, rendered from a text template derived from the HTML:
messages.text_template, or else converted from this message's HTML: messages.html_text),
no HTML part when the HTML is empty (an open pixel alone would make the message look
image-only), `List-Id`, `List-Unsubscribe` with a `mailto:` alternative and, with an https
tracking URL, one-click unsubscription (RFC 8058), a `Date` in a numeric zone, and header
lines folded under 78 characters, non-ASCII words in RFC 2047 encoded words of at most 75.
The headers fixed for a delivery are folded once by the email package's SMTP policy; the
subject, which changes per recipient, by `_encoded_header` (the policy takes ~0.8 ms).
"""

from __future__ import annotations

import html
import re
import uuid
from binascii import b2a_base64, b2a_qp
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.policy import SMTP
from email.utils import format_datetime

from desktop.services.messages.html_text import html_to_text
from desktop.services.messages.list_headers import ListHeaders
from desktop.services.messages.rendering import DeliveryRenderer, Rendered
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
# Header lines are folded to at most this many characters (RFC 5322 §2.1.1 "SHOULD").
_LINE = 78
# The longest RFC 2047 encoded word (§2), and what one looks like.
_ENCODED_WORD = 75
_ENCODED_WORDS = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def _encoded_words(value: str) -> str:
    """A value as UTF-8 "B" encoded words, one a line (folded)."""
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


def _folded_ascii(value: str, first: int) -> str | None:
    """An ASCII value folded at its spaces into lines of at most _LINE characters (the first
    holds `first` characters of header name already), or None when a word is too long."""
    lines: list[str] = []
    current = ""
    room = _LINE - first
    for word in value.split(" "):
        if len(word) > _LINE - 1:
            return None
        if not lines and not current:
            current = word
        elif len(current) + 1 + len(word) <= room:
            current = f"{current} {word}"
        else:
            lines.append(current)
            current, room = word, _LINE - 1
    lines.append(current)
    return "\r\n ".join(lines)


def _encoded_header(value: str, name: str = "Subject") -> str:
    """A header value as is when it is short ASCII, folded at its spaces when it is long
    ASCII, else as UTF-8 "B" encoded words, folded.

    Written out rather than with the email package's policy, which costs ~0.8 ms a subject.
    ASCII that reads like an encoded word (`=?`) is encoded, so no reader decodes it."""
    value = _one_line(value)
    if value.isascii() and "=?" not in value:
        if len(name) + 2 + len(value) <= _LINE:
            return value
        folded = _folded_ascii(value, len(name) + 2)
        if folded is not None:
            return folded
    return _encoded_words(value)


def _address_header(name: str, display_name: str, address: str) -> str:
    """`Name: display name <address>` folded by the email package's SMTP policy: a
    non-ASCII display name becomes encoded words of at most 75 characters, and no line
    passes 78 characters unless a single word does. Ends without a line break."""
    display_name = _one_line(display_name)
    try:
        header = SMTP.header_factory(name, [Address(display_name=display_name, addr_spec=address)])
        folded = header.fold(policy=SMTP).removesuffix("\r\n")
    except (HeaderParseError, ValueError, IndexError):
        folded = ""
    if (
        folded
        and max(len(line) for line in folded.split("\r\n")) <= _LINE
        and all(len(word) <= _ENCODED_WORD for word in _ENCODED_WORDS.findall(folded))
    ):
        return folded
    # An unbreakable run (a name with no space), or an encoded word the policy made too
    # long (it can make 76 characters of CJK): as our own encoded words, which fold anywhere.
    if not display_name:
        return f"{name}: {address}"
    return f"{name}: {_encoded_words(display_name)}\r\n <{address}>"


def _unstructured_header(name: str, value: str) -> str:
    """An unstructured header (List-Id) folded by the email package's SMTP policy."""
    return SMTP.header_factory(name, _one_line(value)).fold(policy=SMTP).removesuffix("\r\n")


def _qp(text: str) -> bytes:
    # b2a_qp breaks long lines with a bare LF unless the text's first line ends in CRLF:
    # every line break ends up as CRLF, as SMTP wants.
    if "\r" in text:  # most templates have none: the substitution costs as much as b2a_qp
        text = _LINE_BREAKS.sub("\n", text)
    encoded = b2a_qp(text.encode("utf-8"), istext=True)
    return encoded.replace(b"\n", b"\r\n")


_PART_HEAD = (
    "Content-Type: text/{kind}; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
)


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
        list_headers: ListHeaders | None = None,
    ) -> None:
        list_headers = list_headers or ListHeaders()
        self.delivery_id = delivery_id
        self.signer = signer
        self.sender_address = _one_line(sender_address)
        self.domain = self.sender_address.rpartition("@")[2] or "campaign-console.invalid"
        fixed = [
            _address_header("From", sender_name, self.sender_address),
            "MIME-Version: 1.0",
            f"{DELIVERY_HEADER}: {delivery_id}",
        ]
        if reply_to.strip():
            fixed.append(f"Reply-To: {_one_line(reply_to)}")
        if list_headers.list_id:
            fixed.append(_unstructured_header("List-Id", list_headers.list_id))
        self._fixed_headers = "\r\n".join(fixed)
        self._tracking_prefix = signer.base_url + "/"
        self._unsubscribe_mailbox = _one_line(list_headers.unsubscribe_mailbox)
        # RFC 8058: one-click unsubscription is an HTTPS POST.
        self._one_click = signer.base_url.lower().startswith("https://")

    @classmethod
    def for_renderer(
        cls,
        renderer: DeliveryRenderer,
        sender_address: str,
        sender_name: str = "",
        reply_to: str = "",
    ) -> MessageBuilder:
        """The builder of the messages `renderer` renders: its delivery, its link signer and
        its list headers, so every message of a delivery (sent, proof, checked) is alike."""
        return cls(
            delivery_id=renderer.spec.delivery_id,
            sender_address=sender_address,
            sender_name=sender_name,
            reply_to=reply_to,
            signer=renderer.signer,
            list_headers=renderer.spec.list_headers,
        )

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

    def unsubscribe_headers(self, recipient_id: int) -> str:
        """List-Unsubscribe (RFC 2369): the mailbox's mailto: (the subject carries the
        signed token, so whoever reads the mailbox knows who asked) and the tracking
        server's link; List-Unsubscribe-Post when that link is https (RFC 8058)."""
        url = self.signer.unsubscribe_url(self.delivery_id, recipient_id)
        uris = []
        if self._unsubscribe_mailbox:
            token = url.rpartition("/")[2]
            uris.append(f"<mailto:{self._unsubscribe_mailbox}?subject=unsubscribe%20{token}>")
        uris.append(f"<{url}>")
        lines = "List-Unsubscribe: " + ",\r\n ".join(uris) + "\r\n"
        if self._one_click:
            lines += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
        return lines

    def build(self, recipient_id: int, address: str, rendered: Rendered) -> BuiltMessage:
        message_id = f"<{uuid.uuid4().hex}.{self.delivery_id}.{recipient_id}@{self.domain}>"
        headers = (
            f"{self._fixed_headers}\r\n"
            f"To: {_one_line(address)}\r\n"
            f"Subject: {_encoded_header(rendered.subject)}\r\n"
            f"Date: {format_datetime(datetime.now(UTC))}\r\n"
            f"Message-ID: {message_id}\r\n"
            f"{self.unsubscribe_headers(recipient_id)}"
        )
        text = rendered.text
        if not rendered.html.strip():
            # No HTML: a text message, without an open pixel that would be all its HTML.
            body = _qp(text)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            data = b"".join(
                (headers.encode("utf-8"), _PART_HEAD.format(kind="plain").encode(), body)
            )
            return BuiltMessage(message_id=message_id, data=data)
        if not text.strip():
            # No text derived from the template (messages.text_template says when): this
            # message's HTML converted, ~0.3-0.7 ms. The links as written, not tracked.
            text = html_to_text(rendered.html)
        boundary = f"=_cc_{uuid.uuid4().hex}"
        html_body = self.track_links(rendered.html, recipient_id)
        data = b"".join(
            (
                headers.encode("utf-8"),
                f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'.encode(),
                f"--{boundary}\r\n".encode(),
                _PART_HEAD.format(kind="plain").encode(),
                _qp(text),
                f"\r\n--{boundary}\r\n".encode(),
                _PART_HEAD.format(kind="html").encode(),
                _qp(html_body),
                f"\r\n--{boundary}--\r\n".encode(),
            )
        )
        return BuiltMessage(message_id=message_id, data=data)

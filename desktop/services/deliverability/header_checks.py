"""Checks of a message's headers, on the bytes a relay receives: line lengths and 8-bit
bytes (RFC 5322 §2.1.1, RFC 2047), Date, Message-ID, List-Unsubscribe (RFC 2369, RFC 8058
one-click) and List-Id (RFC 2919)."""

from __future__ import annotations

import re
from email.message import EmailMessage

from desktop.services.deliverability.catalogue import finding
from desktop.services.deliverability.findings import Finding, Level
from desktop.services.deliverability.message_context import MessageContext

MAX_LINE = 998  # characters, CRLF not counted (RFC 5322 §2.1.1)
_NUMERIC_ZONE = re.compile(r"[+-]\d{4}(\s*\([^)]*\))?\s*$")
_MESSAGE_ID = re.compile(r"^\s*<[^<>@\s]+@([^<>@\s]+)>\s*$")
_BRACKETED = re.compile(r"<([^<>]*)>")
_ONE_CLICK = "list-unsubscribe=one-click"


def header_block(data: bytes) -> list[bytes]:
    """The header lines of a message's bytes, without their line ends (continuations too)."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        end = data.find(b"\n\n")
    head = data if end < 0 else data[:end]
    return [line.rstrip(b"\r") for line in head.split(b"\n")]


def _name_of(lines: list[bytes], index: int) -> str:
    """The header a line belongs to (a continuation line belongs to the one above)."""
    for line in reversed(lines[: index + 1]):
        if line[:1] not in (b" ", b"\t"):
            return line.partition(b":")[0].decode("ascii", "replace")
    return "?"


def raw_value(data: bytes, name: str) -> str | None:
    """A header's value as written (unfolded), not as the email package rewrites it (it
    turns a Date's `GMT` into `-0000`); None when the message lacks it."""
    wanted = name.lower().encode("ascii")
    value: list[bytes] | None = None
    for line in header_block(data):
        if value is not None and line[:1] in (b" ", b"\t"):
            value.append(line)
            continue
        if value is not None:
            break
        field_name, colon, rest = line.partition(b":")
        if colon and field_name.strip().lower() == wanted:
            value = [rest]
    if value is None:
        return None
    return " ".join(b"".join(value).decode("utf-8", "replace").split())


def check_lines(data: bytes) -> list[Finding]:
    findings = []
    lines = header_block(data)
    long = [(i, len(line)) for i, line in enumerate(lines) if len(line) > MAX_LINE]
    if long:
        shown = ", ".join(f"{_name_of(lines, i)} ({length} characters)" for i, length in long[:3])
        findings.append(
            finding(
                "header_line_too_long",
                f"{len(long)} header line(s) longer than {MAX_LINE} characters: {shown}; "
                "relays may refuse or cut the message",
            )
        )
    raw = sorted({_name_of(lines, i) for i, line in enumerate(lines) if not line.isascii()})
    if raw:
        findings.append(
            finding(
                "header_8bit",
                f"unencoded 8-bit bytes in {', '.join(raw)}: a relay without SMTPUTF8 may "
                "refuse them; encoded words (RFC 2047) carry any language",
            )
        )
    return findings


def check_date(data: bytes) -> list[Finding]:
    value = raw_value(data, "Date")
    if not value:
        return [finding("date_missing", "the message has no Date header")]
    if not _NUMERIC_ZONE.search(value):
        return [
            finding(
                "date_zone_not_numeric",
                f"Date: {value}: the zone is a name, which RFC 5322 marks obsolete; "
                "write it as a number (+0000)",
            )
        ]
    return []


def check_message_id(data: bytes) -> list[Finding]:
    value = raw_value(data, "Message-ID")
    if not value:
        return [finding("message_id_missing", "the message has no Message-ID header")]
    match = _MESSAGE_ID.match(value)
    if match is None or "." not in match.group(1).strip("."):
        return [finding("message_id_no_domain", f"Message-ID: {value}: expected <unique@a.domain>")]
    return []


def check_list_headers(message: EmailMessage, context: MessageContext) -> list[Finding]:
    findings = []
    value = message.get("List-Unsubscribe")
    if value is None or not str(value).strip():
        findings.append(
            finding(
                "list_unsubscribe_missing",
                "the message has no List-Unsubscribe header: mailbox providers ask bulk "
                "senders for one, and recipients press Spam instead",
            )
        )
    else:
        targets = [t.strip() for t in _BRACKETED.findall(str(value))]
        findings.extend(_unsubscribe_targets(targets, message, context))
    if message.get("List-Id") is None:
        findings.append(
            finding(
                "list_id_missing",
                "the message has no List-Id header: mailbox providers use it to group a "
                "sender's mailings and their complaints",
            )
        )
    return findings


def _unsubscribe_targets(
    targets: list[str], message: EmailMessage, context: MessageContext
) -> list[Finding]:
    findings = []
    lowered = [t.lower() for t in targets]
    if not any(t.startswith("mailto:") for t in lowered):
        findings.append(
            finding(
                "list_unsubscribe_no_mailto",
                "List-Unsubscribe has no mailto: address; some providers only offer "
                "unsubscribing by e-mail",
            )
        )
    has_https = any(t.startswith("https://") for t in lowered)
    if any(t.startswith("http://") for t in lowered) and not has_https:
        findings.append(
            finding(
                "list_unsubscribe_not_https",
                "List-Unsubscribe offers an http:// URL only; one-click unsubscribing "
                "(RFC 8058) needs https",
                severity=None if context.real_send else Level.INFO,
            )
        )
    post = " ".join(str(message.get("List-Unsubscribe-Post", "")).split()).lower()
    if has_https and post != _ONE_CLICK:
        findings.append(
            finding(
                "list_unsubscribe_post_missing",
                "List-Unsubscribe has an https URL but no "
                "'List-Unsubscribe-Post: List-Unsubscribe=One-Click'",
            )
        )
    return findings

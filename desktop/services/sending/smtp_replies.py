"""Whose refusal an SMTP answer is: the relay's (or our sender's), or the recipient's.

Pure: no SMTP, no database. A refusal that is the relay's pauses the delivery with the
reason, quarantines nobody and counts no bounce (the message goes back to be sent on
resume); one that is the recipient's is a hard (5xx) or soft (4xx) bounce of that
recipient. The answer is read by the SMTP stage it came at and by its enhanced status code
(RFC 3463, "class.subject.detail"):

- connect, EHLO/HELO, STARTTLS, AUTH and MAIL FROM: always the relay's;
- RCPT TO: the recipient's, unless the answer is about the client, not the recipient.
  Postfix evaluates its client, HELO and sender restrictions at RCPT TO (smtpd_delay_reject),
  so "554 5.7.1 <host[ip]>: Client host rejected", "504 5.5.2 <name>: Helo command rejected",
  "554 5.7.1 <addr>: Relay access denied" and "553 5.7.1 <addr>: Sender address rejected"
  come there, to every recipient alike. Decided: the text names the recipient ("Recipient
  address rejected", e.g. "550 5.7.1 Recipient address rejected: Access denied") -> the
  recipient's; it names the client, HELO, sender, relaying or authentication -> the
  relay's; otherwise the subject of the enhanced code decides: X.1 (addressing) and
  X.2 (mailbox) are the recipient's, except X.1.7 / X.1.8 (the sender's address); X.3
  (the mail system) and X.5 (the protocol) are the relay's; X.4 (routing), X.6 (content)
  and X.7 (policy) not naming the client are the recipient's. 530 (authentication
  required) is the relay's. Without an enhanced code, the recipient's, as before.
- DATA (the answer after the message): the message's, hence the recipient's, unless it
  names the client as above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    CONNECT = "connect"
    EHLO = "EHLO"
    STARTTLS = "STARTTLS"
    AUTH = "AUTH"
    MAIL = "MAIL FROM"
    RCPT = "RCPT TO"
    DATA = "DATA"


class Party(StrEnum):
    RELAY = "relay"  # the relay will not take mail from us: pause, bounce nobody
    RECIPIENT = "recipient"  # about this recipient (or this message): a bounce


_ENHANCED = re.compile(r"^\s*([245])\.(\d{1,3})\.(\d{1,3})\b")
# Postfix's own words for a restriction on the recipient.
_ABOUT_RECIPIENT = re.compile(r"recipient address rejected", re.IGNORECASE)
# Words of an answer about the client: its host or IP, its HELO name, the envelope
# sender, relaying, logging in, a DNS block list.
_ABOUT_CLIENT = re.compile(
    r"client host|helo command|sender address|relay access|relaying denied"
    r"|authentication required|must authenticate|blocked using|\bblacklisted\b|\bdnsbl\b",
    re.IGNORECASE,
)
_RECIPIENT_SUBJECTS = frozenset({1, 2, 4, 6, 7})
_SENDER_ADDRESS_DETAILS = frozenset({7, 8})  # X.1.7 bad sender address, X.1.8 its system


@dataclass(frozen=True, slots=True)
class EnhancedCode:
    klass: int
    subject: int
    detail: int

    def __str__(self) -> str:
        return f"{self.klass}.{self.subject}.{self.detail}"


def enhanced_code(text: str) -> EnhancedCode | None:
    """The RFC 3463 code an answer's text starts with ("5.7.1 Client host rejected"), or None."""
    match = _ENHANCED.match(text)
    if match is None:
        return None
    return EnhancedCode(int(match[1]), int(match[2]), int(match[3]))


def names_the_client(text: str) -> bool:
    """Whether an answer is about the client (host, HELO, sender, relaying, login), not
    about the recipient it came for."""
    return _ABOUT_RECIPIENT.search(text) is None and _ABOUT_CLIENT.search(text) is not None


def whose_refusal(stage: Stage, code: int, text: str) -> Party:
    """Whose refusal `code text`, answered at `stage`, is (see the module's rules)."""
    if stage not in (Stage.RCPT, Stage.DATA):
        return Party.RELAY
    if _ABOUT_RECIPIENT.search(text):
        return Party.RECIPIENT
    if names_the_client(text) or code == 530:
        return Party.RELAY
    if stage is Stage.DATA:
        return Party.RECIPIENT
    enhanced = enhanced_code(text)
    if enhanced is None:
        return Party.RECIPIENT
    if enhanced.subject == 1 and enhanced.detail in _SENDER_ADDRESS_DETAILS:
        return Party.RELAY
    return Party.RECIPIENT if enhanced.subject in _RECIPIENT_SUBJECTS else Party.RELAY


def relay_refusal(relay: object, stage: Stage, code: int, text: str) -> str:
    """The reason a delivery pauses with: which relay, at which stage, its answer."""
    return f"the SMTP relay {relay} refused at {stage.value}: {code} {text}".rstrip()

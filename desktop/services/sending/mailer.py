"""A few messages through the platform's relay, each with the relay's answer: proofs and
notifications, not campaigns (services.sending.engine sends those, with claims, pacing
and retries).

One session, opened as the send engine opens its own (services.sending.relay_session), carries
every message in turn. Each recipient gets an outcome: accepted, with the relay's reply,
or why not (the relay's refusal, an address the envelope cannot carry, a relay that
cannot be reached). A dropped connection is opened again once; nothing here raises for a
message that did not go.
"""

from __future__ import annotations

import smtplib
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.services.sending.relay_session import (
    LoginGate,
    RelaySessionError,
    close_politely,
    discard,
    reply_text,
)
from desktop.services.sending.smtp_replies import Party, Stage, relay_refusal, whose_refusal
from desktop.services.sending.smtp_transmit import (
    as_wire_data,
    envelope_address_problem,
    transmit,
)
from desktop.services.settings.relay_settings import RelayTarget


@dataclass(frozen=True)
class OutgoingMessage:
    recipient: str  # the envelope address (RCPT TO)
    data: bytes  # the whole message, headers and body, lines ending in CRLF


@dataclass(frozen=True)
class MailOutcome:
    recipient: str
    accepted: bool
    # The relay's reply ("250 OK"), its refusal ("550 no such user"), or what kept the
    # message from reaching it.
    detail: str


class _RelayUnusable(Exception):
    """No session can be opened: every message still to go fails with this reason."""


class _Session:
    """The one SMTP session of a mailing, opened when first needed."""

    def __init__(self, relay: RelayTarget, sender: str) -> None:
        self.relay = relay
        self.sender = sender
        self.smtp: smtplib.SMTP | None = None
        self.gate = LoginGate()  # a refused login is not tried again for the next message

    def get(self) -> smtplib.SMTP:
        if self.smtp is None:
            try:
                self.smtp = self.gate.open(self.relay, self.sender)
            except RelaySessionError as exc:
                raise _RelayUnusable(exc.reason) from None
        return self.smtp

    def drop(self) -> None:
        discard(self.smtp)
        self.smtp = None

    def close(self) -> None:
        close_politely(self.smtp)
        self.smtp = None


def _refusal(code: int, text: bytes | str) -> str:
    return f"{code} {reply_text(text)}".strip()


def _refused(
    session: _Session, message: OutgoingMessage, stage: Stage, code: int, raw: bytes | str
) -> MailOutcome:
    """The recipient's refusal; or the relay's (services.sending.smtp_replies), which every
    message left would meet alike: _RelayUnusable."""
    text = reply_text(raw)
    if whose_refusal(stage, code, text) is Party.RELAY:
        reason = relay_refusal(session.relay, stage, code, text)
        if stage is Stage.MAIL:
            reason += f" (sender {session.sender!r})"
        raise _RelayUnusable(reason)
    return MailOutcome(message.recipient, False, f"{code} {text}".strip())


def _send_one(session: _Session, sender: str, message: OutgoingMessage) -> MailOutcome:
    """One message; _RelayUnusable when no session can be had for it."""
    wire_data = as_wire_data(message.data)
    for attempt in (1, 2):
        smtp = session.get()
        try:
            code, reply = transmit(smtp, sender, message.recipient, wire_data)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = exc.recipients.get(message.recipient, (550, b"recipient refused"))
            return _refused(session, message, Stage.RCPT, code, text)
        except smtplib.SMTPSenderRefused as exc:
            if exc.smtp_code != 421:
                return _refused(session, message, Stage.MAIL, exc.smtp_code, exc.smtp_error)
            lost = _refusal(exc.smtp_code, exc.smtp_error)
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code != 421:
                return _refused(session, message, Stage.DATA, exc.smtp_code, exc.smtp_error)
            lost = _refusal(exc.smtp_code, exc.smtp_error)  # the relay closed the session
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            lost = f"connection lost: {exc}"
        else:
            return MailOutcome(message.recipient, True, _refusal(code, reply))
        session.drop()
        if attempt == 2:
            return MailOutcome(message.recipient, False, lost)
        # once more, on a new session
    raise AssertionError("unreachable")


def send_messages(
    relay: RelayTarget, sender: str, messages: Sequence[OutgoingMessage]
) -> list[MailOutcome]:
    """Sends each message from `sender` (the envelope's MAIL FROM) through the relay;
    returns one outcome per message, in their order."""
    sender_problem = envelope_address_problem(sender)
    if sender_problem is not None:
        detail = f"the sender address {sender!r} cannot be used: {sender_problem}"
        return [MailOutcome(m.recipient, False, detail) for m in messages]
    outcomes: list[MailOutcome] = []
    session = _Session(relay, sender)
    relay_problem: str | None = None
    try:
        for message in messages:
            problem = envelope_address_problem(message.recipient) or relay_problem
            if problem is not None:
                outcomes.append(MailOutcome(message.recipient, False, problem))
                continue
            try:
                outcomes.append(_send_one(session, sender, message))
            except _RelayUnusable as exc:
                # Down, or refusing the login: the same for every message left.
                relay_problem = str(exc)
                outcomes.append(MailOutcome(message.recipient, False, relay_problem))
    finally:
        session.close()
    return outcomes

"""Sending the queued notifications (services.notifications.queue) through the relay.

The scheduler loop calls `deliver_queued` at every poll (in the application, so queued
e-mails leave within seconds; and in `campaign-console scheduler`), and the CLI after a
command that queued some. Each e-mail is plain UTF-8 text from the option
NmsEmail_DefaultFromAddr. One that cannot be sent keeps its error and is tried again on
later calls, spaced out (RETRY_AFTER), until MAX_ATTEMPTS; its delivery's journal gets one
warning the first time, never one per retry, and a line when it finally leaves. A relay
that is down never fails the caller: the e-mails wait in the queue.

Two callers at once (the application and a command) never send one e-mail twice: each
attempt is claimed first, by raising `attempts` from the value read.
"""

from __future__ import annotations

import email.policy
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from desktop.models import Notification, utcnow
from desktop.models.database import Sessions
from desktop.models.enums import JournalLevel
from desktop.services.delivery import journal
from desktop.services.messages.builder import DELIVERY_HEADER
from desktop.services.runtime import busy_retry
from desktop.services.sending.mailer import MailOutcome, OutgoingMessage, send_messages
from desktop.services.settings.options import get_value
from desktop.services.settings.relay_settings import RelayTarget

SENDER_OPTION = "NmsEmail_DefaultFromAddr"
SENDER_NAME = "Campaign Console"
# An e-mail's attempts, and how long after it was queued each may be made (seconds): at
# once, then spaced, so that a relay down for a while does not use them all up.
RETRY_AFTER = (0, 60, 5 * 60, 30 * 60, 2 * 3600)
MAX_ATTEMPTS = len(RETRY_AFTER)
DEFAULT_LIMIT = 50

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NotificationCounts:
    sent: int = 0
    failed: int = 0  # tried now and not sent (still queued unless given up)
    given_up: int = 0  # of those, the ones that had their last attempt

    def as_dict(self) -> dict[str, int]:
        return {"sent": self.sent, "failed": self.failed, "given_up": self.given_up}


@dataclass(frozen=True)
class _Claimed:
    id: int
    delivery_id: int | None
    address: str
    subject: str
    body: str
    attempt: int  # this attempt's number, from 1
    earlier_error: str


def _due(now: datetime) -> Any:
    """Unsent notifications whose next attempt has come."""
    waited = [
        and_(Notification.attempts == done, Notification.created_at <= now - timedelta(seconds=s))
        for done, s in enumerate(RETRY_AFTER)
    ]
    return and_(Notification.sent_at.is_(None), or_(*waited))


def has_due(session: Session, now: datetime | None = None) -> bool:
    """Whether any notification waits to be sent now: one indexed look, for callers that
    would start a relay (an outbox) only to send them."""
    found = session.scalar(select(Notification.id).where(_due(now or utcnow())).limit(1))
    return found is not None


def _claim(session: Session, now: datetime, limit: int) -> list[_Claimed]:
    rows = session.scalars(
        select(Notification).where(_due(now)).order_by(Notification.id).limit(limit)
    ).all()
    claimed = []
    for row in rows:
        taken = session.execute(
            update(Notification)
            .where(
                Notification.id == row.id,
                Notification.attempts == row.attempts,
                Notification.sent_at.is_(None),
            )
            .values(attempts=Notification.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:
            claimed.append(
                _Claimed(
                    row.id,
                    row.delivery_id,
                    row.address,
                    row.subject,
                    row.body,
                    row.attempts + 1,
                    row.error or "",
                )
            )
    return claimed


def _one_line(text: str) -> str:
    return " ".join(text.split())


def notification_message(
    sender: str, address: str, subject: str, body: str, delivery_id: int | None = None
) -> bytes:
    """The e-mail: plain UTF-8 text with Date, Message-ID, From, To and Subject, and the
    delivery it is about in the header the Outbox lists (as a delivery's messages do)."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["From"] = formataddr((SENDER_NAME, sender))
    message["To"] = address
    message["Subject"] = _one_line(subject)
    if delivery_id is not None:
        message[DELIVERY_HEADER] = str(delivery_id)
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def _outgoing(sender: str, claim: _Claimed) -> OutgoingMessage | MailOutcome:
    try:
        data = notification_message(
            sender, claim.address, claim.subject, claim.body, claim.delivery_id
        )
    except (ValueError, TypeError) as exc:  # an address or subject no header can hold
        return MailOutcome(claim.address, False, f"cannot be written as an e-mail: {exc}")
    return OutgoingMessage(claim.address, data)


def _send(relay: RelayTarget, sender: str, claimed: list[_Claimed]) -> list[MailOutcome]:
    built = [_outgoing(sender, claim) for claim in claimed]
    messages = [item for item in built if isinstance(item, OutgoingMessage)]
    relayed = iter(send_messages(relay, sender, messages) if messages else [])
    return [item if isinstance(item, MailOutcome) else next(relayed) for item in built]


def _record(session: Session, claim: _Claimed, outcome: MailOutcome, now: datetime) -> None:
    row = session.get(Notification, claim.id)
    if row is None:  # its delivery was deleted meanwhile
        return
    about = {"address": claim.address, "subject": repr(_one_line(claim.subject))}
    if outcome.accepted:
        row.sent_at = now
        row.error = ""
        if claim.earlier_error and claim.delivery_id is not None:
            journal.add(
                session,
                claim.delivery_id,
                JournalLevel.INFO,
                "notification.sent_late",
                attempt=claim.attempt,
                **about,
            )
        return
    row.error = outcome.detail
    if claim.earlier_error:
        return  # told once already
    if claim.delivery_id is None:
        log.warning("notification to %s not sent: %s", claim.address, outcome.detail)
        return
    journal.add(
        session,
        claim.delivery_id,
        JournalLevel.WARNING,
        "notification.not_sent",
        detail=outcome.detail,
        attempts=MAX_ATTEMPTS - claim.attempt,
        hours=RETRY_AFTER[-1] // 3600,
        **about,
    )


def deliver_queued(
    sessions: Sessions,
    relay: RelayTarget,
    *,
    limit: int = DEFAULT_LIMIT,
    now: datetime | None = None,
) -> NotificationCounts:
    """Sends up to `limit` notifications whose attempt is due; returns what became of them.
    Never raises for a relay that is down or refuses: that is each e-mail's error."""
    now = now or utcnow()

    def claim(session: Session) -> tuple[list[_Claimed], str]:
        return _claim(session, now, limit), str(get_value(session, SENDER_OPTION)).strip()

    # Both writes wait for a database another process keeps busy (services.runtime.busy_retry).
    claimed, sender = busy_retry.write(sessions, claim, what="claim the notifications due")
    if not claimed:
        return NotificationCounts()
    # No transaction is held while the relay answers.
    outcomes = _send(relay, sender, claimed)
    sent_at = utcnow()

    def record(session: Session) -> None:
        for claimed_one, outcome in zip(claimed, outcomes, strict=True):
            _record(session, claimed_one, outcome, sent_at)

    busy_retry.write(sessions, record, what=f"record {len(claimed)} notifications sent")
    failed = [
        claim for claim, outcome in zip(claimed, outcomes, strict=True) if not outcome.accepted
    ]
    return NotificationCounts(
        sent=len(claimed) - len(failed),
        failed=len(failed),
        given_up=sum(1 for claim in failed if claim.attempt >= MAX_ATTEMPTS),
    )

"""What the send and tracking tests share: prepared deliveries and real SMTP servers.

Deliveries go through the real preparation (services.preparation.pipeline), so the rows the send
engine reads are the ones a user's send reads. The SMTP servers are real aiosmtpd servers
on 127.0.0.1; their handlers can answer 4xx / 5xx, hang up, or take their time. Servers
bind port 0 and report the port they got, so tests running at the same time on this
machine never race for one; tests wait on the condition they need (`wait_for`), never
for a while.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Delivery, DeliveryLog, Option, Recipient, normalize_address
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.access.rights import Actor
from desktop.services.preparation.pipeline import PreparationSettings, prepare
from desktop.services.servers.outbox import SmtpServerThread
from desktop.services.settings.relay_settings import RelayTarget

HTML = (
    "<html><body><p>Hello {{ recipient.first_name }} {{ recipient.last_name }},</p>"
    '<p><a href="https://shop.example.com/spring?ref={{ recipient.id }}">Our spring offer</a>'
    ' and <a href="https://example.com/about">who we are</a>.</p>'
    '<p><a href="{{ unsubscribe_url }}">Unsubscribe</a> - '
    '<a href="{{ mirror_url }}">View online</a></p></body></html>'
)
TEXT = "Hello {{ recipient.first_name }}. Unsubscribe: {{ unsubscribe_url }}"


def add_recipients(sessions: sessionmaker[Session], count: int, domain: str = "example.org"):
    rows = [
        {
            "email": f"person{n}@{domain}",
            "email_key": normalize_address(f"person{n}@{domain}"),
            "first_name": f"First{n}",
            "last_name": f"Last{n}",
            "country": "FR",
            "custom_fields": {},
        }
        for n in range(count)
    ]
    with sessions.begin() as session:
        session.execute(insert(Recipient), rows)


def set_option(sessions: sessionmaker[Session], name: str, value: str) -> None:
    with sessions.begin() as session:
        option = session.scalar(select(Option).where(Option.name == name))
        assert option is not None, name
        option.value = value


def prepared_delivery(
    sessions: sessionmaker[Session], actor: Actor, recipients: int, **fields: Any
) -> int:
    """A delivery to `recipients` new recipients, prepared: Pending confirmation. Its
    campaign is the actor's, who may therefore confirm it."""
    add_recipients(sessions, recipients, fields.pop("domain", "example.org"))
    with sessions.begin() as session:
        campaign = Campaign(label="Spring", owner_id=actor.operator_id)
        session.add(campaign)
        session.flush()
        values: dict[str, Any] = {
            "campaign_id": campaign.id,
            "label": "Spring newsletter",
            "subject": "Spring news for {{ recipient.first_name }}",
            "sender_address": "news@example.com",
            "sender_name": "Example Shop",
            "html": HTML,
            "text": TEXT,
            "audience_filter": {"and": []},
            "max_connections": 2,
        }
        values.update(fields)
        delivery = Delivery(**values)
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    result = prepare(sessions, actor, delivery_id, settings=PreparationSettings(processes=1))
    assert result.status is DeliveryStatus.PENDING_CONFIRMATION, result.error
    return delivery_id


@dataclass
class Received:
    rcpt: str
    data: bytes
    peer: Any
    at: float = field(default_factory=time.monotonic)

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


class RecordingHandler:
    """Keeps every accepted message; `answer(rcpt, attempt)` may refuse or hang up first.

    With `hold_after`, once that many messages are accepted the next ones wait at DATA
    until `release()`: a test can act on a send (pause, stop) in the middle of it however
    slowly its commands start on a loaded machine."""

    def __init__(
        self,
        answer: Callable[[str, int], str | None] | None = None,
        delay: float = 0.0,
        hold_after: int | None = None,
    ) -> None:
        self.answer = answer
        self.delay = delay
        self.hold_after = hold_after
        self.released = threading.Event()
        self.received: list[Received] = []
        self.attempts: Counter[str] = Counter()
        self.lock = threading.Lock()

    def release(self) -> None:
        self.released.set()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.hold_after is not None:
            while self.count() >= self.hold_after and not self.released.is_set():
                await asyncio.sleep(0.01)
        rcpt = envelope.rcpt_tos[0]
        with self.lock:
            self.attempts[rcpt] += 1
            attempt = self.attempts[rcpt]
        reply = self.answer(rcpt, attempt) if self.answer else None
        if reply == "drop":
            server.transport.close()
            return "421 closing"
        if reply:
            return reply
        with self.lock:
            self.received.append(Received(rcpt, envelope.original_content, session.peer))
        return "250 OK"

    def count(self) -> int:
        with self.lock:
            return len(self.received)

    def by_rcpt(self) -> Counter[str]:
        with self.lock:
            return Counter(r.rcpt for r in self.received)


def smtp_server(handler: Any) -> SmtpServerThread:
    return SmtpServerThread(handler, "127.0.0.1", 0).start()


def relay_of(server: SmtpServerThread) -> RelayTarget:
    return RelayTarget(host=server.host, port=server.port, timeout=10)


@contextlib.contextmanager
def refusing_port() -> Iterator[int]:
    """A port on 127.0.0.1 where connections are refused: bound and never listening, so no
    other server can take it while the test uses it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(step)


def status_of(sessions: sessionmaker[Session], delivery_id: int) -> DeliveryStatus:
    with sessions() as session:
        status = session.scalar(select(Delivery.status).where(Delivery.id == delivery_id))
        assert status is not None
        return status


def log_statuses(sessions: sessionmaker[Session], delivery_id: int) -> dict[LogStatus, int]:
    """How many of the delivery's log rows are in each status."""
    with sessions() as session:
        rows = session.execute(
            select(DeliveryLog.status, func.count())
            .where(DeliveryLog.delivery_id == delivery_id)
            .group_by(DeliveryLog.status)
        ).all()
    return dict(rows)


def delivery_row(sessions: sessionmaker[Session], delivery_id: int) -> Delivery:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        return delivery


def addresses(count: int, domain: str = "example.org") -> set[str]:
    return {f"person{n}@{domain}" for n in range(count)}


def now_text() -> str:
    return datetime.now().isoformat()

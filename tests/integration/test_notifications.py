"""Queued notifications reach a real SMTP server; a relay that is down delays them (with one
journal warning each), never loses them, and the scheduler loop sends them by itself."""

from __future__ import annotations

import mailbox
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.models import Delivery, JournalLine, Notification, Operator, utcnow
from desktop.models.enums import JournalLevel
from desktop.services.notifications.queue import notify
from desktop.services.notifications.sender import (
    MAX_ATTEMPTS,
    RETRY_AFTER,
    deliver_queued,
    has_due,
)
from desktop.services.sending.scheduler import Scheduler
from desktop.services.servers.embedded import start_embedded_services
from desktop.services.settings.relay_settings import RelayTarget
from tests.integration.sending_support import (
    RecordingHandler,
    refusing_port,
    relay_of,
    set_option,
    smtp_server,
    wait_for,
)

SUBJECT = "Summer sale: targeting awaits your approval"
BODY = "Hallå reviewer,\n\nthe delivery «Summer sale» waits for you — 春季.\nOpen it: delivery 1\n"


@pytest.fixture
def delivery_id(sessions) -> int:
    with sessions.begin() as session:
        for name in ("manager", "reviewer"):
            operator = session.scalar(select(Operator).where(Operator.name == name))
            operator.email = f"{name}@example.com"
        delivery = Delivery(label="Summer sale")
        session.add(delivery)
        session.flush()
        return delivery.id


def _queue(sessions, delivery_id: int, *names: str) -> None:
    with sessions.begin() as session:
        ids = session.scalars(select(Operator.id).where(Operator.name.in_(names))).all()
        notify(session, ids, SUBJECT, BODY, delivery_id=delivery_id)


def _rows(sessions) -> list[Notification]:
    with sessions() as session:
        return list(session.scalars(select(Notification).order_by(Notification.id)))


def _journal(sessions, delivery_id: int, level: JournalLevel) -> list[str]:
    with sessions() as session:
        return list(
            session.scalars(
                select(JournalLine.message).where(
                    JournalLine.delivery_id == delivery_id, JournalLine.level == level
                )
            )
        )


def test_notifications_reach_their_operators_as_plain_text(sessions, delivery_id) -> None:
    set_option(sessions, "NmsEmail_DefaultFromAddr", "console@example.com")
    with sessions.begin() as session:  # an address no relay takes fails alone
        admin = session.scalar(select(Operator).where(Operator.name == "admin"))
        admin.email = "admin at example.com"
    _queue(sessions, delivery_id, "manager", "reviewer", "admin")

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        counts = deliver_queued(sessions, relay_of(server))

    assert (counts.sent, counts.failed) == (2, 1)
    assert sorted(handler.by_rcpt()) == ["manager@example.com", "reviewer@example.com"]
    for received in handler.received:
        message = received.message
        assert message["To"] == received.rcpt
        assert message["From"] == "Campaign Console <console@example.com>"
        assert message["Subject"] == SUBJECT
        assert message["Date"] and message["Message-ID"].endswith("@example.com>")
        assert message.get_content_type() == "text/plain"
        assert message.get_content_charset() == "utf-8"
        assert message.get_content().replace("\r\n", "\n") == BODY
    sent = {row.address: row for row in _rows(sessions)}
    assert sent["reviewer@example.com"].sent_at is not None
    assert sent["reviewer@example.com"].attempts == 1
    refused = sent["admin at example.com"]
    assert refused.sent_at is None and "not a valid address" in refused.error
    assert len(_journal(sessions, delivery_id, JournalLevel.WARNING)) == 1
    with sessions() as session:
        assert not has_due(session)  # its next attempt waits a while


def test_a_relay_that_is_down_keeps_them_queued_until_a_later_call(sessions, delivery_id) -> None:
    _queue(sessions, delivery_id, "manager", "reviewer")
    with refusing_port() as port:
        down = RelayTarget("127.0.0.1", port, timeout=5)
        counts = deliver_queued(sessions, down)
        assert (counts.sent, counts.failed) == (0, 2)
        # Not due again at once: nothing is tried, nothing more in the journal.
        assert deliver_queued(sessions, down).failed == 0
        later = utcnow() + timedelta(seconds=RETRY_AFTER[1] + 1)
        assert deliver_queued(sessions, down, now=later).failed == 2

    rows = _rows(sessions)
    assert [(row.sent_at, row.attempts) for row in rows] == [(None, 2), (None, 2)]
    assert all("cannot be reached" in row.error for row in rows)
    warnings = _journal(sessions, delivery_id, JournalLevel.WARNING)
    assert len(warnings) == 2  # one per notification, not one per attempt
    assert all("not sent" in w and "cannot be reached" in w for w in warnings)

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        later = utcnow() + timedelta(seconds=RETRY_AFTER[2] + 1)
        assert deliver_queued(sessions, relay_of(server), now=later).sent == 2
    assert sorted(handler.by_rcpt()) == ["manager@example.com", "reviewer@example.com"]
    assert all(row.sent_at is not None and row.error == "" for row in _rows(sessions))
    sent_late = _journal(sessions, delivery_id, JournalLevel.INFO)
    assert len(sent_late) == 2 and all("sent at attempt 3" in line for line in sent_late)


def test_a_notification_is_given_up_after_its_last_attempt(sessions, delivery_id) -> None:
    _queue(sessions, delivery_id, "reviewer")
    with refusing_port() as port:
        down = RelayTarget("127.0.0.1", port, timeout=5)
        for wait in RETRY_AFTER:
            when = utcnow() + timedelta(seconds=wait + 1)
            counts = deliver_queued(sessions, down, now=when)
            assert counts.failed == 1
        assert counts.given_up == 1
        far = utcnow() + timedelta(days=30)
        assert deliver_queued(sessions, down, now=far).failed == 0
    with sessions() as session:
        assert not has_due(session, far)
        assert session.scalar(select(func.max(Notification.attempts))) == MAX_ATTEMPTS
    assert len(_journal(sessions, delivery_id, JournalLevel.WARNING)) == 1


def test_the_scheduler_loop_sends_them_through_its_relay(sessions, delivery_id) -> None:
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        scheduler = Scheduler(sessions, lambda _s: relay_of(server), poll_seconds=0.1).start()
        try:
            _queue(sessions, delivery_id, "reviewer")
            wait_for(lambda: handler.count() == 1, 20)
        finally:
            scheduler.stop()
    assert handler.received[0].rcpt == "reviewer@example.com"
    assert _rows(sessions)[0].sent_at is not None


def test_the_applications_services_send_them_to_the_outbox_within_seconds(
    sessions, delivery_id, tmp_path
) -> None:
    services = start_embedded_services(
        sessions,
        outbox_folder=tmp_path / "outbox",
        outbox_port=0,
        tracking=False,
        scheduler_poll_seconds=0.1,
    )
    try:
        _queue(sessions, delivery_id, "manager")
        outbox = mailbox.Maildir(tmp_path / "outbox", create=False)
        wait_for(lambda: len(outbox) == 1, 20)
    finally:
        services.stop()
    (message,) = outbox
    assert (message["To"], message["Subject"]) == ("manager@example.com", SUBJECT)

"""Sending a prepared delivery to a real aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from desktop.models import DeliveryLog, JournalLine, QuarantinedAddress
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.sending import control
from desktop.services.sending.engine import send_delivery
from desktop.services.settings.relay_settings import RelayTarget
from tests.integration.sending_support import (
    RecordingHandler,
    addresses,
    delivery_row,
    prepared_delivery,
    refusing_port,
    relay_of,
    set_option,
    smtp_server,
    status_of,
)


def _confirm(sessions, actor, delivery_id: int) -> None:
    with sessions.begin() as session:
        assert control.confirm(session, actor, delivery_id) is DeliveryStatus.IN_PROGRESS


def _logs(sessions, delivery_id: int) -> dict[str, DeliveryLog]:
    with sessions() as session:
        rows = session.scalars(select(DeliveryLog).where(DeliveryLog.delivery_id == delivery_id))
        return {row.address: row for row in rows}


@pytest.mark.parametrize("built_by", ["connection threads", "build process"])
def test_every_message_arrives_once_personalised_with_tracking(sessions, manager, built_by) -> None:
    delivery_id = prepared_delivery(sessions, manager, 40)
    _confirm(sessions, manager, delivery_id)
    handler = RecordingHandler()
    # Large sends build their messages in a worker process; small ones in the threads.
    threshold = 0 if built_by == "build process" else 10_000
    with smtp_server(handler) as server:
        report = send_delivery(
            sessions, manager, delivery_id, relay_of(server), pool_threshold=threshold
        )

    assert report.status is DeliveryStatus.FINISHED
    assert handler.by_rcpt() == {address: 1 for address in addresses(40)}
    logs = _logs(sessions, delivery_id)
    message_ids = set()
    for received in handler.received:
        message = received.message
        number = re.search(r"person(\d+)@", received.rcpt).group(1)
        assert message["Subject"] == f"Spring news for First{number}"
        assert message["To"] == received.rcpt
        assert message["From"] == "Example Shop <news@example.com>"
        assert message["List-Unsubscribe"].startswith("<http://127.0.0.1:8765/u/")
        assert message["List-Unsubscribe-Post"] is None  # one-click wants https (RFC 8058)
        html = message.get_body(("html",)).get_content()
        text = message.get_body(("plain",)).get_content()
        assert f"Hello First{number} Last{number}" in html
        assert f"Hello First{number}." in text
        # Links go through the tracking server; the open pixel is there.
        assert "https://shop.example.com" not in html
        assert html.count("http://127.0.0.1:8765/c/") == 2
        assert "http://127.0.0.1:8765/o/" in html
        row = logs[received.rcpt]
        assert row.status is LogStatus.SENT
        assert row.smtp_code == 250
        assert row.message_id == message["Message-ID"]
        assert row.sent_at is not None
        message_ids.add(message["Message-ID"])
    assert len(message_ids) == 40

    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.failed, delivery.processed) == (40, 0, 40)
    assert delivery.finished_at is not None


def test_a_temporary_failure_is_retried_until_it_succeeds(sessions, manager) -> None:
    set_option(sessions, "NmsEmail_RetryPeriod", "1")
    delivery_id = prepared_delivery(sessions, manager, 6)
    _confirm(sessions, manager, delivery_id)
    busy = {"person1@example.org", "person4@example.org"}

    def answer(rcpt: str, attempt: int) -> str | None:
        return "451 4.3.0 Try again later" if rcpt in busy and attempt == 1 else None

    handler = RecordingHandler(answer)
    with smtp_server(handler) as server:
        report = send_delivery(sessions, manager, delivery_id, relay_of(server))

    assert report.status is DeliveryStatus.FINISHED
    assert handler.by_rcpt() == {address: 1 for address in addresses(6)}
    logs = _logs(sessions, delivery_id)
    assert {a for a, row in logs.items() if row.attempts == 2} == busy
    assert all(row.status is LogStatus.SENT for row in logs.values())
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.soft_bounces, delivery.failed) == (6, 0, 0)


def test_retries_end_in_a_soft_bounce(sessions, manager) -> None:
    set_option(sessions, "NmsEmail_RetryPeriod", "0")
    set_option(sessions, "NmsEmail_RetryCount", "2")
    delivery_id = prepared_delivery(sessions, manager, 3)
    _confirm(sessions, manager, delivery_id)

    def answer(rcpt: str, attempt: int) -> str | None:
        return "452 4.2.2 Mailbox full" if rcpt == "person0@example.org" else None

    handler = RecordingHandler(answer)
    with smtp_server(handler) as server:
        send_delivery(sessions, manager, delivery_id, relay_of(server))

    assert handler.attempts["person0@example.org"] == 3  # the first try and two retries
    row = _logs(sessions, delivery_id)["person0@example.org"]
    assert (row.status, row.smtp_code, row.attempts) == (LogStatus.FAILED, 452, 3)
    assert "Mailbox full" in row.smtp_message
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.failed) == (2, 1)
    assert (delivery.soft_bounces, delivery.hard_bounces) == (1, 0)
    with sessions() as session:
        assert session.scalar(select(QuarantinedAddress.id)) is None


def test_a_permanent_failure_is_a_hard_bounce_and_quarantines(sessions, manager) -> None:
    delivery_id = prepared_delivery(sessions, manager, 5)
    _confirm(sessions, manager, delivery_id)

    def answer(rcpt: str, attempt: int) -> str | None:
        return "550 5.1.1 No such user" if rcpt == "person2@example.org" else None

    handler = RecordingHandler(answer)
    with smtp_server(handler) as server:
        send_delivery(sessions, manager, delivery_id, relay_of(server))

    assert handler.attempts["person2@example.org"] == 1  # never retried
    row = _logs(sessions, delivery_id)["person2@example.org"]
    assert (row.status, row.smtp_code) == (LogStatus.FAILED, 550)
    assert "No such user" in row.smtp_message
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.failed, delivery.hard_bounces) == (4, 1, 1)
    with sessions() as session:
        quarantined = session.scalars(select(QuarantinedAddress.address)).all()
    assert quarantined == ["person2@example.org"]


def test_dropped_connections_recover_and_lose_nothing(sessions, manager) -> None:
    set_option(sessions, "NmsEmail_RetryPeriod", "0")
    delivery_id = prepared_delivery(sessions, manager, 30)
    _confirm(sessions, manager, delivery_id)
    drops = {"person3@example.org", "person10@example.org", "person11@example.org"}

    def answer(rcpt: str, attempt: int) -> str | None:
        return "drop" if rcpt in drops and attempt <= 2 else None

    handler = RecordingHandler(answer)
    with smtp_server(handler) as server:
        report = send_delivery(sessions, manager, delivery_id, relay_of(server))

    assert report.status is DeliveryStatus.FINISHED
    assert handler.by_rcpt() == {address: 1 for address in addresses(30)}
    logs = _logs(sessions, delivery_id)
    assert all(row.status is LogStatus.SENT for row in logs.values())
    # Dropped twice: one immediate retry on a new connection, then one retry with back-off.
    assert {a for a, row in logs.items() if row.attempts == 2} == drops


def test_messages_per_connection_opens_new_connections(sessions, manager) -> None:
    delivery_id = prepared_delivery(
        sessions, manager, 20, max_connections=1, messages_per_connection=5
    )
    _confirm(sessions, manager, delivery_id)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        send_delivery(sessions, manager, delivery_id, relay_of(server))
    per_connection = {}
    for received in handler.received:
        per_connection[received.peer] = per_connection.get(received.peer, 0) + 1
    assert sorted(per_connection.values()) == [5, 5, 5, 5]


def test_an_unreachable_relay_pauses_the_delivery_and_fails_nobody(sessions, manager) -> None:
    delivery_id = prepared_delivery(sessions, manager, 8)
    _confirm(sessions, manager, delivery_id)
    handler = RecordingHandler()
    with refusing_port() as port:
        report = send_delivery(
            sessions, manager, delivery_id, RelayTarget(host="127.0.0.1", port=port, timeout=2)
        )

    assert report.status is DeliveryStatus.PAUSED
    assert status_of(sessions, delivery_id) is DeliveryStatus.PAUSED
    logs = _logs(sessions, delivery_id)
    assert {row.status for row in logs.values()} == {LogStatus.TO_DELIVER}
    assert all(row.attempts == 0 for row in logs.values())
    with sessions() as session:
        errors = session.scalars(
            select(JournalLine.message).where(
                JournalLine.delivery_id == delivery_id, JournalLine.level == "error"
            )
        ).all()
    assert any(f"127.0.0.1:{port} cannot be reached" in line for line in errors)

    # Once the relay works, Resume and send again: everything goes out.
    with sessions.begin() as session:
        control.resume(session, manager, delivery_id)
    with smtp_server(handler) as server:
        report = send_delivery(sessions, manager, delivery_id, relay_of(server))
    assert report.status is DeliveryStatus.FINISHED
    assert handler.by_rcpt() == {address: 1 for address in addresses(8)}


def test_stopping_a_delivery_nobody_sends_cancels_its_messages(sessions, manager) -> None:
    delivery_id = prepared_delivery(sessions, manager, 6)
    _confirm(sessions, manager, delivery_id)
    with sessions.begin() as session:
        control.pause(session, manager, delivery_id)
    with sessions.begin() as session:
        assert not control.is_sending(session, delivery_id)
        assert control.stop(session, manager, delivery_id) == 6

    assert status_of(sessions, delivery_id) is DeliveryStatus.STOPPED
    assert {row.status for row in _logs(sessions, delivery_id).values()} == {LogStatus.CANCELLED}
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.processed, delivery.delivered) == (6, 0)
    assert delivery.finished_at is not None

"""Several `delivery send ID` processes on one delivery (as on several machines sharing one
database): every recipient exactly once, one Finished, pause and resume reaching all of
them, a killed one, a database restart during the send, a stop whose last sender dies."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

import pytest
from sqlalchemy import func, select

from desktop.models import JournalLine, SendSession
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.runtime.cancellation import CancelToken
from desktop.services.sending import control
from desktop.services.sending.engine import SendEngine, in_flight_limit
from desktop.services.sending.scheduler import Scheduler
from tests.databases import ON_POSTGRESQL, start_server, stop_server
from tests.integration.sending_support import (
    RecordingHandler,
    addresses,
    delivery_row,
    log_statuses,
    prepared_delivery,
    relay_of,
    smtp_server,
    status_of,
    wait_for,
)
from tests.integration.test_send_processes import (
    _cli,
    _control,
    _env,
    _finish,
    _start_send,
    spawned,  # noqa: F401  (the fixture)
)

SENDERS = 3
# Three processes start, log in and open the database: slow on a busy two-core machine.
STARTED = 120.0


def _confirmed(db_url: str, sessions, manager, recipients: int) -> int:
    delivery_id = prepared_delivery(sessions, manager, recipients)
    done = subprocess.run(
        _cli(db_url, "delivery", "confirm", str(delivery_id), "--json"),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return delivery_id


def _finished_lines(sessions, delivery_id: int) -> int:
    """Journal lines that say the delivery finished: one, whoever ended it."""
    with sessions() as session:
        return session.scalar(
            select(func.count())
            .select_from(JournalLine)
            .where(
                JournalLine.delivery_id == delivery_id,
                JournalLine.message.like("Delivered %"),
            )
        )


def _senders_of(handler: RecordingHandler) -> set:
    """The client ports the relay saw: each process opens connections of its own."""
    with handler.lock:
        return {received.peer for received in handler.received}


def test_three_send_processes_deliver_every_message_exactly_once(
    db_url,
    sessions,
    manager,
    spawned,  # noqa: F811
) -> None:
    total = 3000
    delivery_id = _confirmed(db_url, sessions, manager, total)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        senders = [_start_send(db_url, delivery_id, server.port, spawned) for _ in range(SENDERS)]
        results = [_finish(sender) for sender in senders]

    assert [result["status"] for result in results] == ["finished"] * SENDERS
    assert handler.by_rcpt() == {address: 1 for address in addresses(total)}
    # The work was shared: every process sent some of it.
    assert all(result["sent_now"] > 0 for result in results)
    assert sum(result["sent_now"] for result in results) == total
    assert log_statuses(sessions, delivery_id) == {LogStatus.SENT: total}
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.processed, delivery.delivered, delivery.failed) == (total, total, 0)
    assert delivery.status is DeliveryStatus.FINISHED
    assert _finished_lines(sessions, delivery_id) == 1


def test_one_of_three_senders_killed_duplicates_only_its_in_flight_messages(
    db_url,
    sessions,
    manager,
    spawned,  # noqa: F811
) -> None:
    total = 3000
    delivery_id = _confirmed(db_url, sessions, manager, total)
    handler = RecordingHandler(delay=0.002)
    with smtp_server(handler) as server:
        senders = [_start_send(db_url, delivery_id, server.port, spawned) for _ in range(SENDERS)]
        wait_for(lambda: handler.count() >= 600, STARTED)
        victim, survivors = senders[0], senders[1:]
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(30)
        assert handler.count() < total
        results = [_finish(sender) for sender in survivors]

    assert all(result["status"] == "finished" for result in results)
    counts = handler.by_rcpt()
    assert set(counts) == addresses(total)  # everyone received it
    duplicates = sum(n - 1 for n in counts.values())
    assert duplicates <= in_flight_limit(2)  # at most what the killed one had on the wire
    assert log_statuses(sessions, delivery_id) == {LogStatus.SENT: total}
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.processed, delivery.delivered) == (total, total)
    assert delivery.status is DeliveryStatus.FINISHED
    assert _finished_lines(sessions, delivery_id) == 1


def test_pause_from_another_process_reaches_every_sender_within_a_second(
    db_url,
    sessions,
    manager,
    spawned,  # noqa: F811
) -> None:
    total = 2000
    delivery_id = _confirmed(db_url, sessions, manager, total)
    # Held at 200 until the pause is in: the send cannot end first on a slow machine.
    handler = RecordingHandler(delay=0.01, hold_after=200)
    with smtp_server(handler) as server:
        senders = [_start_send(db_url, delivery_id, server.port, spawned) for _ in range(SENDERS)]
        wait_for(lambda: handler.count() >= 200, STARTED)
        assert _control(db_url, "pause", delivery_id)["status"] == "paused"
        paused = time.monotonic()  # the status is Paused in the database from here
        handler.release()
        # Every sender hands out nothing new, lets its messages on the wire finish and
        # gives its queued rows back: none is left `sending`.
        wait_for(lambda: not log_statuses(sessions, delivery_id).get(LogStatus.SENDING), 10)
        # Each sender reads the status every 0.25 s; its last messages on the wire finish.
        # (Room is left for a busy machine: a second on an idle one.)
        assert time.monotonic() - paused < 3.0
        paused_at = handler.count()
        assert paused_at < total
        time.sleep(1.0)  # several status polls of every sender
        assert handler.count() == paused_at
        assert all(sender.poll() is None for sender in senders)  # they wait for Resume

        _control(db_url, "resume", delivery_id)
        results = [_finish(sender) for sender in senders]

    assert all(result["status"] == "finished" for result in results)
    # Resumed, every process took its share again.
    assert handler.by_rcpt() == {address: 1 for address in addresses(total)}
    assert delivery_row(sessions, delivery_id).delivered == total
    assert _finished_lines(sessions, delivery_id) == 1


@pytest.mark.postgresql_only  # the test run's PostgreSQL server is restarted
def test_a_database_restart_during_a_send_loses_and_repeats_nothing(
    db_url,
    sessions,
    manager,
    spawned,  # noqa: F811
) -> None:
    assert ON_POSTGRESQL
    total = 2000
    delivery_id = _confirmed(db_url, sessions, manager, total)
    # Held at 300 until the server is down: the send cannot end before the restart.
    handler = RecordingHandler(delay=0.003, hold_after=300)
    with smtp_server(handler) as server:
        senders = [_start_send(db_url, delivery_id, server.port, spawned) for _ in range(2)]
        wait_for(lambda: handler.count() >= 300, STARTED)
        stop_server()
        try:
            handler.release()  # messages on the wire finish while the database is away
            time.sleep(3.0)
        finally:
            start_server()
        results = [_finish(sender) for sender in senders]

    assert all(result["status"] == "finished" for result in results)
    assert handler.by_rcpt() == {address: 1 for address in addresses(total)}
    assert log_statuses(sessions, delivery_id) == {LogStatus.SENT: total}
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.processed, delivery.delivered) == (total, total)
    with sessions() as session:
        waited = session.scalar(
            select(func.count())
            .select_from(JournalLine)
            .where(
                JournalLine.delivery_id == delivery_id,
                JournalLine.message.like("%waited%for the database%"),
            )
        )
    assert waited >= 1  # the journal says why the send paused
    assert status_of(sessions, delivery_id) is DeliveryStatus.FINISHED


def test_a_paused_sender_keeps_its_session_alive_for_the_others(sessions, manager) -> None:
    """Senders on other machines take a sender whose heartbeat stops for dead, and hand its
    rows out again: one that waits (paused) still says it lives."""
    delivery_id = prepared_delivery(sessions, manager, 200)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    handler = RecordingHandler(delay=0.02)
    token = CancelToken()
    with smtp_server(handler) as server:
        engine = SendEngine(sessions, manager, delivery_id, relay_of(server), token=token)
        sender = threading.Thread(target=engine.run)
        sender.start()
        try:
            wait_for(lambda: handler.count() >= 10, STARTED)
            with sessions.begin() as session:
                control.pause(session, manager, delivery_id)
            wait_for(lambda: not log_statuses(sessions, delivery_id).get(LogStatus.SENDING))
            first = _heartbeat(sessions, engine.session_id)
            wait_for(lambda: _heartbeat(sessions, engine.session_id) > first, 10)
        finally:
            token.cancel()
            sender.join(60)
    assert not sender.is_alive()


def _heartbeat(sessions, session_id: str):
    with sessions() as session:
        row = session.get(SendSession, session_id)
        assert row is not None  # the others see it, alive
        return row.heartbeat_at


def test_a_stop_whose_last_sender_is_killed_is_told_by_the_next_scheduler_round(
    db_url,
    sessions,
    manager,
    spawned,  # noqa: F811
) -> None:
    total = 2000
    delivery_id = _confirmed(db_url, sessions, manager, total)
    handler = RecordingHandler(hold_after=200)
    with smtp_server(handler) as server:
        sender = _start_send(db_url, delivery_id, server.port, spawned)
        wait_for(lambda: handler.count() >= 200, STARTED)
        # Its messages held on the wire, the sender is alive when the stop comes, so the
        # stop leaves the line to it; then it dies without writing it.
        with sessions.begin() as session:
            control.stop(session, manager, delivery_id)
        os.kill(sender.pid, signal.SIGKILL)
        sender.wait(30)
        handler.release()

    def stop_lines() -> list[str]:
        with sessions() as session:
            return list(
                session.scalars(
                    select(JournalLine.message).where(
                        JournalLine.delivery_id == delivery_id,
                        JournalLine.message.like("Stopped%"),
                    )
                )
            )

    assert stop_lines() == []  # left untold by the dead sender
    Scheduler(sessions, lambda _session: None).run_once()

    (line,) = stop_lines()
    delivery = delivery_row(sessions, delivery_id)
    assert delivery.finished_at is not None
    assert LogStatus.SENDING not in log_statuses(sessions, delivery_id)  # its rows cancelled
    assert delivery.delivered + delivery.failed + delivery.cancelled == total
    assert delivery.processed == total
    assert line == (
        f"Stopped by manager: {delivery.delivered} delivered, {delivery.failed} failed, "
        f"{delivery.cancelled} cancelled."
    )
    Scheduler(sessions, lambda _session: None).run_once()
    assert len(stop_lines()) == 1  # told once

"""`campaign-console worker`: a server sends with no GUI open. It picks up a confirmed
delivery nobody sends and a scheduled one whose time has come, and SIGTERM ends it
cleanly (the messages on the wire finish, the queued ones are handed back)."""

from __future__ import annotations

import signal
import subprocess
import threading
from datetime import timedelta

from sqlalchemy import update

from desktop.models import Delivery, utcnow
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.runtime import busy_retry
from desktop.services.sending import control
from tests.integration.sending_support import (
    RecordingHandler,
    addresses,
    log_statuses,
    prepared_delivery,
    set_option,
    smtp_server,
    status_of,
    wait_for,
)
from tests.integration.test_send_processes import _cli, _env, spawned  # noqa: F401


def _start_worker(db_url: str, port: int, processes: list[subprocess.Popen]) -> subprocess.Popen:
    # Choosing the relay with --smtp is an administrator's right.
    process = subprocess.Popen(
        _cli(db_url, "worker", "--poll", "0.2", "--smtp", f"127.0.0.1:{port}", operator="admin"),
        env=_env("admin"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    processes.append(process)
    return process


class _Lines:
    """The worker's stderr, read as it comes (a pipe left unread would fill and block it)."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.lines: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.thread.start()

    def _read(self, process: subprocess.Popen) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            self.lines.append(line)

    def saying(self, text: str) -> list[str]:
        return [line for line in list(self.lines) if text in line]


def _confirm(sessions, actor, delivery_id: int) -> DeliveryStatus:
    return busy_retry.write(
        sessions, lambda session: control.confirm(session, actor, delivery_id), what="confirm"
    )


def _terminate(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(60)


def test_the_worker_sends_a_confirmed_and_a_due_scheduled_delivery(
    db_url,
    sessions,
    manager,
    spawned,  # noqa: F811
) -> None:
    set_option(sessions, "NmsOperation_LimitConcurrency", "4")
    confirmed = prepared_delivery(sessions, manager, 300)
    assert _confirm(sessions, manager, confirmed) is DeliveryStatus.IN_PROGRESS  # no GUI sends it
    scheduled = prepared_delivery(
        sessions, manager, 200, domain="example.net", contact_date=utcnow() + timedelta(hours=1)
    )
    assert _confirm(sessions, manager, scheduled) is DeliveryStatus.SCHEDULED
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        worker = _start_worker(db_url, server.port, spawned)
        output = _Lines(worker)
        wait_for(lambda: status_of(sessions, confirmed) is DeliveryStatus.FINISHED, 60)
        assert status_of(sessions, scheduled) is DeliveryStatus.SCHEDULED  # not its time yet

        with sessions.begin() as session:  # its contact date comes
            session.execute(
                update(Delivery)
                .where(Delivery.id == scheduled)
                .values(contact_date=utcnow() - timedelta(seconds=1))
            )
        wait_for(lambda: status_of(sessions, scheduled) is DeliveryStatus.FINISHED, 60)
        assert _terminate(worker) == 0

    # The second delivery's audience is everyone: the first 300 recipients get both.
    assert log_statuses(sessions, confirmed) == {LogStatus.SENT: 300}
    assert log_statuses(sessions, scheduled) == {LogStatus.SENT: 500}
    expected = {a: 2 for a in addresses(300)} | {a: 1 for a in addresses(200, "example.net")}
    assert handler.by_rcpt() == expected
    output.thread.join(10)
    # One line when each send starts, one when it ends.
    for delivery_id in (confirmed, scheduled):
        assert len(output.saying(f"delivery {delivery_id}: sending through")) == 1
        assert len(output.saying(f"delivery {delivery_id}: finished")) == 1


def test_sigterm_hands_back_what_is_queued_and_the_next_worker_carries_on(
    db_url,
    sessions,
    manager,
    spawned,  # noqa: F811
) -> None:
    total = 1500
    delivery_id = prepared_delivery(sessions, manager, total)
    _confirm(sessions, manager, delivery_id)
    handler = RecordingHandler(delay=0.01)
    with smtp_server(handler) as server:
        first = _start_worker(db_url, server.port, spawned)
        output = _Lines(first)
        wait_for(lambda: handler.count() >= 100, 60)
        assert _terminate(first) == 0
        output.thread.join(10)
        # Every message the relay took is recorded, nothing is left held by the worker,
        # and the delivery stays In progress for the next sender.
        statuses = log_statuses(sessions, delivery_id)
        assert LogStatus.SENDING not in statuses
        assert statuses[LogStatus.SENT] == handler.count() < total
        assert status_of(sessions, delivery_id) is DeliveryStatus.IN_PROGRESS
        assert output.saying(f"delivery {delivery_id}: in_progress")

        second = _start_worker(db_url, server.port, spawned)
        wait_for(lambda: status_of(sessions, delivery_id) is DeliveryStatus.FINISHED, 120)
        assert _terminate(second) == 0

    assert handler.by_rcpt() == {address: 1 for address in addresses(total)}

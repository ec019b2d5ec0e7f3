"""`delivery send` in one process, steered or killed from another (the CLI, for real)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.sending.engine import in_flight_limit
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD
from tests.integration.sending_support import (
    RecordingHandler,
    addresses,
    delivery_row,
    log_statuses,
    prepared_delivery,
    smtp_server,
    status_of,
    wait_for,
)

PASSWORDS = {"manager": MANAGER_PASSWORD, "admin": ADMIN_PASSWORD}


def _cli(db_url: str, *args: str, operator: str = "manager") -> list[str]:
    return [sys.executable, "-m", "desktop", "--db", db_url, "--operator", operator, *args]


def _env(operator: str = "manager") -> dict[str, str]:
    return {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORDS[operator]}


@pytest.fixture
def spawned() -> Iterator[list[subprocess.Popen]]:
    """Send processes a test starts; killed at its end whatever happened, their pipes
    closed (a killed send's output is never read)."""
    processes: list[subprocess.Popen] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


def _start_send(
    db_url: str, delivery_id: int, port: int, spawned: list[subprocess.Popen]
) -> subprocess.Popen:
    # Choosing the relay with --smtp is an administrator's right.
    send = ("delivery", "send", str(delivery_id), "--smtp", f"127.0.0.1:{port}", "--json")
    process = subprocess.Popen(
        _cli(db_url, *send, operator="admin"),
        env=_env("admin"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    spawned.append(process)
    return process


def _control(db_url: str, action: str, delivery_id: int) -> dict:
    done = subprocess.run(
        _cli(db_url, "delivery", action, str(delivery_id), "--json"),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _finish(process: subprocess.Popen, exit_code: int = 0) -> dict:
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == exit_code, stderr
    return json.loads(stdout)


def _settled(sessions, delivery_id: int, handler: RecordingHandler) -> bool:
    """The sender holds no row any more and has recorded every message the relay took:
    the messages on the wire have finished and the queued rows were handed back."""
    statuses = log_statuses(sessions, delivery_id)
    return not statuses.get(LogStatus.SENDING) and statuses.get(LogStatus.SENT) == handler.count()


def test_pause_and_resume_from_another_process(db_url, sessions, manager, spawned) -> None:
    delivery_id = prepared_delivery(sessions, manager, 200)
    handler = RecordingHandler(delay=0.04, hold_after=15)
    with smtp_server(handler) as server:
        sender = _start_send(db_url, delivery_id, server.port, spawned)
        wait_for(lambda: handler.count() >= 15)
        assert _control(db_url, "pause", delivery_id)["status"] == "paused"
        handler.release()  # the messages on the wire finish

        wait_for(lambda: _settled(sessions, delivery_id, handler))
        paused_at = handler.count()
        assert paused_at < 200
        time.sleep(1.0)  # several of the sender's status polls
        assert handler.count() == paused_at  # nothing new is handed out while paused
        assert sender.poll() is None  # the send waits for Resume
        assert log_statuses(sessions, delivery_id).get(LogStatus.SENDING, 0) == 0

        _control(db_url, "resume", delivery_id)
        result = _finish(sender)

    assert result["status"] == "finished"
    assert result["kpis"]["delivered"] == 200
    assert handler.by_rcpt() == {address: 1 for address in addresses(200)}


def test_stop_from_another_process_cancels_what_was_not_sent(
    db_url, sessions, manager, spawned
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 200)
    handler = RecordingHandler(delay=0.04, hold_after=15)
    with smtp_server(handler) as server:
        sender = _start_send(db_url, delivery_id, server.port, spawned)
        wait_for(lambda: handler.count() >= 15)
        _control(db_url, "stop", delivery_id)
        handler.release()  # the messages on the wire finish
        result = _finish(sender, exit_code=1)  # a stopped send did not deliver everything
        # The relay took each message before the sender recorded it, and the sender has
        # ended: nothing more can arrive.
        received = handler.count()

    assert result["status"] == "stopped"
    statuses = log_statuses(sessions, delivery_id)
    assert set(statuses) == {LogStatus.SENT, LogStatus.CANCELLED}
    assert statuses[LogStatus.SENT] == received == result["kpis"]["delivered"]
    assert statuses[LogStatus.CANCELLED] == 200 - received > 0
    assert max(handler.by_rcpt().values()) == 1
    delivery = delivery_row(sessions, delivery_id)
    assert delivery.processed == 200
    assert delivery.status is DeliveryStatus.STOPPED

    again = subprocess.run(
        _cli(db_url, "delivery", "resume", str(delivery_id)),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 2
    assert "stopped" in again.stderr  # Stop is final


def _descendants(pid: int) -> set[int]:
    """Children, and theirs: the build process is forked by a fork server."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_a_killed_send_restarts_and_duplicates_only_in_flight_messages(
    db_url, sessions, manager, spawned
) -> None:
    total = 600  # enough for the messages to be built in a worker process
    delivery_id = prepared_delivery(sessions, manager, total)
    handler = RecordingHandler(delay=0.005)
    with smtp_server(handler) as server:
        sender = _start_send(db_url, delivery_id, server.port, spawned)
        wait_for(lambda: handler.count() >= 60)
        builders = _descendants(sender.pid)
        assert len(builders) >= 2  # the fork server and the build process it forked
        os.kill(sender.pid, signal.SIGKILL)
        sender.wait(30)
        killed_at = handler.count()
        assert killed_at < total
        assert status_of(sessions, delivery_id) is DeliveryStatus.IN_PROGRESS
        # The orphaned build process leaves by itself.
        wait_for(lambda: not any(os.path.exists(f"/proc/{pid}") for pid in builders), 10)

        result = _finish(_start_send(db_url, delivery_id, server.port, spawned))

    assert result["status"] == "finished"
    counts = handler.by_rcpt()
    assert set(counts) == addresses(total)  # nobody is missing
    duplicates = sum(n - 1 for n in counts.values())
    assert duplicates <= in_flight_limit(2)  # only messages on the wire at the kill
    statuses = log_statuses(sessions, delivery_id)
    assert statuses == {LogStatus.SENT: total}
    assert delivery_row(sessions, delivery_id).delivered == total

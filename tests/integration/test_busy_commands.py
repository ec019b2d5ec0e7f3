"""Commands run while another process keeps the database locked (a long import): they wait
and then go through, or give up in one line with nothing changed; a send sends each
message once (the CLI, for real, against a real lock holder)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Option, QuarantinedAddress
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.runtime.busy_retry import WAIT_ENV
from desktop.services.sending import control
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD
from tests.integration.database_lock import database_locked
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

PASSWORDS = {"admin": ADMIN_PASSWORD, "manager": MANAGER_PASSWORD}


def _command(db_url: str, operator: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--db", db_url, "--operator", operator, *args]


def _env(operator: str, **extra: str) -> dict[str, str]:
    return {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORDS[operator], **extra}


class Command:
    """A CLI process whose stderr is read as it comes (a thread), so a test can wait for a
    line while the process runs."""

    def __init__(self, db_url: str, operator: str, *args: str, **env: str) -> None:
        self.process = subprocess.Popen(
            _command(db_url, operator, *args),
            env=_env(operator, **env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))

    def said(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    def finish(self, timeout: float = 120) -> tuple[int, str, str]:
        assert self.process.stdout is not None
        stdout = self.process.stdout.read()
        self.process.wait(timeout)
        self._close()
        return self.process.returncode, stdout, "\n".join(self.lines)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self._close()

    def _close(self) -> None:
        self._reader.join(10)
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None and not pipe.closed:
                pipe.close()


@pytest.fixture
def commands() -> Iterator[list[Command]]:
    started: list[Command] = []
    yield started
    for command in started:
        command.kill()


def _has_open(pid: int, path: Path) -> bool:
    """The process has the database file open: it has reached the database."""
    folder = Path(f"/proc/{pid}/fd")
    try:
        return any(os.readlink(fd) == str(path) for fd in folder.iterdir())
    except OSError:
        return False


def _in_progress(sessions, manager, recipients: int = 5) -> int:
    delivery_id = prepared_delivery(sessions, manager, recipients)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    return delivery_id


def _count(sessions, model) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def _retry_count(sessions) -> str:
    with sessions() as session:
        return session.scalar(select(Option.value).where(Option.name == "NmsEmail_RetryCount"))


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_commands_wait_for_the_lock_then_go_through(
    tmp_path: Path, db_url, sessions, manager, commands
) -> None:
    delivery_id = _in_progress(sessions, manager)
    path = tmp_path / "console.db"
    with database_locked(path) as lock:
        commands += [
            Command(db_url, "manager", "delivery", "pause", str(delivery_id), "--json"),
            Command(db_url, "manager", "quarantine", "add", "bounced@example.org", "--json"),
            Command(db_url, "admin", "option", "set", "NmsEmail_RetryCount", "7", "--json"),
        ]
        wait_for(lambda: all(_has_open(c.process.pid, path) for c in commands))
        time.sleep(1.0)  # each has reached its write by now
        assert all(c.process.poll() is None for c in commands)  # waiting, not failed
        lock.release()
        pause, quarantined, option = (c.finish() for c in commands)

    for code, _stdout, stderr in (pause, quarantined, option):
        assert code == 0, stderr
        assert stderr == ""
    assert json.loads(pause[1])["status"] == "paused"
    assert json.loads(quarantined[1])["address"] == "bounced@example.org"
    assert json.loads(option[1])["value"] == "7"
    assert status_of(sessions, delivery_id) is DeliveryStatus.PAUSED


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_a_command_that_cannot_wait_longer_says_so_in_one_line_and_changes_nothing(
    tmp_path: Path, db_url, sessions, manager, commands
) -> None:
    delivery_id = _in_progress(sessions, manager)
    audit_before = _count(sessions, AuditEntry)
    quick = {WAIT_ENV: "1"}
    runs = {
        f"pause delivery {delivery_id}": ("manager", "delivery", "pause", str(delivery_id)),
        f"stop delivery {delivery_id}": ("manager", "delivery", "stop", str(delivery_id)),
        "quarantine bounced@example.org": ("manager", "quarantine", "add", "bounced@example.org"),
        "set the option NmsEmail_RetryCount": (
            "admin", "option", "set", "NmsEmail_RetryCount", "7"
        ),
    }  # fmt: skip
    with database_locked(tmp_path / "console.db") as lock:
        for what, (operator, *args) in runs.items():
            command = Command(db_url, operator, *args, **quick)
            commands.append(command)
            code, stdout, stderr = command.finish()
            assert code == 1, stderr
            assert stdout == ""
            assert stderr.splitlines() == [
                f"campaign-console: error: could not {what}: the database stayed locked by "
                f"another process for 1 s; nothing was changed, try again once that work is done"
            ]
        assert lock.held  # each gave up at its own deadline, the lock still held

    assert status_of(sessions, delivery_id) is DeliveryStatus.IN_PROGRESS
    assert _count(sessions, QuarantinedAddress) == 0
    assert _retry_count(sessions) != "7"
    assert _count(sessions, AuditEntry) == audit_before


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_a_send_that_meets_a_long_lock_sends_each_message_once(
    tmp_path: Path, db_url, sessions, manager, commands
) -> None:
    total = 400
    delivery_id = prepared_delivery(sessions, manager, total)
    handler = RecordingHandler(delay=0.01)
    with smtp_server(handler) as server:
        send = Command(  # choosing the relay with --smtp needs ADMINISTRATION
            db_url,
            "admin",
            *("delivery", "send", str(delivery_id), "--smtp", f"127.0.0.1:{server.port}"),
            "--json",
        )
        commands.append(send)
        wait_for(lambda: handler.count() >= 30)
        with database_locked(tmp_path / "console.db"):
            # Messages went out whose outcomes cannot be written, and no claim goes through.
            wait_for(lambda: send.said("the database is locked by another process"))
            sent_under_lock = handler.count()
        code, stdout, stderr = send.finish()

    assert code == 0, stderr
    assert "Traceback" not in stderr
    result = json.loads(stdout)
    assert result["status"] == "finished"
    assert 30 <= sent_under_lock < total
    assert handler.by_rcpt() == {address: 1 for address in addresses(total)}  # once each
    assert log_statuses(sessions, delivery_id) == {LogStatus.SENT: total}
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.processed) == (total, total)

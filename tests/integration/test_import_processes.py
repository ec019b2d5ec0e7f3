"""`recipients import` in one process, killed or interrupted from outside, while other
commands write to the same SQLite file (the CLI, for real)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import Delivery, Recipient, RecipientImport
from desktop.models.enums import DeliveryStatus, ImportStatus
from tests.conftest import MANAGER_PASSWORD
from tests.unit.preparation_data import add_delivery

ROWS = 60_000


def _cli(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--db", db_url, "--operator", "manager", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": MANAGER_PASSWORD}


@pytest.fixture
def spawned() -> Iterator[list[subprocess.Popen]]:
    """Processes a test starts: killed at its end whatever happened."""
    processes: list[subprocess.Popen] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


def _big_file(tmp_path: Path, rows: int = ROWS) -> Path:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("external_id,email,first_name,country\n")
        for i in range(rows):
            out.write(f"C{i},person{i}@mail.example,First{i},{'SE' if i % 1000 else 'SWE'}\n")
    return path


def _start_import(db_url: str, path: Path, spawned: list, *flags: str) -> subprocess.Popen:
    process = subprocess.Popen(
        _cli(db_url, "recipients", "import", str(path), "--json", *flags),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    spawned.append(process)
    return process


def _committed_line(sessions) -> int:
    with sessions() as session:
        line = session.scalar(select(func.max(RecipientImport.line)))
    return line or 0


def _wait_for_batches(sessions, process: subprocess.Popen, lines: int) -> None:
    deadline = time.monotonic() + 120
    while _committed_line(sessions) < lines:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the import committed nothing"
        time.sleep(0.05)


def _counts(sessions) -> tuple[int, int]:
    with sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(Recipient)) or 0,
            session.scalar(select(func.count(func.distinct(Recipient.external_id)))) or 0,
        )


@pytest.mark.slow
def test_a_killed_import_keeps_whole_batches_and_resumes_to_the_end(
    sessions, db_url, tmp_path, spawned
):
    path = _big_file(tmp_path)
    process = _start_import(db_url, path, spawned)
    _wait_for_batches(sessions, process, 10_000)
    process.kill()  # kill -9: no chance to say anything or to tidy up
    process.wait(10)

    with sessions() as session:
        (run,) = session.scalars(select(RecipientImport)).all()
    rows, distinct = _counts(sessions)
    # Every committed batch is whole: the run's counts are the rows in the table.
    assert rows == distinct == run.inserted
    assert run.status == ImportStatus.RUNNING  # as the dead process left it

    again = subprocess.run(
        _cli(db_url, "recipients", "import", str(path)),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 2
    assert f"stopped at line {run.line:,}" in again.stderr and "--resume" in again.stderr
    assert "Traceback" not in again.stderr

    resumed = subprocess.run(
        _cli(db_url, "recipients", "import", str(path), "--resume", "--json"),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert resumed.returncode == 0, resumed.stderr
    report = json.loads(resumed.stdout)
    assert report["complete"] and report["resumed_from_line"] == run.line
    assert report["imported"] == ROWS - ROWS // 1000
    assert [issue["line"] for issue in report["rejected"]] == [i + 2 for i in range(0, ROWS, 1000)]
    assert _counts(sessions) == (ROWS - ROWS // 1000,) * 2


@pytest.mark.slow
def test_ctrl_c_stops_after_the_batch_and_says_where_to_resume(sessions, db_url, tmp_path, spawned):
    path = _big_file(tmp_path)
    process = _start_import(db_url, path, spawned)
    _wait_for_batches(sessions, process, 4_000)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, stderr
    report = json.loads(stdout)
    assert not report["complete"]
    assert f"stopped at line {report['line']:,}" in stderr and "--resume" in stderr
    assert _counts(sessions)[0] == report["imported"]
    with sessions() as session:
        (run,) = session.scalars(select(RecipientImport)).all()
    assert (run.status, run.line, run.byte_offset) == (
        ImportStatus.INTERRUPTED,
        report["line"],
        report["offset"],
    )


@pytest.mark.slow
def test_other_writers_get_the_database_while_a_big_import_runs(
    sessions, db_url, tmp_path, spawned
):
    with sessions.begin() as session:
        delivery_id = add_delivery(session, status=DeliveryStatus.IN_PROGRESS)
    path = _big_file(tmp_path, 120_000)
    process = _start_import(db_url, path, spawned)
    _wait_for_batches(sessions, process, 2_000)
    actions = ["pause", "resume"]
    done = []
    while process.poll() is None and len(done) < 6:
        action = actions[len(done) % 2]
        control = subprocess.run(
            _cli(db_url, "delivery", action, str(delivery_id), "--json"),
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert control.returncode == 0, control.stderr  # never "database is locked"
        done.append(action)
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr
    assert json.loads(stdout)["complete"]
    assert len(done) >= 2, "the import ended before another writer could try"
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        expected = DeliveryStatus.PAUSED if len(done) % 2 else DeliveryStatus.IN_PROGRESS
        assert delivery.status == expected

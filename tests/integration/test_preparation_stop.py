"""A stop ends a preparation whose worker processes are stuck in renders: from another
process (`delivery stop-preparation`), with Ctrl-C on `delivery prepare`, and from the
GUI's Stop. The delivery is back to Being edited with no log row, and no worker is left.
A worker killed in the middle of a chunk costs no recipient."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from desktop.models import Delivery, DeliveryLog, JournalLine, Recipient
from desktop.models.enums import DeliveryStatus
from desktop.services.preparation.pipeline import (
    PreparationResult,
    PreparationSettings,
    prepare,
)
from desktop.services.runtime.cancellation import Progress
from desktop.services.settings.options import set_option
from tests.conftest import MANAGER_PASSWORD
from tests.unit.preparation_data import HTML, add_delivery, add_recipient

# A render that would run for hours: every recipient's, with a budget of ten minutes.
STUCK = HTML + "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
# A stop ends a preparation within this long (workers get two seconds to finish).
WITHIN = 12.0


def _cli(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--db", db_url, "--operator", "manager", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": MANAGER_PASSWORD}


def _children(pid: int) -> list[int]:
    """The children of every thread of `pid` (a process started on a thread is listed as
    that thread's child only)."""
    children: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []
    for task in tasks:
        try:
            children.extend(int(p) for p in (task / "children").read_text().split())
        except OSError:
            continue
    return children


def _worker_pids() -> list[int]:
    """This process's worker processes: the children of its fork server."""
    servers = [pid for pid in _children(os.getpid()) if b"forkserver" in _command_line(pid)]
    return [worker for server in servers for worker in _children(server)]


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # ended since it was listed
        return b""


def _log_rows(sessions, delivery_id: int) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).where(DeliveryLog.delivery_id == delivery_id))


def _status(sessions, delivery_id: int) -> DeliveryStatus:
    with sessions() as s:
        return s.scalar(select(Delivery.status).where(Delivery.id == delivery_id))


def _journal(sessions, delivery_id: int) -> list[str]:
    with sessions() as s:
        return list(
            s.scalars(select(JournalLine.message).where(JournalLine.delivery_id == delivery_id))
        )


@pytest.fixture
def stuck_delivery(sessions, admin) -> int:
    with sessions.begin() as s:
        set_option(s, admin, "NmsDelivery_RenderSeconds", "600")
        for n in range(20):
            add_recipient(s, f"s{n}@example.com")
        return add_delivery(s, html=STUCK)


class PreparationThread:
    """prepare() on a thread of this process, with real worker processes."""

    def __init__(self, sessions, actor, delivery_id: int, settings: PreparationSettings) -> None:
        self.result: PreparationResult | None = None
        self.phases: list[str] = []
        self.ended_at = 0.0

        def run() -> None:
            self.result = prepare(
                sessions, actor, delivery_id, progress=self._progress, settings=settings
            )
            self.ended_at = time.monotonic()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def _progress(self, progress: Progress) -> None:
        if not self.phases or self.phases[-1] != progress.phase:
            self.phases.append(progress.phase)

    def wait_for_rendering(self) -> None:
        """Until the workers render (the preparation waits for them)."""
        deadline = time.monotonic() + 30
        while "personalisation" not in self.phases:
            assert time.monotonic() < deadline, self.phases
            time.sleep(0.05)
        time.sleep(0.5)

    def join(self) -> PreparationResult:
        self.thread.join(60)
        assert self.result is not None, "the preparation did not end"
        return self.result


def test_stop_preparation_from_another_process_ends_renders_stuck_in_the_workers(
    sessions, manager, db_url, stuck_delivery
) -> None:
    workers = PreparationSettings(processes=2, parallel_threshold=0, chunk_size=4)
    preparation = PreparationThread(sessions, manager, stuck_delivery, workers)
    preparation.wait_for_rendering()
    assert len(_worker_pids()) == 2

    stopped_at = time.monotonic()
    done = subprocess.run(
        _cli(db_url, "delivery", "stop-preparation", str(stuck_delivery)),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    result = preparation.join()

    assert done.returncode == 0, done.stderr
    assert preparation.ended_at - stopped_at < WITHIN
    assert result.stopped and result.status is DeliveryStatus.BEING_EDITED
    assert _status(sessions, stuck_delivery) is DeliveryStatus.BEING_EDITED
    assert _log_rows(sessions, stuck_delivery) == 0
    assert "Preparation stopped by manager." in _journal(sessions, stuck_delivery)
    assert _worker_pids() == []


def test_a_stop_from_the_preparing_process_ends_the_workers_too(
    sessions, manager, stuck_delivery
) -> None:
    """What the GUI's Stop and Ctrl-C do: cancel the preparation's token."""
    from desktop.services.runtime.cancellation import CancelToken

    token = CancelToken()
    workers = PreparationSettings(processes=2, parallel_threshold=0, chunk_size=4)
    results: list[PreparationResult] = []
    thread = threading.Thread(
        target=lambda: results.append(
            prepare(sessions, manager, stuck_delivery, token=token, settings=workers)
        ),
        daemon=True,
    )
    thread.start()
    deadline = time.monotonic() + 30
    while len(_worker_pids()) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(1.0)

    stopped_at = time.monotonic()
    token.cancel()
    thread.join(60)

    assert time.monotonic() - stopped_at < WITHIN
    assert results and results[0].stopped
    assert _status(sessions, stuck_delivery) is DeliveryStatus.BEING_EDITED
    assert _log_rows(sessions, stuck_delivery) == 0
    assert _worker_pids() == []


@pytest.fixture
def spawned() -> Iterator[list[subprocess.Popen]]:
    processes: list[subprocess.Popen] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


def test_ctrl_c_ends_delivery_prepare_while_its_workers_are_stuck(
    sessions, db_url, stuck_delivery, spawned
) -> None:
    # Enough recipients for `delivery prepare` to render in worker processes.
    rows = [
        {"email": f"many{n}@example.org", "email_key": f"many{n}@example.org", "custom_fields": {}}
        for n in range(PreparationSettings().parallel_threshold)
    ]
    with sessions.begin() as s:
        s.execute(insert(Recipient), rows)
    process = subprocess.Popen(
        _cli(db_url, "delivery", "prepare", str(stuck_delivery)),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's job is
    )
    spawned.append(process)
    assert process.stderr is not None
    for line in process.stderr:  # progress lines, one per phase
        if line.startswith("personalisation"):
            break
    time.sleep(1.0)

    interrupted_at = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: to every process of the job
    out, err = process.communicate(timeout=60)

    assert time.monotonic() - interrupted_at < WITHIN
    assert process.returncode == 1, err
    assert "stopped" in out
    assert "Traceback" not in err
    assert _status(sessions, stuck_delivery) is DeliveryStatus.BEING_EDITED
    assert _log_rows(sessions, stuck_delivery) == 0
    # Nothing of the job is left: its fork server and workers ended with it.
    deadline = time.monotonic() + 10
    while True:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "processes of the preparation are left"
        time.sleep(0.1)


def test_a_worker_killed_in_the_middle_of_a_chunk_costs_no_recipient(
    sessions, manager, caplog
) -> None:
    with sessions.begin() as s:
        ids = [add_recipient(s, f"k{n}@example.com") for n in range(48)]
        # About a tenth of a second per message: the chunks take a while.
        slow = HTML + "{% for i in range(5000) %}{% for j in range(300) %}{% endfor %}{% endfor %}"
        delivery_id = add_delivery(s, html=slow)
    workers = PreparationSettings(processes=2, parallel_threshold=0, chunk_size=4)
    preparation = PreparationThread(sessions, manager, delivery_id, workers)
    deadline = time.monotonic() + 30
    while len(_worker_pids()) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.5)

    with caplog.at_level(logging.WARNING):
        os.kill(_worker_pids()[0], signal.SIGKILL)  # as the out-of-memory killer would
        result = preparation.join()

    assert result.status is DeliveryStatus.PENDING_CONFIRMATION, result.error
    assert (result.to_deliver, result.render_errors) == (len(ids), 0)
    assert _log_rows(sessions, delivery_id) == len(ids)
    assert any("rendering process ended during a chunk" in r.getMessage() for r in caplog.records)
    assert _worker_pids() == []

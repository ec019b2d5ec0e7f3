"""What tracking servers record, with real `tracking serve` processes on one SQLite file:
each recipient's first open counted once whichever server saw it, no hit answered lost to
a locked database or a killed server, and nothing for a HEAD request."""

from __future__ import annotations

import asyncio
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select

from desktop.models import DeliveryLog, TrackingLog
from desktop.models.enums import TrackingKind
from desktop.services.delivery.kpis import delivery_kpis
from desktop.services.messages.tracking_links import signer_for
from desktop.services.servers.hit_spool import spool_folder_for
from desktop.services.servers.tracking import PIXEL, TrackingServer
from tests.integration.database_lock import database_locked
from tests.integration.sending_support import prepared_delivery, wait_for

SERVING = re.compile(r"tracking server on http://127\.0\.0\.1:(\d+) ")


class TrackingServe:
    """`campaign-console tracking serve --port 0` in a process of its own."""

    def __init__(self, db_url: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--db", db_url, "tracking", "serve", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        wait_for(lambda: self.port is not None or self.process.poll() is not None)
        assert self.port is not None, self.lines

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))

    @property
    def port(self) -> int | None:
        for line in self.lines:
            found = SERVING.match(line)
            if found:
                return int(found.group(1))
        return None

    def said(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    def stop(self) -> None:
        """Ctrl-C: the server records what it holds and ends."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait(60)
        self._close()

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
def servers() -> Iterator[list[TrackingServe]]:
    started: list[TrackingServe] = []
    yield started
    for server in started:
        server.kill()


def _tokens(sessions, delivery_id: int, kind: TrackingKind, url: str = "") -> list[str]:
    """One signed token of `kind` per recipient of the delivery."""
    with sessions.begin() as session:
        signer = signer_for(session)
        recipients = session.scalars(
            select(DeliveryLog.recipient_id)
            .where(DeliveryLog.delivery_id == delivery_id)
            .order_by(DeliveryLog.recipient_id)
        ).all()
    return [signer.token(delivery_id, r, kind, url) for r in recipients]


def _get_all(urls: list[str]) -> list[int]:
    async def run() -> list[int]:
        connector = aiohttp.TCPConnector(limit=32)
        async with aiohttp.ClientSession(connector=connector) as client:

            async def one(url: str) -> int:
                async with client.get(url, allow_redirects=False) as response:
                    await response.read()
                    return response.status

            return await asyncio.gather(*(one(u) for u in urls))

    return asyncio.run(run())


def _kpis(sessions, delivery_id: int) -> dict[str, int]:
    with sessions() as session:
        return delivery_kpis(session, delivery_id).values


def _recorded(sessions, delivery_id: int) -> int:
    with sessions() as session:
        return session.scalar(
            select(func.count())
            .select_from(TrackingLog)
            .where(TrackingLog.delivery_id == delivery_id)
        )


def _spooled_lines(folder: Path) -> int:
    return sum(len(p.read_bytes().splitlines()) for p in folder.glob("*.jsonl"))


def test_two_tracking_servers_on_one_database_count_each_opener_once(
    db_url, sessions, manager, servers
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 1000)
    servers += [TrackingServe(db_url), TrackingServe(db_url)]
    opens = _tokens(sessions, delivery_id, TrackingKind.OPEN)
    clicks = _tokens(sessions, delivery_id, TrackingKind.CLICK, "https://shop.example.com/")[:100]
    before = _kpis(sessions, delivery_id)

    # Each recipient opens once through each server, at the same time; 100 also click on
    # both. Interleaved, so both servers record the same recipients in the same moments.
    urls = [
        f"http://127.0.0.1:{server.port}/{path}/{token}"
        for path, tokens in (("o", opens), ("c", clicks))
        for token in tokens
        for server in servers
    ]
    statuses = _get_all(urls)
    assert statuses.count(200) == 2000 and statuses.count(302) == 200
    wait_for(lambda: _recorded(sessions, delivery_id) == 2200)

    kpis = _kpis(sessions, delivery_id)
    assert kpis["opens"] - before["opens"] == 1000
    assert kpis["clicks"] - before["clicks"] == 100
    assert (kpis["total_opens"], kpis["total_clicks"]) == (2000, 200)


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_hits_answered_while_the_database_is_locked_are_recorded_once_it_is_free(
    tmp_path: Path, db_url, engine, sessions, manager, servers
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 50)
    server = TrackingServe(db_url)
    servers.append(server)
    tokens = _tokens(sessions, delivery_id, TrackingKind.OPEN)
    urls = [f"http://127.0.0.1:{server.port}/o/{t}" for t in tokens]
    spool = spool_folder_for(engine)

    with database_locked(tmp_path / "console.db"):
        assert _get_all(urls) == [200] * 50
        assert _spooled_lines(spool) == 50  # on disk before they were answered
        wait_for(lambda: server.said("the database is locked by another process"))
        assert _recorded(sessions, delivery_id) == 0
    wait_for(lambda: _recorded(sessions, delivery_id) == 50)

    assert _kpis(sessions, delivery_id)["opens"] == 50
    wait_for(lambda: _spooled_lines(spool) == 0)  # all recorded: the spool is emptied
    server.stop()
    assert list(spool.iterdir()) == []


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_a_killed_server_s_hits_are_recorded_by_the_next_start_once(
    tmp_path: Path, db_url, engine, sessions, manager, servers
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 40)
    first = TrackingServe(db_url)
    servers.append(first)
    spool = spool_folder_for(engine)
    tokens = _tokens(sessions, delivery_id, TrackingKind.OPEN)
    with database_locked(tmp_path / "console.db"):
        assert _get_all([f"http://127.0.0.1:{first.port}/o/{t}" for t in tokens]) == [200] * 40
        first.kill()  # kill -9, its hits not recorded
    assert _recorded(sessions, delivery_id) == 0
    (left,) = spool.glob("*.jsonl")
    # The same hits twice (as after a crash between recording and emptying the spool).
    shutil.copyfile(left, spool / "hits-0-again.jsonl")

    second = TrackingServe(db_url)
    servers.append(second)
    wait_for(lambda: not left.exists() and not (spool / "hits-0-again.jsonl").exists())
    assert _recorded(sessions, delivery_id) == 40
    kpis = _kpis(sessions, delivery_id)
    assert (kpis["opens"], kpis["total_opens"]) == (40, 40)
    second.stop()
    assert list(spool.iterdir()) == []


def test_head_requests_are_answered_and_record_nothing(sessions, manager) -> None:
    delivery_id = prepared_delivery(sessions, manager, 3)
    (open_token, *_) = _tokens(sessions, delivery_id, TrackingKind.OPEN)
    (click_token, *_) = _tokens(sessions, delivery_id, TrackingKind.CLICK, "https://example.com/")
    with TrackingServer(sessions, "127.0.0.1", 0) as server:
        answers = []
        for path in (f"/o/{open_token}", f"/c/{click_token}"):
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            connection.request("HEAD", path)
            response = connection.getresponse()
            answers.append((response.status, response.getheader("Location"), response.read()))
            connection.close()
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("GET", f"/o/{open_token}")  # a real open, to know when all is in
        assert connection.getresponse().read() == PIXEL
        connection.close()
        assert server.writer.flush()
    assert answers == [(200, None, b""), (302, "https://example.com/", b"")]
    assert _recorded(sessions, delivery_id) == 1  # the GET only
    kpis = _kpis(sessions, delivery_id)
    assert (kpis["opens"], kpis["clicks"], kpis["total_opens"]) == (1, 0, 1)


def test_spool_files_are_for_their_owner_only(engine, sessions) -> None:
    with TrackingServer(sessions, "127.0.0.1", 0) as server:
        spool = server.writer.spool
        assert spool is not None
        assert os.stat(spool.path).st_mode & 0o777 == 0o600
        assert os.stat(spool.path.parent).st_mode & 0o777 == 0o700
        assert spool.path.parent == spool_folder_for(engine)

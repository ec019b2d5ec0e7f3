"""The tracking server's writer: one thread that records the answered hits in batches.

A handler spools its hit (services.servers.hit_spool) and queues it, then answers; this
thread takes the queued hits in batches (up to BATCH_ROWS, or what came within
BATCH_SECONDS) and records each batch in one transaction (services.servers.hit_recording),
so a burst of thousands of hits a second is recorded whole without a transaction per hit.

A busy database (another process holds the write lock for long) loses nothing: the hits
not recorded stay pending and go with the writer's next batch once the database is free,
while the server keeps answering and spooling. At start, the writer first replays the
spool files that servers which ended before recording everything left behind.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.runtime import busy_retry
from desktop.services.runtime.busy_retry import DatabaseBusy
from desktop.services.servers.hit_recording import Hit, record_hits
from desktop.services.servers.hit_spool import HitSpool, LeftSpool, left_spools

log = logging.getLogger(__name__)

BATCH_ROWS = 2000
BATCH_SECONDS = 0.05
# A batch waits this long for a busy database before the writer takes the hits queued
# meanwhile and tries again (with them).
BUSY_WAIT_SECONDS = 1.0
# Once asked to stop, how long the writer still tries to record what it holds; what is
# left stays in the spool for the next start.
STOP_WAIT_SECONDS = 10.0
# A batch the database refuses for another reason than a lock is tried this many times,
# then logged as lost (a hit that can never be recorded must not stop the others).
REFUSED_TRIES = 3


class HitWriter:
    """Spools and queues hits (`put`, from the server's handlers) and records them."""

    def __init__(self, sessions: sessionmaker[Session], spool_folder: Path) -> None:
        self.sessions = sessions
        self.spool_folder = spool_folder
        self.spool: HitSpool | None = None
        self._queue: queue.SimpleQueue[Hit | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="tracking-writer", daemon=True)
        self._stopping = threading.Event()
        self.recorded = 0  # hits new to the database, recorded by this writer
        self._idle = threading.Condition()
        self._queued = 0  # hits put and not recorded yet
        self._busy_since: float | None = None  # hits wait for a busy database since

    def start(self) -> HitWriter:
        """Opens this process's spool file (OSError if the folder cannot be written)."""
        self.spool = HitSpool(self.spool_folder)
        self._thread.start()
        return self

    def put(self, hit: Hit) -> None:
        """Spools the hit, then queues it: once this returns, the hit may be answered."""
        assert self.spool is not None, "the writer is not started"
        self.spool.append(hit)
        with self._idle:
            self._queued += 1
        self._queue.put(hit)

    def stop(self) -> None:
        self._stopping.set()
        self._queue.put(None)
        if self._thread.is_alive():
            self._thread.join(STOP_WAIT_SECONDS + 20)
        if self.spool is not None:
            self.spool.close()

    def flush(self, timeout: float = 10.0) -> bool:
        """Waits until every hit put so far is recorded (tests and benchmarks)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._queued == 0, timeout)

    # -- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        self._replay_left_spools()
        pending: list[Hit] = []  # taken from the queue, not recorded yet
        stopped_at: float | None = None
        while True:
            if self._take(pending, block=not pending) and stopped_at is None:
                stopped_at = time.monotonic()
            if pending:
                assert self.spool is not None
                self.spool.sync()
                pending = self._record(pending)
            if stopped_at is not None and (
                not pending or time.monotonic() - stopped_at > STOP_WAIT_SECONDS
            ):
                if pending:
                    log.warning(
                        "%d tracking hits not recorded yet: they stay in %s for the next start",
                        len(pending),
                        self.spool.path if self.spool else self.spool_folder,
                    )
                return

    def _take(self, pending: list[Hit], block: bool) -> bool:
        """Adds queued hits to `pending`: a batch's worth within BATCH_SECONDS of the first
        (waiting for one when `block`). True when asked to stop."""
        limit = len(pending) + BATCH_ROWS
        try:
            item = self._queue.get() if block else self._queue.get_nowait()
        except queue.Empty:
            return False
        if item is None:
            return True
        pending.append(item)
        deadline = time.monotonic() + BATCH_SECONDS
        while len(pending) < limit:
            remaining = deadline - time.monotonic()
            try:
                if remaining > 0:
                    item = self._queue.get(timeout=remaining)
                else:  # late: take only what is already there
                    item = self._queue.get_nowait()
            except queue.Empty:
                return False
            if item is None:
                return True
            pending.append(item)
        return False

    def _record(self, pending: list[Hit]) -> list[Hit]:
        """Records `pending` in batches; returns the hits not recorded (the database is
        busy: they go with the next batch)."""
        while pending:
            batch = pending[:BATCH_ROWS]
            try:
                new = self._record_batch(batch)
            except DatabaseBusy:
                if self._busy_since is None:  # said once per wait
                    self._busy_since = time.monotonic()
                    log.warning(
                        "tracking: the database is locked by another process; the hits "
                        "answered are kept (%d so far, spooled) and recorded once it is free",
                        len(pending),
                    )
                return pending
            except Exception:  # refused for good, or a bug: the server stays up
                log.exception("could not record %d tracking hits; they are lost", len(batch))
                new = 0
            if self._busy_since is not None:
                log.warning(
                    "tracking: the database is free again after %.0f s; the hits kept are "
                    "being recorded",
                    time.monotonic() - self._busy_since,
                )
                self._busy_since = None
            self.recorded += new
            assert self.spool is not None
            self.spool.settle(len(batch))
            with self._idle:
                self._queued -= len(batch)
                self._idle.notify_all()
            pending = pending[BATCH_ROWS:]
        return pending

    def _record_batch(self, batch: list[Hit]) -> int:
        """One transaction; DatabaseBusy after BUSY_WAIT_SECONDS of a locked database."""
        for attempt in range(1, REFUSED_TRIES + 1):
            try:
                return busy_retry.write(
                    self.sessions,
                    lambda session: record_hits(session, batch),
                    what=f"record {len(batch)} tracking hits",
                    wait=BUSY_WAIT_SECONDS,
                )
            except DBAPIError:
                # Not a lock (busy_retry waited those out): a delivery deleted meanwhile,
                # a dropped connection. Once more, then give up.
                if attempt == REFUSED_TRIES:
                    raise
        raise AssertionError("unreachable")

    # -- start-up ----------------------------------------------------------------------------
    def _replay_left_spools(self) -> None:
        """Records the hits of spool files left by servers that have ended, then removes
        the files; a file whose hits cannot be recorded before stop stays for next time."""
        for left in left_spools(self.spool_folder):
            if not self._replay(left):
                left.release()
                return
            left.done()

    def _replay(self, left: LeftSpool) -> bool:
        """True when every hit of the file is recorded (or cannot ever be)."""
        batch: list[Hit] = []
        replayed = 0
        for hit in left.hits():
            batch.append(hit)
            if len(batch) == BATCH_ROWS:
                if not self._replay_batch(batch):
                    return False
                replayed += len(batch)
                batch = []
        if batch and not self._replay_batch(batch):
            return False
        replayed += len(batch)
        log.info("replayed %d tracking hits from %s", replayed, left.path)
        return True

    def _replay_batch(self, batch: list[Hit]) -> bool:
        while not self._stopping.is_set():
            try:
                self.recorded += self._record_batch(batch)
                return True
            except DatabaseBusy:
                continue
            except Exception:
                log.exception("could not replay %d tracking hits; they are lost", len(batch))
                return True
        return False

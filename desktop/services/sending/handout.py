"""Claimed jobs on their way to the connection threads, in claim order.

Small sends put jobs straight on the jobs queue (the connection threads build the
messages); large ones send each claimed batch through the build process first
(services.sending.message_pool) and queue its jobs once their messages are built.
"""

from __future__ import annotations

import queue
import time
from collections import deque
from concurrent.futures import Future
from concurrent.futures import wait as wait_for_futures
from concurrent.futures.process import BrokenProcessPool

from desktop.services.runtime.worker_processes import STOP_GRACE_SECONDS
from desktop.services.sending.connection import JobQueue
from desktop.services.sending.jobs import Job
from desktop.services.sending.message_pool import BuildItem, Built, MessagePool


class Handout:
    def __init__(self, jobs: JobQueue, pool: MessagePool | None) -> None:
        self.jobs = jobs
        self.pool = pool
        self._building: deque[tuple[Future[list[Built]], list[Job], list[BuildItem]]] = deque()

    def put(self, jobs: list[Job]) -> None:
        """To the connections, through the build process when there is one."""
        if self.pool is None:
            for job in jobs:
                self.jobs.put(job)
            return
        batch = [(j.log_id, j.recipient_id, j.address, j.recipient or {}) for j in jobs]
        self._building.append((self.pool.submit(batch), jobs, batch))

    def forward_built(self) -> None:
        """Jobs whose messages are built go to the connections, in claim order. A batch a
        dead build process took down builds again (MessagePool.rebuild)."""
        while self._building and self._building[0][0].done():
            future, jobs, batch = self._building.popleft()
            try:
                built = future.result()
            except BrokenProcessPool:
                assert self.pool is not None
                self._building.appendleft((self.pool.rebuild(batch), jobs, batch))
                continue
            for job, message in zip(jobs, built, strict=True):
                job.built = message
                self.jobs.put(job)

    def waiting(self) -> int:
        """Jobs no connection has taken yet."""
        return self.jobs.qsize() + sum(len(jobs) for _f, jobs, _b in self._building)

    def take_back(self, grace: float = STOP_GRACE_SECONDS) -> list[Job]:
        """Every job no connection has taken. Builds still running after `grace` seconds
        (a stuck render) are abandoned: their build processes end, their jobs come back."""
        deadline = time.monotonic() + grace
        while self._building and time.monotonic() < deadline:
            self.forward_built()
            running = [future for future, _jobs, _batch in self._building]
            if running:
                wait_for_futures(running[:1], timeout=max(0.0, deadline - time.monotonic()))
        self.forward_built()
        taken_back = [job for _future, jobs, _batch in self._building for job in jobs]
        if self._building:
            self._building.clear()
            assert self.pool is not None
            self.pool.abandon()
        while True:
            try:
                item = self.jobs.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, Job):
                taken_back.append(item)
        return taken_back

    def close(self) -> None:
        """Ends the build process, if any (the send is over)."""
        if self.pool is not None:
            self.pool.close()

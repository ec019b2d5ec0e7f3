"""Claimed jobs on their way to the connection threads, in claim order.

Small sends put jobs straight on the jobs queue (the connection threads build the
messages); large ones send each claimed batch through the build process first
(services.sending.message_pool) and queue its jobs once their messages are built.
"""

from __future__ import annotations

import queue
from collections import deque
from concurrent.futures import Future

from desktop.services.sending.connection import JobQueue
from desktop.services.sending.jobs import Job
from desktop.services.sending.message_pool import Built, MessagePool


class Handout:
    def __init__(self, jobs: JobQueue, pool: MessagePool | None) -> None:
        self.jobs = jobs
        self.pool = pool
        self._building: deque[tuple[Future[list[Built]], list[Job]]] = deque()

    def put(self, jobs: list[Job]) -> None:
        """To the connections, through the build process when there is one."""
        if self.pool is None:
            for job in jobs:
                self.jobs.put(job)
            return
        batch = [(j.log_id, j.recipient_id, j.address, j.recipient or {}) for j in jobs]
        self._building.append((self.pool.submit(batch), jobs))

    def forward_built(self, wait: bool = False) -> None:
        """Jobs whose messages are built go to the connections, in claim order; `wait`: all
        of them, once built."""
        while self._building and (wait or self._building[0][0].done()):
            future, jobs = self._building.popleft()
            for job, built in zip(jobs, future.result(), strict=True):
                job.built = built
                self.jobs.put(job)

    def waiting(self) -> int:
        """Jobs no connection has taken yet."""
        return self.jobs.qsize() + sum(len(jobs) for _f, jobs in self._building)

    def take_back(self) -> list[Job]:
        """Every job no connection has taken (those being built once they are)."""
        self.forward_built(wait=True)
        taken_back = []
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

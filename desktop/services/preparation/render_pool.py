"""Personalisation of a prepared target, chunk by chunk, in worker processes.

Rendering is the floor of a preparation's time (measurements.md: ~9,000 renders per
second per core), so it runs in a pool of worker processes (see
services.runtime.worker_processes). The preparing process sends only lists of recipient
ids; each worker reads those recipients itself from the database (readers do not block
one another in WAL mode), renders subject, HTML and text, and sends back only what
preparation keeps: the render errors and the largest message's size.

Rendering can also start before the target is final (RenderPool.render_early): the
preparation hands over each range's rows to deliver as soon as the targeting statement
of that range ends, and later keeps only what counts for the rows still to deliver.

A template cannot hang or sink a preparation. Each render has its budget
(services.messages.render_budget); workers ignore Ctrl-C, have a memory cap, and a
watchdog ends one whose render is stuck where no check runs
(services.runtime.worker_processes). The preparing process never waits on a worker
without looking whether it was stopped (PoolJob.result), and a stop ends the workers
after a grace period (close). A worker that dies costs only the recipient it was
rendering: the chunks it broke render again, one recipient at a time, in a process of
their own (services.runtime.isolated_runs), and that recipient gets a render error.
"""

from __future__ import annotations

import logging
import os
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine

from desktop.models import Recipient
from desktop.models.database import make_engine
from desktop.services.audience.addresses import is_valid_address
from desktop.services.messages.render_budget import RenderStopped, ended_reason, start_watchdog
from desktop.services.messages.rendering import (
    RECIPIENTS_BY_ID,
    DeliveryRenderer,
    RecipientRenderError,
    RenderSpec,
)
from desktop.services.runtime.cancellation import Cancelled
from desktop.services.runtime.isolated_runs import ProcessEnded, run_isolated
from desktop.services.runtime.worker_processes import end_pool, protect_worker, worker_context

log = logging.getLogger(__name__)

# Chunks waiting in the pool per worker: enough to keep every worker busy, few enough that
# a stop takes effect within a fraction of a second.
IN_FLIGHT_PER_WORKER = 3
# How often a wait for a worker looks whether the preparation was stopped.
STOP_CHECK_SECONDS = 0.2

T = TypeVar("T")


@dataclass
class ChunkOutcome:
    """What came out of rendering one chunk of recipients."""

    rendered: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    largest: int = 0  # bytes of the largest message (subject + HTML + text)

    def add(self, other: ChunkOutcome) -> None:
        self.rendered += other.rendered
        self.errors.extend(other.errors)
        self.largest = max(self.largest, other.largest)


@dataclass
class EarlyOutcome:
    """A chunk rendered before the target was final: every id rendered or failed, in
    order, with its message's size (0 for a failure), and the failures' reasons."""

    ids: array = field(default_factory=lambda: array("q"))
    sizes: array = field(default_factory=lambda: array("q"))
    errors: list[tuple[int, str]] = field(default_factory=list)

    def kept(self, excluded: AbstractSet[int]) -> ChunkOutcome:
        """What counts for the chunk's rows still to deliver: all but those `excluded`
        (by the rules, since the chunk was rendered)."""
        if excluded.isdisjoint(self.ids):
            largest = max(self.sizes, default=0)
            return ChunkOutcome(len(self.ids) - len(self.errors), list(self.errors), largest)
        sizes = zip(self.ids, self.sizes, strict=True)
        largest = max((n for i, n in sizes if i not in excluded), default=0)
        errors = [(i, reason) for i, reason in self.errors if i not in excluded]
        remaining = sum(1 for i in self.ids if i not in excluded)
        return ChunkOutcome(remaining - len(errors), errors, largest)


def _size(message: Any) -> int:
    return len(message.subject.encode()) + len(message.html.encode()) + len(message.text.encode())


def render_rows(
    renderer: DeliveryRenderer,
    rows: Iterable[Mapping[str, Any]],
    check_stop: Callable[[], None] | None = None,
    stopped: Callable[[], bool] | None = None,
) -> ChunkOutcome:
    """Renders the rows here. With `check_stop` (raises to stop) and `stopped` (true once
    stopped), a stop ends even a render in progress: rendering in this process, a stuck
    render has no worker to terminate."""
    outcome = ChunkOutcome()
    for row in rows:
        if check_stop is not None:
            check_stop()
        try:
            message = renderer.render(row, stopped=stopped)
        except RecipientRenderError as exc:
            outcome.errors.append((int(row["id"]), str(exc)))
            continue
        except RenderStopped:
            raise Cancelled() from None
        outcome.rendered += 1
        size = _size(message)
        if size > outcome.largest:
            outcome.largest = size
    return outcome


def recipient_rows(connection: Connection, ids: Sequence[int]) -> list[Mapping[str, Any]]:
    """The recipients of `ids` as the mappings a template sees."""
    result = connection.execute(RECIPIENTS_BY_ID, {"ids": list(ids)})
    return [row._mapping for row in result]


# ---- inside a worker process ------------------------------------------------------------

_renderer: DeliveryRenderer | None = None
_engine: Engine | None = None


# Rendering is background work: at the lowest priority, the console's window (and anything
# else the operator does) keeps the processor when it needs it, and so do the targeting
# statements the workers render alongside; alone, workers lose nothing.
WORKER_NICENESS = 19


def _start_worker(spec: RenderSpec, db_url: str) -> None:
    global _renderer, _engine
    protect_worker()
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    _renderer = DeliveryRenderer(spec, text_from_html=False)  # keeps no message
    _engine = make_engine(db_url)
    start_watchdog()


def _ready() -> bool:
    return _renderer is not None


def _render_ids(ids: list[int]) -> ChunkOutcome:
    assert _renderer is not None and _engine is not None
    with _engine.connect() as connection:
        rows = recipient_rows(connection, ids)
    return render_rows(_renderer, rows)


def _render_early(ids: list[int]) -> EarlyOutcome:
    assert _renderer is not None and _engine is not None
    with _engine.connect() as connection:
        rows = recipient_rows(connection, ids)
    outcome = EarlyOutcome()
    for row in rows:
        recipient_id = int(row["id"])
        try:
            size = _size(_renderer.render(row))
        except RecipientRenderError as exc:
            outcome.errors.append((recipient_id, str(exc)))
            size = 0
        outcome.ids.append(recipient_id)
        outcome.sizes.append(size)
    return outcome


def _render_one(recipient_id: int) -> tuple[int, str | None] | None:
    """(message size, render error) of one recipient; None if it is no longer there."""
    assert _renderer is not None and _engine is not None
    with _engine.connect() as connection:
        rows = recipient_rows(connection, [recipient_id])
    if not rows:
        return None
    try:
        return _size(_renderer.render(rows[0])), None
    except RecipientRenderError as exc:
        return 0, str(exc)


def _invalid_ids(id_range: tuple[int, int]) -> list[int]:
    assert _engine is not None
    first, last = id_range
    # The driver's own cursor: a million plain (id, email) tuples come ~3x faster than
    # through result rows. Fixed SQL, bound values only.
    mark = "?" if _engine.dialect.paramstyle == "qmark" else "%s"
    table = Recipient.__tablename__
    sql = f"SELECT id, email FROM {table} WHERE id BETWEEN {mark} AND {mark}"
    with _engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()
        try:
            cursor.execute(sql, (first, last))
            rows = cursor.fetchall()
        finally:
            cursor.close()
    return [recipient_id for recipient_id, email in rows if not is_valid_address(email)]


# ---- in the preparing process -----------------------------------------------------------


class PoolJob(Generic[T]):
    """Work handed to the pool. result() waits for it, looking whether the preparation was
    stopped, and sees it through the death of a worker."""

    def __init__(
        self,
        pool: RenderPool,
        function: Callable[[Any], T],
        argument: Any,
        executor: ProcessPoolExecutor,
        future: Future[T],
    ) -> None:
        self.pool = pool
        self.function = function
        self.argument = argument
        self.executor = executor
        self._future = future

    def done(self) -> bool:
        return self._future.done()

    def cancel(self) -> None:
        self._future.cancel()

    def result(self, check_stop: Callable[[], None]) -> T:
        """The job's result; check_stop() runs while it waits, and raises to stop."""
        while True:
            try:
                return self._future.result(timeout=STOP_CHECK_SECONDS)
            except TimeoutError:
                check_stop()
            except BrokenProcessPool:
                return self.pool._rescue(self, check_stop)


class RenderPool:
    """A pool of rendering processes for one delivery; start it early, it warms up while
    the target is computed."""

    def __init__(self, spec: RenderSpec, db_url: str, processes: int) -> None:
        self.processes = max(1, processes)
        self._initargs = (spec, db_url)
        self._executor = self._start()
        # Each worker starts (imports, compiles the templates) while preparation targets.
        self._warming = [self._executor.submit(_ready) for _ in range(self.processes)]

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=worker_context(),
            initializer=_start_worker,
            initargs=self._initargs,
        )

    def render(
        self,
        chunks: Iterator[list[int]],
        check_stop: Callable[[], None],
        on_outcome: Callable[[list[int], ChunkOutcome], None],
    ) -> None:
        """Renders every chunk of ids; calls on_outcome(ids, outcome) in submission order.

        check_stop() runs between chunks and while waiting for one, and raises to stop;
        close(cancel=True) then drops the chunks still queued and ends the workers."""
        self._map(_render_ids, chunks, check_stop, on_outcome)

    def start_address_check(self, ranges: Iterable[tuple[int, int]]) -> AddressCheck:
        """Starts checking the addresses of the recipients within the (first, last) id
        ranges: each worker reads a range and checks it (services.audience.addresses). Started with
        the targeting statement, it runs on the core that statement leaves idle."""
        return AddressCheck([self._submit(_invalid_ids, chunk) for chunk in ranges])

    def render_early(self, ids: Sequence[int]) -> PoolJob[EarlyOutcome]:
        """Starts rendering `ids` (ascending) after the work already queued, and keeps
        every message's size: the target may still drop some of them. The ids are kept
        as 64-bit integers until the job is done: with ten million recipients queued, a
        list of Python ints would take 36 bytes an id instead of 8."""
        return self._submit(_render_early, array("q", ids))

    def _submit(self, function: Callable[[Any], T], argument: Any) -> PoolJob[T]:
        executor = self._executor
        try:
            future = executor.submit(function, argument)
        except BrokenProcessPool:  # a worker died since the last submission
            self._replace(executor)
            executor = self._executor
            future = executor.submit(function, argument)
        return PoolJob(self, function, argument, executor, future)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new pool in place of `broken` (once, whichever job finds it broken first)."""
        if broken is self._executor:
            end_pool(broken, grace=0)
            self._executor = self._start()

    def _rescue(self, job: PoolJob[T], check_stop: Callable[[], None]) -> T:
        """A worker died while `job` was queued or running, and took the pool down: the pool
        is replaced, and the job runs again, item by item, in a process of its own."""
        self._replace(job.executor)
        if job.function is _invalid_ids:
            (invalid,) = run_isolated(
                _start_worker, self._initargs, _invalid_ids, [job.argument], check_stop
            )
            if isinstance(invalid, ProcessEnded):
                raise RuntimeError(f"checking addresses ended its process ({invalid.exitcode})")
            return invalid  # type: ignore[no-any-return]
        ids: Sequence[int] = job.argument
        log.warning(
            "a rendering process ended during a chunk: its %s recipients render again, one"
            " at a time",
            len(ids),
        )
        results = run_isolated(_start_worker, self._initargs, _render_one, ids, check_stop)
        early = _early_outcome(ids, results)
        return early if job.function is _render_early else early.kept(frozenset())  # type: ignore[return-value]

    def _map(
        self,
        function: Callable[[Any], Any],
        chunks: Iterator[Any],
        check_stop: Callable[[], None],
        on_result: Callable[[Any, Any], None],
    ) -> None:
        """function(chunk) in the workers, a few chunks in flight per worker, results handed
        to on_result(chunk, result) in submission order."""
        pending: deque[tuple[Any, PoolJob[Any]]] = deque()
        limit = self.processes * IN_FLIGHT_PER_WORKER
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, self._submit(function, chunk)))
            if not pending:
                return
            chunk, job = pending.popleft()
            on_result(chunk, job.result(check_stop))
            check_stop()

    def close(self, *, cancel: bool = False) -> None:
        """Ends the workers. With `cancel` (a stop, an error, or the work is over), work
        still queued is dropped, and workers still busy after a grace period (a render
        stuck) are terminated."""
        for future in self._warming:
            future.cancel()
        if cancel:
            end_pool(self._executor)
        else:
            self._executor.shutdown(wait=True)

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        self.close(cancel=exc_type is not None)


def _early_outcome(ids: Sequence[int], results: Sequence[Any]) -> EarlyOutcome:
    """The EarlyOutcome of `ids` rendered one at a time: a recipient whose render ended
    its process has that as its render error."""
    outcome = EarlyOutcome()
    for recipient_id, result in zip(ids, results, strict=True):
        if result is None:  # no longer in the database
            continue
        if isinstance(result, ProcessEnded):
            size, error = 0, ended_reason(result.exitcode)
        else:
            size, error = result
        outcome.ids.append(recipient_id)
        outcome.sizes.append(size)
        if error is not None:
            outcome.errors.append((recipient_id, error))
    return outcome


class AddressCheck:
    """Address checks running in the workers; invalid_ids() waits for them."""

    def __init__(self, jobs: list[PoolJob[list[int]]]) -> None:
        self._jobs = jobs

    def invalid_ids(self, check_stop: Callable[[], None]) -> list[int]:
        invalid: list[int] = []
        for job in self._jobs:
            invalid.extend(job.result(check_stop))
            check_stop()
        return invalid

    def cancel(self) -> None:
        """Drops the ranges not started (those running end soon: a range is small)."""
        for job in self._jobs:
            job.cancel()


def database_url(engine: Engine) -> str:
    """The URL worker processes open: the engine's own, password included."""
    return engine.url.render_as_string(hide_password=False)

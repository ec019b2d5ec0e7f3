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
"""

from __future__ import annotations

import os
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine

from desktop.models import Recipient
from desktop.models.database import make_engine
from desktop.services.audience.addresses import is_valid_address
from desktop.services.messages.rendering import (
    RECIPIENTS_BY_ID,
    DeliveryRenderer,
    RecipientRenderError,
    RenderSpec,
)
from desktop.services.runtime.worker_processes import worker_context

# Chunks waiting in the pool per worker: enough to keep every worker busy, few enough that
# a stop takes effect within a fraction of a second.
IN_FLIGHT_PER_WORKER = 3


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


def render_rows(renderer: DeliveryRenderer, rows: Iterable[Mapping[str, Any]]) -> ChunkOutcome:
    outcome = ChunkOutcome()
    for row in rows:
        try:
            message = renderer.render(row)
        except RecipientRenderError as exc:
            outcome.errors.append((int(row["id"]), str(exc)))
            continue
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
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    _renderer = DeliveryRenderer(spec, text_from_html=False)  # keeps no message
    _engine = make_engine(db_url)


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


class RenderPool:
    """A pool of rendering processes for one delivery; start it early, it warms up while
    the target is computed."""

    def __init__(self, spec: RenderSpec, db_url: str, processes: int) -> None:
        self.processes = max(1, processes)
        self._executor = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=worker_context(),
            initializer=_start_worker,
            initargs=(spec, db_url),
        )
        # Each worker starts (imports, compiles the templates) while preparation targets.
        self._warming = [self._executor.submit(_ready) for _ in range(self.processes)]

    def render(
        self,
        chunks: Iterator[list[int]],
        check_stop: Callable[[], None],
        on_outcome: Callable[[list[int], ChunkOutcome], None],
    ) -> None:
        """Renders every chunk of ids; calls on_outcome(ids, outcome) in submission order.

        check_stop() runs between chunks and raises to stop; close(cancel=True) then drops
        the chunks still queued."""
        self._map(_render_ids, chunks, check_stop, on_outcome)

    def start_address_check(self, ranges: Iterable[tuple[int, int]]) -> AddressCheck:
        """Starts checking the addresses of the recipients within the (first, last) id
        ranges: each worker reads a range and checks it (services.audience.addresses). Started with
        the targeting statement, it runs on the core that statement leaves idle."""
        return AddressCheck([self._executor.submit(_invalid_ids, chunk) for chunk in ranges])

    def render_early(self, ids: list[int]) -> Future[EarlyOutcome]:
        """Starts rendering `ids` (ascending) after the work already queued, and keeps
        every message's size: the target may still drop some of them."""
        return self._executor.submit(_render_early, ids)

    def _map(
        self,
        function: Callable[[Any], Any],
        chunks: Iterator[Any],
        check_stop: Callable[[], None],
        on_result: Callable[[Any, Any], None],
    ) -> None:
        """function(chunk) in the workers, a few chunks in flight per worker, results handed
        to on_result(chunk, result) in submission order."""
        pending: deque[tuple[Any, Future[Any]]] = deque()
        limit = self.processes * IN_FLIGHT_PER_WORKER
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, self._executor.submit(function, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            on_result(chunk, future.result())
            check_stop()

    def close(self, *, cancel: bool = False) -> None:
        for future in self._warming:
            future.cancel()
        self._executor.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        self.close(cancel=exc_type is not None)


class AddressCheck:
    """Address checks running in the workers; invalid_ids() waits for them."""

    def __init__(self, futures: list[Future[list[int]]]) -> None:
        self._futures = futures

    def invalid_ids(self, check_stop: Callable[[], None]) -> list[int]:
        invalid: list[int] = []
        for future in self._futures:
            invalid.extend(future.result())
            check_stop()
        return invalid

    def cancel(self) -> None:
        """Drops the ranges not started (those running end soon: a range is small)."""
        for future in self._futures:
            future.cancel()


def database_url(engine: Engine) -> str:
    """The URL worker processes open: the engine's own, password included."""
    return engine.url.render_as_string(hide_password=False)

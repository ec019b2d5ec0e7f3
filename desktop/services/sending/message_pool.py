"""Messages rendered and built in a worker process, ahead of the SMTP connections.

Rendering and MIME building are CPU work; done in the connection threads they hold the
GIL while other threads wait to read their relay's answers, and a send reaches about half
the speed of a bare smtplib loop. In a separate process (forked by the fork server of
services.runtime.worker_processes) they run beside the sending, and the
connection threads only wait on sockets. Small sends build in-thread: starting a process
costs more than it saves.

A build process runs the delivery's templates: it is protected as the preparation's
renderers are (services.runtime.worker_processes: no Ctrl-C, a memory cap, a watchdog for
a stuck render). A pause or a stop does not wait for a stuck build (MessagePool.abandon),
and a build process that dies costs only the message it was building: its batches build
again one message at a time in a process of their own, and that message gets a render
error.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.render_budget import ended_reason, start_watchdog
from desktop.services.messages.rendering import DeliveryRenderer, RecipientRenderError, RenderSpec
from desktop.services.runtime.cancellation import Cancelled
from desktop.services.runtime.isolated_runs import ProcessEnded, run_isolated
from desktop.services.runtime.worker_processes import end_pool, protect_worker, worker_context
from desktop.services.sending.smtp_transmit import as_wire_data

BuildItem = tuple[int, int, str, dict[str, Any]]  # log id, recipient id, address, recipient

# Below this many messages to send, messages are built in the connection threads.
POOL_THRESHOLD = 500


@dataclass(frozen=True)
class SenderFields:
    sender_address: str
    sender_name: str
    reply_to: str


@dataclass(frozen=True)
class Built:
    """One message ready to send (as the DATA payload: services.sending.smtp_transmit), or the
    reason it cannot be rendered."""

    log_id: int
    message_id: str | None
    wire_data: bytes | None
    error: str | None = None


class MessageFactory:
    """Renders and builds messages of one delivery (in whichever process it lives)."""

    def __init__(self, spec: RenderSpec, sender: SenderFields) -> None:
        self.renderer = DeliveryRenderer(spec)
        self.builder = MessageBuilder.for_renderer(
            self.renderer, sender.sender_address, sender.sender_name, sender.reply_to
        )

    def build(self, log_id: int, recipient_id: int, address: str, person: dict[str, Any]) -> Built:
        try:
            rendered = self.renderer.render(person or {"id": recipient_id})
        except RecipientRenderError as exc:
            return Built(log_id, None, None, str(exc))
        built = self.builder.build(recipient_id, address, rendered)
        return Built(log_id, built.message_id, as_wire_data(built.data))


# ---- inside a worker process ------------------------------------------------------------

_factory: MessageFactory | None = None


def _exit_with_sender() -> None:
    """A killed send (SIGKILL) cannot stop its pool: the worker leaves when the sending
    process is gone. That process is not our parent (the fork server is), but
    multiprocessing's parent_process() is it, and join() returns when it ends."""
    sender = multiprocessing.parent_process()
    if sender is not None:
        sender.join()
        os._exit(0)


def _start_worker(spec: RenderSpec, sender: SenderFields, niceness: int) -> None:
    global _factory
    protect_worker()
    _factory = MessageFactory(spec, sender)
    threading.Thread(target=_exit_with_sender, name="exit-with-sender", daemon=True).start()
    start_watchdog()
    if niceness:
        # Building runs ahead of sending: it yields the CPU to the connections (and to a
        # relay on this machine), which are what the throughput waits on.
        os.nice(niceness)


def _build_batch(batch: list[BuildItem]) -> list[Built]:
    assert _factory is not None
    return [_factory.build(*item) for item in batch]


def _build_one(item: BuildItem) -> Built:
    assert _factory is not None
    return _factory.build(*item)


# ---- in the sending process -------------------------------------------------------------


class MessagePool:
    """A process pool that builds batches of messages; close() when the send ends."""

    def __init__(
        self, spec: RenderSpec, sender: SenderFields, processes: int = 1, niceness: int = 10
    ) -> None:
        self._processes = processes
        self._initargs = (spec, sender, niceness)
        self._executor: ProcessPoolExecutor | None = None
        self._start()
        # Batches a dead process took down build again here, one at a time (rebuild).
        self._isolated: ThreadPoolExecutor | None = None
        self._abandoned = threading.Event()

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self._processes,
                mp_context=worker_context(),
                initializer=_start_worker,
                initargs=self._initargs,
            )
        return self._executor

    def submit(self, batch: list[BuildItem]) -> Future[list[Built]]:
        executor = self._start()
        try:
            return executor.submit(_build_batch, batch)
        except BrokenProcessPool:  # a build process died since the last batch
            self._end_executor(grace=0)
            return self._start().submit(_build_batch, batch)

    def rebuild(self, batch: list[BuildItem]) -> Future[list[Built]]:
        """After a build process died (the future of `batch` says BrokenProcessPool): the
        batch builds again, one message at a time, in a process of its own; a message
        whose build ends that process too gets a render error saying so."""
        self._end_executor(grace=0)  # broken: the next submit starts a new pool
        if self._isolated is None:
            self._isolated = ThreadPoolExecutor(1, thread_name_prefix="isolated-build")
        return self._isolated.submit(self._build_isolated, batch)

    def _build_isolated(self, batch: list[BuildItem]) -> list[Built]:
        def check_stop() -> None:
            if self._abandoned.is_set():
                raise Cancelled()

        results = run_isolated(_start_worker, self._initargs, _build_one, batch, check_stop)
        return [
            Built(item[0], None, None, ended_reason(result.exitcode))
            if isinstance(result, ProcessEnded)
            else result
            for item, result in zip(batch, results, strict=True)
        ]

    def abandon(self) -> None:
        """Ends the build processes now, dropping what they were building (a pause or a
        stop does not wait for a stuck build); the next submit starts the pool again."""
        self._abandoned.set()
        self._end_executor(grace=0)
        if self._isolated is not None:
            self._isolated.shutdown(wait=True, cancel_futures=True)
            self._isolated = None
        self._abandoned.clear()

    def close(self) -> None:
        self._abandoned.set()
        self._end_executor()
        if self._isolated is not None:
            self._isolated.shutdown(wait=True, cancel_futures=True)
            self._isolated = None

    def _end_executor(self, grace: float | None = None) -> None:
        if self._executor is not None:
            if grace is None:
                end_pool(self._executor)
            else:
                end_pool(self._executor, grace)
            self._executor = None

"""Messages rendered and built in a worker process, ahead of the SMTP connections.

Rendering and MIME building are CPU work; done in the connection threads they hold the
GIL while other threads wait to read their relay's answers, and a send reaches about half
the speed of a bare smtplib loop. In a separate process (forked by the fork server of
services.runtime.worker_processes) they run beside the sending, and the
connection threads only wait on sockets. Small sends build in-thread: starting a process
costs more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.rendering import DeliveryRenderer, RecipientRenderError, RenderSpec
from desktop.services.runtime.worker_processes import worker_context
from desktop.services.sending.smtp_transmit import as_wire_data

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
        self.builder = MessageBuilder(
            delivery_id=spec.delivery_id,
            sender_address=sender.sender_address,
            sender_name=sender.sender_name,
            reply_to=sender.reply_to,
            signer=self.renderer.signer,
            list_headers=spec.list_headers,
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
    _factory = MessageFactory(spec, sender)
    threading.Thread(target=_exit_with_sender, name="exit-with-sender", daemon=True).start()
    if niceness:
        # Building runs ahead of sending: it yields the CPU to the connections (and to a
        # relay on this machine), which are what the throughput waits on.
        os.nice(niceness)


def _build_batch(batch: list[tuple[int, int, str, dict[str, Any]]]) -> list[Built]:
    assert _factory is not None
    return [_factory.build(*item) for item in batch]


# ---- in the sending process -------------------------------------------------------------


class MessagePool:
    """A process pool that builds batches of messages; close() when the send ends."""

    def __init__(
        self, spec: RenderSpec, sender: SenderFields, processes: int = 1, niceness: int = 10
    ) -> None:
        self._executor = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=worker_context(),
            initializer=_start_worker,
            initargs=(spec, sender, niceness),
        )

    def submit(self, batch: list[tuple[int, int, str, dict[str, Any]]]) -> Future[list[Built]]:
        return self._executor.submit(_build_batch, batch)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

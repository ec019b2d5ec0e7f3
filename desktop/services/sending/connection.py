"""The SMTP connection threads of a send: each holds one reused smtplib session.

A thread takes jobs from the engine's queue, builds the message when the build process has
not, waits for its slot under the hourly limits, sends, and puts the outcome on the
results queue: sent, hard or soft failure, render error, released (not attempted) or
deferred (its domain's limit). It reopens its connection after `messages_per_connection`
messages or when the relay drops it. A relay that cannot be reached, refuses us at
connect, EHLO, STARTTLS, AUTH or MAIL FROM, or answers RCPT TO about the client rather
than the recipient (services.sending.smtp_replies) stops the whole send (`relay_down`):
the message goes back unsent and nobody bounces. A relay that takes fewer connections
than configured only retires the threads it refuses. The threads see of the engine only
its `EngineLink`.
"""

from __future__ import annotations

import logging
import queue
import smtplib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from desktop.models import utcnow
from desktop.services.sending.jobs import Job, Outcome, Result
from desktop.services.sending.message_pool import Built
from desktop.services.sending.pacing import Throttle, domain_of
from desktop.services.sending.relay_session import (
    LoginGate,
    RelaySessionError,
    close_politely,
    discard,
    reply_text,
)
from desktop.services.sending.smtp_replies import Party, Stage, relay_refusal, whose_refusal
from desktop.services.sending.smtp_transmit import envelope_address_problem, transmit
from desktop.services.settings.relay_settings import RelayTarget

log = logging.getLogger(__name__)

CONNECT_ATTEMPTS = 3
# Put on the jobs queue: `CLOSE` asks one thread to close its connection (the delivery is
# paused), `None` asks one thread to end.
CLOSE = "close"
JobQueue = queue.Queue[Job | str | None]


class RelayDown(Exception):
    """The relay cannot be reached or refuses this sender: no message can go out."""


@dataclass(frozen=True, slots=True)
class EngineLink:
    """What the connection threads share with the engine that runs them, and nothing more."""

    jobs: JobQueue
    results: queue.Queue[Outcome]
    # Set when no new message may go out (pause, stop, relay down, this process ending).
    halt: threading.Event
    relay: RelayTarget
    sender: str  # the envelope sender
    messages_per_connection: int
    throttle: Throttle
    # Renders and builds a message the build process has not (log id, recipient id,
    # address, recipient's fields).
    build: Callable[[int, int, str, dict[str, Any]], Built]
    # The relay cannot be used: the engine settles and pauses (or fails) the delivery.
    relay_down: Callable[[str], None]
    # A connection thread failed on a bug: the engine settles and raises.
    fatal: Callable[[str], None]
    # Shared by the connections: one login attempt per send.
    login_gate: LoginGate = field(default_factory=LoginGate)


class SmtpConnection:
    """One connection thread: a reused smtplib session, reopened when needed."""

    def __init__(self, link: EngineLink, name: str, live_connections: Callable[[], int]) -> None:
        self.link = link
        self.live_connections = live_connections  # how many threads hold an open session
        self.smtp: smtplib.SMTP | None = None
        self.sent_on_connection = 0
        self.retired = False
        self.thread = threading.Thread(target=self.run, name=name, daemon=True)

    # -- connection ------------------------------------------------------------------------
    def connect(self) -> smtplib.SMTP | None:
        """A connection, after a few tries; None when the send was halted meanwhile;
        RelayDown when the relay cannot be used."""
        relay = self.link.relay
        for attempt in range(CONNECT_ATTEMPTS):
            if attempt and self.link.halt.wait(0.5 * attempt):
                return None
            try:
                self.smtp = self.link.login_gate.open(relay, self.link.sender)
                self.sent_on_connection = 0
                return self.smtp
            except RelaySessionError as exc:
                if not exc.retryable or attempt == CONNECT_ATTEMPTS - 1:
                    raise RelayDown(exc.reason) from None
        raise AssertionError("unreachable")

    def close(self, polite: bool = True) -> None:
        smtp, self.smtp = self.smtp, None
        if polite:
            close_politely(smtp)
        else:
            discard(smtp)

    # -- the loop --------------------------------------------------------------------------
    def run(self) -> None:
        link = self.link
        try:
            while True:
                job = link.jobs.get()
                if job is None:
                    break
                if job == CLOSE:
                    self.close()
                    continue
                link.results.put(self.handle(job))
                if self.retired:
                    break
        except BaseException as exc:  # a bug must not leave rows claimed forever
            log.exception("connection thread failed")
            link.fatal(f"connection thread failed: {exc!r}")
        finally:
            self.close()

    def handle(self, job: Job) -> Outcome:
        link = self.link
        if link.halt.is_set():
            return Outcome(job, Result.RELEASED)
        built = job.built or link.build(
            job.log_id, job.recipient_id, job.address, job.recipient or {}
        )
        if built.wire_data is None:
            return Outcome(job, Result.RENDER_ERROR, message=built.error or "")
        problem = envelope_address_problem(job.address)
        if problem is not None:
            return Outcome(job, Result.HARD, code=553, message=problem)

        when, defer = link.throttle.slot(domain_of(job.address))
        if defer is not None:
            return Outcome(job, Result.DEFERRED, not_before=utcnow() + timedelta(seconds=defer))
        wait = when - time.monotonic()
        if wait > 0 and link.halt.wait(wait):
            return Outcome(job, Result.RELEASED)

        for attempt in (1, 2):
            if self.smtp is None or self.sent_on_connection >= link.messages_per_connection:
                self.close()
                try:
                    if self.connect() is None:
                        return Outcome(job, Result.RELEASED)
                except RelayDown as exc:
                    if self.live_connections() > 0:
                        # The relay takes fewer connections than configured: carry on
                        # with the others.
                        self.retired = True
                    else:
                        link.relay_down(str(exc))
                    return Outcome(job, Result.RELEASED)
            assert self.smtp is not None
            try:
                transmit(self.smtp, link.sender, job.address, built.wire_data)
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = exc.recipients.get(job.address, (550, b"recipient refused"))
                return self._refused(job, Stage.RCPT, code, text)
            except smtplib.SMTPSenderRefused as exc:
                return self._refused(job, Stage.MAIL, exc.smtp_code, exc.smtp_error)
            except smtplib.SMTPResponseException as exc:
                if exc.smtp_code == 421:  # the server is closing this connection
                    self.close(polite=False)
                return self._refused(job, Stage.DATA, exc.smtp_code, exc.smtp_error)
            except (smtplib.SMTPServerDisconnected, OSError) as exc:
                # Dropped connection or timeout: one more try at once on a new connection,
                # then a temporary failure retried with back-off.
                self.close(polite=False)
                if attempt == 2:
                    return Outcome(job, Result.SOFT, message=f"connection lost: {exc}")
                continue
            self.sent_on_connection += 1
            return Outcome(
                job, Result.SENT, code=250, message="accepted", message_id=built.message_id
            )
        raise AssertionError("unreachable")

    def _refused(self, job: Job, stage: Stage, code: int, raw: bytes | str) -> Outcome:
        """A bounce of this recipient, or (the relay's refusal) the job handed back and the
        send stopped with the reason."""
        text = reply_text(raw)
        if code != 421 and whose_refusal(stage, code, text) is Party.RELAY:
            reason = relay_refusal(self.link.relay, stage, code, text)
            if stage is Stage.MAIL:
                reason += f" (sender {self.link.sender!r})"
            self.link.relay_down(reason)
            return Outcome(job, Result.RELEASED)
        result = Result.HARD if 500 <= code < 600 else Result.SOFT
        return Outcome(job, result, code=code, message=text)


class SmtpConnections:
    """The connection threads of one send, started together, told together."""

    def __init__(self, link: EngineLink, count: int, name: str) -> None:
        self.link = link
        self.threads = [
            SmtpConnection(link, f"{name}-{index}", self.live) for index in range(count)
        ]

    def start(self) -> None:
        for connection in self.threads:
            connection.thread.start()

    def alive(self) -> bool:
        return any(connection.thread.is_alive() for connection in self.threads)

    def live(self) -> int:
        """Threads holding an open SMTP session."""
        return sum(1 for c in self.threads if c.smtp is not None)

    def close_sessions(self) -> None:
        """Each thread closes its SMTP session once it has taken the jobs queued before."""
        for _ in self.threads:
            self.link.jobs.put(CLOSE)

    def stop(self, timeout: float) -> None:
        """Each thread ends once it has taken the jobs queued before; waits for them."""
        for _ in self.threads:
            self.link.jobs.put(None)
        for connection in self.threads:
            connection.thread.join(timeout)

"""The send engine: delivery-log rows -> personalised messages -> an SMTP relay.

One engine sends one delivery from one process; several may share a delivery (other
processes, other machines) because rows are claimed atomically in batches. The shape:

- the engine's thread claims `to_deliver` rows (status `sending`, tagged with its send
  session; services.sending.claims), puts them on a queue and commits every outcome in
  batches, together with the delivery's counters: services.sending.classify decides what
  each outcome means, services.sending.claims writes it;
- a worker process renders and builds the messages ahead (services.sending.message_pool,
  fed in claim order by services.sending.handout; small sends build in the connection
  threads);
- `connections` threads each hold one reused smtplib connection: send under the hourly
  limits (services.sending.pacing), and report the outcome (sent, hard or soft failure,
  relay down...; services.sending.connection);
- every poll it reads the delivery's status from the database, so Pause / Resume / Stop
  issued by any process (GUI, CLI) take effect: pause and stop hand out no new message,
  let those on the wire finish, and hand the queued rows back (pause) or cancel them (stop).

Crash safety: a row is `sending` from its claim until its outcome is committed. After a
crash the next sender hands the dead session's rows out again (services.sending.send_sessions):
only those (at most `in_flight_limit`) can reach a recipient twice.

A busy database (another process holds the write lock: a long import): a claim that
cannot be written claims nothing (its transaction is rolled back) and is tried again; an
outcome batch that cannot be written stays pending and is written with a later one, so a
message sent is never handed out again for lack of its record. Meanwhile nothing new is
claimed once the in-flight bound is reached. The writes of set-up and end wait as any
writer does (services.runtime.busy_retry) and then say in one line what was not done.

An unreachable database (a PostgreSQL restart, the network): nothing new is handed out,
the messages on the wire finish and their outcomes are kept in memory; the engine tries
again with back-off and, once the database answers, records them (not those a commit cut
off by the outage had written), hands back what it no longer holds, says in the journal
that it waited, and carries on.

Several senders end together: the one that finds no row left to anyone moves the
delivery to Finished (its row locked); a sender with nothing to claim while others still
hold rows waits, saying it lives (services.sending.send_sessions), until they are done.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, InvalidState, NotFound
from desktop.models import Delivery, utcnow
from desktop.models.enums import DeliveryStatus, JournalLevel
from desktop.services.access.rights import Actor
from desktop.services.costs.extraction_effects import apply_results
from desktop.services.delivery import journal
from desktop.services.delivery.kpis import DeliveryKpis, delivery_kpis
from desktop.services.delivery.lifecycle import ALLOWED, SENDER_STATES, transition
from desktop.services.messages.rendering import RenderSpec, render_spec
from desktop.services.runtime import busy_retry
from desktop.services.runtime.busy_retry import DatabaseBusy
from desktop.services.runtime.cancellation import CancelToken
from desktop.services.runtime.reachability import is_unreachable_error
from desktop.services.sending import claims, send_sessions, stop_story
from desktop.services.sending.classify import classify
from desktop.services.sending.connection import (
    EngineLink,
    JobQueue,
    RelayDown,
    SmtpConnections,
)
from desktop.services.sending.gil_switches import short_gil_switches
from desktop.services.sending.handout import Handout
from desktop.services.sending.jobs import Job, Outcome, Result
from desktop.services.sending.message_pool import (
    POOL_THRESHOLD,
    MessageFactory,
    MessagePool,
    SenderFields,
)
from desktop.services.sending.pacing import Throttle
from desktop.services.sending.send_rights import (
    Confirmation,
    ensure_may_send,
    ensure_may_use_relay,
)
from desktop.services.sending.send_settings import send_settings_of
from desktop.services.sending.smtp_transmit import envelope_address_problem
from desktop.services.settings.relay_settings import RelayTarget

log = logging.getLogger(__name__)

S = DeliveryStatus
# Rows handed to the connections per connection and per claim, and the most a process holds.
QUEUE_PER_CONNECTION = 32
CLAIM_PER_CONNECTION = 32
# Outcomes are committed in batches of this many per connection (or every 0.1 s); the
# in-flight bound leaves room for a batch waiting to commit, so claims never stall.
COMMIT_PER_CONNECTION = 32
IN_FLIGHT_PER_CONNECTION = 96
COMMIT_EVERY_SECONDS = 0.1
COLLECT_EVERY_SECONDS = 0.02
# While sending, a claim or an outcome batch waits this long for a busy database, then the
# loop carries on (status, cancellation) and tries again: nothing is given up.
LOOP_WAIT_SECONDS = 1.0
# The last outcomes of a send, once it ends, wait this long: giving up would leave
# messages sent but not recorded, which the next send would send again.
FINAL_OUTCOMES_WAIT_SECONDS = 600.0
# While the database is unreachable, tries to reach it again this often, doubling up to.
DATABASE_FIRST_PAUSE_SECONDS = 0.25
DATABASE_LONGEST_PAUSE_SECONDS = 5.0
# A sender that writes no outcome (paused, waiting) says it lives this often.
HEARTBEAT_SECONDS = send_sessions.HEARTBEAT_INTERVAL.total_seconds()


def in_flight_limit(connections: int) -> int:
    """The most rows one send process holds in `sending`: the bound on duplicates after a
    crash (domain.md §3.2)."""
    return max(1, connections) * IN_FLIGHT_PER_CONNECTION


@dataclass
class _LoopState:
    next_poll: float = 0.0  # when to read the delivery's status again
    status: DeliveryStatus = S.IN_PROGRESS
    idle_until: float = 0.0  # nothing to claim before then


@dataclass(frozen=True)
class SendReport:
    delivery_id: int
    status: DeliveryStatus
    kpis: DeliveryKpis
    sent_now: int
    reason: str = ""


ProgressSink = Callable[[DeliveryKpis], None]


class SendEngine:
    """Sends one delivery from this process until it is finished, paused, stopped or failed.

    `token` cancels this process's work without changing the delivery (the application is
    closing): the delivery stays In progress and the next sender carries on.

    The actor needs START DELIVERIES, unless `confirmation` says they confirmed this
    delivery just now (services.sending.send_rights); a relay chosen instead of the
    settings needs ADMINISTRATION. Both are checked before anything is read or sent."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Actor,
        delivery_id: int,
        relay: RelayTarget,
        *,
        token: CancelToken | None = None,
        confirmation: Confirmation | None = None,
        on_progress: ProgressSink | None = None,
        wait_while_paused: bool = True,
        poll_interval: float = 0.25,
        build_processes: int = 1,
        pool_threshold: int = POOL_THRESHOLD,
    ) -> None:
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.relay = relay
        self.token = token or CancelToken()
        self.confirmation = confirmation
        self.on_progress = on_progress
        self.wait_while_paused = wait_while_paused
        self.poll_interval = poll_interval

        self.jobs: JobQueue = queue.Queue()
        self.results: queue.Queue[Outcome] = queue.Queue()
        self.halt = threading.Event()
        self._problem_lock = threading.Lock()
        self._relay_problem: str | None = None
        self._fatal: str | None = None
        self.session_id = ""
        self.sent_now = 0
        self._outstanding = 0  # rows claimed and neither reported nor handed back
        self._pending: list[Outcome] = []
        self._pending_since = 0.0
        self._busy_since: float | None = None  # outcomes wait for a busy database since
        self._last_beat = time.monotonic()  # the session's heartbeat was last written
        self.build_processes = build_processes
        self.pool_threshold = pool_threshold

    # -- called from connection threads ----------------------------------------------------
    def relay_down(self, reason: str) -> None:
        with self._problem_lock:
            if self._relay_problem is None:
                self._relay_problem = reason
        self.halt.set()

    def fatal(self, reason: str) -> None:
        self._fatal = reason
        self.halt.set()

    # -- set-up ----------------------------------------------------------------------------
    def _load(self) -> None:
        ensure_may_send(self.actor, self.delivery_id, self.confirmation)
        ensure_may_use_relay(self.actor, self.relay)
        spec, sender, remaining = busy_retry.write(
            self.sessions, self._register, what=f"start sending delivery {self.delivery_id}"
        )
        settings = self.settings
        link = EngineLink(
            jobs=self.jobs,
            results=self.results,
            halt=self.halt,
            relay=self.relay,
            sender=sender.sender_address.strip(),
            messages_per_connection=settings.messages_per_connection,
            throttle=Throttle(settings.messages_per_hour, settings.messages_per_hour_per_domain),
            build=MessageFactory(spec, sender).build,
            relay_down=self.relay_down,
            fatal=self.fatal,
        )
        self.connections = SmtpConnections(link, settings.connections, f"smtp-{self.delivery_id}")
        pool = None
        if remaining >= self.pool_threshold and self.build_processes > 0:
            pool = MessagePool(spec, sender, self.build_processes)
        self.handout = Handout(self.jobs, pool)

    def _register(self, session: Session) -> tuple[RenderSpec, SenderFields, int]:
        """Checks the delivery, reads what the send needs, registers this send session and
        says so in the journal: one transaction, run again whole while the database is busy.
        Returns the render spec, the sender and how many rows are to send."""
        delivery = session.get(Delivery, self.delivery_id)
        if delivery is None:
            raise NotFound("delivery", self.delivery_id)
        if delivery.status not in SENDER_STATES:
            raise InvalidState(
                f"delivery {delivery.id} is {delivery.status.value}: only a confirmed "
                "delivery (in_progress or paused) can be sent"
            )
        sender_address = delivery.sender_address.strip()
        if not sender_address:
            raise InvalidState(f"delivery {delivery.id} has no sender address")
        problem = envelope_address_problem(sender_address)
        if problem is not None:
            raise InvalidState(
                f"delivery {delivery.id}: sender address {sender_address!r}: {problem}"
            )
        spec = render_spec(session, delivery)
        self.settings = settings = send_settings_of(session, delivery)
        sender = SenderFields(delivery.sender_address, delivery.sender_name, delivery.reply_to)
        released = send_sessions.release_dead_claims(session, delivery.id)
        self.session_id = send_sessions.register(session, delivery.id)
        remaining = claims.count_to_deliver(session, delivery.id)
        journal.add(
            session,
            delivery.id,
            JournalLevel.INFO,
            "send.started_outbox" if self.relay.is_outbox else "send.started",
            relay=str(self.relay),
            count=remaining,
            connections=settings.connections,
        )
        if released:
            journal.add(
                session, delivery.id, JournalLevel.INFO, "send.handed_out_again", count=released
            )
        return spec, sender, remaining

    # -- claims ----------------------------------------------------------------------------
    def _claim(self, count: int) -> list[Job] | None:
        """Claims up to `count` due rows in one statement: no two senders get the same row.
        None when the database stayed busy: nothing was claimed (the claim's transaction
        was rolled back whole), the loop tries again."""
        try:
            jobs = busy_retry.write(
                self.sessions,
                lambda session: claims.claim_due_rows(
                    session, self.delivery_id, self.session_id, count, utcnow()
                ),
                what=f"claim messages of delivery {self.delivery_id}",
                wait=LOOP_WAIT_SECONDS,
            )
        except DatabaseBusy:
            return None
        self._outstanding += len(jobs)
        return jobs

    # -- outcomes --------------------------------------------------------------------------
    def _collect(self, timeout: float) -> None:
        """Takes the outcomes reported so far, after `timeout` seconds: waking up for each
        message would take the GIL from the connection threads hundreds of times a second."""
        if timeout:
            time.sleep(timeout)
        while True:
            try:
                outcome = self.results.get_nowait()
            except queue.Empty:
                return
            self._outstanding -= 1
            if not self._pending:
                self._pending_since = time.monotonic()
            self._pending.append(outcome)

    def _commit_due(self) -> bool:
        return bool(self._pending) and (
            len(self._pending) >= self.settings.connections * COMMIT_PER_CONNECTION
            or time.monotonic() - self._pending_since >= COMMIT_EVERY_SECONDS
        )

    def _commit(
        self,
        extra_release: list[Job] | None = None,
        cancel: bool = False,
        wait: float = LOOP_WAIT_SECONDS,
    ) -> bool:
        """Writes outcomes and counters in one transaction; queued jobs are handed back
        (or cancelled when the delivery is stopped). False when the database stayed busy
        for `wait` seconds: the outcomes stay pending, for the next commit."""
        outcomes, self._pending = self._pending, []
        for job in extra_release or []:
            outcomes.append(Outcome(job, Result.RELEASED))
        if not outcomes:
            return True
        batch = classify(outcomes, self.settings, utcnow(), cancel=cancel)
        try:
            busy_retry.write(
                self.sessions,
                lambda session: claims.write_outcomes(
                    session, self.delivery_id, self.session_id, batch
                ),
                what=f"record the outcomes of {len(outcomes)} messages",
                wait=wait,
            )
        except BaseException as error:
            # Not written: kept, in order, for the next commit (or the one on the way out).
            if not self._pending:
                self._pending_since = time.monotonic()
            self._pending[:0] = outcomes
            if not isinstance(error, DatabaseBusy):
                raise
            if self._busy_since is None:  # said once per wait, not once per try
                self._busy_since = time.monotonic()
                log.warning(
                    "delivery %s: the database is locked by another process; the outcomes of "
                    "%d messages are kept and recorded once it is free",
                    self.delivery_id,
                    len(self._pending),
                )
            return False
        if self._busy_since is not None:
            log.info(
                "delivery %s: outcomes recorded after %.0f s of waiting for the database",
                self.delivery_id,
                time.monotonic() - self._busy_since,
            )
            self._busy_since = None
        self.sent_now += batch.counters["delivered"]
        self._last_beat = time.monotonic()
        return True

    # -- control ---------------------------------------------------------------------------
    def _drain(self) -> list[Job]:
        """Hands out nothing more and waits for the messages on the wire; returns the jobs
        still queued (never handed to a connection)."""
        self.halt.set()
        queued = self._take_back()
        while self._outstanding > 0 and self.connections.alive():
            self._collect(0.05)
            queued += self._take_back()
        self._collect(0.0)
        return queued

    def _settle(self, cancel: bool = False) -> None:
        """Hands out nothing more, lets the messages on the wire finish, records them."""
        queued = self._drain()
        # Rows a dead connection thread held stay `sending` under this session: the next
        # sender hands them out again once this session has ended.
        if not self._commit(queued, cancel, FINAL_OUTCOMES_WAIT_SECONDS):
            unrecorded = len(self._pending)
            self._pending = []
            raise ConsoleError(
                f"the outcomes of {unrecorded} messages of delivery {self.delivery_id} could "
                f"not be recorded: the database stayed locked by another process for "
                f"{FINAL_OUTCOMES_WAIT_SECONDS:.0f} s; the next send may send them again"
            )

    def _take_back(self) -> list[Job]:
        taken_back = self.handout.take_back()
        self._outstanding -= len(taken_back)
        return taken_back

    def _report(self) -> DeliveryKpis:
        with self.sessions() as session:
            kpis = delivery_kpis(session, self.delivery_id)
        if self.on_progress is not None:
            self.on_progress(kpis)
        return kpis

    def _cancel_remaining(self, reason: str) -> int:
        """Cancels what was not sent (stop, validity over); retried rows count as soft bounces."""
        return busy_retry.write(
            self.sessions,
            lambda session: claims.cancel_unsent(session, self.delivery_id, reason, utcnow()),
            what=f"cancel the messages of delivery {self.delivery_id} not sent",
        )

    def _end(self, to: DeliveryStatus, line: journal.Line) -> None:
        """Moves the delivery to `to` and says why in the journal. Several senders may end
        at once: the delivery's row is locked, the first moves it, and the others, finding
        it there, say nothing more."""
        reason, level = line.text, line.level

        def end(session: Session) -> None:
            # A write that changes nothing takes the row's lock first (FOR UPDATE does not
            # exist on SQLite, whose driver reads outside the write transaction): the status
            # read next is the one this transaction changes.
            session.execute(
                update(Delivery)
                .where(Delivery.id == self.delivery_id)
                .values(status=Delivery.status)
                .execution_options(synchronize_session=False)
            )
            delivery = session.get(Delivery, self.delivery_id, populate_existing=True)
            assert delivery is not None
            if delivery.status == to or to not in ALLOWED[delivery.status]:
                return  # another sender, or an operator, moved it first
            try:
                transition(session, self.actor, delivery, to, reason=reason)
            except InvalidState:
                return  # an operator moved it meanwhile (a stop, a pause): theirs stands
            if to in (S.FINISHED, S.STOPPED, S.FAILED) and delivery.finished_at is None:
                delivery.finished_at = utcnow()
                # The real cost: the provider's formulas on the messages that went out.
                apply_results(session, self.delivery_id, delivery.delivered)
            if to is S.FAILED or (to is S.PAUSED and level is JournalLevel.ERROR):
                delivery.error_message = reason
            journal.add_line(session, self.delivery_id, line)

        busy_retry.write(self.sessions, end, what=f"mark delivery {self.delivery_id} {to.value}")

    def _unregister(self) -> None:
        """This send session ends; the last sender of a stopped delivery tells the stop. If
        the database stays busy or unreachable the session's row is left to go stale (a
        session whose process has gone, or whose heartbeat stopped, is dead anyway)."""

        def leave(session: Session) -> None:
            stop_story.lock_delivery(session, self.delivery_id)
            send_sessions.unregister(session, self.session_id)
            stop_story.tell_stop(session, self.delivery_id)

        try:
            busy_retry.write(
                self.sessions, leave, what=f"end the send session of delivery {self.delivery_id}"
            )
        except DatabaseBusy as busy:
            log.warning("%s", busy)
        except DBAPIError as error:
            if not is_unreachable_error(error):
                raise
            log.warning(
                "delivery %s: the database is unreachable; this send session is left to go stale",
                self.delivery_id,
            )

    # -- the main loop ---------------------------------------------------------------------
    def run(self) -> SendReport:
        with short_gil_switches():
            return self._run()

    def _run(self) -> SendReport:
        self._load()
        self.connections.start()
        try:
            _status, reason = self._loop()
        except BaseException:
            self._record_before_leaving()
            raise
        finally:
            self.halt.set()
            self.handout.close()
            self.connections.stop(30)
            self._unregister()
        kpis = self._report()
        return SendReport(self.delivery_id, kpis.status, kpis, self.sent_now, reason)

    def _record_before_leaving(self) -> None:
        """The loop failed (a write that could not wait longer, a bug): the messages on the
        wire still finish and their outcomes are recorded, or they would be sent again."""
        if not (self._pending or self._outstanding):
            return
        try:
            self._settle()
        except ConsoleError as error:
            log.error("%s", error)
        except Exception:
            log.exception("delivery %s: outcomes not recorded", self.delivery_id)

    def _loop(self) -> tuple[DeliveryStatus, str]:
        state = _LoopState()
        while True:
            try:
                ended = self._round(state)
            except DBAPIError as error:
                if not is_unreachable_error(error):
                    raise
                self._wait_for_database(error)
                state.next_poll = 0.0
                continue
            if ended is not None:
                return ended

    def _round(self, state: _LoopState) -> tuple[DeliveryStatus, str] | None:
        """One turn of the loop: outcomes, status, claims. The end of the send, or None."""
        settings = self.settings
        self._collect(COLLECT_EVERY_SECONDS if self._outstanding else 0.0)
        self.handout.forward_built()
        if self._commit_due():
            self._commit()
        now = time.monotonic()
        if now >= state.next_poll:
            state.status = self._report().status  # one read: status and counters
            state.next_poll = now + self.poll_interval
        if now - self._last_beat >= HEARTBEAT_SECONDS:
            self._keep_alive()
        status = state.status

        if self._fatal is not None:
            self._settle()
            raise RuntimeError(self._fatal)
        if not self.connections.alive() and self._relay_problem is None:
            # Every connection gave up (each found the relay refusing one more).
            self.relay_down(f"no connection to the SMTP relay {self.relay} is left")
        if self.token.cancelled:
            self._settle()
            return status, "this process stopped sending; the delivery carries on later"
        if self._relay_problem is not None:
            self._settle()
            reason = self._relay_problem
            if utcnow() >= settings.validity_end:
                self._cancel_remaining(reason)
                self._end(
                    S.FAILED, journal.line(JournalLevel.ERROR, "send.impossible", problem=reason)
                )
                return S.FAILED, reason
            self._end(
                S.PAUSED, journal.line(JournalLevel.ERROR, "send.paused_relay", problem=reason)
            )
            return S.PAUSED, reason
        if status is S.STOPPED:
            # Every sender of the delivery stops; the last to leave tells the stop
            # (_unregister, sending.stop_story).
            self._settle(cancel=True)
            self._cancel_remaining("delivery stopped")
            return S.STOPPED, "stopped"
        if status is S.PAUSED:
            if not self.halt.is_set():
                self._settle()
                self.connections.close_sessions()
            if not self.wait_while_paused:
                return S.PAUSED, "paused"
            time.sleep(self.poll_interval)
            return None
        if status is not S.IN_PROGRESS:
            self._settle()
            return status, f"the delivery is {status.value}"
        if self.halt.is_set():
            self.halt.clear()  # resumed

        limit = in_flight_limit(settings.connections)
        room = limit - self._outstanding - len(self._pending)
        if (
            room > 0
            and self.handout.waiting() < settings.connections * QUEUE_PER_CONNECTION
            and now >= state.idle_until
        ):
            jobs = self._claim(min(settings.connections * CLAIM_PER_CONNECTION, room))
            if jobs is None:  # the database is busy: the next round tries again
                return None
            self.handout.put(jobs)
            if not jobs and self._outstanding == 0:
                ended = self._finish_or_wait()
                if isinstance(ended, tuple):
                    return ended
                state.idle_until = ended
        if not self._outstanding and not self._pending and time.monotonic() < state.idle_until:
            time.sleep(min(0.05, max(0.0, state.idle_until - time.monotonic())))
        return None

    def _keep_alive(self) -> None:
        """Tells other senders this one lives while it writes no outcome (paused, waiting
        for others' last rows): they would otherwise hand its rows out again."""
        try:
            busy_retry.write(
                self.sessions,
                lambda session: send_sessions.keep_alive(
                    session, self.session_id, self.delivery_id
                ),
                what=f"refresh the send session of delivery {self.delivery_id}",
                wait=LOOP_WAIT_SECONDS,
            )
        except DatabaseBusy:
            return
        self._last_beat = time.monotonic()

    # -- the database went away --------------------------------------------------------------
    def _wait_for_database(self, error: DBAPIError) -> None:
        """The database is unreachable (a server restart, the network): hand out nothing
        new, let the messages on the wire finish and keep their outcomes in memory, then try
        again with back-off until the database answers; there, record those outcomes, hand
        back the rows this sender no longer holds, say in the journal how long it waited, and
        carry on. Nothing sent is sent again, nothing claimed is lost."""
        since = time.monotonic()
        log.warning(
            "delivery %s: the database is unreachable (%s); no new message is handed out, "
            "the outcomes of those on the wire are kept until it is back",
            self.delivery_id,
            str(error.orig).splitlines()[0] if error.orig else error,
        )
        queued = self._drain()
        self._pending.extend(Outcome(job, Result.RELEASED) for job in queued)
        pause = DATABASE_FIRST_PAUSE_SECONDS
        said = since
        while True:
            try:
                recorded, delivered = busy_retry.write(
                    self.sessions,
                    self._write_after_outage,
                    what=f"record the outcomes of delivery {self.delivery_id}",
                    wait=LOOP_WAIT_SECONDS,
                )
                break
            except DatabaseBusy:
                pass  # reachable but locked (SQLite): try again after the pause
            except DBAPIError as again:
                if not is_unreachable_error(again):
                    raise
            waited = time.monotonic() - since
            if self.token.cancelled and waited >= FINAL_OUTCOMES_WAIT_SECONDS:
                raise ConsoleError(
                    f"the outcomes of {len(self._pending)} messages of delivery "
                    f"{self.delivery_id} could not be recorded: the database stayed "
                    f"unreachable for {waited:.0f} s; the next send may send them again"
                )
            if time.monotonic() - said >= 60:
                said = time.monotonic()
                log.warning(
                    "delivery %s: still waiting for the database after %.0f s",
                    self.delivery_id,
                    waited,
                )
            time.sleep(pause)
            pause = min(DATABASE_LONGEST_PAUSE_SECONDS, pause * 2)
        # Written whole (the transaction committed): only now are they forgotten.
        self._pending = []
        self.sent_now += delivered
        self._last_beat = time.monotonic()
        log.info(
            "delivery %s: the database is back after %.0f s; %d outcomes recorded",
            self.delivery_id,
            time.monotonic() - since,
            recorded,
        )

    def _write_after_outage(self, session: Session) -> tuple[int, int]:
        """One transaction once the database answers again: the session is alive again, the
        outcomes kept are written (but those a commit cut off by the outage wrote already),
        and rows a cut-off claim may have taken are handed back. Returns how many
        outcomes were written, and how many of them were delivered."""
        send_sessions.keep_alive(session, self.session_id, self.delivery_id)
        held = send_sessions.still_held(
            session, self.session_id, [outcome.job.log_id for outcome in self._pending]
        )
        outcomes = [outcome for outcome in self._pending if outcome.job.log_id in held]
        batch = classify(outcomes, self.settings, utcnow())
        claims.write_outcomes(session, self.delivery_id, self.session_id, batch)
        released = 0
        if self._outstanding == 0:
            released = send_sessions.release_own_claims(session, self.delivery_id, self.session_id)
        if released:
            journal.add(
                session,
                self.delivery_id,
                JournalLevel.WARNING,
                "send.database_back_handed_out",
                count=len(outcomes),
                released=released,
            )
        else:
            journal.add(
                session,
                self.delivery_id,
                JournalLevel.WARNING,
                "send.database_back",
                count=len(outcomes),
            )
        return len(outcomes), batch.counters["delivered"]

    def _finish_or_wait(self) -> tuple[DeliveryStatus, str] | float:
        """Nothing to claim now: the delivery is finished, or its validity is over, or
        retries (or another process's rows) are due later: the time to look again."""
        if self._pending:
            self._commit()
        try:
            remaining, earliest = busy_retry.write(
                self.sessions,
                lambda session: claims.remaining(session, self.delivery_id),
                what=f"count the messages of delivery {self.delivery_id} left to send",
                wait=LOOP_WAIT_SECONDS,
            )
        except DatabaseBusy:
            return time.monotonic() + self.poll_interval
        if remaining == 0:
            self._end(
                S.FINISHED, journal.line(JournalLevel.INFO, "send.finished", **self._summary())
            )
            return S.FINISHED, "finished"
        if utcnow() >= self.settings.validity_end:
            cancelled = self._cancel_remaining("validity period over")
            self._end(
                S.FINISHED,
                journal.line(
                    JournalLevel.WARNING,
                    "send.validity_over",
                    cancelled=cancelled,
                    **self._summary(),
                ),
            )
            return S.FINISHED, "validity period over"
        wake = self.settings.validity_end
        if earliest is not None:
            wake = min(wake, earliest)
        delay = (wake - utcnow()).total_seconds()
        return time.monotonic() + max(0.05, min(delay, self.poll_interval))

    def _summary(self) -> dict[str, int]:
        """The counts a send's last journal line gives."""
        with self.sessions() as session:
            kpis = delivery_kpis(session, self.delivery_id)
        names = ("delivered", "failed", "hard_bounces", "soft_bounces", "to_deliver")
        return {name: int(kpis.values[name]) for name in names}


def send_delivery(
    sessions: sessionmaker[Session],
    actor: Actor,
    delivery_id: int,
    relay: RelayTarget,
    **options: Any,
) -> SendReport:
    """Runs the send of a confirmed delivery in this thread until it ends (see SendEngine)."""
    return SendEngine(sessions, actor, delivery_id, relay, **options).run()


__all__ = [
    "RelayDown",
    "SendEngine",
    "SendReport",
    "in_flight_limit",
    "send_delivery",
]

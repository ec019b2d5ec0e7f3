"""Preparation of a delivery (domain.md §3.1): target, exclusions, personalisation, logs.

Everything runs on one database connection, in four phases:

1. targeting: the audience (filter and/or list) goes into a TEMPORARY staging table with
   INSERT ... SELECT, which also gives each row the first cause its own data decides;
2. rules: duplicates, the control group and the target limit, one UPDATE each, in the
   order of domain.md (services.preparation.targeting); nothing is fetched into Python;
3. personalisation: ids of the rows to deliver stream, in chunks, to worker processes
   that render every message; only render errors and the largest size come back;
4. logs: one last transaction copies the staging rows into delivery_log, sets the
   counters, writes the journal and moves the delivery to its next status.

With worker processes, phases 1 to 3 overlap: targeting runs one id range at a time and
hands each range's rows to the workers at once (unless a control group or a target limit
would throw much of that work away), so rendering uses the core the database leaves
idle; phase 3 then keeps what still counts. The last preparation's log rows, if any, are
deleted meanwhile on a thread of their own (services.preparation.log_removal).

A stop or a critical error ends in one transaction too (Being edited or Preparation
failed, no log row, counters zero). The staging table belongs to the connection, so a
crashed preparation leaves no row behind: nothing is ever half-written.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, NotFound
from desktop.models import (
    Approval,
    Campaign,
    Delivery,
    DeliveryLog,
    Recipient,
)
from desktop.models.enums import (
    ApprovalKind,
    Channel,
    ControlPhase,
    DeliveryStatus,
    ExclusionCause,
    JournalLevel,
    LogStatus,
    Right,
)
from desktop.services.access.rights import Actor, require
from desktop.services.delivery import journal
from desktop.services.delivery.lifecycle import Action, allows, clear_preparation, transition
from desktop.services.entities.deliveries import check_ready_to_prepare
from desktop.services.messages.rendering import DeliveryRenderer, RenderSpec, render_spec
from desktop.services.preparation import typology_rules
from desktop.services.preparation.log_removal import LogRemoval, can_remove_apart
from desktop.services.preparation.render_pool import (
    AddressCheck,
    ChunkOutcome,
    EarlyOutcome,
    RenderPool,
    database_url,
    recipient_rows,
    render_rows,
)
from desktop.services.preparation.targeting import (
    Outcome,
    Targeting,
    TargetSpec,
    by_rule,
    describe,
    drop_temporary_tables,
    exclusions,
    id_span,
)
from desktop.services.runtime.cancellation import (
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
    no_progress,
)
from desktop.services.settings.options import get_flag, get_value

log = logging.getLogger(__name__)

S = DeliveryStatus
C = ExclusionCause

PHASES = ("targeting", "rules", "personalisation", "logs")
REMOVE_DUPLICATES = "NmsBroadcast_RemoveDuplicatesRecipients"
REMOVE_DENYLISTED = "NmsBroadcast_RemoveBlackList"
LIMIT_CONCURRENCY = "NmsOperation_LimitConcurrency"

# Render errors named one by one in the journal; the rest are counted (each log row has its own).
JOURNALLED_RENDER_ERRORS = 20
# How often a running preparation looks whether someone stopped it from another process.
STOP_POLL_SECONDS = 2.0

# Recipient ids a worker process reads and checks the addresses of at a time.
ADDRESS_CHUNK = 10000
# Recipient ids one targeting statement covers when rendering starts before the target is
# final: its rows go to the workers as soon as it ends.
TARGETING_RANGE = 20000
# Below and above every recipient id: the first and last id ranges reach these, so a
# recipient added while the target is computed is still in a range.
LOWEST_ID = -(2**63)
HIGHEST_ID = 2**63 - 1
# Copying the staging rows into delivery_log, per row (measured: 1.6 s a million, with
# the checks of its foreign keys). With rendering started early, the copy starts once
# the rendering left would take half of it: it runs beside the last chunks (which get
# one core out of two meanwhile) and both end together.
LOG_COPY_SECONDS_PER_ROW = 1.7e-6
# SQLite calls the stop check every this many virtual-machine steps of a long statement.
INTERRUPT_STEPS = 200_000


class PreparationFailed(ConsoleError):
    """A critical error (domain.md §3.1): the delivery ends in Preparation failed."""


class PreparationRefused(ConsoleError):
    """The preparation cannot start (state, concurrency); nothing changed."""


@dataclass(frozen=True)
class PreparationSettings:
    """How the work is spread; the defaults suit a desktop and a server alike."""

    processes: int = field(default_factory=lambda: os.cpu_count() or 1)
    # Fewer messages than this render in the preparing process: no pool start-up to pay.
    parallel_threshold: int = 5000
    chunk_size: int = 1000


@dataclass
class PreparationResult:
    delivery_id: int
    status: DeliveryStatus
    targeted: int = 0
    to_deliver: int = 0
    to_exclude: int = 0
    render_errors: int = 0
    exclusions: dict[str, int] = field(default_factory=dict)
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    stopped: bool = False
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        return data


# ---- the pipeline -----------------------------------------------------------------------


class _Preparation:
    """One run; the public entry point is prepare() below."""

    def __init__(
        self,
        engine: Engine,
        actor: Actor,
        delivery_id: int,
        token: CancelToken,
        progress: ProgressCallback,
        settings: PreparationSettings,
    ) -> None:
        self.engine = engine
        self.actor = actor
        self.delivery_id = delivery_id
        self.token = token
        self.progress = progress
        self.settings = settings
        self.target: Targeting | None = None
        self.journal: list[tuple[JournalLevel, str]] = []
        self.warnings: list[str] = []
        self.started = time.monotonic()
        self._last_stop_poll = self.started
        self.conn: Connection | None = None
        self.log_removal: LogRemoval | None = None
        self.targeted = 0
        # True once the log rows are copied, in a transaction left open until the end.
        self.logs_copied = False

    # -- helpers

    def _session(self) -> Session:
        """A session on the preparation's own connection (where the staging table lives).

        The connection's own transaction ends first: a session that joined it would not
        commit it, and the session's work would be lost."""
        assert self.conn is not None
        if self.conn.in_transaction():
            self.conn.commit()
        return Session(bind=self.conn, expire_on_commit=False)

    def _session_in_transaction(self) -> Session:
        """A session inside the connection's open transaction (the one the log rows were
        copied in): its commit commits that transaction, its rollback rolls it back."""
        assert self.conn is not None and self.conn.in_transaction()
        return Session(
            bind=self.conn, expire_on_commit=False, join_transaction_mode="control_fully"
        )

    def note(self, level: JournalLevel, message: str) -> None:
        self.journal.append((level, message))
        if level is JournalLevel.WARNING:
            self.warnings.append(message)

    def report(self, phase: str, done: int = 0, total: int = 0, message: str = "") -> None:
        self.progress(Progress(phase, done, total, message))

    def check_stop(self) -> None:
        """Raises Cancelled when the user stopped here, or someone stopped the delivery in
        another process (its status left Preparing)."""
        self.token.check()
        now = time.monotonic()
        if now - self._last_stop_poll < STOP_POLL_SECONDS:
            return
        self._last_stop_poll = now
        with self.engine.connect() as other:
            status = other.scalar(select(Delivery.status).where(Delivery.id == self.delivery_id))
        if status is not S.PREPARING:
            raise Cancelled()

    # -- phase 0: start

    def start(self) -> tuple[Delivery, RenderSpec | None, bool, bool]:
        assert self.conn is not None
        with self._session() as session:
            require(self.actor, Right.PREPARE_DELIVERIES, "prepare a delivery")
            delivery = session.get(Delivery, self.delivery_id)
            if delivery is None:
                raise NotFound("delivery", self.delivery_id)
            if not allows(delivery.status, Action.PREPARE):
                raise PreparationRefused(
                    f"delivery {delivery.id} is {delivery.status.value}: it cannot be prepared"
                )
            self._check_concurrency(session)
            # The last preparation's log rows go on a thread of their own (services.
            # log_removal), once this transaction has ended.
            old_logs = can_remove_apart(self.engine) and bool(
                session.scalar(select(exists().where(DeliveryLog.delivery_id == delivery.id)))
            )
            clear_preparation(session, delivery, logs=not old_logs)
            transition(session, self.actor, delivery, S.PREPARING, reason="prepare")
            journal.add(
                session,
                delivery.id,
                JournalLevel.INFO,
                f"Preparation started by {self.actor.name}.",
            )
            spec = render_spec(session, delivery) if delivery.channel is Channel.EMAIL else None
            remove_duplicates = get_flag(session, REMOVE_DUPLICATES)
            remove_denylisted = get_flag(session, REMOVE_DENYLISTED)
            session.commit()
        if old_logs:
            self.log_removal = LogRemoval(self.engine, delivery.id)
        return delivery, spec, remove_duplicates, remove_denylisted

    def _check_concurrency(self, session: Session) -> None:
        limit = int(get_value(session, LIMIT_CONCURRENCY, default=0) or 0)
        if limit <= 0:
            return
        busy = session.scalar(
            select(func.count()).where(
                Delivery.status.in_([S.PREPARING, S.IN_PROGRESS]), Delivery.id != self.delivery_id
            )
        )
        if busy >= limit:
            raise PreparationRefused(
                f"{busy} deliveries are preparing or sending: at most {limit} at once"
                f" (option {LIMIT_CONCURRENCY})"
            )

    # -- the whole run

    def run(self) -> PreparationResult:
        with self.engine.connect() as conn:
            self.conn = conn
            delivery, spec, remove_duplicates, remove_denylisted = self.start()
            self._interruptible(True)
            try:
                return self._work(delivery, spec, remove_duplicates, remove_denylisted)
            except Cancelled:
                return self._end_without_results(S.BEING_EDITED, "")
            except ConsoleError as exc:
                return self._end_without_results(S.PREPARATION_FAILED, str(exc))
            except OperationalError as exc:
                if self.token.cancelled:  # a long statement interrupted by the stop
                    return self._end_without_results(S.BEING_EDITED, "")
                log.exception("preparation of delivery %s failed", self.delivery_id)
                self._end_without_results(S.PREPARATION_FAILED, f"database error: {exc.orig}")
                raise
            except BaseException as exc:
                log.exception("preparation of delivery %s failed", self.delivery_id)
                self._end_without_results(S.PREPARATION_FAILED, f"internal error: {exc!r}")
                raise
            finally:
                self._interruptible(False)

    def _interruptible(self, on: bool) -> None:
        """On SQLite, a stop interrupts even a long statement (targeting a million rows):
        SQLite asks every INTERRUPT_STEPS steps whether to go on."""
        assert self.conn is not None
        if self.conn.dialect.name != "sqlite" or self.conn.invalidated:
            return
        raw = self.conn.connection.driver_connection
        if on:
            raw.set_progress_handler(lambda: 1 if self.token.cancelled else 0, INTERRUPT_STEPS)
        else:
            raw.set_progress_handler(None, 0)

    def _work(
        self,
        delivery: Delivery,
        spec: RenderSpec | None,
        remove_duplicates: bool,
        remove_denylisted: bool,
    ) -> PreparationResult:
        assert self.conn is not None
        conn = self.conn
        email = delivery.channel is Channel.EMAIL
        pool: RenderPool | None = None

        # Critical errors that need no target: found before any heavy work.
        with self._session() as session:
            rules = typology_rules.rules_for(session, delivery)
            facts = typology_rules.facts_of(session, delivery)
            session.rollback()
        # What editing leaves open but preparation needs (a direct mail's provider).
        check_ready_to_prepare(delivery)
        for finding in typology_rules.built_in_findings(facts, email=email):
            raise PreparationFailed(finding.message)
        self._apply_controls(rules, ControlPhase.BEFORE_TARGETING, facts)
        renderer = DeliveryRenderer(spec) if spec is not None else None  # syntax errors here
        self.check_stop()

        # Phase 1: targeting, with the causes each recipient's own row decides
        self.report("targeting", message="selecting the audience")
        # Workers start (and warm up) while the database computes the target.
        if renderer is not None and spec is not None and self._parallel(conn):
            pool = RenderPool(spec, database_url(self.engine), self.settings.processes)
        target_spec = self._target_spec(delivery, remove_duplicates, remove_denylisted)
        target = Targeting(
            conn,
            target_spec,
            rules,
            # With workers, the address check (Python, a few microseconds an address) runs
            # in them rather than inside the single-threaded targeting statement.
            check_addresses=pool is None,
        )
        self.target = target
        address_check: AddressCheck | None = None
        early: list[Future[EarlyOutcome]] | None = None
        try:
            if delivery.audience_filter is None and delivery.audience_list_id is None:
                raise PreparationFailed("the delivery has no audience: set a filter or a list")
            span = (0, 0)
            if pool is not None and email:
                span = id_span(conn, Recipient.id)
                address_check = pool.start_address_check(_id_ranges(*span, ADDRESS_CHUNK))
                if self._renders_early(target_spec, rules, *span):
                    early = []
            conn.rollback()
            target.create()
            if pool is not None and early is not None:
                targeted = self._select_rendering_early(target, pool, span, early)
            else:
                targeted = target.select_audience()
            self.targeted = targeted
            if address_check is not None:
                self.report("targeting", message="checking addresses")
                self._check_addresses(target, address_check, targeted)
            conn.commit()
            self.note(JournalLevel.INFO, f"Targeting: {targeted} recipients selected.")

            # Phase 2: the causes that depend on the other rows, in the order of domain.md
            self.check_stop()
            self.report("rules", 1, 3, "duplicates")
            target.remove_duplicates()
            self.check_stop()
            self.report("rules", 2, 3, "control group")
            held_out = target.hold_out_control_group()
            if held_out:
                self.note(
                    JournalLevel.INFO,
                    f"Control group: {held_out} recipients"
                    f" ({delivery.control_group_percent}%) held out.",
                )
            self.check_stop()
            self.report("rules", 3, 3, "target limit")
            limit, limit_rule, over = target.limit_target()
            if over:
                source = (
                    f"typology rule {limit_rule}" if limit_rule else "the delivery's target limit"
                )
                self.note(JournalLevel.INFO, f"Target limited to {limit} messages by {source}.")
            conn.commit()
            counts = target.counts()
            to_deliver = counts.get(None, 0)
            self.note(JournalLevel.INFO, f"Exclusions applied: {describe(counts)}.")
            for rule_name, n in by_rule(counts).items():
                self.note(JournalLevel.INFO, f"Typology rule {rule_name} excluded {n} recipients.")
            self._apply_controls(rules, ControlPhase.AFTER_TARGETING, facts)
            if to_deliver == 0:
                raise PreparationFailed(
                    f"no recipient to deliver ({targeted} targeted, all excluded)"
                    if targeted
                    else "no recipient to deliver: the audience selects nobody"
                )
            self.check_stop()

            # Phase 3: personalisation
            render_errors = 0
            if renderer is not None:
                outcome = self._personalise(renderer, pool, to_deliver, early)
                render_errors = len(outcome.errors)
                facts.largest_message = outcome.largest
                self._journal_render_errors(outcome)
                for finding in typology_rules.run_controls(
                    rules, ControlPhase.AFTER_TARGETING, facts, sizes_only=True
                ):
                    self._finding(finding)
                if render_errors == to_deliver:
                    raise PreparationFailed(
                        f"no recipient to deliver: all {to_deliver} messages failed to render"
                    )
            self.check_stop()

            # Phase 4: logs
            return self._finish(delivery, targeted, counts, render_errors)
        finally:
            if address_check is not None:
                address_check.cancel()
            if pool is not None:
                # On a stop or an error, chunks still queued are dropped, not rendered.
                pool.close(cancel=True)

    @staticmethod
    def _renders_early(
        spec: TargetSpec, rules: typology_rules.RuleSet, first: int, last: int
    ) -> bool:
        """Whether rendering starts while the target is computed, on the core the
        targeting statements leave idle. The result is the same either way; what differs
        is the work thrown away: a control group, or a limit below the number of
        recipients, would take out rendered messages by the thousand, while duplicates and
        invalid addresses take out a few."""
        if spec.control_group_percent > 0:
            return False
        limit, _rule = typology_rules.capacity_limit(rules, spec.target_limit)
        return limit is None or limit >= last - first + 1

    def _select_rendering_early(
        self,
        target: Targeting,
        pool: RenderPool,
        span: tuple[int, int],
        early: list[Future[EarlyOutcome]],
    ) -> int:
        """Targets range by range; each range's rows to deliver so far go to the workers
        at once, in chunks, appended to `early`. Returns the number of recipients
        targeted."""
        chunk = self.settings.chunk_size
        ranges = _id_ranges(*span, TARGETING_RANGE)
        targeted = 0
        for done, (first, last) in enumerate(ranges, start=1):
            targeted += target.select_audience(first, last)
            ids = target.ids_to_deliver(first, last)
            for start in range(0, len(ids), chunk):
                early.append(pool.render_early(ids[start : start + chunk]))
            self.report("targeting", done, len(ranges), "selecting the audience")
            self.check_stop()
        return targeted

    def _check_addresses(self, target: Targeting, check: AddressCheck, targeted: int) -> None:
        """Marks the invalid addresses the workers found; for a sparse target (the workers
        checked mostly others), their work is dropped and the connection checks its rows."""
        first, last = target.id_span()
        if targeted * 4 < last - first + 1:
            check.cancel()
            target.check_addresses_in_sql()
            return
        target.mark_invalid(check.invalid_ids(self.check_stop))

    def _parallel(self, conn: Connection) -> bool:
        """Worker processes pay off past a few thousand messages; the highest recipient id
        bounds the audience at no cost, so the pool can start before the target is known."""
        if self.settings.processes <= 1:
            return False
        if self.settings.parallel_threshold <= 0:
            return True
        highest = conn.scalar(select(func.max(Recipient.id))) or 0
        return highest >= self.settings.parallel_threshold

    @staticmethod
    def _target_spec(
        delivery: Delivery, remove_duplicates: bool, remove_denylisted: bool
    ) -> TargetSpec:
        return TargetSpec(
            delivery_id=delivery.id,
            email=delivery.channel is Channel.EMAIL,
            audience_filter=delivery.audience_filter,
            audience_list_id=delivery.audience_list_id,
            control_group_percent=delivery.control_group_percent or 0,
            target_limit=delivery.target_limit,
            remove_duplicates=remove_duplicates,
            remove_denylisted=remove_denylisted,
        )

    # -- controls

    def _apply_controls(
        self,
        rules: typology_rules.RuleSet,
        phase: ControlPhase,
        facts: typology_rules.DeliveryFacts,
    ) -> None:
        for finding in typology_rules.run_controls(rules, phase, facts):
            self._finding(finding)

    def _finding(self, finding: typology_rules.ControlFinding) -> None:
        if finding.is_error:
            raise PreparationFailed(finding.message)
        self.note(JournalLevel.WARNING, finding.message)

    # -- phase 3

    def _personalise(
        self,
        renderer: DeliveryRenderer,
        pool: RenderPool | None,
        total: int,
        early: list[Future[EarlyOutcome]] | None,
    ) -> ChunkOutcome:
        assert self.conn is not None and self.target is not None
        conn = self.conn
        target = self.target
        overall = ChunkOutcome()
        chunk = self.settings.chunk_size
        done = 0
        self.report("personalisation", 0, total)

        def record(outcome: ChunkOutcome) -> None:
            nonlocal done
            target.mark_render_errors(outcome.errors)
            if self.logs_copied:
                self._mark_logged_render_errors(outcome.errors)
            overall.add(outcome)
            done += outcome.rendered + len(outcome.errors)
            self.report("personalisation", done, total)

        if pool is not None and early is not None:
            self._keep_early(early, record)
        elif pool is not None:
            pool.render(target.id_chunks(chunk), self.check_stop, lambda _ids, o: record(o))
        else:
            for ids in target.id_chunks(chunk):
                record(render_rows(renderer, recipient_rows(conn, ids)))
                self.check_stop()
        if not self.logs_copied:
            conn.commit()
        return overall

    def _keep_early(
        self, early: list[Future[EarlyOutcome]], record: Callable[[ChunkOutcome], None]
    ) -> None:
        """Keeps, chunk by chunk, what the workers rendered early of the rows still to
        deliver: all but those the rules took out since (duplicates, invalid addresses).
        Every row to deliver was in a chunk: the rules only take rows out."""
        assert self.target is not None
        excluded = self.target.excluded_ids()
        copy_seconds = self.targeted * LOG_COPY_SECONDS_PER_ROW
        waited = sum(1 for future in early if not future.done())
        started = time.monotonic()
        for index, future in enumerate(early, start=1):
            record(future.result().kept(excluded))
            self.check_stop()
            if not self.logs_copied:
                rendered = index - (len(early) - waited)  # since this phase began
                seconds = time.monotonic() - started
                if self._time_to_copy_logs(rendered, seconds, len(early) - index, copy_seconds):
                    self._copy_logs()

    @staticmethod
    def _time_to_copy_logs(rendered: int, seconds: float, ahead: int, copy_seconds: float) -> bool:
        """Whether the chunks ahead, at the pace of the `rendered` ones in `seconds`, need
        no more than half the copy's time (see LOG_COPY_SECONDS_PER_ROW)."""
        return rendered > 0 and ahead * seconds / rendered <= copy_seconds / 2

    def _log_copy(self) -> Any:
        """INSERT ... SELECT of the delivery-log rows, from the staging table."""
        assert self.target is not None
        return insert(DeliveryLog).from_select(
            [
                DeliveryLog.delivery_id,
                DeliveryLog.recipient_id,
                DeliveryLog.status,
                DeliveryLog.exclusion_cause,
                DeliveryLog.rule_name,
                DeliveryLog.address,
                DeliveryLog.error,
            ],
            self.target.log_rows(),
        )

    def _copy_logs(self) -> None:
        """Copies the log rows while the last chunks render, in a transaction that stays
        open until the preparation ends: a stop or a failure rolls them back with the rest.
        Render errors found afterwards go to both tables."""
        assert self.conn is not None
        if self.log_removal is not None:
            self.log_removal.wait()
        self.conn.commit()  # the staging table's work so far
        self.conn.execute(self._log_copy())
        self.logs_copied = True

    def _mark_logged_render_errors(self, errors: Sequence[tuple[int, str]]) -> None:
        if not errors:
            return
        assert self.conn is not None
        statement = (
            update(DeliveryLog)
            .where(
                DeliveryLog.delivery_id == self.delivery_id,
                DeliveryLog.recipient_id == bindparam("rid"),
            )
            .values(status=LogStatus.RENDER_ERROR, error=bindparam("reason"))
        )
        self.conn.execute(statement, [{"rid": rid, "reason": reason} for rid, reason in errors])

    def _journal_render_errors(self, outcome: ChunkOutcome) -> None:
        for recipient_id, reason in outcome.errors[:JOURNALLED_RENDER_ERRORS]:
            self.note(JournalLevel.ERROR, f"Recipient {recipient_id}: {reason}")
        more = len(outcome.errors) - JOURNALLED_RENDER_ERRORS
        if more > 0:
            self.note(
                JournalLevel.ERROR,
                f"... and {more} more recipients whose message failed to render.",
            )

    # -- phase 4

    def _finish(
        self,
        delivery: Delivery,
        targeted: int,
        counts: dict[Outcome | None, int],
        render_errors: int,
    ) -> PreparationResult:
        assert self.target is not None
        self.report("logs", message="writing the delivery logs")
        copied = self.logs_copied
        if not copied and self.log_removal is not None:
            self.log_removal.wait()
        excluded = sum(n for outcome, n in counts.items() if outcome is not None)
        to_deliver = counts.get(None, 0) - render_errors
        with self._session_in_transaction() if copied else self._session() as session:
            current = session.get(Delivery, delivery.id)
            if current is None:
                raise NotFound("delivery", delivery.id)
            if current.status is not S.PREPARING:
                raise Cancelled()  # stopped from elsewhere while this ran
            if not copied:
                session.execute(self._log_copy())
            current.targeted = targeted
            current.to_deliver = to_deliver
            current.to_exclude = excluded + render_errors
            current.render_errors = render_errors
            current.error_message = ""
            current.prepared_at = datetime.now(UTC)
            next_status = self._next_status(session, current)
            seconds = time.monotonic() - self.started
            self.note(JournalLevel.INFO, f"Preparation took {seconds:.1f} s.")
            summary = (
                f"{to_deliver} messages to deliver; {excluded} exclusions"
                f" ({describe(counts)}); {render_errors} errors."
            )
            level = JournalLevel.ERROR if render_errors else JournalLevel.INFO
            self.note(level, summary)
            for line_level, message in self.journal:
                journal.add(session, delivery.id, line_level, message)
            transition(session, self.actor, current, next_status, reason="prepared")
            session.commit()
        assert self.conn is not None
        # The staging table goes with the connection: closing it deletes the temporary
        # file at once, where DROP TABLE frees a million rows page by page (0.5 s).
        self.conn.invalidate()
        return PreparationResult(
            delivery_id=delivery.id,
            status=next_status,
            targeted=targeted,
            to_deliver=to_deliver,
            to_exclude=excluded + render_errors,
            render_errors=render_errors,
            exclusions=exclusions(counts),
            warnings=self.warnings,
            seconds=seconds,
        )

    def _next_status(self, session: Session, delivery: Delivery) -> DeliveryStatus:
        """Pending approval when targeting, content or budget must be approved (domain.md
        §4); otherwise ready: Pending confirmation, or Pending extraction for direct mail."""
        settings: Any = delivery
        if not delivery.override_approvals and delivery.campaign_id is not None:
            settings = session.get(Campaign, delivery.campaign_id) or delivery
        kinds = []
        if settings.approve_targeting:
            kinds.append(ApprovalKind.TARGETING)
            if settings.approve_budget:
                kinds.append(ApprovalKind.BUDGET)
        if settings.approve_content:
            kinds.append(ApprovalKind.CONTENT)
        for kind in kinds:
            session.add(Approval(delivery_id=delivery.id, kind=kind))
        if kinds:
            return S.PENDING_APPROVAL
        return (
            S.PENDING_EXTRACTION
            if delivery.channel is Channel.DIRECT_MAIL
            else S.PENDING_CONFIRMATION
        )

    # -- stop and failure

    def _drop_staging(self) -> None:
        assert self.conn is not None
        if self.conn.in_transaction():
            self.conn.rollback()
        drop_temporary_tables(self.conn)
        self.conn.commit()

    def _end_without_results(self, status: DeliveryStatus, error: str) -> PreparationResult:
        """Back to Being edited (stop) or Preparation failed (critical error), in one
        transaction: no log row, counters zero, the reason in the journal."""
        assert self.conn is not None
        self._interruptible(False)  # the stop must not interrupt its own clean-up
        if self.log_removal is not None:
            try:
                self.log_removal.wait()
            except Exception:  # what is left goes with clear_preparation below
                log.exception("removing the earlier logs of delivery %s", self.delivery_id)
        self._drop_staging()
        stopped = status is S.BEING_EDITED
        with self._session() as session:
            delivery = session.get(Delivery, self.delivery_id)
            if delivery is None:
                raise NotFound("delivery", self.delivery_id)
            if delivery.status is S.PREPARING:
                clear_preparation(session, delivery)
                delivery.error_message = error
                if stopped:
                    self.note(JournalLevel.WARNING, f"Preparation stopped by {self.actor.name}.")
                else:
                    self.note(JournalLevel.ERROR, f"Preparation failed: {error}")
                for level, message in self.journal:
                    journal.add(session, delivery.id, level, message)
                transition(session, self.actor, delivery, status, reason=error or "stopped")
            final = delivery.status
            session.commit()
        return PreparationResult(
            delivery_id=self.delivery_id,
            status=final,
            error=error,
            warnings=self.warnings,
            stopped=stopped,
            seconds=time.monotonic() - self.started,
        )


def _id_ranges(first: int, last: int, size: int) -> list[tuple[int, int]]:
    """(first, last) id ranges of `size` ids covering first..last; the outer ones reach
    LOWEST_ID and HIGHEST_ID."""
    if not last:
        return [(LOWEST_ID, HIGHEST_ID)]
    ranges = [(start, min(start + size - 1, last)) for start in range(first, last + 1, size)]
    ranges[0] = (LOWEST_ID, ranges[0][1])
    ranges[-1] = (ranges[-1][0], HIGHEST_ID)
    return ranges


def prepare(
    sessions: sessionmaker[Session] | Engine,
    actor: Actor,
    delivery_id: int,
    *,
    token: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
    settings: PreparationSettings | None = None,
) -> PreparationResult:
    """Prepares a delivery; returns its outcome (prepared, failed with the error, or stopped).

    Raises ConsoleError without changing anything when it cannot start (no right, wrong
    state, too many deliveries at work)."""
    engine = sessions if isinstance(sessions, Engine) else sessions.kw["bind"]
    run = _Preparation(
        engine,
        actor,
        delivery_id,
        token or CancelToken(),
        progress,
        settings or PreparationSettings(),
    )
    return run.run()


def stop_preparation(session: Session, actor: Actor, delivery_id: int) -> bool:
    """Stops a preparation running anywhere (another window, process or machine): the
    delivery goes back to Being edited at once; the preparing process sees it within a few
    seconds, and its results are never written. Also frees a delivery whose preparing
    process died. Returns False when the delivery was not preparing."""
    require(actor, Right.PREPARE_DELIVERIES, "stop a preparation")
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    if not allows(delivery.status, Action.STOP_PREPARATION):
        return False
    clear_preparation(session, delivery)
    transition(session, actor, delivery, S.BEING_EDITED, reason="preparation stopped")
    journal.add(session, delivery.id, JournalLevel.WARNING, f"Preparation stopped by {actor.name}.")
    return True

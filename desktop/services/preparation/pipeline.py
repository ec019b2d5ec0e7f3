"""Preparation of a delivery (domain.md §3.1): target, exclusions, personalisation, logs.

Everything runs on one database connection, in four phases:

1. targeting: the audience (filter and/or list) goes into a TEMPORARY staging table with
   INSERT ... SELECT, which also gives each row the first cause its own data decides
   (services.preparation.targeting_phase);
2. rules: duplicates, the control group and the target limit, one UPDATE each, in the
   order of domain.md (services.preparation.targeting); nothing is fetched into Python;
3. personalisation: ids of the rows to deliver stream, in chunks, to worker processes
   that render every message; only render errors and the largest size come back
   (services.preparation.personalisation_phase);
4. logs: one last transaction copies the staging rows into delivery_log
   (services.preparation.log_copy), sets the counters, writes the journal and moves the
   delivery to the status its life cycle gives (services.delivery.lifecycle).

With worker processes, phases 1 to 3 overlap: targeting runs one id range at a time and
hands each range's rows to the workers at once (unless a control group or a target limit
would throw much of that work away), so rendering uses the core the database leaves
idle; phase 3 then keeps what still counts, and copies the log rows while the last
chunks render. The last preparation's log rows, if any, are deleted meanwhile on a
thread of their own (services.preparation.log_removal).

A stop or a critical error ends in one transaction too (Being edited or Preparation
failed, no log row, counters zero). The staging table belongs to the connection, so a
crashed preparation leaves no row behind: nothing is ever half-written.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, exists, func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, NotFound
from desktop.models import Delivery, DeliveryLog, Recipient
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.enums import (
    Channel,
    ControlPhase,
    DeliveryStatus,
    JournalLevel,
    Right,
)
from desktop.services.access.rights import Actor, require
from desktop.services.delivery import journal, status_history
from desktop.services.delivery.concurrency import concurrency_refusal
from desktop.services.delivery.lifecycle import (
    Action,
    after_preparation,
    allows,
    clear_preparation,
    transition,
)
from desktop.services.entities.deliveries import check_ready_to_prepare
from desktop.services.messages.rendering import DeliveryRenderer, RenderSpec, render_spec
from desktop.services.preparation import applied_rules, daily_capacity, typology_rules
from desktop.services.preparation.failures import PreparationFailed, PreparationRefused
from desktop.services.preparation.log_copy import LogCopy
from desktop.services.preparation.log_removal import LogRemoval, can_remove_apart
from desktop.services.preparation.personalisation_phase import personalise
from desktop.services.preparation.preparation_settings import PreparationSettings
from desktop.services.preparation.render_pool import RenderPool, database_url
from desktop.services.preparation.run_context import RunContext
from desktop.services.preparation.targeting import (
    Outcome,
    by_rule,
    drop_temporary_tables,
    exclusions,
)
from desktop.services.preparation.targeting_phase import Selection, select_target, target_spec
from desktop.services.runtime.cancellation import (
    Cancelled,
    CancelToken,
    ProgressCallback,
    no_progress,
)
from desktop.services.settings.options import get_flag

__all__ = [
    "PreparationFailed",
    "PreparationRefused",
    "PreparationResult",
    "PreparationSettings",
    "prepare",
    "stop_preparation",
]

log = logging.getLogger(__name__)

S = DeliveryStatus

PHASES = ("targeting", "rules", "personalisation", "logs")
REMOVE_DUPLICATES = "NmsBroadcast_RemoveDuplicatesRecipients"
REMOVE_DENYLISTED = "NmsBroadcast_RemoveBlackList"


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


class _Preparation:
    """One run; the public entry point is prepare() below."""

    def __init__(self, run: RunContext, actor: Actor) -> None:
        self.run = run
        self.actor = actor
        self.delivery_id = run.delivery_id
        self.log_removal: LogRemoval | None = None

    def execute(self) -> PreparationResult:
        delivery, spec, remove_duplicates, remove_denylisted = self._start()
        self.run.interruptible(True)
        try:
            return self._work(delivery, spec, remove_duplicates, remove_denylisted)
        except Cancelled:
            return self._end_without_results(S.BEING_EDITED, "")
        except ConsoleError as exc:
            return self._end_without_results(S.PREPARATION_FAILED, str(exc))
        except OperationalError as exc:
            if self.run.stop_seen:  # a long statement interrupted by the stop
                return self._end_without_results(S.BEING_EDITED, "")
            log.exception("preparation of delivery %s failed", self.delivery_id)
            self._end_without_results(S.PREPARATION_FAILED, f"database error: {exc.orig}")
            raise
        except BaseException as exc:
            log.exception("preparation of delivery %s failed", self.delivery_id)
            self._end_without_results(S.PREPARATION_FAILED, f"internal error: {exc!r}")
            raise
        finally:
            self.run.interruptible(False)

    def _work(
        self,
        delivery: Delivery,
        spec: RenderSpec | None,
        remove_duplicates: bool,
        remove_denylisted: bool,
    ) -> PreparationResult:
        """The four phases; with workers, rendering starts during the first."""
        rules, facts, renderer = self._check_before_targeting(delivery, spec)
        self.run.report("targeting", message="selecting the audience")
        # Workers start (and warm up) while the database computes the target.
        pool = self._start_workers(spec) if spec is not None else None
        try:
            selection = select_target(
                self.run, target_spec(delivery, remove_duplicates, remove_denylisted), rules, pool
            )
            self.run.publish("targeting", {"targeted": selection.targeted})
            counts = self._apply_rules(selection, rules, facts)
            excluded = sum(n for outcome, n in counts.items() if outcome is not None)
            known = {"to_exclude": excluded}
            if renderer is None:  # direct mail: no message to render, To deliver is known
                known.update(to_deliver=counts.get(None, 0), render_errors=0)
            self.run.publish("rules", known, exclusions(counts))
            logs = LogCopy(self.run.conn, selection.target, self.log_removal, self.run.write)
            render_errors = 0
            if renderer is not None:
                render_errors = personalise(
                    self.run,
                    selection,
                    logs,
                    renderer,
                    pool,
                    to_deliver=counts.get(None, 0),
                    rules=rules,
                    facts=facts,
                )
                self.run.publish(
                    "personalisation",
                    {
                        "to_deliver": counts.get(None, 0) - render_errors,
                        "to_exclude": excluded + render_errors,
                        "render_errors": render_errors,
                    },
                )
            self.run.check_stop()
            return self._finish(delivery, selection.targeted, counts, render_errors, logs, rules)
        finally:
            if pool is not None:
                # On a stop or an error, chunks still queued are dropped, not rendered.
                pool.close(cancel=True)

    # -- start

    def _start(self) -> tuple[Delivery, RenderSpec | None, bool, bool]:
        delivery, spec, remove_duplicates, remove_denylisted, old_logs = self.run.write(
            self._begin, what=f"start the preparation of delivery {self.delivery_id}"
        )
        if old_logs:
            self.log_removal = LogRemoval(self.run.engine, delivery.id)
        return delivery, spec, remove_duplicates, remove_denylisted

    def _begin(self) -> tuple[Delivery, RenderSpec | None, bool, bool, bool]:
        """Checks, then Preparing, in one short transaction; returns what the phases need
        and whether the last preparation's log rows are left to remove."""
        with self.run.session() as session:
            require(self.actor, Right.PREPARE_DELIVERIES, "prepare a delivery")
            # Locked where the database locks rows: of two Prepares at once, the second
            # waits for the first to commit, then finds Preparing (and who started it).
            delivery = session.get(
                Delivery, self.delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
            )
            if delivery is None:
                raise NotFound("delivery", self.delivery_id)
            if delivery.status is S.PREPARING:
                raise PreparationRefused(status_history.already(session, delivery.id, S.PREPARING))
            if not allows(delivery.status, Action.PREPARE):
                raise PreparationRefused(
                    f"delivery {delivery.id} is {delivery.status.value}: it cannot be prepared"
                )
            self._check_concurrency(session)
            # The last preparation's log rows go on a thread of their own (services.
            # log_removal), once this transaction has ended.
            old_logs = can_remove_apart(self.run.engine) and bool(
                session.scalar(select(exists().where(DeliveryLog.delivery_id == delivery.id)))
            )
            clear_preparation(session, delivery, logs=not old_logs)
            transition(session, self.actor, delivery, S.PREPARING, reason="prepare")
            journal.add(
                session,
                delivery.id,
                JournalLevel.INFO,
                "preparation.started",
                operator=self.actor.name,
            )
            spec = render_spec(session, delivery) if delivery.channel is Channel.EMAIL else None
            remove_duplicates = get_flag(session, REMOVE_DUPLICATES)
            remove_denylisted = get_flag(session, REMOVE_DENYLISTED)
            session.commit()
        return delivery, spec, remove_duplicates, remove_denylisted, old_logs

    def _check_concurrency(self, session: Session) -> None:
        refusal = concurrency_refusal(session, self.delivery_id)
        if refusal is not None:
            raise PreparationRefused(refusal)

    def _check_before_targeting(
        self, delivery: Delivery, spec: RenderSpec | None
    ) -> tuple[typology_rules.RuleSet, typology_rules.DeliveryFacts, DeliveryRenderer | None]:
        """Critical errors that need no target: found before any heavy work. Returns the
        typology rules, the facts they check, and the renderer (None for direct mail)."""
        with self.run.session() as session:
            rules = typology_rules.rules_for(session, delivery)
            rules, day = daily_capacity.with_the_days_messages(session, delivery, rules)
            facts = typology_rules.facts_of(session, delivery)
            session.rollback()
        for rule in rules.capacity:
            if rule.per_day and day is not None:
                self.run.note(
                    JournalLevel.INFO,
                    "preparation.day_capacity",
                    rule=rule.name,
                    count=rule.already_used,
                    most=rule.max_messages,
                    day=day.date.isoformat(),
                    left=rule.available,
                )
        # What editing leaves open but preparation needs (a direct mail's provider).
        check_ready_to_prepare(delivery)
        email = delivery.channel is Channel.EMAIL
        for finding in typology_rules.built_in_findings(facts, email=email):
            raise PreparationFailed(finding.message)
        before = typology_rules.run_controls(rules, ControlPhase.BEFORE_TARGETING, facts)
        self.run.apply_findings(before)
        # Syntax errors here; preparation keeps no message: no text derived from the HTML.
        renderer = DeliveryRenderer(spec, text_from_html=False) if spec is not None else None
        self.run.check_stop()
        return rules, facts, renderer

    def _start_workers(self, spec: RenderSpec) -> RenderPool | None:
        """Worker processes pay off past a few thousand messages; the highest recipient id
        bounds the audience at no cost, so the pool can start before the target is known."""
        settings = self.run.settings
        if settings.processes <= 1:
            return None
        if settings.parallel_threshold > 0:
            highest = self.run.conn.scalar(select(func.max(Recipient.id))) or 0
            if highest < settings.parallel_threshold:
                return None
        return settings.render_pool(spec, database_url(self.run.engine), settings.processes)

    # -- phase 2: the causes that depend on the other rows, in the order of domain.md

    def _apply_rules(
        self,
        selection: Selection,
        rules: typology_rules.RuleSet,
        facts: typology_rules.DeliveryFacts,
    ) -> dict[Outcome | None, int]:
        """Duplicates, control group, target limit; returns the rows per outcome (None: to
        deliver). A critical error when no row is left to deliver."""
        run = self.run
        target = selection.target
        run.check_stop()
        run.report("rules", 1, 3, "duplicates")
        target.remove_duplicates()
        run.check_stop()
        run.report("rules", 2, 3, "control group")
        held_out = target.hold_out_control_group()
        if held_out:
            run.note(
                JournalLevel.INFO,
                "preparation.control_group",
                count=held_out,
                percent=target.spec.control_group_percent,
            )
        run.check_stop()
        run.report("rules", 3, 3, "target limit")
        limit, limit_rule, over = target.limit_target()
        if over:
            if limit_rule:
                run.note(
                    JournalLevel.INFO, "preparation.limited_by_rule", count=limit, rule=limit_rule
                )
            else:
                run.note(JournalLevel.INFO, "preparation.limited_by_delivery", count=limit)
        run.conn.commit()
        counts = target.counts()
        run.note(JournalLevel.INFO, "preparation.exclusions", exclusions=exclusions(counts))
        for rule_name, n in by_rule(counts).items():
            run.note(JournalLevel.INFO, "preparation.rule_excluded", rule=rule_name, count=n)
        run.apply_findings(typology_rules.run_controls(rules, ControlPhase.AFTER_TARGETING, facts))
        if counts.get(None, 0) == 0:
            targeted = selection.targeted
            raise PreparationFailed(
                f"no recipient to deliver ({targeted} targeted, all excluded)"
                if targeted
                else "no recipient to deliver: the audience selects nobody"
            )
        run.check_stop()
        return counts

    # -- phase 4: logs, counters, journal and the next status, in one transaction

    def _finish(
        self,
        delivery: Delivery,
        targeted: int,
        counts: dict[Outcome | None, int],
        render_errors: int,
        logs: LogCopy,
        rules: typology_rules.RuleSet,
    ) -> PreparationResult:
        run = self.run
        run.report("logs", message="writing the delivery logs")
        copied = logs.copied
        if not copied:
            logs.wait_for_removal()
        excluded = sum(n for outcome, n in counts.items() if outcome is not None)
        to_deliver = counts.get(None, 0) - render_errors
        seconds = time.monotonic() - run.started
        closing = [
            journal.line(JournalLevel.INFO, "preparation.took", seconds=round(seconds, 1)),
            journal.line(
                JournalLevel.ERROR if render_errors else JournalLevel.INFO,
                "preparation.summary",
                count=to_deliver,
                excluded=excluded,
                exclusions=exclusions(counts),
                errors=render_errors,
            ),
        ]

        def write_results() -> DeliveryStatus:
            with run.session_in_transaction() if copied else run.session() as session:
                current = session.get(Delivery, delivery.id)
                if current is None:
                    raise NotFound("delivery", delivery.id)
                if current.status is not S.PREPARING:
                    raise Cancelled()  # stopped from elsewhere while this ran
                if not copied:
                    session.execute(logs.statement())
                current.targeted = targeted
                current.to_deliver = to_deliver
                current.to_exclude = excluded + render_errors
                current.render_errors = render_errors
                current.error_message = ""
                current.prepared_at = datetime.now(UTC)
                applied_rules.record(session, delivery.id, rules.rule_ids())
                next_status = after_preparation(session, current)
                for line in [*run.journal, *closing]:
                    journal.add_line(session, delivery.id, line)
                transition(session, self.actor, current, next_status, reason="prepared")
                session.commit()
            return next_status

        if copied:
            # The copy took the write lock and holds it: nothing here waits for another
            # process, and the copy could not be done again (its transaction is this one).
            next_status = write_results()
        else:
            next_status = run.write(
                write_results, what=f"write the results of preparing delivery {delivery.id}"
            )
        for line in closing:
            run.note_line(line)  # once, whatever the write had to wait for
        # The staging table goes with the connection: closing it deletes the temporary
        # file at once, where DROP TABLE frees a million rows page by page (0.5 s).
        run.conn.invalidate()
        return PreparationResult(
            delivery_id=delivery.id,
            status=next_status,
            targeted=targeted,
            to_deliver=to_deliver,
            to_exclude=excluded + render_errors,
            render_errors=render_errors,
            exclusions=exclusions(counts),
            warnings=run.warnings,
            seconds=seconds,
        )

    # -- stop and failure

    def _drop_staging(self) -> None:
        conn = self.run.conn
        try:
            if conn.in_transaction():
                conn.rollback()
            drop_temporary_tables(conn)
            conn.commit()
        except DBAPIError:
            # A stop's cancel that reached the server late can leave the connection's
            # transaction aborted: its temporary tables go with the connection, and the
            # next statement gets a new one.
            log.warning("delivery %s: the staging table goes with its connection", self.delivery_id)
            conn.invalidate()
            if conn.in_transaction():
                conn.rollback()  # of an invalidated connection: nothing goes to the server

    def _end_without_results(self, status: DeliveryStatus, error: str) -> PreparationResult:
        """Back to Being edited (stop) or Preparation failed (critical error), in one
        transaction: no log row, counters zero, the reason in the journal."""
        run = self.run
        run.interruptible(False)  # the stop must not interrupt its own clean-up
        if self.log_removal is not None:
            try:
                self.log_removal.wait()
            except Exception:  # what is left goes with clear_preparation below
                log.exception("removing the earlier logs of delivery %s", self.delivery_id)
        self._drop_staging()
        stopped = status is S.BEING_EDITED
        if stopped:
            last = journal.line(
                JournalLevel.WARNING, "preparation.stopped", operator=self.actor.name
            )
        else:
            last = journal.line(JournalLevel.ERROR, "preparation.failed", error=error)

        def write_end() -> tuple[DeliveryStatus, bool]:
            """The delivery's end; whether this preparation ended it (not a stop from
            elsewhere, which already did)."""
            with run.session() as session:
                delivery = session.get(Delivery, self.delivery_id)
                if delivery is None:
                    raise NotFound("delivery", self.delivery_id)
                ended_here = delivery.status is S.PREPARING
                if ended_here:
                    clear_preparation(session, delivery)
                    delivery.error_message = error
                    for line in [*run.journal, last]:
                        journal.add_line(session, delivery.id, line)
                    transition(session, self.actor, delivery, status, reason=error or "stopped")
                final = delivery.status
                session.commit()
            return final, ended_here

        final, ended_here = run.write(
            write_end, what=f"end the preparation of delivery {self.delivery_id}"
        )
        if ended_here:
            run.note_line(last)  # once, whatever the write had to wait for
        return PreparationResult(
            delivery_id=self.delivery_id,
            status=final,
            error=error,
            warnings=run.warnings,
            stopped=stopped,
            seconds=time.monotonic() - run.started,
        )


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
    started = time.monotonic()
    with engine.connect() as conn:
        run = RunContext(
            engine,
            conn,
            delivery_id,
            token or CancelToken(),
            progress,
            settings or PreparationSettings(),
            started,
        )
        return _Preparation(run, actor).execute()


def stop_preparation(session: Session, actor: Actor, delivery_id: int) -> bool:
    """Stops a preparation running anywhere (another window, process or machine): the
    delivery goes back to Being edited at once; the preparing process sees it within a few
    seconds, and its results are never written. Also frees a delivery whose preparing
    process died. Returns False when the delivery was not preparing."""
    require(actor, Right.PREPARE_DELIVERIES, "stop a preparation")
    delivery = session.get(
        Delivery, delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
    )
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    if not allows(delivery.status, Action.STOP_PREPARATION):
        return False
    clear_preparation(session, delivery)
    transition(session, actor, delivery, S.BEING_EDITED, reason="preparation stopped")
    journal.add(
        session, delivery.id, JournalLevel.WARNING, "preparation.stopped", operator=actor.name
    )
    return True

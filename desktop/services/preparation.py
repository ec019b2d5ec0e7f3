"""Preparation of a delivery (domain.md §3.1): target, exclusions, personalisation, logs.

Everything runs on one database connection, in four phases:

1. targeting: the audience (filter and/or list) goes into a TEMPORARY staging table with
   one INSERT ... SELECT; nothing is fetched into Python;
2. rules: one UPDATE per exclusion cause, in the order of domain.md, each marking only
   the rows no earlier cause excluded, so each recipient carries its first cause;
3. personalisation: ids of the rows to deliver stream, in chunks, to worker processes
   that render every message; only render errors and the largest size come back;
4. logs: one last transaction copies the staging rows into delivery_log, sets the
   counters, writes the journal and moves the delivery to its next status.

A stop or a critical error ends in one transaction too (Being edited or Preparation
failed, no log row, counters zero). The staging table belongs to the connection, so a
crashed preparation leaves no row behind: nothing is ever half-written.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    case,
    cast,
    exists,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, NotFound
from desktop.models import (
    Approval,
    Campaign,
    Delivery,
    DeliveryLog,
    QuarantinedAddress,
    Recipient,
    list_member,
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
from desktop.services import audience, journal, typology_rules
from desktop.services.addresses import is_valid_address
from desktop.services.cancellation import (
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
    no_progress,
)
from desktop.services.lifecycle import ALLOWED, clear_preparation, transition
from desktop.services.options import get_flag, get_value
from desktop.services.preparation_parallel import (
    ChunkOutcome,
    RenderPool,
    database_url,
    recipient_rows,
    render_rows,
)
from desktop.services.rendering import DeliveryRenderer, RenderSpec, render_spec
from desktop.services.rights import Actor, require

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

_MULTIPLIER = 2654435761  # Knuth's multiplicative hash: a reproducible shuffle of ids
_HASH_MODULUS = 2**32


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


# ---- the staging table ------------------------------------------------------------------


def _staging_table() -> Table:
    return Table(
        "preparation_staging",
        MetaData(),
        Column("recipient_id", Integer, primary_key=True),
        Column("email_key", String(320)),
        Column("address", String(320)),
        Column("cause", String(32)),
        Column("rule_name", String(64)),
        Column("error", Text),
        prefixes=["TEMPORARY"],
    )


def _address_key(recipient: type[Recipient]) -> ColumnElement[str]:
    # email_key is normalize_address(email); lower(trim(email)) covers a row that lacks it.
    return func.coalesce(
        func.nullif(recipient.email_key, ""), func.lower(func.trim(recipient.email))
    )


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
        self.staging = _staging_table()
        self.journal: list[tuple[JournalLevel, str]] = []
        self.warnings: list[str] = []
        self.started = time.monotonic()
        self._last_stop_poll = self.started
        self.conn: Connection | None = None

    # -- helpers

    def _session(self) -> Session:
        """A session on the preparation's own connection (where the staging table lives).

        The connection's own transaction ends first: a session that joined it would not
        commit it, and the session's work would be lost."""
        assert self.conn is not None
        if self.conn.in_transaction():
            self.conn.commit()
        return Session(bind=self.conn, expire_on_commit=False)

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
            if S.PREPARING not in ALLOWED[delivery.status]:
                raise PreparationRefused(
                    f"delivery {delivery.id} is {delivery.status.value}: it cannot be prepared"
                )
            self._check_concurrency(session)
            clear_preparation(session, delivery)
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
            try:
                return self._work(delivery, spec, remove_duplicates, remove_denylisted)
            except Cancelled:
                return self._end_without_results(S.BEING_EDITED, "")
            except ConsoleError as exc:
                return self._end_without_results(S.PREPARATION_FAILED, str(exc))
            except BaseException as exc:
                log.exception("preparation of delivery %s failed", self.delivery_id)
                self._end_without_results(S.PREPARATION_FAILED, f"internal error: {exc!r}")
                raise

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
        for finding in typology_rules.built_in_findings(facts, email=email):
            raise PreparationFailed(finding.message)
        self._apply_controls(rules, ControlPhase.BEFORE_TARGETING, facts)
        renderer = DeliveryRenderer(spec) if spec is not None else None  # syntax errors here
        self.check_stop()

        # Phase 1: targeting
        self.report("targeting", message="selecting the audience")
        conn.rollback()
        self._create_staging()
        targeted = self._select_audience(delivery, email)
        conn.commit()
        self.note(JournalLevel.INFO, f"Targeting: {targeted} recipients selected.")
        self.check_stop()

        # Workers start while the rules run.
        if renderer is not None and spec is not None and self._parallel(targeted):
            pool = RenderPool(spec, database_url(self.engine), self.settings.processes)
        try:
            # Phase 2: exclusions, in the order of domain.md §3.1
            self._apply_exclusions(delivery, rules, email, remove_duplicates, remove_denylisted)
            conn.commit()
            counts = self._counts()
            to_deliver = counts.get(None, 0)
            self.note(JournalLevel.INFO, f"Exclusions applied: {self._describe(counts)}.")
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
                outcome = self._personalise(renderer, pool, to_deliver)
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
            if pool is not None:
                # On a stop or an error, chunks still queued are dropped, not rendered.
                pool.close(cancel=True)

    def _parallel(self, targeted: int) -> bool:
        return self.settings.processes > 1 and targeted >= self.settings.parallel_threshold

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

    # -- phase 1

    def _create_staging(self) -> None:
        assert self.conn is not None
        self.conn.exec_driver_sql("DROP TABLE IF EXISTS preparation_staging")
        self.staging.create(self.conn)

    def _select_audience(self, delivery: Delivery, email: bool) -> int:
        assert self.conn is not None
        if delivery.audience_filter is None and delivery.audience_list_id is None:
            raise PreparationFailed("the delivery has no audience: set a filter or a list")
        conditions: list[ColumnElement[bool]] = []
        if delivery.audience_filter is not None:
            conditions.append(audience.compile_condition(delivery.audience_filter))
        address = Recipient.email if email else func.substr(Recipient.postal_address, 1, 320)
        query = select(Recipient.id, _address_key(Recipient), address)
        if delivery.audience_list_id is not None:
            query = query.join(list_member, list_member.c.recipient_id == Recipient.id)
            conditions.append(list_member.c.list_id == delivery.audience_list_id)
        query = query.where(*conditions).order_by(Recipient.id)
        t = self.staging
        result = self.conn.execute(
            insert(t).from_select([t.c.recipient_id, t.c.email_key, t.c.address], query)
        )
        targeted = result.rowcount
        if targeted is None or targeted < 0:
            targeted = self.conn.scalar(select(func.count()).select_from(t)) or 0
        if email:
            self.conn.exec_driver_sql(
                "CREATE INDEX preparation_staging_key"
                " ON preparation_staging (email_key, recipient_id)"
            )
        return targeted

    # -- phase 2

    def _mark(
        self, cause: ExclusionCause, condition: ColumnElement[bool], rule: str | None = None
    ) -> int:
        assert self.conn is not None
        t = self.staging
        values: dict[str, Any] = {"cause": cause.value}
        if rule is not None:
            values["rule_name"] = rule
        result = self.conn.execute(update(t).where(t.c.cause.is_(None), condition).values(values))
        return result.rowcount or 0

    def _apply_exclusions(
        self,
        delivery: Delivery,
        rules: typology_rules.RuleSet,
        email: bool,
        remove_duplicates: bool,
        remove_denylisted: bool,
    ) -> None:
        t = self.staging
        steps = 3 + len(rules.filtering) + len(rules.pressure) + (5 if email else 1)
        step = 0

        def advance(message: str) -> None:
            nonlocal step
            self.check_stop()
            step += 1
            self.report("rules", step, steps, message)

        if email:
            advance("address not specified")
            self._mark(C.ADDRESS_MISSING, func.trim(func.coalesce(t.c.address, "")) == "")
            advance("invalid address")
            self._mark(C.INVALID_ADDRESS, self._invalid_address(t.c.address))
        else:
            advance("no postal address")
            self._mark(C.NO_POSTAL_ADDRESS, func.trim(func.coalesce(t.c.address, "")) == "")
        advance("denylist")
        if remove_denylisted:
            denied_ids = select(Recipient.id).where(Recipient.denylisted.is_(True))
            condition = t.c.recipient_id.in_(denied_ids)
            if email:
                # An opt-out follows the address: any recipient with it denylists the others.
                denied_keys = select(_address_key(Recipient)).where(Recipient.denylisted.is_(True))
                condition = condition | t.c.email_key.in_(denied_keys)
            self._mark(C.DENYLISTED, condition)
        if email:
            advance("quarantine")
            self._mark(C.QUARANTINE, t.c.email_key.in_(select(QuarantinedAddress.address)))
            advance("duplicates")
            if remove_duplicates:
                kept = t.alias("kept")
                earlier = exists().where(
                    kept.c.email_key == t.c.email_key,
                    kept.c.recipient_id < t.c.recipient_id,
                    kept.c.cause.is_(None),
                )
                self._mark(C.DUPLICATE, earlier)
        for rule in rules.filtering:
            advance(f"typology rule {rule.name}")
            matches = exists().where(
                Recipient.id == t.c.recipient_id, typology_rules.filtering_condition(rule)
            )
            self._mark(C.TYPOLOGY_RULE, matches, rule.name)
        now = datetime.now(UTC)
        for rule in rules.pressure:
            advance(f"pressure rule {rule.name}")
            condition = typology_rules.pressure_condition(rule, t.c.recipient_id, delivery.id, now)
            self._mark(C.PRESSURE, condition, rule.name)
        advance("control group")
        self._control_group(delivery)
        advance("target limit")
        limit, rule_name = typology_rules.capacity_limit(rules, delivery.target_limit)
        self._target_limit(delivery, limit, rule_name)

    def _invalid_address(self, address: ColumnElement[str]) -> ColumnElement[bool]:
        """The one definition of an invalid address (services.addresses), run inside SQLite
        as a registered function; other databases get its regular-expression core."""
        assert self.conn is not None
        if self.conn.dialect.name == "sqlite":
            raw = self.conn.connection.driver_connection
            raw.create_function(
                "console_address_valid",
                1,
                lambda value: 1 if is_valid_address(value) else 0,
                deterministic=True,
            )
            return func.console_address_valid(address) == 0
        pattern = r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@([A-Za-z0-9-]+\.)+[A-Za-z0-9-]{2,63}$"
        return ~func.trim(address).regexp_match(pattern)

    def _shuffled(self, delivery_id: int) -> ColumnElement[int]:
        """A reproducible pseudo-random order of the rows, different for each delivery."""
        salt = (delivery_id * 40503) % 2147483647
        rid = cast(self.staging.c.recipient_id, BigInteger)
        return ((rid + literal(salt, BigInteger)) * literal(_MULTIPLIER, BigInteger)) % literal(
            _HASH_MODULUS, BigInteger
        )

    def _remaining(self) -> int:
        assert self.conn is not None
        t = self.staging
        return self.conn.scalar(select(func.count()).where(t.c.cause.is_(None))) or 0

    def _control_group(self, delivery: Delivery) -> None:
        percent = delivery.control_group_percent or 0
        if percent <= 0:
            return
        t = self.staging
        size = (self._remaining() * min(percent, 100) + 50) // 100
        if size <= 0:
            return
        chosen = (
            select(t.c.recipient_id)
            .where(t.c.cause.is_(None))
            .order_by(self._shuffled(delivery.id), t.c.recipient_id)
            .limit(size)
        )
        self._mark(C.CONTROL_GROUP, t.c.recipient_id.in_(chosen))
        self.note(JournalLevel.INFO, f"Control group: {size} recipients ({percent}%) held out.")

    def _target_limit(self, delivery: Delivery, limit: int | None, rule_name: str | None) -> None:
        if limit is None:
            return
        over = self._remaining() - limit
        if over <= 0:
            return
        t = self.staging
        # Keep the first `limit` rows of the shuffled order: a fair, reproducible sample.
        dropped = (
            select(t.c.recipient_id)
            .where(t.c.cause.is_(None))
            .order_by(self._shuffled(delivery.id).desc(), t.c.recipient_id.desc())
            .limit(over)
        )
        self._mark(C.TARGET_LIMIT, t.c.recipient_id.in_(dropped), rule_name)
        source = f"typology rule {rule_name}" if rule_name else "the delivery's target limit"
        self.note(JournalLevel.INFO, f"Target limited to {limit} messages by {source}.")

    def _counts(self) -> dict[str | None, int]:
        assert self.conn is not None
        t = self.staging
        rows = self.conn.execute(select(t.c.cause, func.count()).group_by(t.c.cause))
        return {cause: count for cause, count in rows}

    @staticmethod
    def _describe(counts: dict[str | None, int]) -> str:
        parts = [f"{c.value}: {counts[c.value]}" for c in ExclusionCause if counts.get(c.value)]
        return ", ".join(parts) if parts else "none"

    # -- phase 3

    def _id_chunks(self) -> Iterator[list[int]]:
        assert self.conn is not None
        t = self.staging
        last = 0
        while True:
            ids = list(
                self.conn.scalars(
                    select(t.c.recipient_id)
                    .where(t.c.cause.is_(None), t.c.recipient_id > last)
                    .order_by(t.c.recipient_id)
                    .limit(self.settings.chunk_size)
                )
            )
            if not ids:
                return
            yield ids
            last = ids[-1]

    def _personalise(
        self, renderer: DeliveryRenderer, pool: RenderPool | None, total: int
    ) -> ChunkOutcome:
        assert self.conn is not None
        conn = self.conn
        t = self.staging
        mark_error = (
            update(t).where(t.c.recipient_id == bindparam("rid")).values(error=bindparam("reason"))
        )
        overall = ChunkOutcome()
        done = 0
        self.report("personalisation", 0, total)

        def record(ids: list[int], outcome: ChunkOutcome) -> None:
            nonlocal done
            if outcome.errors:
                conn.execute(mark_error, [{"rid": r, "reason": e} for r, e in outcome.errors])
            overall.add(outcome)
            done += len(ids)
            self.report("personalisation", done, total)

        if pool is not None:
            pool.render(self._id_chunks(), self.check_stop, record)
        else:
            for ids in self._id_chunks():
                record(ids, render_rows(renderer, recipient_rows(conn, ids)))
                self.check_stop()
        conn.commit()
        return overall

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
        counts: dict[str | None, int],
        render_errors: int,
    ) -> PreparationResult:
        assert self.conn is not None
        conn = self.conn
        self.report("logs", message="writing the delivery logs")
        t = self.staging
        status = case(
            (t.c.cause.is_not(None), LogStatus.EXCLUDED.value),
            (t.c.error.is_not(None), LogStatus.RENDER_ERROR.value),
            else_=LogStatus.TO_DELIVER.value,
        )
        rows = select(
            literal(delivery.id),
            t.c.recipient_id,
            status,
            t.c.cause,
            t.c.rule_name,
            func.coalesce(t.c.address, ""),
            t.c.error,
        ).order_by(t.c.recipient_id)
        excluded = sum(n for cause, n in counts.items() if cause is not None)
        to_deliver = counts.get(None, 0) - render_errors
        exclusions = {c.value: counts[c.value] for c in ExclusionCause if counts.get(c.value)}
        with self._session() as session:
            current = session.get(Delivery, delivery.id)
            if current is None:
                raise NotFound("delivery", delivery.id)
            if current.status is not S.PREPARING:
                raise Cancelled()  # stopped from elsewhere while this ran
            session.execute(
                insert(DeliveryLog).from_select(
                    [
                        DeliveryLog.delivery_id,
                        DeliveryLog.recipient_id,
                        DeliveryLog.status,
                        DeliveryLog.exclusion_cause,
                        DeliveryLog.rule_name,
                        DeliveryLog.address,
                        DeliveryLog.error,
                    ],
                    rows,
                )
            )
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
                f" ({self._describe(counts)}); {render_errors} errors."
            )
            level = JournalLevel.ERROR if render_errors else JournalLevel.INFO
            self.note(level, summary)
            for line_level, message in self.journal:
                journal.add(session, delivery.id, line_level, message)
            transition(session, self.actor, current, next_status, reason="prepared")
            session.commit()
        self._drop_staging()
        return PreparationResult(
            delivery_id=delivery.id,
            status=next_status,
            targeted=targeted,
            to_deliver=to_deliver,
            to_exclude=excluded + render_errors,
            render_errors=render_errors,
            exclusions=exclusions,
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
        self.conn.exec_driver_sql("DROP TABLE IF EXISTS preparation_staging")
        self.conn.commit()

    def _end_without_results(self, status: DeliveryStatus, error: str) -> PreparationResult:
        """Back to Being edited (stop) or Preparation failed (critical error), in one
        transaction: no log row, counters zero, the reason in the journal."""
        assert self.conn is not None
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
    if delivery.status is not S.PREPARING:
        return False
    clear_preparation(session, delivery)
    transition(session, actor, delivery, S.BEING_EDITED, reason="preparation stopped")
    journal.add(session, delivery.id, JournalLevel.WARNING, f"Preparation stopped by {actor.name}.")
    return True

"""The target of a preparation and its exclusions, computed inside the database.

The audience goes into a TEMPORARY staging table (it belongs to the connection: a crash
leaves nothing behind) with one INSERT ... SELECT that also gives each row its first
exclusion cause among the causes a recipient's own row decides (address, denylist,
quarantine, filtering and pressure rules), as a small integer code in one CASE. Then:
duplicates (which depend on the rows kept so far and come before the typology rules),
the control group and the target limit (which depend on how many remain) are set with
one UPDATE each. Nothing is fetched into Python but counts and, later, ids to render.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    Select,
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
    not_,
    null,
    or_,
    select,
    update,
)

from desktop.models import QuarantinedAddress, Recipient, list_member
from desktop.models.enums import ExclusionCause, LogStatus
from desktop.services.audience.addresses import ADDRESS_PATTERN, is_valid_address
from desktop.services.audience.conditions import compile_condition
from desktop.services.preparation import typology_rules

C = ExclusionCause
STAGING = "preparation_staging"
DENIED = "preparation_denied"  # the addresses of denylisted recipients
TEMPORARY_TABLES = (STAGING, DENIED)

# Excluded ids read per query (Targeting.excluded_ids).
EXCLUDED_CHUNK = 100_000
_MULTIPLIER = 2654435761  # Knuth's multiplicative hash: a reproducible shuffle of ids
_HASH_MODULUS = 2**32


@dataclass(frozen=True)
class TargetSpec:
    """What targeting needs of a delivery, read once."""

    delivery_id: int
    email: bool
    audience_filter: dict[str, Any] | None
    audience_list_id: int | None
    control_group_percent: int
    target_limit: int | None
    remove_duplicates: bool
    remove_denylisted: bool
    # The moment pressure rules count back from: the same for every query of one run.
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Outcome:
    """What an exclusion code stands for: a cause, and the rule for rule causes."""

    cause: ExclusionCause
    rule: str | None = None


def _staging_table() -> Table:
    return Table(
        STAGING,
        MetaData(),
        Column("recipient_id", Integer, primary_key=True),
        Column("email_key", String(320)),
        Column("address", String(320)),
        Column("code", Integer),  # None: to deliver; otherwise an index into Targeting.outcomes
        Column("error", Text),  # the render error, for a row to deliver
        prefixes=["TEMPORARY"],
    )


def _denied_table() -> Table:
    return Table(
        DENIED,
        MetaData(),
        Column("address", String(320), primary_key=True),
        prefixes=["TEMPORARY"],
    )


def drop_temporary_tables(conn: Connection) -> None:
    for name in TEMPORARY_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


def _id_bounds(first: int, last: int) -> tuple[ColumnElement[int], ColumnElement[int]]:
    """An id range's bounds as 64-bit parameters: PostgreSQL sends a parameter compared
    with an integer column as that column's 32-bit type, where a range's outer bound may
    not fit (the comparison of a 32-bit column with a 64-bit value still uses its index)."""
    return literal(first, BigInteger), literal(last, BigInteger)


def id_span(conn: Connection, key: ColumnElement[int]) -> tuple[int, int]:
    """The lowest and highest value of an indexed key column, (0, 0) when empty. Two
    queries: SQLite answers a lone min() or max() from the index, but scans the whole
    table for both in one statement (0.4 s for a million rows)."""
    first = conn.scalar(select(func.min(key)))
    last = conn.scalar(select(func.max(key)))
    return first or 0, last or 0


def _address_key(recipient: type[Recipient]) -> ColumnElement[str]:
    # email_key is normalize_address(email); lower(trim(email)) covers a row that lacks it.
    return func.coalesce(
        func.nullif(recipient.email_key, ""), func.lower(func.trim(recipient.email))
    )


def _in_audience(query: Select[Any], spec: TargetSpec) -> Select[Any]:
    """The query restricted to the delivery's audience: its filter and/or its list (neither:
    every recipient, as services.audience.conditions.count_matching counts it)."""
    conditions: list[ColumnElement[bool]] = []
    if spec.audience_filter is not None:
        conditions.append(compile_condition(spec.audience_filter))
    if spec.audience_list_id is not None:
        query = query.join(list_member, list_member.c.recipient_id == Recipient.id)
        conditions.append(list_member.c.list_id == spec.audience_list_id)
    return query.where(*conditions)


def per_row_causes(
    spec: TargetSpec,
    rules: typology_rules.RuleSet,
    key: ColumnElement[str],
    invalid: ColumnElement[bool] | None,
    denied_keys: Select[Any],
) -> list[tuple[Outcome, ColumnElement[bool] | None]]:
    """The causes a recipient's own row decides, in the order of domain.md §3.1, each with
    its condition on Recipient (duplicates, which come between quarantine and the typology
    rules, are set afterwards over these). The invalid-address cause is listed with
    `invalid` as its condition: None when the addresses are checked elsewhere.
    `denied_keys` selects the addresses of the denylisted recipients."""
    causes: list[tuple[Outcome, ColumnElement[bool] | None]] = []
    # The address a message goes to: the e-mail, or for direct mail the postal address
    # (missing: the first cause either way; the e-mail checks do not apply to a letter).
    address = Recipient.email if spec.email else Recipient.postal_address
    blank = func.trim(func.coalesce(address, "")) == ""
    causes.append((Outcome(C.ADDRESS_MISSING), blank))
    if spec.email:
        causes.append((Outcome(C.INVALID_ADDRESS), invalid))
    if spec.remove_denylisted:
        denied: ColumnElement[bool] = Recipient.denylisted.is_(True)
        if spec.email:
            # An opt-out follows the address: one recipient's denies every other's.
            denied = or_(denied, key.in_(denied_keys.scalar_subquery()))
        causes.append((Outcome(C.DENYLISTED), denied))
    if spec.email:
        quarantined = key.in_(select(QuarantinedAddress.address).scalar_subquery())
        causes.append((Outcome(C.QUARANTINE), quarantined))
    for rule in rules.filtering:
        condition = typology_rules.filtering_condition(rule)
        causes.append((Outcome(C.TYPOLOGY_RULE, rule.name), condition))
    for rule in rules.pressure:
        pressure = typology_rules.pressure_condition(rule, Recipient.id, spec.delivery_id, spec.now)
        causes.append((Outcome(C.PRESSURE, rule.name), pressure))
    return causes


def _id_list(conn: Connection, query: Select[Any]) -> list[int]:
    """The ids `query` selects (one integer column), ascending, fetched as one string.

    Fetched a row at a time, each row hands the GIL over (the driver releases it around
    every step), and with the worker pool's threads in the process a million ids cost
    seconds of the preparation's thread; one aggregated string costs one step."""
    ids = query.subquery()
    joined = conn.scalar(select(func.aggregate_strings(cast(ids.c[0], String), ",")))
    return sorted(map(int, joined.split(","))) if joined else []


class Targeting:
    """The staging table of one preparation, on the preparation's connection."""

    def __init__(
        self,
        conn: Connection,
        spec: TargetSpec,
        rules: typology_rules.RuleSet,
        *,
        check_addresses: bool = True,
    ) -> None:
        """check_addresses=False: select_audience leaves invalid addresses to the caller,
        which calls mark_invalid() (ids checked elsewhere) or check_addresses_in_sql()
        before remove_duplicates()."""
        self.conn = conn
        self.spec = spec
        self.rules = rules
        self.check_addresses = check_addresses
        self._missing: int | None = None
        self._invalid_code: int | None = None
        self.table = _staging_table()
        self.denied = _denied_table()
        self._cause: ColumnElement[Any] | None = None
        self.outcomes: list[Outcome] = []
        self._duplicate = self._code(C.DUPLICATE)
        self._control_group = self._code(C.CONTROL_GROUP)
        self._first_rule_code = len(self.outcomes)

    def _code(self, cause: ExclusionCause, rule: str | None = None) -> int:
        self.outcomes.append(Outcome(cause, rule))
        return len(self.outcomes) - 1

    # -- the table

    def create(self) -> None:
        """The staging table, and the denylisted addresses read once: each targeting
        statement looks them up by their index, however many statements there are."""
        self.drop()
        self.table.create(self.conn)
        self.denied.create(self.conn)
        if self.spec.email and self.spec.remove_denylisted:
            keys = select(_address_key(Recipient)).where(Recipient.denylisted.is_(True))
            self.conn.execute(insert(self.denied).from_select(["address"], keys.distinct()))

    def drop(self) -> None:
        drop_temporary_tables(self.conn)

    # -- audience and the causes a recipient's own row decides

    def select_audience(self, first: int | None = None, last: int | None = None) -> int:
        """Fills the staging table with the audience, or its recipients with ids between
        first and last; returns the number of recipients added."""
        spec = self.spec
        address = Recipient.email if spec.email else func.substr(Recipient.postal_address, 1, 320)
        key = _address_key(Recipient)
        if self._cause is None:  # built once: it numbers the outcomes
            self._cause = self._first_cause(key)
        query = _in_audience(select(Recipient.id, key, address, self._cause), spec)
        if first is not None and last is not None:
            query = query.where(Recipient.id.between(*_id_bounds(first, last)))
        t = self.table
        result = self.conn.execute(
            insert(t).from_select(
                [t.c.recipient_id, t.c.email_key, t.c.address, t.c.code],
                query.order_by(Recipient.id),
            )
        )
        targeted = result.rowcount
        if targeted is None or targeted < 0:  # a driver that does not tell
            counted = select(func.count()).select_from(t)
            if first is not None and last is not None:
                counted = counted.where(t.c.recipient_id.between(*_id_bounds(first, last)))
            targeted = self.conn.scalar(counted) or 0
        return targeted

    def _first_cause(self, key: ColumnElement[str]) -> ColumnElement[Any]:
        """The CASE of per_row_causes(), each outcome given its code."""
        invalid = self._invalid(Recipient.email) if self.check_addresses else None
        whens: list[tuple[ColumnElement[bool], int]] = []
        rule_causes = (C.TYPOLOGY_RULE, C.PRESSURE)
        first_rule: int | None = None
        denied_keys = select(self.denied.c.address)
        for outcome, condition in per_row_causes(self.spec, self.rules, key, invalid, denied_keys):
            code = self._code(outcome.cause, outcome.rule)
            if outcome.cause is C.ADDRESS_MISSING:
                self._missing = code
            elif outcome.cause is C.INVALID_ADDRESS:
                self._invalid_code = code
            elif outcome.cause in rule_causes and first_rule is None:
                first_rule = code
            if condition is not None:
                whens.append((condition, code))
        self._first_rule_code = len(self.outcomes) if first_rule is None else first_rule
        return case(*whens, else_=null())

    def _invalid(self, address: ColumnElement[str]) -> ColumnElement[bool]:
        """The one definition of an invalid address (services.audience.addresses) runs inside
        SQLite as a registered function (a few microseconds a row; a SQL pre-test with
        GLOB measured slower); other databases match the same rule's regular expression."""
        if self.conn.dialect.name == "sqlite":
            self.conn.connection.driver_connection.create_function(
                "console_address_valid",
                1,
                lambda value: 1 if is_valid_address(value) else 0,
                deterministic=True,
            )
            return func.console_address_valid(address) == 0
        return not_(address.regexp_match(ADDRESS_PATTERN))

    def id_span(self) -> tuple[int, int]:
        return id_span(self.conn, self.table.c.recipient_id)

    def _has_address(self) -> ColumnElement[bool]:
        return or_(self.table.c.code.is_(None), self.table.c.code != self._missing)

    def check_addresses_in_sql(self) -> None:
        """The address check on the staging rows, in this connection (see _invalid)."""
        t = self.table
        invalid = self._invalid(t.c.address)
        self.conn.execute(
            update(t).where(self._has_address(), invalid).values(code=self._invalid_code)
        )

    def mark_invalid(self, ids: Sequence[int]) -> None:
        """Invalid address for these recipients (ids outside the target change nothing): it
        comes before every cause the CASE may have given, but a missing address."""
        if not ids:
            return
        t = self.table
        statement = update(t).where(t.c.recipient_id == bindparam("rid"), self._has_address())
        self.conn.execute(statement.values(code=self._invalid_code), [{"rid": rid} for rid in ids])

    # -- causes that depend on the other rows

    def _kept(self, table: Any) -> ColumnElement[bool]:
        """Not excluded by a cause that comes before duplicates."""
        return or_(table.c.code.is_(None), table.c.code >= self._first_rule_code)

    def remove_duplicates(self) -> None:
        """Same address as a recipient kept so far (lower id): excluded as a duplicate, even
        if a typology rule would also exclude it (duplicates come first)."""
        if not (self.spec.email and self.spec.remove_duplicates):
            return
        self.conn.exec_driver_sql(
            f"CREATE INDEX {STAGING}_key ON {STAGING} (email_key, recipient_id)"
        )
        t = self.table
        kept = t.alias("kept")
        earlier = exists().where(
            kept.c.email_key == t.c.email_key,
            kept.c.recipient_id < t.c.recipient_id,
            self._kept(kept),
        )
        self.conn.execute(update(t).where(self._kept(t), earlier).values(code=self._duplicate))

    def _shuffled(self) -> ColumnElement[int]:
        """A reproducible pseudo-random order of the rows, different for each delivery."""
        salt = (self.spec.delivery_id * 40503) % 2147483647
        rid = cast(self.table.c.recipient_id, BigInteger)
        return ((rid + literal(salt, BigInteger)) * literal(_MULTIPLIER, BigInteger)) % literal(
            _HASH_MODULUS, BigInteger
        )

    def remaining(self) -> int:
        t = self.table
        return self.conn.scalar(select(func.count()).where(t.c.code.is_(None))) or 0

    def hold_out_control_group(self) -> int:
        """The delivery's percentage of the remaining rows, drawn in the shuffled order:
        the same delivery and recipients give the same group."""
        percent = min(max(self.spec.control_group_percent or 0, 0), 100)
        if percent == 0:
            return 0
        size = (self.remaining() * percent + 50) // 100
        if size:
            self._exclude_first(size, self._control_group, descending=False)
        return size

    def limit_target(self) -> tuple[int | None, str | None, int]:
        """Keeps at most the smallest of the delivery's limit and the capacity rules' maxima;
        returns (limit, rule that set it, rows excluded)."""
        limit, rule = typology_rules.capacity_limit(self.rules, self.spec.target_limit)
        if limit is None:
            return None, None, 0
        over = self.remaining() - limit
        if over <= 0:
            return limit, rule, 0
        # Keep the first `limit` rows of the shuffled order: a fair, reproducible sample.
        self._exclude_first(over, self._code(C.TARGET_LIMIT, rule), descending=True)
        return limit, rule, over

    def _exclude_first(self, count: int, code: int, *, descending: bool) -> None:
        t = self.table
        order = self._shuffled()
        ordering = (
            [order.desc(), t.c.recipient_id.desc()] if descending else [order, t.c.recipient_id]
        )
        chosen = select(t.c.recipient_id).where(t.c.code.is_(None)).order_by(*ordering).limit(count)
        self.conn.execute(
            update(t).where(t.c.code.is_(None), t.c.recipient_id.in_(chosen)).values(code=code)
        )

    # -- results

    def counts(self) -> dict[Outcome | None, int]:
        """Rows per outcome (None: to deliver)."""
        t = self.table
        rows = self.conn.execute(select(t.c.code, func.count()).group_by(t.c.code))
        return {(None if code is None else self.outcomes[code]): n for code, n in rows}

    def id_chunks(self, size: int) -> Iterator[list[int]]:
        """Ids of the rows to deliver, in order, `size` at a time: a query per chunk, as
        reading a million at once holds the GIL for over half a second in the preparation's
        thread, and the window freezes that long."""
        t = self.table
        last = 0
        while True:
            ids = _id_list(
                self.conn,
                select(t.c.recipient_id)
                .where(t.c.code.is_(None), t.c.recipient_id > last)
                .order_by(t.c.recipient_id)
                .limit(size),
            )
            if not ids:
                return
            yield ids
            last = ids[-1]

    def ids_to_deliver(self, first: int, last: int) -> list[int]:
        """Ids of the rows to deliver between first and last, in order."""
        t = self.table
        query = select(t.c.recipient_id).where(
            t.c.code.is_(None), t.c.recipient_id.between(*_id_bounds(first, last))
        )
        return _id_list(self.conn, query)

    def excluded_ids(self) -> set[int]:
        """Ids of the rows excluded so far, whatever the cause, read EXCLUDED_CHUNK at a
        time: the 1.7 million of a 10-million target, read, parsed and put in a set at
        once, held the GIL for 0.2 s in the preparation's thread (the window froze)."""
        t = self.table
        excluded: set[int] = set()
        query = select(t.c.recipient_id).where(t.c.code.is_not(None))
        chunk = query
        while True:
            ids = _id_list(self.conn, chunk.order_by(t.c.recipient_id).limit(EXCLUDED_CHUNK))
            excluded.update(ids)
            if len(ids) < EXCLUDED_CHUNK:
                return excluded
            chunk = query.where(t.c.recipient_id > ids[-1])

    def mark_render_errors(self, errors: Sequence[tuple[int, str]]) -> None:
        if not errors:
            return
        t = self.table
        statement = (
            update(t).where(t.c.recipient_id == bindparam("rid")).values(error=bindparam("reason"))
        )
        self.conn.execute(statement, [{"rid": rid, "reason": reason} for rid, reason in errors])

    def log_rows(self) -> Select[Any]:
        """The delivery-log rows, as a SELECT for INSERT ... SELECT: delivery, recipient,
        status, cause, rule, address, error."""
        t = self.table
        causes = {i: o.cause.value for i, o in enumerate(self.outcomes)}
        rules = {i: o.rule for i, o in enumerate(self.outcomes) if o.rule is not None}
        status = case(
            (t.c.code.is_not(None), LogStatus.EXCLUDED.value),
            (t.c.error.is_not(None), LogStatus.RENDER_ERROR.value),
            else_=LogStatus.TO_DELIVER.value,
        )
        rule_name = case(rules, value=t.c.code, else_=null()) if rules else null()
        return select(
            literal(self.spec.delivery_id),
            t.c.recipient_id,
            status,
            case(causes, value=t.c.code, else_=null()),
            rule_name,
            func.coalesce(t.c.address, ""),
            t.c.error,
        ).order_by(t.c.recipient_id)


def exclusions(counts: dict[Outcome | None, int]) -> dict[str, int]:
    """Rows per exclusion cause, in the order of domain.md §3.1."""
    totals: dict[str, int] = {}
    for outcome, n in counts.items():
        if outcome is not None and n:
            totals[outcome.cause.value] = totals.get(outcome.cause.value, 0) + n
    return {c.value: totals[c.value] for c in ExclusionCause if c.value in totals}


def by_rule(counts: dict[Outcome | None, int]) -> dict[str, int]:
    """Exclusions per typology rule name."""
    totals: dict[str, int] = {}
    for outcome, n in counts.items():
        if outcome is not None and outcome.rule:
            totals[outcome.rule] = totals.get(outcome.rule, 0) + n
    return totals

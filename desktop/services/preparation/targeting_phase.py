"""Phase 1 of a preparation: the audience (its filter and/or list; with neither, every
recipient, as the filter builder and `delivery create` say) goes into the staging table
(services.preparation.targeting), each row with the first cause its own data decides.

With worker processes, the workers check the addresses while the database targets, and
rendering may start before the target is final: targeting then runs one id range at a
time and hands each range's rows to deliver to the workers at once (unless a control
group or a target limit would throw much of that work away), so rendering uses the
core the database leaves idle.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from desktop.models import Delivery, Recipient
from desktop.models.enums import Channel, JournalLevel
from desktop.models.ids import integer_range
from desktop.services.preparation import typology_rules
from desktop.services.preparation.render_pool import (
    AddressCheck,
    EarlyOutcome,
    PoolJob,
    RenderPool,
)
from desktop.services.preparation.run_context import RunContext
from desktop.services.preparation.targeting import Targeting, TargetSpec, id_span

# Recipient ids a worker process reads and checks the addresses of at a time.
ADDRESS_CHUNK = 10000
# Recipient ids one targeting statement covers when rendering starts before the target is
# final: its rows go to the workers as soon as it ends.
TARGETING_RANGE = 20000


@dataclass
class Selection:
    """What targeting hands to the next phases."""

    target: Targeting
    targeted: int
    # Chunks the workers render since targeting (RenderPool.render_early), in id order;
    # None when rendering waits for the final target.
    early: list[PoolJob[EarlyOutcome]] | None


def target_spec(delivery: Delivery, remove_duplicates: bool, remove_denylisted: bool) -> TargetSpec:
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


def select_target(
    run: RunContext, spec: TargetSpec, rules: typology_rules.RuleSet, pool: RenderPool | None
) -> Selection:
    """Fills the staging table; `pool`, when given, checks the addresses and may render."""
    conn = run.conn
    target = Targeting(
        conn,
        spec,
        rules,
        # With workers, the address check (Python, a few microseconds an address) runs
        # in them rather than inside the single-threaded targeting statement.
        check_addresses=pool is None,
    )
    address_check: AddressCheck | None = None
    early: list[PoolJob[EarlyOutcome]] | None = None
    try:
        span = (0, 0)
        if pool is not None and spec.email:
            span = id_span(conn, Recipient.id)
            address_check = pool.start_address_check(
                _id_ranges(*span, ADDRESS_CHUNK, _id_bounds(conn))
            )
            if _renders_early(spec, rules, *span):
                early = []
        conn.rollback()
        target.create()
        if pool is not None and early is not None:
            targeted = _select_rendering_early(run, target, pool, span, early)
        else:
            targeted = target.select_audience()
        if address_check is not None:
            run.report("targeting", message="checking addresses")
            _check_addresses(run, target, address_check, targeted)
        conn.commit()
    finally:
        if address_check is not None:
            address_check.cancel()
    run.note(JournalLevel.INFO, "preparation.targeted", count=targeted)
    return Selection(target, targeted, early)


def _renders_early(spec: TargetSpec, rules: typology_rules.RuleSet, first: int, last: int) -> bool:
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
    run: RunContext,
    target: Targeting,
    pool: RenderPool,
    span: tuple[int, int],
    early: list[PoolJob[EarlyOutcome]],
) -> int:
    """Targets range by range; each range's rows to deliver so far go to the workers
    at once, in chunks, appended to `early`. Returns the number of recipients
    targeted."""
    chunk = run.settings.chunk_size
    ranges = _id_ranges(*span, TARGETING_RANGE, _id_bounds(target.conn))
    targeted = 0
    for done, (first, last) in enumerate(ranges, start=1):
        targeted += target.select_audience(first, last)
        ids = target.ids_to_deliver(first, last)
        for start in range(0, len(ids), chunk):
            early.append(pool.render_early(ids[start : start + chunk]))
        run.report("targeting", done, len(ranges), "selecting the audience")
        run.check_stop()
    return targeted


def _check_addresses(
    run: RunContext, target: Targeting, check: AddressCheck, targeted: int
) -> None:
    """Marks the invalid addresses the workers found; for a sparse target (the workers
    checked mostly others), their work is dropped and the connection checks its rows."""
    first, last = target.id_span()
    if targeted * 4 < last - first + 1:
        check.cancel()
        target.check_addresses_in_sql()
        return
    target.mark_invalid(check.invalid_ids(run.check_stop))


def _id_bounds(conn: Connection) -> tuple[int, int]:
    """Below and above every recipient id: the least and greatest value of the id column's
    type on this backend (PostgreSQL's integer is 32 bits: a 64-bit bound would not bind)."""
    return integer_range(conn.dialect.name, Recipient.__table__.c.id.type)


def _id_ranges(first: int, last: int, size: int, bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """(first, last) id ranges of `size` ids covering first..last; the outer ones reach
    the bounds, so a recipient added while the target is computed is still in a range."""
    lowest, highest = bounds
    if not last:
        return [(lowest, highest)]
    ranges = [(start, min(start + size - 1, last)) for start in range(first, last + 1, size)]
    ranges[0] = (lowest, ranges[0][1])
    ranges[-1] = (ranges[-1][0], highest)
    return ranges

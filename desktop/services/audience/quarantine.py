"""The quarantine of addresses: added by hand or after hard bounces, excluded at preparation.

Addresses are stored normalised (trimmed, lower-case), one row per address: a row means
the address is quarantined. Hard bounces below the threshold are counted apart
(HardBounceCount), so that preparation only has to test that a quarantine row exists.

A row quarantined by hard bounces names the delivery that put it there: when those were
not the recipients' (a relay refusing every message, counted as bounces before the send
engine knew better), `release_delivery` takes them all out at once.

Rights: adding and removing (one address or a delivery's) need PREPARE DELIVERIES
(campaign managers handle bounced addresses day to day; administrators can do
everything). Reading needs no right.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Insert, Table, delete, func, select, update
from sqlalchemy.orm import Session

from desktop.errors import NotFound, ValidationError
from desktop.models import (
    Delivery,
    HardBounceCount,
    QuarantinedAddress,
    normalize_address,
    utcnow,
)
from desktop.models.enums import Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience.addresses import address_problem
from desktop.services.settings.options import get_value

THRESHOLD_OPTION = "NmsEmail_QuarantineThreshold"
REASON_LENGTH = QuarantinedAddress.__table__.c.reason.type.length


def _checked_address(address: str) -> str:
    problem = address_problem(address)
    if problem is not None:
        raise ValidationError("address", f"not a valid e-mail address: {problem}", address)
    return normalize_address(address)


def _find(session: Session, key: str) -> QuarantinedAddress | None:
    return session.scalar(select(QuarantinedAddress).where(QuarantinedAddress.address == key))


def add(session: Session, actor: Actor, address: str, reason: str = "") -> QuarantinedAddress:
    """Quarantines an address; adding it again counts one more error and keeps one row."""
    require(actor, Right.PREPARE_DELIVERIES, "quarantine an address")
    key = _checked_address(address)
    reason = reason.strip()
    if len(reason) > REASON_LENGTH:  # an operator's text: refused, not cut
        raise ValidationError(
            "reason", f"{len(reason):,} characters, at most {REASON_LENGTH:,} allowed"
        )
    row = _find(session, key)
    if row is None:
        row = QuarantinedAddress(address=key, reason=reason or "added by hand", error_count=1)
        session.add(row)
        session.flush()
        action = "add"
    else:
        row.error_count += 1
        if reason:
            row.reason = reason
        action = "add_again"
    details = {"address": key, "reason": row.reason, "error_count": row.error_count}
    audit.record(session, actor, "quarantine", row.id, action, details=details)
    return row


def remove(session: Session, actor: Actor, address: str) -> None:
    """Takes an address out of quarantine (and forgets its hard bounces)."""
    require(actor, Right.PREPARE_DELIVERIES, "remove an address from quarantine")
    key = normalize_address(address)
    row = _find(session, key)
    if row is None:
        raise NotFound("quarantined address", key)
    details = {"address": key, "reason": row.reason, "error_count": row.error_count}
    audit.record(session, actor, "quarantine", row.id, "remove", details=details)
    session.delete(row)
    counter = session.scalar(select(HardBounceCount).where(HardBounceCount.address == key))
    if counter is not None:
        session.delete(counter)
    session.flush()


# Addresses named in the audit entry of a bulk release; the count says how many in all.
AUDITED_ADDRESSES = 1000


def release_delivery(session: Session, actor: Actor, delivery_id: int) -> int:
    """Takes out of quarantine every address delivery `delivery_id` put there (and forgets
    their hard bounces); returns how many. Addresses quarantined before, or by hand, stay."""
    require(actor, Right.PREPARE_DELIVERIES, "release the addresses a delivery quarantined")
    if session.get(Delivery, delivery_id) is None:
        raise NotFound("delivery", delivery_id)
    quarantine = QuarantinedAddress.__table__
    released = list(
        session.scalars(
            delete(quarantine)
            .where(quarantine.c.delivery_id == delivery_id)
            .returning(quarantine.c.address)
        )
    )
    counters = HardBounceCount.__table__
    for start in range(0, len(released), 500):
        chunk = released[start : start + 500]
        session.execute(delete(counters).where(counters.c.address.in_(chunk)))
    details = {
        "delivery_id": delivery_id,
        "released": len(released),
        "addresses": sorted(released)[:AUDITED_ADDRESSES],
    }
    audit.record(session, actor, "quarantine", None, "release_delivery", details=details)
    return len(released)


def count_by_delivery(session: Session, delivery_id: int) -> int:
    """How many quarantined addresses delivery `delivery_id` put there."""
    return (
        session.scalar(
            select(func.count())
            .select_from(QuarantinedAddress)
            .where(QuarantinedAddress.delivery_id == delivery_id)
        )
        or 0
    )


def list_addresses(
    session: Session, *, search: str = "", limit: int | None = None, offset: int = 0
) -> list[QuarantinedAddress]:
    """Quarantined addresses in address order; `search` keeps those containing the text."""
    query = select(QuarantinedAddress).order_by(QuarantinedAddress.address)
    if search.strip():
        needle = normalize_address(search)
        query = query.where(QuarantinedAddress.address.contains(needle, autoescape=True))
    return list(session.scalars(query.offset(offset).limit(limit)))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(QuarantinedAddress)) or 0


def is_quarantined(session: Session, address: str | None) -> bool:
    key = normalize_address(address)
    if not key:
        return False
    found = session.scalar(select(QuarantinedAddress.id).where(QuarantinedAddress.address == key))
    return found is not None


def _upsert(session: Session, table: Table, values: dict[str, Any], increment: str) -> Insert:
    """INSERT ... ON CONFLICT (address) DO UPDATE: two send processes bouncing the same
    address at once both count, and neither fails on the unique address."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(table).values(**values)
    changes = {
        increment: table.c[increment] + statement.excluded[increment],
        "updated_at": utcnow(),
    }
    for name in values:
        if name not in (increment, "address"):
            changes[name] = statement.excluded[name]
    return statement.on_conflict_do_update(index_elements=["address"], set_=changes)


def record_hard_bounce(
    session: Session,
    address: str,
    reason: str,
    threshold: int | None = None,
    delivery_id: int | None = None,
) -> bool:
    """Counts a hard bounce (5xx, unknown user) for the address; quarantines it when its
    count reaches `threshold` (default: option NmsEmail_QuarantineThreshold), naming
    `delivery_id` as the delivery that did (an address already there keeps its). Returns True
    when the address is quarantined after this call. Called by the send engine, which acts
    for no operator: no right is checked, and an empty address is ignored."""
    key = normalize_address(address)
    if not key:
        return False
    if threshold is None:
        threshold = int(get_value(session, THRESHOLD_OPTION))
    threshold = max(1, threshold)
    reason = (reason or "hard bounce").strip()[:REASON_LENGTH]
    quarantine = QuarantinedAddress.__table__
    counters = HardBounceCount.__table__
    already = session.execute(
        update(quarantine)
        .where(quarantine.c.address == key)
        .values(error_count=quarantine.c.error_count + 1, reason=reason, updated_at=utcnow())
    )
    if already.rowcount:
        return True
    counted = session.execute(
        _upsert(
            session, counters, {"address": key, "count": 1, "last_reason": reason}, "count"
        ).returning(counters.c.count)
    ).scalar_one()
    if counted < threshold:
        return False
    session.execute(
        _upsert(
            session,
            quarantine,
            {
                "address": key,
                "reason": reason,
                "error_count": counted,
                "delivery_id": delivery_id,
            },
            "error_count",
        )
    )
    session.execute(delete(counters).where(counters.c.address == key))
    return True

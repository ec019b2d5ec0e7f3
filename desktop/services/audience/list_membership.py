"""Members of static recipient lists: add by ids or by an audience condition, remove, count.

Everything runs inside the database (INSERT ... SELECT, DELETE ... WHERE), so adding a
million recipients to a list never loads them into Python. Adding a recipient who is
already a member does nothing. Proof (seed) lists hold at most 100 recipients
(domain.md §4): an addition that would pass that limit is refused and changes nothing.

Rights: IMPORT or PREPARE DELIVERIES (administrators can do everything).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, func, insert, literal, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import Recipient, RecipientList, list_member
from desktop.models.enums import Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor
from desktop.services.audience.conditions import compile_condition

PROOF_LIST_LIMIT = 100
_ID_BATCH = 500  # bound parameters per statement, well under every database's limit


def _require_list_rights(actor: Actor, action: str) -> None:
    if not (actor.can(Right.IMPORT) or actor.can(Right.PREPARE_DELIVERIES)):
        raise PermissionDenied(
            actor.name, f"{Right.IMPORT.value} or {Right.PREPARE_DELIVERIES.value}", action
        )


def _get_list(session: Session, list_id: int) -> RecipientList:
    recipient_list = session.get(RecipientList, list_id)
    if recipient_list is None:
        raise NotFound("recipient list", list_id)
    return recipient_list


def _batches(ids: Iterable[int]) -> Iterator[list[int]]:
    iterator = iter(sorted({int(i) for i in ids}))
    while batch := list(islice(iterator, _ID_BATCH)):
        yield batch


def _not_member(list_id: int) -> ColumnElement[bool]:
    return ~exists().where(
        and_(list_member.c.list_id == list_id, list_member.c.recipient_id == Recipient.id)
    )


def count_members(session: Session, list_id: int) -> int:
    query = select(func.count()).select_from(list_member).where(list_member.c.list_id == list_id)
    return session.scalar(query) or 0


def _add_where(session: Session, recipient_list: RecipientList, where: ColumnElement[bool]) -> int:
    """Adds the recipients matching `where` who are not members yet; returns how many."""
    candidates = select(Recipient.id).where(where, _not_member(recipient_list.id))
    if recipient_list.is_proof_target:
        adding = session.scalar(select(func.count()).select_from(candidates.subquery())) or 0
        total = count_members(session, recipient_list.id) + adding
        if total > PROOF_LIST_LIMIT:
            raise ValidationError(
                "members",
                f"a proof list holds at most {PROOF_LIST_LIMIT} recipients; "
                f"this would make {total}",
                recipient_list.label,
            )
    statement = insert(list_member).from_select(
        ["list_id", "recipient_id"],
        select(literal(recipient_list.id), Recipient.id).where(
            where, _not_member(recipient_list.id)
        ),
    )
    return session.execute(statement).rowcount or 0


def add_recipients(
    session: Session, actor: Actor, list_id: int, recipient_ids: Iterable[int]
) -> int:
    """Adds recipients by id; unknown ids and current members are skipped. Returns the
    number of recipients added."""
    _require_list_rights(actor, "change a list's members")
    recipient_list = _get_list(session, list_id)
    ids = list(_batches(recipient_ids))
    if recipient_list.is_proof_target:
        # One statement, so the 100-recipient limit is checked on the whole addition.
        flat = [i for batch in ids for i in batch]
        if len(flat) > PROOF_LIST_LIMIT:
            raise ValidationError(
                "members",
                f"a proof list holds at most {PROOF_LIST_LIMIT} recipients; {len(flat)} were given",
                recipient_list.label,
            )
        ids = [flat] if flat else []
    added = sum(_add_where(session, recipient_list, Recipient.id.in_(batch)) for batch in ids)
    audit.record(session, actor, "recipient_list", list_id, "add_members", details={"added": added})
    return added


def add_matching(session: Session, actor: Actor, list_id: int, condition: dict[str, Any]) -> int:
    """Adds every recipient matching an audience condition (services.audience.conditions); returns
    the number added. A wrong condition raises ValidationError naming its place."""
    _require_list_rights(actor, "change a list's members")
    recipient_list = _get_list(session, list_id)
    where = compile_condition(condition, "condition")
    added = _add_where(session, recipient_list, where)
    audit.record(
        session,
        actor,
        "recipient_list",
        list_id,
        "add_members",
        details={"added": added, "condition": condition},
    )
    return added


def remove_recipients(
    session: Session, actor: Actor, list_id: int, recipient_ids: Iterable[int]
) -> int:
    """Removes recipients from the list (not from the database); returns how many left it."""
    _require_list_rights(actor, "change a list's members")
    _get_list(session, list_id)
    removed = 0
    for batch in _batches(recipient_ids):
        result = session.execute(
            delete(list_member).where(
                list_member.c.list_id == list_id, list_member.c.recipient_id.in_(batch)
            )
        )
        removed += result.rowcount or 0
    audit.record(
        session, actor, "recipient_list", list_id, "remove_members", details={"removed": removed}
    )
    return removed


def clear(session: Session, actor: Actor, list_id: int) -> int:
    """Empties the list; returns how many members it had."""
    _require_list_rights(actor, "change a list's members")
    _get_list(session, list_id)
    result = session.execute(delete(list_member).where(list_member.c.list_id == list_id))
    removed = result.rowcount or 0
    audit.record(session, actor, "recipient_list", list_id, "clear", details={"removed": removed})
    return removed


def member_ids(session: Session, list_id: int, *, limit: int = 100, offset: int = 0) -> list[int]:
    """One page of member ids, in id order (for lists that load page by page)."""
    query = (
        select(list_member.c.recipient_id)
        .where(list_member.c.list_id == list_id)
        .order_by(list_member.c.recipient_id)
        .offset(offset)
        .limit(limit)
    )
    return list(session.scalars(query))

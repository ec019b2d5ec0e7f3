"""Operators and operator groups (Administration > Access management).

Only ADMINISTRATION edits them. Passwords are stored as salted slow hashes, never as
typed. Nobody can delete their own account, and no edit may leave the console without an
active administrator: that would lock everyone out of Administration.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.errors import ConsoleError, ValidationError
from desktop.models import Campaign, Delivery, Operator, OperatorGroup, Reviewer
from desktop.models.enums import Right
from desktop.models.operators import operator_group_member
from desktop.services.access.passwords import hash_password
from desktop.services.access.rights import Actor
from desktop.services.entities.base import (
    EntitySpec,
    FieldKind,
    FieldSpec,
    refuse_if_used,
    register,
)

MIN_PASSWORD_LENGTH = 8

_LAST_ADMIN = (
    "the console needs at least one active operator in a group with the right ADMINISTRATION"
)


# ---- administrators ---------------------------------------------------------------------


def _is_active_admin(operator: Operator) -> bool:
    return operator.active and any(
        Right.ADMINISTRATION.value in (group.rights or []) for group in operator.groups
    )


def _stored_admin_ids(session: Session) -> set[int]:
    """Active administrators as the database holds them, before the pending change."""
    rows = session.execute(
        select(Operator.id, OperatorGroup.rights)
        .join(operator_group_member, operator_group_member.c.operator_id == Operator.id)
        .join(OperatorGroup, OperatorGroup.id == operator_group_member.c.group_id)
        .where(Operator.active.is_(True))
    )
    return {op_id for op_id, rights in rows if Right.ADMINISTRATION.value in (rights or [])}


def _pending_admin_ids(session: Session, leaving: Operator | None = None) -> set[int]:
    """Active administrators once the objects changed in this session are saved.

    Operators are few (people, not recipients), so reading them all is cheap; the identity
    map hands back the edited objects with their new values."""
    operators = session.scalars(select(Operator).options(selectinload(Operator.groups)))
    return {op.id for op in operators if op is not leaving and _is_active_admin(op)}


def _keep_an_administrator(session: Session, leaving: Operator | None = None) -> None:
    if _stored_admin_ids(session) and not _pending_admin_ids(session, leaving):
        raise ConsoleError(f"refused: {_LAST_ADMIN}")


# ---- operators --------------------------------------------------------------------------


def _store_password(session: Session, _actor: Actor, operator: Operator, changed: set[str]) -> None:
    # base._apply leaves the typed password on the object; only its hash is kept.
    password = vars(operator).pop("password", None)
    if password:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                "Password", f"must be at least {MIN_PASSWORD_LENGTH} characters long"
            )
        operator.password_hash = hash_password(password)
    elif not operator.password_hash:
        raise ValidationError("Password", "is required for a new operator")
    if operator.id is not None and changed & {"active", "groups"}:
        _keep_an_administrator(session)


def _operator_deletable(session: Session, actor: Actor, operator: Operator) -> None:
    if operator.id == actor.operator_id:
        raise ConsoleError(f"operator {operator.name!r}: you cannot delete your own account")
    if _is_active_admin(operator):
        _keep_an_administrator(session, leaving=operator)
    refuse_if_used(
        session,
        "Operator",
        operator.name,
        "campaigns as owner",
        select(Campaign.label).where(Campaign.owner_id == operator.id),
    )
    _refuse_if_reviewer(session, "Operator", operator.name, Reviewer.operator_id == operator.id)


def _refuse_if_reviewer(session: Session, what: str, title: str, named: object) -> None:
    # A reviewer row cascades away with its operator or group: an approval would vanish.
    refuse_if_used(
        session,
        what,
        title,
        "campaigns or deliveries as reviewer",
        select(Campaign.label)
        .join(Reviewer, Reviewer.campaign_id == Campaign.id)
        .where(named)
        .union_all(
            select(Delivery.label).join(Reviewer, Reviewer.delivery_id == Delivery.id).where(named)
        ),
    )


OPERATOR = register(
    EntitySpec(
        kind="operator",
        label="Operator",
        plural="Operators",
        model=Operator,
        edit_right=Right.ADMINISTRATION,
        title_field="name",
        fields=(
            FieldSpec("name", "Name", required=True, listed=True, help="used to log in"),
            FieldSpec("label", "Full name", listed=True),
            FieldSpec("email", "E-mail", FieldKind.EMAIL, listed=True),
            FieldSpec("language", "Language", help="en fr sv nl zh_TW"),
            FieldSpec("active", "Active", FieldKind.BOOLEAN, listed=True),
            FieldSpec(
                "groups",
                "Groups",
                FieldKind.MULTI_REFERENCE,
                reference="operator_group",
                listed=True,
            ),
            FieldSpec(
                "password",
                "Password",
                FieldKind.PASSWORD,
                help=f"required for a new operator; at least {MIN_PASSWORD_LENGTH} characters; "
                "empty keeps the current one",
            ),
        ),
        before_flush=_store_password,
        before_delete=_operator_deletable,
    )
)


# ---- operator groups --------------------------------------------------------------------


def _group_rights(session: Session, _actor: Actor, group: OperatorGroup, changed: set[str]) -> None:
    group.rights = list(dict.fromkeys(group.rights or []))  # once each, in the given order
    if group.id is not None and "rights" in changed:
        _keep_an_administrator(session)


def _group_deletable(session: Session, _actor: Actor, group: OperatorGroup) -> None:
    refuse_if_used(
        session,
        "Operator group",
        group.name,
        "operators as members",
        select(Operator.name)
        .join(operator_group_member, operator_group_member.c.operator_id == Operator.id)
        .where(operator_group_member.c.group_id == group.id),
    )
    _refuse_if_reviewer(session, "Operator group", group.name, Reviewer.group_id == group.id)


OPERATOR_GROUP = register(
    EntitySpec(
        kind="operator_group",
        label="Operator group",
        plural="Operator groups",
        model=OperatorGroup,
        edit_right=Right.ADMINISTRATION,
        title_field="name",
        fields=(
            FieldSpec("name", "Name", required=True, listed=True),
            FieldSpec("label", "Label", listed=True),
            FieldSpec("rights", "Rights", FieldKind.MULTI_CHOICE, choices=Right, listed=True),
        ),
        before_flush=_group_rights,
        before_delete=_group_deletable,
    )
)

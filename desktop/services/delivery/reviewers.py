"""Who a delivery names (domain.md §4): its owner, the reviewers of each approval step and
its confirmation reviewers, and who among the operators that makes allowed.

Each rule is one SQL condition on an operator id, so the same definition answers "may
this operator approve?" (a bound id), lists what an operator may approve (over approval
rows joined to their deliveries) and finds whom to notify (over the operator table).
Administrators are the callers' business: they may always act, but they are not named.

The reviewers are the campaign's, unless the delivery overrides its campaign's approval
settings or has no campaign: then its own (services.delivery.approvals).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select, true
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import Campaign, Delivery, Operator, OperatorGroup, Reviewer
from desktop.models.enums import ApprovalKind, ReviewerRole, Right
from desktop.models.operators import operator_group_member

# An operator id, a delivery id, a step...: a Python value or a column of the query.
Value = Any


@dataclass(frozen=True)
class Subject:
    """The delivery the rules are asked about: values of one delivery, or the columns of
    Delivery (joined to its Campaign) when the question runs over many."""

    delivery_id: Value
    campaign_id: Value
    own_settings: Value  # bool, or a boolean column expression
    owner_id: Value


def delivery_of(session: Session, delivery: Delivery | int) -> Delivery:
    """The delivery itself, given or by id (callers above the domain hold ids)."""
    if isinstance(delivery, Delivery):
        return delivery
    found = session.get(Delivery, delivery)
    if found is None:
        raise NotFound("delivery", delivery)
    return found


def subject_of(session: Session, delivery: Delivery) -> Subject:
    return Subject(
        delivery_id=delivery.id,
        campaign_id=delivery.campaign_id,
        own_settings=bool(delivery.override_approvals or delivery.campaign_id is None),
        owner_id=owner_id(session, delivery),
    )


def subject_columns() -> Subject:
    """For a query that selects from Delivery outer-joined to Campaign (owner_join)."""
    return Subject(
        delivery_id=Delivery.id,
        campaign_id=Delivery.campaign_id,
        own_settings=or_(Delivery.override_approvals.is_(True), Delivery.campaign_id.is_(None)),
        owner_id=func.coalesce(Campaign.owner_id, Delivery.created_by_id),
    )


def owner_join() -> tuple[type[Campaign], ColumnElement[bool]]:
    return Campaign, Campaign.id == Delivery.campaign_id


def owner_id(session: Session, delivery: Delivery) -> int | None:
    """The campaign's owner, else the operator who created the delivery (domain.md §4)."""
    if delivery.campaign_id is not None:
        campaign = session.get(Campaign, delivery.campaign_id)
        if campaign is not None and campaign.owner_id is not None:
            return campaign.owner_id
    return delivery.created_by_id


# ---- the conditions -----------------------------------------------------------------------


def _bool(value: Value) -> Value:
    if isinstance(value, bool):
        return true() if value else false()
    return value


def _named_on(subject: Subject) -> ColumnElement[bool]:
    """Reviewer rows of the settings the delivery follows."""
    own = _bool(subject.own_settings)
    return or_(
        and_(own, Reviewer.delivery_id == subject.delivery_id),
        and_(not_(own), Reviewer.campaign_id == subject.campaign_id),
    )


def _is(operator_id: Value) -> ColumnElement[bool]:
    """The reviewer row names this operator, directly or as a member of its group."""
    member = (
        exists()
        .where(
            operator_group_member.c.group_id == Reviewer.group_id,
            operator_group_member.c.operator_id == operator_id,
        )
        .correlate_except(operator_group_member)
    )
    return or_(Reviewer.operator_id == operator_id, member)


def _of_step(step: Value) -> ColumnElement[bool]:
    return and_(
        Reviewer.role == ReviewerRole.APPROVAL, or_(Reviewer.step == step, Reviewer.step.is_(None))
    )


def _reviewers(subject: Subject, *conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(_named_on(subject), *conditions).correlate_except(Reviewer)


def may_approve_condition(subject: Subject, step: Value, operator_id: Value) -> ColumnElement[bool]:
    """Rule 3 without administrators: a reviewer of that step (or of every step); the
    owner when nobody is named for it."""
    return or_(
        _reviewers(subject, _of_step(step), _is(operator_id)),
        and_(not_(_reviewers(subject, _of_step(step))), subject.owner_id == operator_id),
    )


def may_confirm_condition(
    subject: Subject, operator_id: Value, *, owner_too: bool
) -> ColumnElement[bool]:
    """Rule 6 without administrators: the owner when no confirmation reviewer is named;
    otherwise those reviewers, and the owner too when `owner_too` (the option
    NmsCampaign_Activate_OwnerConfirmation)."""
    confirmers = Reviewer.role == ReviewerRole.CONFIRMATION
    owner_may = true() if owner_too else not_(_reviewers(subject, confirmers))
    return or_(
        _reviewers(subject, confirmers, _is(operator_id)),
        and_(owner_may, subject.owner_id == operator_id),
    )


def operators_where(session: Session, condition: ColumnElement[bool]) -> list[int]:
    """Active operators meeting a condition written on Operator.id."""
    return list(
        session.scalars(
            select(Operator.id).where(Operator.active.is_(True), condition).order_by(Operator.id)
        )
    )


def administrator_ids(session: Session) -> list[int]:
    """Active operators with the right ADMINISTRATION (operators are few: read them all)."""
    rows = session.execute(
        select(Operator.id, OperatorGroup.rights)
        .join(operator_group_member, operator_group_member.c.operator_id == Operator.id)
        .join(OperatorGroup, OperatorGroup.id == operator_group_member.c.group_id)
        .where(Operator.active.is_(True))
    )
    return sorted({op for op, rights in rows if Right.ADMINISTRATION.value in (rights or [])})


# ---- names, for messages and lists --------------------------------------------------------


@dataclass(frozen=True)
class NamedReviewer:
    """An operator or a group named as reviewer; `step` None: every step (or confirmation)."""

    name: str
    is_group: bool
    step: ApprovalKind | None = None

    def __str__(self) -> str:
        return f"group {self.name}" if self.is_group else self.name


def named_reviewers(
    session: Session, subject: Subject, role: ReviewerRole, step: ApprovalKind | None = None
) -> list[NamedReviewer]:
    """The reviewers named in the delivery's settings for a role (for an approval `step`:
    those of that step and of every step), operators first, by name."""
    conditions: list[ColumnElement[bool]] = [_named_on(subject), Reviewer.role == role]
    if step is not None:
        conditions.append(_of_step(step))
    return reviewer_names(session, and_(*conditions))


def reviewer_names(session: Session, condition: ColumnElement[bool]) -> list[NamedReviewer]:
    rows = session.execute(
        select(Operator.name, OperatorGroup.name, Reviewer.step)
        .select_from(Reviewer)
        .outerjoin(Operator, Operator.id == Reviewer.operator_id)
        .outerjoin(OperatorGroup, OperatorGroup.id == Reviewer.group_id)
        .where(condition)
    )
    return ordered(
        NamedReviewer(operator or group, operator is None, step) for operator, group, step in rows
    )


def ordered(named: Iterable[NamedReviewer]) -> list[NamedReviewer]:
    """Once each: operators first, by name, then groups."""
    return sorted(set(named), key=lambda r: (r.is_group, r.name, r.step or ""))


def operator_name(session: Session, operator_id: int | None) -> str | None:
    if operator_id is None:
        return None
    return session.scalar(select(Operator.name).where(Operator.id == operator_id))


def people(names: list[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]

"""Approval settings of a campaign, or of one delivery that overrides its campaign's
(domain.md §4): which steps need approval, the reviewers of each step (or of every
step), and the confirmation reviewers, who may confirm the send.

Read: `campaign_settings`, and `delivery_settings` for the settings a delivery follows.
Written: `set_approval_settings`, by operators who may edit the campaign or delivery
(PREPARE DELIVERIES), with an audit row. Reviewers are named by operator or group name;
a name may carry a step (`targeting:erik`: reviews targeting only) and, when an operator
and a group share it, what it is (`group:reviewers`).

The steps are asked for by the next preparation; reviewers count at once, for the
approvals already pending too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, ValidationError
from desktop.models import Campaign, Delivery, Operator, OperatorGroup, Reviewer
from desktop.models.campaigns import ApprovalSettings
from desktop.models.enums import ApprovalKind, ReviewerRole, Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.delivery import lifecycle, reviewers
from desktop.services.delivery.approvals import STEP_ORDER, steps_of
from desktop.services.delivery.reviewers import NamedReviewer

SettingsOwner = Literal["campaign", "delivery"]
KNOWN_STEPS = ", ".join(step.value for step in STEP_ORDER)
ReviewerKind = Literal["operator", "group"]


@dataclass(frozen=True)
class ApprovalSettingsView:
    """Settings as they are stored on a campaign or a delivery. For a delivery,
    `source` says whose settings it follows: its campaign's or (overriding) its own."""

    source: SettingsOwner
    source_id: int
    steps: tuple[ApprovalKind, ...]
    approval_reviewers: tuple[NamedReviewer, ...]
    confirmation_reviewers: tuple[NamedReviewer, ...]

    def reviewers_of(self, step: ApprovalKind) -> list[NamedReviewer]:
        """Named for that step or for every step (empty: the owner reviews it)."""
        return [r for r in self.approval_reviewers if r.step in (None, step)]

    def as_dict(self) -> dict[str, Any]:
        def name(reviewer: NamedReviewer) -> str:
            prefix = f"{reviewer.step.value}:" if reviewer.step else ""
            return prefix + ("group:" if reviewer.is_group else "") + reviewer.name

        return {
            "source": f"{self.source} {self.source_id}",
            "steps": [step.value for step in self.steps],
            "reviewers": [name(r) for r in self.approval_reviewers],
            "confirmation_reviewers": [name(r) for r in self.confirmation_reviewers],
        }


def _owner_condition(source: SettingsOwner, source_id: int) -> Any:
    column = Reviewer.campaign_id if source == "campaign" else Reviewer.delivery_id
    return column == source_id


def _view(
    session: Session, source: SettingsOwner, obj: ApprovalSettings, obj_id: int
) -> ApprovalSettingsView:
    named = _owner_condition(source, obj_id)
    return ApprovalSettingsView(
        source=source,
        source_id=obj_id,
        steps=tuple(steps_of(obj)),
        approval_reviewers=tuple(
            reviewers.reviewer_names(session, and_(named, Reviewer.role == ReviewerRole.APPROVAL))
        ),
        confirmation_reviewers=tuple(
            reviewers.reviewer_names(
                session, and_(named, Reviewer.role == ReviewerRole.CONFIRMATION)
            )
        ),
    )


def _campaign(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFound("campaign", campaign_id)
    return campaign


def _delivery(session: Session, delivery_id: int) -> Delivery:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    return delivery


def campaign_settings(session: Session, campaign_id: int) -> ApprovalSettingsView:
    return _view(session, "campaign", _campaign(session, campaign_id), campaign_id)


def delivery_settings(session: Session, delivery_id: int) -> ApprovalSettingsView:
    """The settings the delivery follows: its campaign's, unless it overrides them or has
    no campaign."""
    delivery = _delivery(session, delivery_id)
    if delivery.override_approvals or delivery.campaign_id is None:
        return _view(session, "delivery", delivery, delivery.id)
    return campaign_settings(session, delivery.campaign_id)


@dataclass(frozen=True)
class ReviewerCandidate:
    """An operator or a group that may be named as reviewer, as a form offers it."""

    name: str
    label: str
    is_group: bool


def reviewer_candidates(session: Session) -> list[ReviewerCandidate]:
    """Whom a form offers as reviewer: the active operators, then the groups, by name."""
    operators = session.execute(
        select(Operator.name, Operator.label)
        .where(Operator.active.is_(True))
        .order_by(Operator.name)
    )
    groups = session.execute(
        select(OperatorGroup.name, OperatorGroup.label).order_by(OperatorGroup.name)
    )
    return [ReviewerCandidate(name, label or "", False) for name, label in operators] + [
        ReviewerCandidate(name, label or "", True) for name, label in groups
    ]


# ---- checking what is set -------------------------------------------------------------


def parse_step(text: str | ApprovalKind, field: str = "steps") -> ApprovalKind:
    try:
        return ApprovalKind(str(text).strip().lower())
    except ValueError:
        raise ValidationError(field, f"unknown step (known: {KNOWN_STEPS})", text) from None


def check_steps(steps: Iterable[ApprovalKind]) -> None:
    """Budget is approved together with the targeting, never alone (domain.md §4)."""
    chosen = set(steps)
    if ApprovalKind.BUDGET in chosen and ApprovalKind.TARGETING not in chosen:
        raise ValidationError(
            "steps", "budget is approved only with targeting: add targeting or remove budget"
        )


def check_stored_steps(_session: Session, settings: ApprovalSettings) -> None:
    """check_steps on a campaign or delivery edited in a form."""
    check_steps(steps_of(settings))


@dataclass(frozen=True)
class ReviewerChoice:
    """A reviewer to name: an operator or group `name`, for one approval `step` (None:
    every step); `kind` when an operator and a group share the name."""

    name: str
    step: ApprovalKind | None = None
    kind: ReviewerKind | None = None


def parse_reviewer(text: str) -> ReviewerChoice:
    """`NAME`, `STEP:NAME`, `group:NAME`, `operator:NAME`, `STEP:group:NAME`."""
    parts = text.strip().split(":")
    step: ApprovalKind | None = None
    kind: ReviewerKind | None = None
    if len(parts) > 1 and parts[0].strip().lower() in {s.value for s in ApprovalKind}:
        step = ApprovalKind(parts.pop(0).strip().lower())
    if len(parts) > 1 and parts[0].strip().lower() in ("operator", "group"):
        kind = "group" if parts.pop(0).strip().lower() == "group" else "operator"
    name = ":".join(parts).strip()
    if not name:
        raise ValidationError("reviewers", "a reviewer needs an operator or group name", text)
    return ReviewerChoice(name, step, kind)


def _resolve(session: Session, choice: ReviewerChoice, field: str) -> tuple[int | None, int | None]:
    """(operator id, group id) of a named reviewer; a clear error for an unknown name or
    one that is both an operator's and a group's."""
    operator = None if choice.kind == "group" else _find(session, Operator, choice.name)
    group = None if choice.kind == "operator" else _find(session, OperatorGroup, choice.name)
    if operator is not None and group is not None:
        raise ValidationError(
            field,
            f"{choice.name!r} is both an operator and a group: write "
            f"operator:{choice.name} or group:{choice.name}",
        )
    if operator is None and group is None:
        what = choice.kind or "operator or group"
        raise ValidationError(field, f"no {what} is named {choice.name!r}")
    return (operator.id if operator else None, group.id if group else None)


def _find(session: Session, model: type[Operator] | type[OperatorGroup], name: str) -> Any:
    return session.scalar(select(model).where(model.name == name))


def _choices(items: Sequence[str | ReviewerChoice]) -> list[ReviewerChoice]:
    return [
        item if isinstance(item, ReviewerChoice) else parse_reviewer(item)
        for item in items
        if isinstance(item, ReviewerChoice) or item.strip()
    ]


def check_reviewer_names(
    session: Session, items: Sequence[str | ReviewerChoice], role: ReviewerRole
) -> None:
    """Refuses what set_approval_settings would refuse in these names (an unknown or
    ambiguous name, a step on a confirmation reviewer), for settings kept to apply later
    (a delivery template's)."""
    field = "reviewers" if role is ReviewerRole.APPROVAL else "confirmation reviewers"
    for choice in _choices(items):
        if choice.step is not None and role is ReviewerRole.CONFIRMATION:
            raise ValidationError(field, "confirmation reviewers have no step", choice.name)
        _resolve(session, choice, field)


def _replace_reviewers(
    session: Session,
    source: SettingsOwner,
    source_id: int,
    role: ReviewerRole,
    items: Sequence[str | ReviewerChoice],
    field: str,
) -> None:
    rows: dict[tuple[int | None, int | None, ApprovalKind | None], None] = {}
    for choice in _choices(items):
        if choice.step is not None and role is ReviewerRole.CONFIRMATION:
            raise ValidationError(field, "confirmation reviewers have no step", choice.name)
        operator_id, group_id = _resolve(session, choice, field)
        rows[(operator_id, group_id, choice.step)] = None
    session.execute(
        delete(Reviewer).where(_owner_condition(source, source_id), Reviewer.role == role)
    )
    owner = {"campaign_id": source_id} if source == "campaign" else {"delivery_id": source_id}
    for operator_id, group_id, step in rows:
        session.add(
            Reviewer(role=role, step=step, operator_id=operator_id, group_id=group_id, **owner)
        )


def _copy_reviewers(session: Session, delivery: Delivery, role: ReviewerRole) -> None:
    """The campaign's reviewers of a role become the delivery's own."""
    session.execute(
        delete(Reviewer).where(Reviewer.delivery_id == delivery.id, Reviewer.role == role)
    )
    campaign_rows = session.scalars(
        select(Reviewer).where(Reviewer.campaign_id == delivery.campaign_id, Reviewer.role == role)
    )
    for row in list(campaign_rows):
        session.add(
            Reviewer(
                role=role,
                step=row.step,
                operator_id=row.operator_id,
                group_id=row.group_id,
                delivery_id=delivery.id,
            )
        )


# ---- writing ------------------------------------------------------------------------------


def set_approval_settings(
    session: Session,
    actor: Actor,
    source: SettingsOwner,
    source_id: int,
    steps: Iterable[ApprovalKind | str],
    reviewers: Sequence[str | ReviewerChoice] | None = None,
    confirmation_reviewers: Sequence[str | ReviewerChoice] | None = None,
) -> ApprovalSettingsView:
    """Sets the steps, and the reviewers given (None: unchanged; empty: none), of a
    campaign or of a delivery, which then follows its own settings (override; on the first
    override, the reviewers not given are its campaign's). Returns the settings as
    stored."""
    require(actor, Right.PREPARE_DELIVERIES, f"edit the approval settings of a {source}")
    chosen = [parse_step(step) for step in steps]
    check_steps(chosen)
    target: ApprovalSettings
    if source == "campaign":
        target = _campaign(session, source_id)
    else:
        delivery = _delivery(session, source_id)
        lifecycle.ensure_editable(delivery)
        if not delivery.override_approvals and delivery.campaign_id is not None:
            # Reviewers not given keep the value the delivery followed: its campaign's.
            if reviewers is None:
                _copy_reviewers(session, delivery, ReviewerRole.APPROVAL)
            if confirmation_reviewers is None:
                _copy_reviewers(session, delivery, ReviewerRole.CONFIRMATION)
        delivery.override_approvals = True
        target = delivery
    for step in STEP_ORDER:
        setattr(target, f"approve_{step.value}", step in chosen)
    if reviewers is not None:
        _replace_reviewers(
            session, source, source_id, ReviewerRole.APPROVAL, reviewers, "reviewers"
        )
    if confirmation_reviewers is not None:
        _replace_reviewers(
            session,
            source,
            source_id,
            ReviewerRole.CONFIRMATION,
            confirmation_reviewers,
            "confirmation reviewers",
        )
    session.flush()
    view = _view(session, source, target, source_id)
    details = {key: value for key, value in view.as_dict().items() if key != "source"}
    audit.record(session, actor, source, source_id, "approval_settings", details=details)
    return view

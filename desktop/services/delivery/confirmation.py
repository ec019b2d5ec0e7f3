"""Who may confirm a delivery's send (domain.md §4), asked by the confirm service, the
command line and the dashboard's Confirm button.

| confirmation reviewers named | administrator | named (or group member) | owner |
|---|---|---|---|
| none                         | yes           | -                       | yes   |
| some, option off or absent   | yes           | yes                     | no    |
| some, option on              | yes           | yes                     | yes   |

The option NmsCampaign_Activate_OwnerConfirmation is read each time the question is
asked, so changing it needs no restart. The reviewers are the campaign's unless the
delivery overrides its campaign's approval settings or has no campaign.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotEntitled
from desktop.models import Delivery, Operator
from desktop.models.enums import ReviewerRole
from desktop.services.access.rights import Actor
from desktop.services.delivery import reviewers
from desktop.services.delivery.reviewers import NamedReviewer
from desktop.services.settings.options import get_flag

OWNER_CONFIRMATION = "NmsCampaign_Activate_OwnerConfirmation"


def owner_may_confirm_with_reviewers(session: Session) -> bool:
    return get_flag(session, OWNER_CONFIRMATION)


def may_confirm(session: Session, actor: Actor, delivery: Delivery | int) -> bool:
    """True when the table above lets the actor confirm the delivery's send."""
    if actor.is_admin:
        return True
    if actor.operator_id is None:
        return False
    subject = reviewers.subject_of(session, reviewers.delivery_of(session, delivery))
    condition = reviewers.may_confirm_condition(
        subject, actor.operator_id, owner_too=owner_may_confirm_with_reviewers(session)
    )
    return bool(session.scalar(select(condition)))


def ensure_may_confirm(session: Session, actor: Actor, delivery: Delivery | int) -> None:
    """Raises NotEntitled, naming who may, unless the actor may confirm."""
    found = reviewers.delivery_of(session, delivery)
    if not may_confirm(session, actor, found):
        raise NotEntitled(
            actor.name, f"confirm delivery {found.id}", who_may_confirm(session, found)
        )


def confirmers(session: Session, delivery: Delivery | int) -> list[int]:
    """The operators the table allows, administrators aside (whom to tell it is ready)."""
    subject = reviewers.subject_of(session, reviewers.delivery_of(session, delivery))
    condition = reviewers.may_confirm_condition(
        subject, Operator.id, owner_too=owner_may_confirm_with_reviewers(session)
    )
    return reviewers.operators_where(session, condition)


@dataclass(frozen=True)
class ConfirmationRule:
    """Who the table lets confirm one delivery, as facts a message can be made of."""

    reviewers: tuple[NamedReviewer, ...]  # its confirmation reviewers (operators, groups)
    owner: str | None  # the owner's name
    owner_too: bool  # the option: the owner confirms even when reviewers are named

    @property
    def owner_may(self) -> bool:
        return self.owner is not None and (not self.reviewers or self.owner_too)


def confirmation_rule(session: Session, delivery: Delivery | int) -> ConfirmationRule:
    subject = reviewers.subject_of(session, reviewers.delivery_of(session, delivery))
    return ConfirmationRule(
        reviewers=tuple(reviewers.named_reviewers(session, subject, ReviewerRole.CONFIRMATION)),
        owner=reviewers.operator_name(session, subject.owner_id),
        owner_too=owner_may_confirm_with_reviewers(session),
    )


def who_may_confirm(session: Session, delivery: Delivery | int) -> str:
    """'its owner manager or an administrator'; 'reviewer, group reviewers or an
    administrator' (the owner too when the option says so)."""
    rule = confirmation_rule(session, delivery)
    names = [str(reviewer) for reviewer in rule.reviewers]
    if rule.owner_may:
        names.append(f"its owner {rule.owner}")
    return reviewers.people([*names, "an administrator"])

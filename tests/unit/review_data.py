"""People and deliveries for the review tests: operators with e-mail addresses, a named
group, campaigns with approval settings and reviewers, deliveries prepared for real."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Approval,
    AuditEntry,
    Campaign,
    Delivery,
    JournalLine,
    Notification,
    Operator,
    OperatorGroup,
    Option,
    Proof,
    Reviewer,
)
from desktop.models.enums import ApprovalKind, ApprovalStatus, DeliveryStatus, ReviewerRole
from desktop.services.access.passwords import hash_password
from desktop.services.access.rights import Actor, load_actor
from desktop.services.preparation.pipeline import PreparationSettings, prepare
from tests.unit.preparation_data import add_delivery, add_recipient

MAIL_DOMAIN = "console.example"
OTHER_PASSWORD = "other-secret-1"


def address_of(name: str) -> str:
    return f"{name}@{MAIL_DOMAIN}"


def operator_id(session: Session, name: str) -> int:
    found = session.scalar(select(Operator.id).where(Operator.name == name))
    assert found is not None, name
    return found


def add_operator(session: Session, name: str, *groups: str, email: bool = True) -> int:
    members_of = list(session.scalars(select(OperatorGroup).where(OperatorGroup.name.in_(groups))))
    operator = Operator(
        name=name,
        label=name.capitalize(),
        email=address_of(name) if email else "",
        password_hash=hash_password(OTHER_PASSWORD),
        groups=members_of,
    )
    session.add(operator)
    session.flush()
    return operator.id


def add_group(session: Session, name: str, *rights: str) -> int:
    group = OperatorGroup(name=name, label=name, rights=list(rights))
    session.add(group)
    session.flush()
    return group.id


def give_addresses(session: Session) -> None:
    """The fixtures' operators (admin, manager, reviewer) get an e-mail address."""
    for operator in session.scalars(select(Operator).where(Operator.email == "")):
        operator.email = address_of(operator.name)


def set_option(session: Session, name: str, value: str | None) -> None:
    """None deletes the option (absent)."""
    option = session.scalar(select(Option).where(Option.name == name))
    if value is None:
        session.execute(delete(Option).where(Option.name == name))
        return
    assert option is not None, name
    option.value = value


def add_campaign(
    session: Session, owner: str | None = "manager", steps: tuple[str, ...] = (), **fields: Any
) -> int:
    campaign = Campaign(
        label=fields.pop("label", "Summer sale"),
        owner_id=operator_id(session, owner) if owner else None,
        **{f"approve_{step}": True for step in steps},
        **fields,
    )
    session.add(campaign)
    session.flush()
    return campaign.id


def name_reviewer(
    session: Session,
    role: str = "approval",
    *,
    campaign_id: int | None = None,
    delivery_id: int | None = None,
    operator: str | None = None,
    group: str | None = None,
    step: str | None = None,
) -> None:
    group_id = None
    if group is not None:
        group_id = session.scalar(select(OperatorGroup.id).where(OperatorGroup.name == group))
        assert group_id is not None, group
    session.add(
        Reviewer(
            role=ReviewerRole(role),
            step=ApprovalKind(step) if step else None,
            campaign_id=campaign_id,
            delivery_id=delivery_id,
            operator_id=operator_id(session, operator) if operator else None,
            group_id=group_id,
        )
    )
    session.flush()


def add_people(session: Session) -> None:
    """Besides admin, manager (campaign managers) and reviewer (reviewers): `grace`, a
    member of the group `brand_team` (which carries no right), and `otto`, another campaign
    manager. Everyone has an e-mail address; three recipients exist."""
    give_addresses(session)
    add_group(session, "brand_team")
    add_operator(session, "grace", "brand_team")
    add_operator(session, "otto", "campaign_managers")
    for name in ("ann", "bob", "eve"):
        add_recipient(session, f"{name}@example.org", first_name=name.capitalize())


def add_campaign_delivery(session: Session, campaign_id: int | None, **fields: Any) -> int:
    """A delivery of the campaign (or of none), created by the manager, to every recipient."""
    fields.setdefault("created_by_id", operator_id(session, "manager"))
    fields.setdefault("label", "Summer sale: launch")
    return add_delivery(session, campaign_id=campaign_id, **fields)


def prepared(sessions: sessionmaker[Session], actor: Actor, delivery_id: int) -> DeliveryStatus:
    result = prepare(sessions, actor, delivery_id, settings=PreparationSettings(processes=1))
    assert not result.error, result.error
    return result.status


def actor(sessions: sessionmaker[Session], name: str) -> Actor:
    with sessions() as session:
        return load_actor(session, name)


def status_of(sessions: sessionmaker[Session], delivery_id: int) -> DeliveryStatus:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        return delivery.status


def approvals_of(sessions: sessionmaker[Session], delivery_id: int) -> list[tuple[str, str]]:
    """(step, status) of the delivery's approval rows, in the order they were added."""
    with sessions() as session:
        rows = session.scalars(
            select(Approval).where(Approval.delivery_id == delivery_id).order_by(Approval.id)
        )
        return [(row.kind.value, row.status.value) for row in rows]


def add_proof(sessions: sessionmaker[Session], delivery_id: int, *, before: bool = False) -> None:
    """A proof sent after the delivery's preparation (or just before it)."""
    with sessions.begin() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None and delivery.prepared_at is not None
        shift = timedelta(minutes=-5 if before else 1)
        session.add(
            Proof(
                delivery_id=delivery_id,
                number=1,
                recipients=1,
                sent_at=delivery.prepared_at + shift,
                addresses=["proof@example.org"],
            )
        )


def notifications(sessions: sessionmaker[Session]) -> list[tuple[str, str]]:
    """(address, subject) of every queued notification, in the order they were queued."""
    with sessions() as session:
        rows = session.scalars(select(Notification).order_by(Notification.id))
        return [(row.address, row.subject) for row in rows]


def notified(sessions: sessionmaker[Session], about: str) -> set[str]:
    """The names (before the @) of the operators told something whose subject has `about`."""
    return {
        address.split("@")[0] for address, subject in notifications(sessions) if about in subject
    }


def clear_notifications(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        session.execute(delete(Notification))


def journal_of(sessions: sessionmaker[Session], delivery_id: int) -> list[str]:
    with sessions() as session:
        lines = session.scalars(
            select(JournalLine)
            .where(JournalLine.delivery_id == delivery_id)
            .order_by(JournalLine.id)
        )
        return [line.message for line in lines]


def audit_of(sessions: sessionmaker[Session], delivery_id: int) -> list[tuple[str, str, Any]]:
    """(operator, action, details) of the delivery's audit rows."""
    with sessions() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "delivery", AuditEntry.entity_id == delivery_id)
            .order_by(AuditEntry.id)
        )
        return [(row.operator_name, row.action, row.details) for row in rows]


def approved_rows(sessions: sessionmaker[Session], delivery_id: int) -> int:
    with sessions() as session:
        rows = session.scalars(
            select(Approval.id).where(
                Approval.delivery_id == delivery_id, Approval.status == ApprovalStatus.APPROVED
            )
        )
        return len(list(rows))

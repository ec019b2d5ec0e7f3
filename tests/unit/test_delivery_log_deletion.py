"""Delivery logs go with their delivery and with their recipient, whichever way those
are deleted (the service, a campaign taking its deliveries with it, plain SQL): no log
is left pointing at nothing. Both databases (migration 0015_log_cascade)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Delivery, DeliveryLog, Recipient
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services import entities
from desktop.services.access.rights import Actor


def _logged(
    sessions: sessionmaker[Session], deliveries: int, recipients: int
) -> tuple[int, list[int], list[int]]:
    """A campaign with finished deliveries, each with a log row for every recipient."""
    with sessions.begin() as session:
        campaign = Campaign(label="Spring")
        session.add(campaign)
        people = [Recipient(email=f"r{n}@example.com") for n in range(recipients)]
        session.add_all(people)
        session.flush()
        sent = [
            Delivery(label=f"Mail {n}", campaign_id=campaign.id, status=DeliveryStatus.FINISHED)
            for n in range(deliveries)
        ]
        session.add_all(sent)
        session.flush()
        session.add_all(
            DeliveryLog(delivery_id=d.id, recipient_id=r.id, status=LogStatus.SENT, address=r.email)
            for d in sent
            for r in people
        )
        return campaign.id, [d.id for d in sent], [r.id for r in people]


def _logs(sessions: sessionmaker[Session], **where: int) -> int:
    with sessions() as session:
        query = select(func.count()).select_from(DeliveryLog).filter_by(**where)
        return session.scalar(query) or 0


def test_deleting_a_delivery_deletes_its_logs_only(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    _campaign, (gone, kept), people = _logged(sessions, deliveries=2, recipients=3)
    with sessions.begin() as session:
        entities.delete(session, manager, "delivery", gone)
    assert _logs(sessions, delivery_id=gone) == 0
    assert _logs(sessions, delivery_id=kept) == len(people)


def test_deleting_a_recipient_deletes_its_logs_in_every_delivery(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    _campaign, deliveries, (gone, *others) = _logged(sessions, deliveries=2, recipients=3)
    with sessions.begin() as session:
        entities.delete(session, manager, "recipient", gone)
    assert _logs(sessions, recipient_id=gone) == 0
    for delivery_id in deliveries:
        assert _logs(sessions, delivery_id=delivery_id) == len(others)


def test_a_campaign_deleted_in_sql_takes_its_deliveries_logs(
    sessions: sessionmaker[Session],
) -> None:
    campaign_id, deliveries, _people = _logged(sessions, deliveries=2, recipients=2)
    with sessions.begin() as session:
        session.execute(delete(Campaign).where(Campaign.id == campaign_id))
    with sessions() as session:
        assert session.scalars(select(Delivery.id).where(Delivery.id.in_(deliveries))).all() == []
    assert _logs(sessions) == 0

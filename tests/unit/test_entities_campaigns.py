"""Deleting a campaign never takes a delivery that is being sent with it."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError
from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.access.rights import Actor


def test_a_campaign_with_a_delivery_in_progress_is_not_deleted(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    with sessions.begin() as session:
        campaign = entities.create(session, manager, "campaign", {"label": "Spring"})
        session.add(
            Delivery(
                campaign_id=campaign.id, label="Spring mail", status=DeliveryStatus.IN_PROGRESS
            )
        )
        campaign_id = campaign.id
    with pytest.raises(ConsoleError) as error, sessions.begin() as session:
        entities.delete(session, manager, "campaign", campaign_id)
    assert "'Spring mail'" in str(error.value)
    with sessions() as session:
        assert session.query(Delivery).filter_by(campaign_id=campaign_id).count() == 1


def test_a_campaign_whose_deliveries_are_done_is_deleted_with_them(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    with sessions.begin() as session:
        campaign = entities.create(session, manager, "campaign", {"label": "Autumn"})
        session.add(
            Delivery(campaign_id=campaign.id, label="Autumn mail", status=DeliveryStatus.FINISHED)
        )
        campaign_id = campaign.id
    with sessions.begin() as session:
        entities.delete(session, manager, "campaign", campaign_id)
    with sessions() as session:
        assert session.query(Delivery).filter_by(campaign_id=campaign_id).count() == 0

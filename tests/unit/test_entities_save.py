"""Saving an object from a form: one transaction, and a database that refuses the change
is one message with the database's reason, never a crash."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import DatabaseRefused
from desktop.models import Campaign
from desktop.models.database import make_engine, make_session_factory
from desktop.services import entities
from desktop.services.access.rights import Actor


def test_save_creates_then_updates_and_returns_the_id(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    campaign_id = entities.save(sessions, manager, "campaign", None, {"label": "Spring"})
    assert entities.save(sessions, manager, "campaign", campaign_id, {"label": "Summer"}) == (
        campaign_id
    )
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        assert campaign is not None and campaign.label == "Summer"


def test_a_database_that_refuses_the_write_gives_its_reason(db_url: str, manager: Actor) -> None:
    engine = make_engine(db_url)
    event.listen(
        engine, "connect", lambda connection, _record: connection.execute("PRAGMA query_only = ON")
    )
    try:
        with pytest.raises(DatabaseRefused) as refused:
            entities.save(
                make_session_factory(engine), manager, "campaign", None, {"label": "Spring"}
            )
    finally:
        engine.dispose()
    assert refused.value.reason == "attempt to write a readonly database"
    assert "refused the change" in str(refused.value)

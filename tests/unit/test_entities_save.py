"""Saving an object from a form: one transaction, and a database that refuses the change
is one message with the database's reason, never a crash."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import DatabaseRefused, ValidationError
from desktop.models import Campaign
from desktop.models.database import make_engine, make_session_factory
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.delivery.approval_settings import campaign_settings, set_approval_settings


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
    sqlite = engine.dialect.name == "sqlite"
    read_only = "PRAGMA query_only = ON" if sqlite else "SET default_transaction_read_only = on"

    def refuse_writes(connection, _record) -> None:
        cursor = connection.cursor()
        cursor.execute(read_only)
        cursor.close()
        if not sqlite:
            connection.commit()  # the driver opened a transaction for the SET

    event.listen(engine, "connect", refuse_writes)
    try:
        with pytest.raises(DatabaseRefused) as refused:
            entities.save(
                make_session_factory(engine), manager, "campaign", None, {"label": "Spring"}
            )
    finally:
        engine.dispose()
    assert refused.value.reason == (
        "attempt to write a readonly database"
        if sqlite
        else "cannot execute INSERT in a read-only transaction"
    )
    assert "refused the change" in str(refused.value)


def test_what_a_form_saves_beside_the_fields_shares_the_transaction(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    def steps(*names: str):
        return lambda session, saved_id: set_approval_settings(
            session, manager, "campaign", saved_id, names
        )

    campaign_id = entities.save(
        sessions, manager, "campaign", None, {"label": "A"}, steps("content")
    )
    with pytest.raises(ValidationError, match="budget is approved only with targeting"):
        entities.save(sessions, manager, "campaign", campaign_id, {"label": "B"}, steps("budget"))

    with sessions() as session:
        assert session.get(Campaign, campaign_id).label == "A"  # nothing half-saved
        assert [s.value for s in campaign_settings(session, campaign_id).steps] == ["content"]

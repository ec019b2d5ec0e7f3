"""Recipient and list specs: what an importer may store, and what stays consistent."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, PermissionDenied, ValidationError
from desktop.models import Delivery, DeliveryLog, Recipient, list_member
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services import entities
from desktop.services.access.rights import Actor


def create(sessions: sessionmaker[Session], actor: Actor, kind: str, **values: Any) -> int:
    with sessions.begin() as session:
        return entities.create(session, actor, kind, values).id


def recipient(sessions: sessionmaker[Session], recipient_id: int) -> Recipient:
    with sessions() as session:
        found = session.get(Recipient, recipient_id)
        assert found is not None
        return found


def test_the_address_key_follows_the_address(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    recipient_id = create(
        sessions, manager, "recipient", email=" Ann.Lee@Example.COM ", country="fr"
    )
    stored = recipient(sessions, recipient_id)
    assert stored.email == "Ann.Lee@Example.COM"
    assert stored.email_key == "ann.lee@example.com"
    assert stored.country == "FR"
    with sessions.begin() as session:
        entities.update(session, manager, "recipient", recipient_id, {"email": "ANN@Shop.example"})
    assert recipient(sessions, recipient_id).email_key == "ann@shop.example"


def test_malformed_and_missing_addresses_are_kept_for_preparation_to_exclude(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    malformed = create(sessions, manager, "recipient", email="ann at example", last_name="Lee")
    missing = create(sessions, manager, "recipient", last_name="Nobody")
    assert recipient(sessions, malformed).email_key == "ann at example"
    assert recipient(sessions, missing).email == ""


BAD_VALUES = [
    ({"country": "FRA"}, "Country: 3 characters, at most 2 allowed"),
    ({"country": "F1"}, "Country: must be a two-letter code"),
    ({"custom_fields": "[1, 2]"}, "Custom fields: must be a JSON object"),
    ({"custom_fields": "{tier: gold}"}, "Custom fields: is not valid JSON"),
    ({"denylisted": "perhaps"}, "Denylisted: must be true or false"),
    ({"email": "x" * 321}, "E-mail: 321 characters, at most 320 allowed"),
]


def test_bad_recipient_values_are_refused_naming_the_field(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    for values, words in BAD_VALUES:
        with pytest.raises(ValidationError) as error:
            create(sessions, manager, "recipient", **values)
        assert words in str(error.value), values
    with sessions() as session:
        assert session.scalar(select(Recipient.id)) is None


def test_custom_fields_and_external_ids(sessions: sessionmaker[Session], manager: Actor) -> None:
    first = create(
        sessions, manager, "recipient", email="a@example.com", custom_fields='{"tier": "gold"}'
    )
    # A blank external id is "none": many recipients may lack one.
    create(sessions, manager, "recipient", email="b@example.com", external_id=" ")
    create(sessions, manager, "recipient", email="c@example.com")
    assert recipient(sessions, first).custom_fields == {"tier": "gold"}
    assert recipient(sessions, first).external_id is None
    create(sessions, manager, "recipient", email="d@example.com", external_id="CRM-1")
    with pytest.raises(ConsoleError) as error:
        create(sessions, manager, "recipient", email="e@example.com", external_id="CRM-1")
    assert str(error.value) == "Recipient: another one already has this external id"


def test_only_importers_edit_recipients(sessions: sessionmaker[Session], reviewer: Actor) -> None:
    with pytest.raises(PermissionDenied) as error:
        create(sessions, reviewer, "recipient", email="a@example.com")
    assert "IMPORT" in str(error.value)
    with pytest.raises(PermissionDenied):
        create(sessions, reviewer, "recipient_list", label="Mine")


def test_a_recipient_in_a_running_delivery_cannot_be_deleted(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    recipient_id = create(sessions, manager, "recipient", email="a@example.com")
    with sessions.begin() as session:
        delivery = Delivery(label="Sale", status=DeliveryStatus.IN_PROGRESS)
        session.add(delivery)
        session.flush()
        session.add(
            DeliveryLog(
                delivery_id=delivery.id, recipient_id=recipient_id, status=LogStatus.TO_DELIVER
            )
        )
        delivery_id = delivery.id
    with pytest.raises(ConsoleError) as error, sessions.begin() as session:
        entities.delete(session, manager, "recipient", recipient_id)
    assert "'a@example.com' cannot be deleted: used by deliveries not finished ('Sale')" in str(
        error.value
    )
    with sessions.begin() as session:
        session.get(Delivery, delivery_id).status = DeliveryStatus.FINISHED
    with sessions.begin() as session:
        entities.delete(session, manager, "recipient", recipient_id)
    with sessions() as session:
        assert session.get(Recipient, recipient_id) is None


def test_a_proof_target_holds_at_most_100_addresses(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    list_id = create(sessions, manager, "recipient_list", label="Seeds", description="testers")
    with sessions.begin() as session:
        ids = session.scalars(
            insert(Recipient).returning(Recipient.id),
            [{"email": f"t{i}@example.com", "email_key": f"t{i}@example.com"} for i in range(101)],
        ).all()
        session.execute(insert(list_member), [{"list_id": list_id, "recipient_id": i} for i in ids])
    with pytest.raises(ValidationError) as error, sessions.begin() as session:
        entities.update(session, manager, "recipient_list", list_id, {"is_proof_target": True})
    assert "at most 100 addresses; this list has 101" in str(error.value)
    with sessions() as session:
        assert entities.get(session, "recipient_list", list_id).is_proof_target is False


def test_deleting_a_list_keeps_its_members(sessions: sessionmaker[Session], manager: Actor) -> None:
    list_id = create(sessions, manager, "recipient_list", label="Seeds")
    member = create(sessions, manager, "recipient", email="a@example.com")
    with sessions.begin() as session:
        session.execute(insert(list_member).values(list_id=list_id, recipient_id=member))
        entities.update(session, manager, "recipient_list", list_id, {"label": "Testers"})
    with sessions.begin() as session:
        assert entities.get(session, "recipient_list", list_id).label == "Testers"
        entities.delete(session, manager, "recipient_list", list_id)
    with sessions() as session:
        assert session.get(Recipient, member) is not None
        assert session.scalar(select(list_member.c.list_id)) is None
        with pytest.raises(ConsoleError):
            entities.get(session, "recipient_list", list_id)

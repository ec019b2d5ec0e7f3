"""Delivery specs: what a campaign manager may set, and what an edit does to a preparation."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, InvalidState, PermissionDenied, ValidationError
from desktop.models import (
    AuditEntry,
    Delivery,
    DeliveryLog,
    JournalLine,
    Recipient,
    RecipientList,
    ServiceProvider,
)
from desktop.models.enums import DeliveryStatus, ExclusionCause, JournalLevel, LogStatus
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.entities.deliveries import check_ready_to_prepare


@pytest.fixture
def campaign_id(sessions: sessionmaker[Session], manager: Actor) -> int:
    with sessions.begin() as session:
        return entities.create(session, manager, "campaign", {"label": "Spring"}).id


def new_delivery(
    sessions: sessionmaker[Session], actor: Actor, campaign_id: int, **values: Any
) -> int:
    base = {
        "label": "Newsletter",
        "campaign_id": campaign_id,
        "subject": "Hello {{ first_name }}",
        "sender_address": "news@example.com",
        "html": "<p>Hello</p>",
    }
    with sessions.begin() as session:
        return entities.create(session, actor, "delivery", base | values).id


def edit(sessions: sessionmaker[Session], actor: Actor, delivery_id: int, **values: Any) -> None:
    with sessions.begin() as session:
        entities.update(session, actor, "delivery", delivery_id, values)


def load(sessions: sessionmaker[Session], delivery_id: int) -> Delivery:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        return delivery


def log_rows(sessions: sessionmaker[Session], delivery_id: int) -> int:
    with sessions() as session:
        query = select(func.count()).where(DeliveryLog.delivery_id == delivery_id)
        return session.scalar(query) or 0


def fake_preparation(sessions: sessionmaker[Session], delivery_id: int, status: DeliveryStatus):
    """What a preparation leaves behind: a status, counters and log rows."""
    with sessions.begin() as session:
        kept = Recipient(email="ann@example.com", email_key="ann@example.com")
        excluded = Recipient(email="", email_key="")
        session.add_all([kept, excluded])
        session.flush()
        session.add_all(
            [
                DeliveryLog(
                    delivery_id=delivery_id,
                    recipient_id=kept.id,
                    status=LogStatus.TO_DELIVER,
                    address="ann@example.com",
                ),
                DeliveryLog(
                    delivery_id=delivery_id,
                    recipient_id=excluded.id,
                    status=LogStatus.EXCLUDED,
                    exclusion_cause=ExclusionCause.ADDRESS_MISSING,
                ),
            ]
        )
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        delivery.status = status
        delivery.targeted, delivery.to_deliver, delivery.to_exclude = 2, 1, 1


def test_a_manager_creates_a_delivery_with_its_settings(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    delivery_id = new_delivery(
        sessions,
        manager,
        campaign_id,
        channel="email",
        audience_filter='{"field": "country", "op": "=", "value": "FR"}',
        max_connections="8",
        control_group_percent=10,
        contact_date="2026-06-01 09:30",
    )
    delivery = load(sessions, delivery_id)
    assert delivery.status is DeliveryStatus.BEING_EDITED
    assert delivery.audience_filter == {"field": "country", "op": "=", "value": "FR"}
    assert delivery.max_connections == 8 and delivery.control_group_percent == 10
    assert delivery.contact_date is not None and delivery.contact_date.hour == 9
    assert delivery.created_by_id == manager.operator_id
    with sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "delivery", AuditEntry.action == "create")
        ).one()
        assert entry.operator_name == "manager" and entry.entity_id == delivery_id
        assert "subject" in entry.details["fields"]
        assert "<p>" not in str(entry.details)  # contents stay out of the audit trail


BAD_VALUES = [
    ({"max_connections": 51}, "Parallel connections: must be at most 50"),
    ({"max_connections": 0}, "Parallel connections: must be at least 1"),
    ({"control_group_percent": 101}, "Control group (%): must be at most 100"),
    ({"messages_per_hour": "many"}, "Messages per hour: must be a whole number"),
    ({"sender_address": "news at example.com"}, "Sender address: is not a valid e-mail"),
    ({"channel": "sms"}, "Channel: must be one of email, direct_mail"),
    ({"label": "  "}, "Label: is required"),
    ({"audience_filter": '{"field": "cuntry"'}, "Audience filter: is not valid JSON"),
    (
        {"audience_filter": {"field": "cuntry", "op": "=", "value": "FR"}},
        "audience_filter.field: unknown field",
    ),
    ({"typology_id": 999}, "Typology: no typology with this id"),
]


def test_bad_values_are_refused_naming_the_field(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    # One database for every case: each is refused before anything is written.
    for values, words in BAD_VALUES:
        with pytest.raises(ValidationError) as error:
            new_delivery(sessions, manager, campaign_id, **values)
        assert words in str(error.value), values
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Delivery)) == 0


def test_an_audience_is_a_filter_or_a_list_not_both(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    with sessions.begin() as session:
        list_id = entities.create(session, manager, "recipient_list", {"label": "VIP"}).id
    delivery_id = new_delivery(sessions, manager, campaign_id, audience_list_id=list_id)
    with pytest.raises(ValidationError) as error:
        edit(sessions, manager, delivery_id, audience_filter={"field": "id", "op": ">", "value": 1})
    assert "either a filter or a list" in str(error.value)
    assert load(sessions, delivery_id).audience_filter is None


def test_a_reviewer_cannot_create_or_edit_deliveries(
    sessions: sessionmaker[Session], manager: Actor, reviewer: Actor, campaign_id: int
) -> None:
    with pytest.raises(PermissionDenied):
        new_delivery(sessions, reviewer, campaign_id)
    delivery_id = new_delivery(sessions, manager, campaign_id)
    with pytest.raises(PermissionDenied) as error:
        edit(sessions, reviewer, delivery_id, subject="Changed")
    assert "PREPARE DELIVERIES" in str(error.value)
    assert load(sessions, delivery_id).subject == "Hello {{ first_name }}"


def test_editing_the_content_of_a_prepared_delivery_invalidates_the_preparation(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    delivery_id = new_delivery(sessions, manager, campaign_id)
    fake_preparation(sessions, delivery_id, DeliveryStatus.PENDING_CONFIRMATION)
    assert log_rows(sessions, delivery_id) == 2

    edit(sessions, manager, delivery_id, subject="A better subject")

    delivery = load(sessions, delivery_id)
    assert delivery.status is DeliveryStatus.BEING_EDITED
    assert (delivery.targeted, delivery.to_deliver, delivery.to_exclude) == (0, 0, 0)
    assert delivery.subject == "A better subject"
    assert log_rows(sessions, delivery_id) == 0
    with sessions() as session:
        change = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "delivery", AuditEntry.action == "status")
        ).one()
        assert (change.from_state, change.to_state) == ("pending_confirmation", "being_edited")
        assert change.operator_name == "manager"
        warning = session.scalars(
            select(JournalLine).where(JournalLine.delivery_id == delivery_id)
        ).one()
        assert warning.level is JournalLevel.WARNING and "prepare" in warning.message


def test_renaming_a_prepared_delivery_keeps_its_preparation(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    delivery_id = new_delivery(sessions, manager, campaign_id)
    fake_preparation(sessions, delivery_id, DeliveryStatus.PENDING_CONFIRMATION)
    edit(sessions, manager, delivery_id, label="Newsletter (June)")
    delivery = load(sessions, delivery_id)
    assert delivery.status is DeliveryStatus.PENDING_CONFIRMATION
    assert delivery.to_deliver == 1 and log_rows(sessions, delivery_id) == 2


@pytest.mark.parametrize(
    "status", [DeliveryStatus.IN_PROGRESS, DeliveryStatus.PREPARING, DeliveryStatus.FINISHED]
)
def test_a_delivery_being_prepared_sent_or_finished_cannot_be_edited(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int, status: DeliveryStatus
) -> None:
    delivery_id = new_delivery(sessions, manager, campaign_id)
    fake_preparation(sessions, delivery_id, status)
    with pytest.raises(InvalidState) as error:
        edit(sessions, manager, delivery_id, subject="Too late", label="Renamed")
    assert f"is {status.value}" in str(error.value) and "can no longer be edited" in str(
        error.value
    )
    delivery = load(sessions, delivery_id)
    assert delivery.subject == "Hello {{ first_name }}" and delivery.label == "Newsletter"
    assert delivery.status is status and log_rows(sessions, delivery_id) == 2


def test_a_running_delivery_cannot_be_deleted_an_edited_one_can(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    running = new_delivery(sessions, manager, campaign_id)
    fake_preparation(sessions, running, DeliveryStatus.IN_PROGRESS)
    with pytest.raises(InvalidState) as error, sessions.begin() as session:
        entities.delete(session, manager, "delivery", running)
    assert "stop it before deleting it" in str(error.value)
    draft = new_delivery(sessions, manager, campaign_id, label="Draft")
    with sessions.begin() as session:
        entities.delete(session, manager, "delivery", draft)
    with sessions() as session:
        assert session.get(Delivery, draft) is None and session.get(Delivery, running)


def test_status_and_counters_are_read_only(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    delivery_id = new_delivery(sessions, manager, campaign_id)
    with pytest.raises(ValidationError) as error:
        edit(sessions, manager, delivery_id, status="finished")
    assert "Status: cannot be changed" in str(error.value)
    # A form sends back every value it shows, read-only ones unchanged: that is accepted.
    with sessions.begin() as session:
        shown = entities.values_of("delivery", session.get(Delivery, delivery_id))
        entities.update(session, manager, "delivery", delivery_id, shown | {"label": "Renamed"})
    assert load(sessions, delivery_id).label == "Renamed"


def test_list_columns_are_the_ones_the_explorer_shows() -> None:
    listed = [f.name for f in entities.spec_for("delivery").fields if f.listed]
    assert listed == [
        "label",
        "status",
        "channel",
        "campaign_id",
        "contact_date",
        "to_deliver",
        "delivered",
    ]


def test_a_direct_mail_delivery_needs_a_provider_before_preparation(
    sessions: sessionmaker[Session], admin: Actor, campaign_id: int
) -> None:
    delivery_id = new_delivery(sessions, admin, campaign_id, channel="direct_mail")
    with pytest.raises(ValidationError) as error:
        check_ready_to_prepare(load(sessions, delivery_id))
    assert "needs a service provider" in str(error.value)
    with sessions.begin() as session:
        provider = ServiceProvider(name="PrintCo")
        session.add(provider)
        session.flush()
        entities.update(session, admin, "delivery", delivery_id, {"provider_id": provider.id})
    check_ready_to_prepare(load(sessions, delivery_id))


def test_deleting_a_list_used_as_audience_names_the_delivery(
    sessions: sessionmaker[Session], manager: Actor, campaign_id: int
) -> None:
    with sessions.begin() as session:
        list_id = entities.create(session, manager, "recipient_list", {"label": "VIP"}).id
    new_delivery(sessions, manager, campaign_id, label="VIP mailing", audience_list_id=list_id)
    with pytest.raises(ConsoleError) as error, sessions.begin() as session:
        entities.delete(session, manager, "recipient_list", list_id)
    assert str(error.value) == (
        "List 'VIP' cannot be deleted: used by deliveries not finished ('VIP mailing')"
    )
    with sessions() as session:
        assert session.get(RecipientList, list_id) is not None


def test_saving_the_same_contact_date_keeps_the_preparation(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    """Forms and the CLI send every field back; an unchanged date must not count as an edit."""
    from datetime import UTC, datetime

    from desktop.services import entities

    with sessions.begin() as session:
        campaign = entities.create(session, manager, "campaign", {"label": "C"})
        delivery = entities.create(
            session,
            manager,
            "delivery",
            {"label": "D", "campaign_id": campaign.id, "contact_date": "2027-03-01T09:00:00"},
        )
        delivery_id = delivery.id
    with sessions.begin() as session:
        entities.update(
            session,
            manager,
            "delivery",
            delivery_id,
            {"contact_date": datetime(2027, 3, 1, 9, 0, tzinfo=UTC)},
        )
    with sessions() as session:
        updates = session.scalar(
            select(func.count()).where(
                AuditEntry.entity == "delivery",
                AuditEntry.entity_id == delivery_id,
                AuditEntry.action == "update",
            )
        )
    assert updates == 0

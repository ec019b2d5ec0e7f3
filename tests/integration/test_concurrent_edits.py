"""Two operators editing the same object: each form saves the version it loaded; the
second save is refused with who changed it and when, nothing of it is written, and once
reloaded it saves (real database: SQLite, and PostgreSQL in its run)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.errors import ChangedElsewhere, NotFound
from desktop.models import AuditEntry, Campaign, Delivery, Recipient
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.settings import options
from tests.unit.preparation_data import add_delivery, add_recipient
from tests.unit.review_data import add_campaign, prepared

TIME = r"\d\d:\d\d"  # today: the time alone, in the operator's zone


@dataclass(frozen=True)
class Kind:
    kind: str
    label: str
    field: str
    first: str  # what the first operator saves
    second: str  # what the second operator, working on the older copy, tries


KINDS = [
    Kind("campaign", "Campaign", "label", "Summer sale (manager)", "Summer sale (admin)"),
    Kind("delivery", "Delivery", "subject", "Hello from the manager", "Hello from admin"),
    Kind("recipient", "Recipient", "first_name", "Annie", "Anna"),
]


def _add(session: Session, kind: str) -> int:
    if kind == "campaign":
        return add_campaign(session, owner=None)
    if kind == "delivery":
        return add_delivery(session)
    return add_recipient(session, "ann@example.org")


def _loaded(sessions: sessionmaker[Session], kind: str, entity_id: int) -> dict[str, Any]:
    """What a form shows when it opens: the values and the version."""
    with sessions() as session:
        return entities.values_of(kind, entities.get(session, kind, entity_id))


def _audit_rows(sessions: sessionmaker[Session], kind: str, entity_id: int) -> int:
    with sessions() as session:
        return session.scalar(
            select(func.count()).where(
                AuditEntry.entity == kind,
                AuditEntry.entity_id == entity_id,
                AuditEntry.action == "update",
            )
        )


@pytest.mark.parametrize("case", KINDS, ids=[k.kind for k in KINDS])
def test_the_second_save_of_the_same_object_is_refused_until_reloaded(
    sessions: sessionmaker[Session], admin: Actor, manager: Actor, case: Kind
) -> None:
    with sessions.begin() as session:
        entity_id = _add(session, case.kind)
    # Both open the object.
    managers_form = _loaded(sessions, case.kind, entity_id)
    admins_form = _loaded(sessions, case.kind, entity_id)
    assert managers_form["version"] == admins_form["version"] == 1

    save_as = admin if case.kind == "recipient" else manager  # importing recipients: admin
    entities.save(
        sessions,
        save_as,
        case.kind,
        entity_id,
        {case.field: case.first},
        expected_version=managers_form["version"],
    )
    audit_before = _audit_rows(sessions, case.kind, entity_id)

    with pytest.raises(ChangedElsewhere) as refusal:
        entities.save(
            sessions,
            admin,
            case.kind,
            entity_id,
            {case.field: case.second},
            expected_version=admins_form["version"],
        )
    message = str(refusal.value)
    assert re.fullmatch(
        rf"{case.label} {entity_id} was changed by {save_as.name} at {TIME};"
        r" reload it to see the changes",
        message,
    ), message
    # Nothing of the refused save: the first one's value stays, no audit row was added.
    reloaded = _loaded(sessions, case.kind, entity_id)
    assert reloaded[case.field] == case.first
    assert reloaded["version"] == 2
    assert _audit_rows(sessions, case.kind, entity_id) == audit_before

    # Reloaded, the second operator's save goes through and moves the version on.
    entities.save(
        sessions,
        admin,
        case.kind,
        entity_id,
        {case.field: case.second},
        expected_version=reloaded["version"],
    )
    with sessions() as session:
        obj = entities.get(session, case.kind, entity_id)
        assert getattr(obj, case.field) == case.second
        assert (obj.version, obj.updated_by) == (3, "admin")


def test_a_save_without_a_change_moves_no_version(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner=None, label="Spring")
    form = _loaded(sessions, "campaign", campaign_id)
    entities.save(
        sessions, manager, "campaign", campaign_id, {"label": "Spring"}, expected_version=1
    )
    assert _loaded(sessions, "campaign", campaign_id)["version"] == form["version"] == 1


def test_an_older_copy_written_past_the_check_fails_instead_of_overwriting(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    """Two sessions that both read the row before either wrote (a save racing another past
    the version check): the database refuses the second UPDATE."""
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner=None, label="Spring")
    with sessions() as older:
        stale = older.get(Campaign, campaign_id)
        assert stale is not None
        entities.save(sessions, manager, "campaign", campaign_id, {"label": "Summer"})
        stale.label = "Autumn"
        with pytest.raises(StaleDataError):
            older.commit()
    assert _loaded(sessions, "campaign", campaign_id)["label"] == "Summer"


def test_a_preparation_and_a_send_move_no_version_so_an_open_form_still_saves(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    """A status move and the send engine's counters are not edits: the form opened before
    them saves (here, its label: no field a preparation depends on)."""
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org")
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
    form = _loaded(sessions, "delivery", delivery_id)
    assert prepared(sessions, manager, delivery_id) is DeliveryStatus.PENDING_CONFIRMATION
    with sessions.begin() as session:
        # As the send engine counts: a Core UPDATE of the counters.
        session.execute(
            Delivery.__table__.update()
            .where(Delivery.__table__.c.id == delivery_id)
            .values(processed=Delivery.__table__.c.processed + 1)
        )
    entities.save(
        sessions,
        manager,
        "delivery",
        delivery_id,
        {"label": "Renamed while prepared"},
        expected_version=form["version"],
    )
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        assert delivery.label == "Renamed while prepared"
        assert delivery.status is DeliveryStatus.PENDING_CONFIRMATION
        recipient = session.scalar(select(Recipient))
        assert recipient is not None and recipient.version == 1


def test_an_open_form_is_told_what_became_of_its_object(
    sessions: sessionmaker[Session], manager: Actor, admin: Actor
) -> None:
    """What an open form asks while it follows: nothing after a status move and a send's
    counters; who changed it and when after an edit; that it is gone once deleted."""
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org")
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
    version = _loaded(sessions, "delivery", delivery_id)["version"]
    assert prepared(sessions, manager, delivery_id) is DeliveryStatus.PENDING_CONFIRMATION
    with sessions.begin() as session:
        session.execute(
            Delivery.__table__.update()
            .where(Delivery.__table__.c.id == delivery_id)
            .values(processed=Delivery.__table__.c.processed + 1)
        )
    with sessions() as session:
        assert entities.change_since(session, "delivery", delivery_id, version) is None

    entities.save(sessions, admin, "delivery", delivery_id, {"label": "Renamed"})
    with sessions() as session:
        change = entities.change_since(session, "delivery", delivery_id, version)
        assert isinstance(change, ChangedElsewhere)
        assert re.fullmatch(
            rf"Delivery {delivery_id} was changed by admin at {TIME}; reload it to see the "
            "changes",
            str(change),
        ), str(change)
        assert entities.change_since(session, "delivery", delivery_id, version + 1) is None

    with sessions.begin() as session:
        entities.delete(session, admin, "delivery", delivery_id)
    with sessions() as session:
        change = entities.change_since(session, "delivery", delivery_id, version + 1)
        assert isinstance(change, NotFound)
        assert str(change) == f"delivery {delivery_id} does not exist"


def test_an_option_changed_meanwhile_refuses_the_older_panel(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    name = "NmsEmail_RetryCount"
    with sessions.begin() as session:
        options.ensure_default_options(session)
        shown = options.get_option(session, name).version  # what a panel shows
    with sessions.begin() as session:
        options.set_option(session, admin, name, "7", expected_version=shown)
    with sessions.begin() as session, pytest.raises(ChangedElsewhere) as refusal:
        options.set_option(session, admin, name, "9", expected_version=shown)
    assert re.fullmatch(
        rf"Option {name} was changed by admin at {TIME}; reload it to see the changes",
        str(refusal.value),
    ), str(refusal.value)
    with sessions() as session:
        option = options.get_option(session, name)
        assert (option.value, option.version) == ("7", shown + 1)

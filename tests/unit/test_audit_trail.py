"""Reading the audit trail: a delivery's, a campaign's with its deliveries', newest first,
paged, filtered by operator, action and text, read by every operator."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.access.audit_trail import AuditTrailQuery, TrailSubject, trail_page
from desktop.services.access.rights import Actor
from desktop.services.delivery import lifecycle
from desktop.services.preparation.pipeline import prepare
from tests.unit.preparation_data import add_recipient


@pytest.fixture
def campaign_id(sessions: sessionmaker[Session], manager: Actor) -> int:
    with sessions.begin() as s:
        return entities.create(s, manager, "campaign", {"label": "Spring"}).id


def _new_delivery(sessions, actor: Actor, campaign_id: int | None, label: str) -> int:
    with sessions.begin() as s:
        values = {
            "label": label,
            "campaign_id": campaign_id,
            "subject": "Hello {{ recipient.first_name }}",
            "sender_address": "news@example.com",
            "html": "<p>Hello</p>",
            "audience_filter": {"and": []},
        }
        return entities.create(s, actor, "delivery", values).id


def _rename(sessions, actor: Actor, kind: str, object_id: int, label: str) -> None:
    with sessions.begin() as s:
        entities.update(s, actor, kind, object_id, {"label": label})


def delivery_trail(sessions, actor: Actor, delivery_id: int, **filters):
    return trail_page(sessions, actor, TrailSubject("delivery", delivery_id), **filters)


def test_a_delivery_trail_is_newest_first_with_who_what_and_states(
    sessions, manager: Actor, admin: Actor, campaign_id: int
) -> None:
    delivery_id = _new_delivery(sessions, manager, campaign_id, "Launch")
    _rename(sessions, admin, "delivery", delivery_id, "Launch day")
    with sessions.begin() as s:
        delivery = s.get(Delivery, delivery_id)
        lifecycle.transition(s, manager, delivery, DeliveryStatus.PREPARING, reason="prepare")

    total, rows = delivery_trail(sessions, manager, delivery_id)

    assert total == 3
    assert [(r.operator, r.action) for r in rows] == [
        ("manager", "status"),
        ("admin", "update"),
        ("manager", "create"),
    ]
    change = rows[0]
    assert (change.from_state, change.to_state) == ("being_edited", "preparing")
    assert change.details == {"reason": "prepare"}
    assert (change.kind, change.object_id, change.object_label) == (
        "delivery",
        delivery_id,
        "Launch day",
    )
    assert rows[1].details == {"fields": ["label"]}
    assert rows[0].at >= rows[1].at >= rows[2].at
    assert rows[0].at.tzinfo is not None  # UTC, whatever the database hands back


def test_a_preparation_leaves_its_status_changes_in_the_trail(
    sessions, manager: Actor, campaign_id: int
) -> None:
    with sessions.begin() as s:
        add_recipient(s, "ann@example.com")
    delivery_id = _new_delivery(sessions, manager, campaign_id, "Prepared")

    prepare(sessions, manager, delivery_id)

    _total, rows = delivery_trail(sessions, manager, delivery_id, action="status")
    assert [(r.from_state, r.to_state, r.operator) for r in rows] == [
        ("preparing", "pending_confirmation", "manager"),
        ("being_edited", "preparing", "manager"),
    ]


def test_pages_cover_the_trail_once_with_the_total(
    sessions, manager: Actor, campaign_id: int
) -> None:
    delivery_id = _new_delivery(sessions, manager, campaign_id, "Draft 0")
    for n in range(1, 12):
        _rename(sessions, manager, "delivery", delivery_id, f"Draft {n}")

    seen = []
    for offset in range(0, 12, 5):
        total, rows = delivery_trail(sessions, manager, delivery_id, offset=offset, limit=5)
        assert total == 12
        seen += [r.id for r in rows]

    assert len(seen) == 12 == len(set(seen))
    assert seen == sorted(seen, reverse=True)
    with pytest.raises(ValidationError, match="limit"):
        delivery_trail(sessions, manager, delivery_id, limit=0)


def test_a_campaign_trail_holds_its_deliveries_rows_and_no_others(
    sessions, manager: Actor, admin: Actor, campaign_id: int
) -> None:
    first = _new_delivery(sessions, manager, campaign_id, "First")
    second = _new_delivery(sessions, manager, campaign_id, "Second")
    _rename(sessions, admin, "campaign", campaign_id, "Spring sale")
    with sessions.begin() as s:
        other_campaign = entities.create(s, manager, "campaign", {"label": "Autumn"}).id
    elsewhere = _new_delivery(sessions, manager, other_campaign, "Elsewhere")
    unfiled = _new_delivery(sessions, manager, None, "Unfiled")

    total, rows = trail_page(sessions, manager, TrailSubject("campaign", campaign_id))

    objects = [(r.kind, r.object_id, r.object_label, r.action) for r in rows]
    assert total == 4
    assert objects == [
        ("campaign", campaign_id, "Spring sale", "update"),
        ("delivery", second, "Second", "create"),
        ("delivery", first, "First", "create"),
        ("campaign", campaign_id, "Spring sale", "create"),
    ]
    foreign = {("delivery", elsewhere), ("delivery", unfiled), ("campaign", other_campaign)}
    assert not foreign & {(r.kind, r.object_id) for r in rows}
    # The search looks at the objects' labels too.
    total, rows = trail_page(
        sessions, manager, TrailSubject("campaign", campaign_id), text="second"
    )
    assert [(r.object_id, r.action) for r in rows] == [(second, "create")]


def test_filters_by_operator_action_and_text(
    sessions, manager: Actor, admin: Actor, campaign_id: int
) -> None:
    delivery_id = _new_delivery(sessions, manager, campaign_id, "Summer")
    _rename(sessions, admin, "delivery", delivery_id, "Summer sale")
    with sessions.begin() as s:
        delivery = s.get(Delivery, delivery_id)
        lifecycle.transition(s, manager, delivery, DeliveryStatus.PREPARING, reason="prepare")
        lifecycle.transition(
            s, manager, delivery, DeliveryStatus.PREPARATION_FAILED, reason="template syntax"
        )

    def actions(**filters) -> list[str]:
        return [r.action + ":" + (r.to_state or "") for r in delivery_trail(
            sessions, manager, delivery_id, **filters)[1]]  # fmt: skip

    assert actions(operator="admin") == ["update:"]
    assert actions(action="status") == ["status:preparation_failed", "status:preparing"]
    assert actions(operator="manager", action="create") == ["create:"]
    assert actions(text="SYNTAX") == ["status:preparation_failed"]  # details, any case
    assert actions(text="preparation_f") == ["status:preparation_failed"]  # a state
    assert actions(text="nobody") == []
    # The text is a bound value: % and _ match themselves, quotes are harmless.
    assert actions(text="%") == []
    assert actions(text="' OR 1=1 --") == []
    total, _rows = delivery_trail(sessions, manager, delivery_id, operator="x' OR '1'='1")
    assert total == 0


def test_sorting_by_a_column_keeps_newest_first_among_equals(
    sessions, manager: Actor, admin: Actor, reviewer: Actor, campaign_id: int
) -> None:
    delivery_id = _new_delivery(sessions, manager, campaign_id, "Sorted")
    _rename(sessions, admin, "delivery", delivery_id, "Sorted once")
    _rename(sessions, manager, "delivery", delivery_id, "Sorted twice")
    query = AuditTrailQuery(sessions, reviewer, TrailSubject("delivery", delivery_id))
    query.sort_column = query.column_index("operator")
    query.descending = False

    rows = query.page(0, 10)

    assert [(r.operator, r.action) for r in rows] == [
        ("admin", "update"),
        ("manager", "update"),  # the newer of manager's rows first
        ("manager", "create"),
    ]
    assert query.choices("operator") == ["admin", "manager"]
    assert query.choices("action") == ["create", "update"]


def test_every_operator_reads_an_object_trail_only_administrators_the_whole_trail(
    sessions, manager: Actor, reviewer: Actor, admin: Actor, campaign_id: int
) -> None:
    delivery_id = _new_delivery(sessions, manager, campaign_id, "Read")
    total, _rows = delivery_trail(sessions, reviewer, delivery_id)
    assert total == 1
    total, _rows = trail_page(sessions, reviewer, TrailSubject("campaign", campaign_id))
    assert total == 2

    with pytest.raises(PermissionDenied, match="ADMINISTRATION"):
        trail_page(sessions, manager, TrailSubject())
    total, rows = trail_page(sessions, admin, TrailSubject())
    assert total >= 2 and {"campaign", "delivery"} <= {r.kind for r in rows}


def test_a_deleted_delivery_keeps_its_trail_an_unknown_one_is_refused(
    sessions, manager: Actor, campaign_id: int
) -> None:
    delivery_id = _new_delivery(sessions, manager, campaign_id, "Short-lived")
    with sessions.begin() as s:
        entities.delete(s, manager, "delivery", delivery_id)

    _total, rows = delivery_trail(sessions, manager, delivery_id)

    assert [r.action for r in rows] == ["delete", "create"]
    assert rows[0].object_label is None and rows[0].details == {"title": "Short-lived"}
    with pytest.raises(NotFound, match="delivery 9999"):
        delivery_trail(sessions, manager, 9999)
    with pytest.raises(ValidationError, match="kind"):
        TrailSubject("option", 1)

"""Static list members: added by id or by condition, never twice, proof lists capped."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import Recipient, RecipientList
from desktop.services.audience import list_membership as members


@pytest.fixture
def people(sessions) -> list[int]:
    """120 recipients: ids in order, every third in Sweden, the others in France."""
    rows = [
        {
            "email": f"p{i}@mail.example",
            "email_key": f"p{i}@mail.example",
            "country": "SE" if i % 3 == 0 else "FR",
            "custom_fields": {"segment": "gold" if i < 10 else "bronze"},
        }
        for i in range(120)
    ]
    with sessions.begin() as session:
        session.execute(insert(Recipient), rows)
        return sorted(session.scalars(select(Recipient.id)))


def new_list(sessions, label: str = "Newsletter", proof: bool = False) -> int:
    with sessions.begin() as session:
        recipient_list = RecipientList(label=label, is_proof_target=proof)
        session.add(recipient_list)
        session.flush()
        return recipient_list.id


def test_adding_by_ids_skips_members_and_unknown_ids(sessions, manager, people):
    list_id = new_list(sessions)
    with sessions.begin() as session:
        assert members.add_recipients(session, manager, list_id, people[:5]) == 5
    with sessions.begin() as session:
        assert members.add_recipients(session, manager, list_id, [*people[3:8], 999_999]) == 3
        assert members.count_members(session, list_id) == 8
        assert members.member_ids(session, list_id, limit=3) == people[:3]


def test_adding_by_condition_inserts_the_matching_recipients(sessions, manager, people):
    list_id = new_list(sessions)
    condition = {
        "and": [
            {"field": "country", "op": "=", "value": "SE"},
            {"field": "custom.segment", "op": "=", "value": "gold"},
        ]
    }
    with sessions.begin() as session:
        assert members.add_matching(session, manager, list_id, condition) == 4  # 0,3,6,9
        assert members.add_matching(session, manager, list_id, condition) == 0
        assert members.count_members(session, list_id) == 4


def test_a_wrong_condition_names_its_place(sessions, manager, people):
    list_id = new_list(sessions)
    with pytest.raises(ValidationError, match=r"condition\.field"), sessions.begin() as session:
        members.add_matching(session, manager, list_id, {"field": "shoe_size", "op": "="})


def test_removing_and_clearing(sessions, manager, people):
    list_id = new_list(sessions)
    with sessions.begin() as session:
        members.add_recipients(session, manager, list_id, people[:10])
        assert members.remove_recipients(session, manager, list_id, people[:4]) == 4
        assert members.count_members(session, list_id) == 6
        assert members.clear(session, manager, list_id) == 6
        assert members.count_members(session, list_id) == 0
    with sessions() as session:
        assert session.get(Recipient, people[0]) is not None  # still a recipient


def test_a_proof_list_holds_at_most_100(sessions, manager, people):
    list_id = new_list(sessions, "Seed list", proof=True)
    with sessions.begin() as session:
        assert members.add_recipients(session, manager, list_id, people[:95]) == 95
    with pytest.raises(ValidationError, match="at most 100"), sessions.begin() as session:
        members.add_recipients(session, manager, list_id, people[95:110])
    with pytest.raises(ValidationError, match="at most 100"), sessions.begin() as session:
        members.add_matching(
            session, manager, list_id, {"field": "country", "op": "=", "value": "FR"}
        )
    with sessions() as session:
        assert members.count_members(session, list_id) == 95


def test_rights_and_unknown_lists(sessions, reviewer, manager, people):
    list_id = new_list(sessions)
    refused = pytest.raises(PermissionDenied, match="IMPORT or PREPARE DELIVERIES")
    with refused, sessions.begin() as session:
        members.add_recipients(session, reviewer, list_id, people[:1])
    with pytest.raises(NotFound), sessions.begin() as session:
        members.add_recipients(session, manager, 12345, people[:1])

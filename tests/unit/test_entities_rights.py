"""Who edits what: the right each kind of object needs, checked in the services."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import PermissionDenied
from desktop.models import ServiceProvider, Stock
from desktop.models.enums import Right
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.settings import options

ADMINISTRATION_KINDS = {
    "operator",
    "operator_group",
    "typology_rule",
    "typology",
    "service_provider",
    "cost_structure",
    "stock",
    "stock_line",
}


def minimal_values(session: Session, kind: str) -> dict[str, Any]:
    """Enough for a valid object of each Administration kind."""
    provider = session.scalar(select(ServiceProvider.id))
    stock = session.scalar(select(Stock.id))
    return {
        "operator": {"name": "newcomer", "password": "newcomer-secret"},
        "operator_group": {"name": "newcomers"},
        "typology_rule": {"name": "cap", "rule_type": "capacity", "max_messages": 5},
        "typology": {"name": "default"},
        "service_provider": {"name": "PrintCo 2"},
        "cost_structure": {"provider_id": provider, "category": "email", "formula": "linear"},
        "stock": {"label": "Paper"},
        "stock_line": {"stock_id": stock, "item": "A4"},
    }[kind]


@pytest.fixture
def parents(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        session.add_all([ServiceProvider(name="PrintCo"), Stock(label="Envelopes")])


def test_administration_objects_need_the_right_administration() -> None:
    by_right = {kind: spec.edit_right for kind, spec in entities.all_specs().items()}
    assert {k for k, r in by_right.items() if r is Right.ADMINISTRATION} == ADMINISTRATION_KINDS
    assert by_right["recipient"] is by_right["recipient_list"] is Right.IMPORT
    assert by_right["delivery"] is Right.PREPARE_DELIVERIES


@pytest.mark.usefixtures("parents")
@pytest.mark.parametrize("kind", sorted(ADMINISTRATION_KINDS))
def test_only_administrators_create_administration_objects(
    sessions: sessionmaker[Session], admin: Actor, manager: Actor, reviewer: Actor, kind: str
) -> None:
    for actor in (manager, reviewer):
        with pytest.raises(PermissionDenied) as error, sessions.begin() as session:
            entities.create(session, actor, kind, minimal_values(session, kind))
        assert "lacks the right ADMINISTRATION" in str(error.value)
    with sessions.begin() as session:
        created = entities.create(session, admin, kind, minimal_values(session, kind))
        created_id = created.id
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        entities.delete(session, manager, kind, created_id)


def test_a_reviewer_cannot_edit_options(sessions: sessionmaker[Session], reviewer: Actor) -> None:
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        options.set_option(session, reviewer, "NmsEmail_RetryCount", "9")
    with sessions() as session:
        assert options.get_value(session, "NmsEmail_RetryCount") == 5

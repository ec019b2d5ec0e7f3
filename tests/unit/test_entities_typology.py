"""Typology rules and typologies: each rule type asks for what preparation will read."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, PermissionDenied, ValidationError
from desktop.models import Delivery, Typology, TypologyRule
from desktop.models.enums import ControlPhase, DeliveryStatus, Severity, TypologyRuleType
from desktop.services import entities
from desktop.services.access.rights import Actor

FILTER_GMAIL = {"field": "email", "op": "contains", "value": "@gmail."}


def create(sessions: sessionmaker[Session], actor: Actor, kind: str, **values: Any) -> int:
    with sessions.begin() as session:
        return entities.create(session, actor, kind, values).id


INCOMPLETE_RULES = [
    ({"rule_type": "filtering"}, "Condition: is required for a filtering rule"),
    (
        {"rule_type": "pressure", "max_messages": 3},
        "Period (days): is required for a pressure rule",
    ),
    ({"rule_type": "capacity"}, "Maximum messages: is required for a capacity rule"),
    ({"rule_type": "control"}, "Check: is required for a control rule"),
    (
        {"rule_type": "control", "control_check": "message_size"},
        "Threshold: is required for the check message_size (bytes)",
    ),
    ({"rule_type": "sorting"}, "Type: must be one of control, filtering"),
    ({"rule_type": "capacity", "max_messages": 0}, "Maximum messages: must be at least 1"),
]


def test_a_rule_without_what_its_type_needs_is_refused(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    for values, message in INCOMPLETE_RULES:
        with pytest.raises(ValidationError) as error:
            create(sessions, admin, "typology_rule", name="rule", **values)
        assert message in str(error.value), values
    with sessions() as session:
        assert session.scalar(select(TypologyRule.id)) is None


def test_rules_of_every_type_are_stored_with_their_settings(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    ids = [
        create(sessions, admin, "typology_rule", name="no_gmail", rule_type="filtering",
               condition=FILTER_GMAIL),
        create(sessions, admin, "typology_rule", name="three_a_week", rule_type="pressure",
               max_messages=3, period_days=7, priority=10),
        create(sessions, admin, "typology_rule", name="cap", rule_type="capacity",
               max_messages="50000"),
        create(sessions, admin, "typology_rule", name="size", rule_type="control",
               control_check="message_size", control_threshold=100_000, severity="error",
               control_phase="after_targeting"),
    ]  # fmt: skip
    with sessions() as session:
        rules = [session.get(TypologyRule, i) for i in ids]
        assert [r.rule_type for r in rules] == list(
            map(TypologyRuleType, ["filtering", "pressure", "capacity", "control"])
        )
        assert rules[0].condition == FILTER_GMAIL
        assert (rules[1].max_messages, rules[1].period_days, rules[1].priority) == (3, 7, 10)
        assert rules[2].max_messages == 50000 and rules[2].active
        assert rules[3].severity is Severity.ERROR
        assert rules[3].control_phase is ControlPhase.AFTER_TARGETING


def test_a_typology_groups_rules_and_protects_them_from_deletion(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    rule = create(sessions, admin, "typology_rule", name="cap", rule_type="capacity",
                  max_messages=10)  # fmt: skip
    typology = create(sessions, admin, "typology", name="default", label="Default", rules=[rule])
    with sessions() as session:
        stored = session.get(Typology, typology)
        assert stored is not None and [r.name for r in stored.rules] == ["cap"]
        assert entities.values_of("typology", stored)["rules"] == [rule]
    with pytest.raises(ConsoleError) as error, sessions.begin() as session:
        entities.delete(session, admin, "typology_rule", rule)
    assert str(error.value) == (
        "Typology rule 'cap' cannot be deleted: used by typologies ('default')"
    )

    with sessions.begin() as session:
        session.add(Delivery(label="Weekly", typology_id=typology))
    with pytest.raises(ConsoleError) as error, sessions.begin() as session:
        entities.delete(session, admin, "typology", typology)
    assert "used by deliveries not finished ('Weekly')" in str(error.value)


def test_a_finished_delivery_does_not_hold_its_typology(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    typology = create(sessions, admin, "typology", name="old")
    with sessions.begin() as session:
        session.add(Delivery(label="Sent", typology_id=typology, status=DeliveryStatus.FINISHED))
    with sessions.begin() as session:
        entities.delete(session, admin, "typology", typology)
    with sessions() as session:
        assert session.get(Typology, typology) is None


@pytest.mark.parametrize("kind", ["typology_rule", "typology"])
def test_only_administrators_edit_typologies(
    sessions: sessionmaker[Session], manager: Actor, reviewer: Actor, kind: str
) -> None:
    values = {"name": "x", "rule_type": "capacity", "max_messages": 1}
    if kind == "typology":
        values = {"name": "x"}
    for actor in (manager, reviewer):
        with pytest.raises(PermissionDenied):
            create(sessions, actor, kind, **values)

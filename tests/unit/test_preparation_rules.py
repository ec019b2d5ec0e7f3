"""Typology rules at preparation: filtering, pressure, capacity, control, control group."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Delivery, JournalLine
from desktop.models.enums import DeliveryStatus
from desktop.services.preparation.pipeline import prepare
from tests.unit.preparation_data import (
    add_delivery,
    add_recipient,
    add_sent_messages,
    add_typology,
    causes,
    log_rows,
)


def _journal(sessions, delivery_id: int) -> list[tuple[str, str]]:
    with sessions() as s:
        lines = s.scalars(
            select(JournalLine)
            .where(JournalLine.delivery_id == delivery_id)
            .order_by(JournalLine.id)
        )
        return [(line.level.value, line.message) for line in lines]


def test_filtering_rules_exclude_matching_recipients_and_name_the_rule(sessions, manager):
    with sessions.begin() as s:
        typology = add_typology(
            s,
            "newsletter",
            {
                "name": "no_minors",
                "rule_type": "filtering",
                "priority": 10,
                "condition": {"field": "custom.age_band", "op": "=", "value": "minor"},
            },
            {
                "name": "no_swiss",
                "rule_type": "filtering",
                "priority": 20,
                "condition": {"field": "country", "op": "=", "value": "CH"},
            },
            {
                "name": "inactive_rule",
                "rule_type": "filtering",
                "active": False,
                "condition": {"field": "country", "op": "=", "value": "FR"},
            },
        )
        minor_swiss = add_recipient(
            s, "a@example.com", country="CH", custom_fields={"age_band": "minor"}
        )
        swiss = add_recipient(s, "b@example.com", country="CH")
        french = add_recipient(s, "c@example.com", country="FR")
        delivery_id = add_delivery(s, typology_id=typology)

    result = prepare(sessions, manager, delivery_id)

    rows = log_rows(sessions, delivery_id)
    # Rules run by priority: the first rule that matches is the one logged.
    assert (rows[minor_swiss].exclusion_cause.value, rows[minor_swiss].rule_name) == (
        "typology_rule",
        "no_minors",
    )
    assert rows[swiss].rule_name == "no_swiss"
    assert rows[french].exclusion_cause is None
    assert result.exclusions == {"typology_rule": 2}


def test_pressure_counts_earlier_deliveries_sent_messages_in_the_period(sessions, manager):
    with sessions.begin() as s:
        typology = add_typology(
            s,
            "pressure",
            {"name": "max_2_a_week", "rule_type": "pressure", "max_messages": 2, "period_days": 7},
        )
        tired = add_recipient(s, "tired@example.com")
        add_sent_messages(s, tired, count=2, days_ago=1)
        once = add_recipient(s, "once@example.com")
        add_sent_messages(s, once, count=1, days_ago=1)
        long_ago = add_recipient(s, "old@example.com")
        add_sent_messages(s, long_ago, count=3, days_ago=30)
        delivery_id = add_delivery(s, typology_id=typology, label="This week")

    prepare(sessions, manager, delivery_id)

    rows = log_rows(sessions, delivery_id)
    assert (rows[tired].exclusion_cause.value, rows[tired].rule_name) == (
        "pressure",
        "max_2_a_week",
    )
    assert rows[once].exclusion_cause is None
    assert rows[long_ago].exclusion_cause is None


def test_capacity_rule_limits_the_target_and_the_smallest_limit_wins(sessions, manager):
    with sessions.begin() as s:
        typology = add_typology(
            s, "capacity", {"name": "max_3", "rule_type": "capacity", "max_messages": 3}
        )
        for n in range(10):
            add_recipient(s, f"r{n}@example.com")
        with_rule = add_delivery(s, typology_id=typology, target_limit=5)
        own_limit = add_delivery(s, target_limit=4)

    limited = prepare(sessions, manager, with_rule)
    own = prepare(sessions, manager, own_limit)

    assert (limited.to_deliver, limited.exclusions) == (3, {"target_limit": 7})
    assert {r.rule_name for r in log_rows(sessions, with_rule).values() if r.exclusion_cause} == {
        "max_3"
    }
    assert (own.to_deliver, own.exclusions) == (4, {"target_limit": 6})


def test_control_rule_of_severity_error_fails_the_preparation(sessions, manager):
    with sessions.begin() as s:
        typology = add_typology(
            s,
            "strict",
            {
                "name": "needs_unsubscribe",
                "rule_type": "control",
                "control_check": "unsubscribe_link",
                "severity": "error",
            },
        )
        add_recipient(s, "a@example.com")
        delivery_id = add_delivery(s, typology_id=typology, html="<p>No way out</p>", text="")

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PREPARATION_FAILED
    assert "needs_unsubscribe" in result.error and "unsubscribe link" in result.error
    assert log_rows(sessions, delivery_id) == {}
    with sessions() as s:
        delivery = s.get(Delivery, delivery_id)
        assert delivery.status is DeliveryStatus.PREPARATION_FAILED
        assert "unsubscribe link" in delivery.error_message
        assert delivery.targeted == 0


def test_control_rule_of_severity_warning_is_journalled_and_does_not_block(sessions, manager):
    with sessions.begin() as s:
        typology = add_typology(
            s,
            "lenient",
            {
                "name": "subject_set",
                "rule_type": "control",
                "control_check": "subject_not_empty",
                "control_phase": "after_targeting",
            },
            {
                "name": "small_messages",
                "rule_type": "control",
                "control_check": "message_size",
                "control_threshold": 50,
            },
        )
        add_recipient(s, "a@example.com")
        delivery_id = add_delivery(s, typology_id=typology, subject="  ")

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PENDING_CONFIRMATION
    warnings = [m for level, m in _journal(sessions, delivery_id) if level == "warning"]
    assert any("subject_set" in m and "subject is empty" in m for m in warnings)
    assert any("small_messages" in m and "over the limit of 50" in m for m in warnings)


def test_proof_target_over_100_recipients_is_a_critical_error(sessions, manager):
    from desktop.models import RecipientList, list_member

    with sessions.begin() as s:
        ids = [add_recipient(s, f"p{n}@example.com") for n in range(101)]
        proofs = RecipientList(label="Proofs", is_proof_target=True)
        s.add(proofs)
        s.flush()
        s.execute(list_member.insert(), [{"list_id": proofs.id, "recipient_id": r} for r in ids])
        delivery_id = add_delivery(s, proof_list_id=proofs.id)

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PREPARATION_FAILED
    assert "proof target has 101 recipients" in result.error


def test_control_group_holds_out_the_share_and_is_reproducible(sessions, manager):
    with sessions.begin() as s:
        for n in range(200):
            add_recipient(s, f"cg{n}@example.com")
        delivery_id = add_delivery(s, control_group_percent=10)
        other_id = add_delivery(s, control_group_percent=10, label="Other")

    first = prepare(sessions, manager, delivery_id)
    held_out = {r for r, c in causes(sessions, delivery_id).items() if c == "control_group"}
    again = prepare(sessions, manager, delivery_id)  # prepare the same delivery again
    held_out_again = {r for r, c in causes(sessions, delivery_id).items() if c == "control_group"}
    prepare(sessions, manager, other_id)
    other_group = {r for r, c in causes(sessions, other_id).items() if c == "control_group"}

    assert first.exclusions == again.exclusions == {"control_group": 20}
    assert held_out == held_out_again
    assert other_group != held_out  # each delivery draws its own group
    ids = sorted(held_out)
    assert ids != list(range(ids[0], ids[0] + 20))  # a spread, not a block of ids


def test_control_group_comes_before_the_target_limit(sessions, manager):
    with sessions.begin() as s:
        for n in range(100):
            add_recipient(s, f"t{n}@example.com")
        delivery_id = add_delivery(s, control_group_percent=50, target_limit=30)

    result = prepare(sessions, manager, delivery_id)

    assert result.exclusions == {"control_group": 50, "target_limit": 20}
    assert result.to_deliver == 30

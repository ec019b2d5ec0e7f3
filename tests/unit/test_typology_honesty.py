"""Typology rules keep preparations honest: an edit of what a rule decides sends the
deliveries prepared with it, not yet confirmed, back to Being edited (a journal line names
the rule); and a capacity rule may count every delivery of a day, not only one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Delivery, DeliveryLog, JournalLine, TypologyRule
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.preparation import applied_rules
from desktop.services.preparation.pipeline import PreparationSettings, prepare
from tests.unit.preparation_data import add_delivery, add_recipient, add_typology

S = DeliveryStatus
ONE_PROCESS = PreparationSettings(processes=1)


def _rule_id(sessions: sessionmaker[Session], name: str) -> int:
    with sessions() as session:
        found = session.scalar(select(TypologyRule.id).where(TypologyRule.name == name))
        assert found is not None
        return found


def _delivery(sessions: sessionmaker[Session], delivery_id: int) -> Delivery:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        return delivery


def _last_journal_line(sessions: sessionmaker[Session], delivery_id: int) -> str:
    with sessions() as session:
        return (
            session.scalars(
                select(JournalLine.message)
                .where(JournalLine.delivery_id == delivery_id)
                .order_by(JournalLine.id.desc())
            ).first()
            or ""
        )


def _journal(sessions: sessionmaker[Session], delivery_id: int) -> list[str]:
    with sessions() as session:
        return list(
            session.scalars(
                select(JournalLine.message)
                .where(JournalLine.delivery_id == delivery_id)
                .order_by(JournalLine.id)
            )
        )


def _edit_rule(sessions: sessionmaker[Session], admin: Actor, rule_id: int, **values) -> None:
    with sessions.begin() as session:
        entities.update(session, admin, "typology_rule", rule_id, values)


def _prepared_world(sessions: sessionmaker[Session], manager: Actor) -> dict[str, int]:
    """Two deliveries prepared with the typology `weekly` (a filtering rule, a capacity
    rule, an inactive rule), one prepared without a typology."""
    with sessions.begin() as s:
        typology = add_typology(
            s,
            "weekly",
            {"name": "no_swiss", "rule_type": "filtering",
             "condition": {"field": "country", "op": "=", "value": "CH"}},
            {"name": "max_10", "rule_type": "capacity", "max_messages": 10},
            {"name": "dormant", "rule_type": "filtering", "active": False,
             "condition": {"field": "country", "op": "=", "value": "FR"}},
        )  # fmt: skip
        for n in range(4):
            add_recipient(s, f"r{n}@example.com", country="CH" if n == 0 else "FR")
        first = add_delivery(s, label="First", typology_id=typology)
        second = add_delivery(s, label="Second", typology_id=typology)
        plain = add_delivery(s, label="Plain")
    for delivery_id in (first, second, plain):
        assert prepare(sessions, manager, delivery_id, settings=ONE_PROCESS).to_deliver > 0
    return {"typology": typology, "first": first, "second": second, "plain": plain}


def test_a_preparation_records_the_rules_it_applied(sessions, manager):
    world = _prepared_world(sessions, manager)
    with sessions() as session:
        assert applied_rules.applied(session, world["first"]) == sorted(
            [_rule_id(sessions, "no_swiss"), _rule_id(sessions, "max_10")]
        )
        assert applied_rules.applied(session, world["plain"]) == []


def test_editing_a_rule_sends_its_unconfirmed_preparations_back_to_being_edited(
    sessions, manager, admin
):
    world = _prepared_world(sessions, manager)
    with sessions.begin() as session:  # a confirmed one keeps what it was agreed on
        confirmed = session.get(Delivery, world["second"])
        assert confirmed is not None
        confirmed.status = S.SCHEDULED
    _edit_rule(sessions, admin, _rule_id(sessions, "max_10"), max_messages=2)

    first = _delivery(sessions, world["first"])
    assert first.status is S.BEING_EDITED
    assert (first.targeted, first.to_deliver, first.prepared_at) == (0, 0, None)
    assert _last_journal_line(sessions, world["first"]) == (
        "Preparation invalidated (typology rule max_10 edited: max_messages); "
        "prepare the delivery again."
    )
    with sessions() as session:
        assert not session.scalar(
            select(func.count()).where(DeliveryLog.delivery_id == world["first"])
        )
    assert _delivery(sessions, world["second"]).status is S.SCHEDULED
    assert _delivery(sessions, world["plain"]).status is S.PENDING_CONFIRMATION


def test_switching_a_rule_off_names_it_and_a_new_label_changes_nothing(sessions, manager, admin):
    world = _prepared_world(sessions, manager)
    no_swiss = _rule_id(sessions, "no_swiss")
    _edit_rule(sessions, admin, no_swiss, label="No Swiss addresses", description="why")
    assert _delivery(sessions, world["first"]).status is S.PENDING_CONFIRMATION

    _edit_rule(sessions, admin, no_swiss, active=False)
    for name in ("first", "second"):
        assert _delivery(sessions, world[name]).status is S.BEING_EDITED
        assert "typology rule no_swiss switched off" in _last_journal_line(sessions, world[name])
    # Prepared again, without it: it is no longer among the rules applied.
    prepare(sessions, manager, world["first"], settings=ONE_PROCESS)
    with sessions() as session:
        assert no_swiss not in applied_rules.applied(session, world["first"])


def test_switching_a_rule_on_invalidates_the_deliveries_of_its_typologies(sessions, manager, admin):
    world = _prepared_world(sessions, manager)
    _edit_rule(sessions, admin, _rule_id(sessions, "dormant"), active=True)
    assert _delivery(sessions, world["first"]).status is S.BEING_EDITED
    assert "typology rule dormant switched on" in _last_journal_line(sessions, world["first"])
    assert _delivery(sessions, world["plain"]).status is S.PENDING_CONFIRMATION


def test_changing_a_typologys_rules_invalidates_what_it_prepared(sessions, manager, admin):
    world = _prepared_world(sessions, manager)
    with sessions.begin() as session:
        entities.update(
            session, admin, "typology", world["typology"], {"rules": [_rule_id(sessions, "max_10")]}
        )
    assert _delivery(sessions, world["second"]).status is S.BEING_EDITED
    assert "the rules of typology weekly changed" in _last_journal_line(sessions, world["second"])


def test_a_refused_rule_edit_invalidates_nothing(sessions, manager, admin):
    world = _prepared_world(sessions, manager)
    max_10 = _rule_id(sessions, "max_10")
    try:
        _edit_rule(sessions, admin, max_10, max_messages=0)
    except Exception as refused:
        assert "Maximum messages: must be at least 1" in str(refused)
    else:
        raise AssertionError("a capacity of 0 was accepted")
    assert _delivery(sessions, world["first"]).status is S.PENDING_CONFIRMATION


# ---- capacity per day ----------------------------------------------------------------------


def _per_day_world(sessions: sessionmaker[Session]) -> tuple[int, list[int]]:
    """A per-day rule of 5 messages, 8 recipients (3 in Sweden)."""
    with sessions.begin() as s:
        typology = add_typology(
            s, "daily",
            {"name": "five_a_day", "rule_type": "capacity", "max_messages": 5, "per_day": True},
        )  # fmt: skip
        recipients = [
            add_recipient(s, f"d{n}@example.com", country="SE" if n < 3 else "FR") for n in range(8)
        ]
    return typology, recipients


def test_a_per_day_capacity_counts_the_days_other_deliveries(sessions, manager):
    typology, _ = _per_day_world(sessions)
    with sessions.begin() as s:
        swedes = add_delivery(
            s, label="Swedes", typology_id=typology,
            audience_filter={"field": "country", "op": "=", "value": "SE"},
        )  # fmt: skip
        everyone = add_delivery(s, label="Everyone", typology_id=typology)
    assert prepare(sessions, manager, swedes, settings=ONE_PROCESS).to_deliver == 3

    result = prepare(sessions, manager, everyone, settings=ONE_PROCESS)

    assert (result.to_deliver, result.exclusions) == (2, {"target_limit": 6})
    journal = _journal(sessions, everyone)
    today = datetime.now(UTC).astimezone().date().isoformat()
    assert (
        f"Typology rule five_a_day: 3 messages of {today} already prepared or sent by"
        " other deliveries (at most 5); 2 left."
    ) in journal
    assert "Target limited to 2 messages by typology rule five_a_day." in journal


def test_a_per_day_capacity_counts_messages_sent_that_day_not_another_days(sessions, manager):
    typology, recipients = _per_day_world(sessions)
    now = datetime.now(UTC)
    with sessions.begin() as s:
        sent_today = add_delivery(s, label="Sent today", status=S.FINISHED, started_at=now)
        for recipient in recipients[:4]:
            s.add(
                DeliveryLog(
                    delivery_id=sent_today,
                    recipient_id=recipient,
                    status=LogStatus.SENT,
                    address="x@example.com",
                    sent_at=now,
                )
            )
        # Prepared for another day: its 100 messages take nothing of today's.
        add_delivery(
            s,
            label="Next week",
            status=S.SCHEDULED,
            to_deliver=100,
            contact_date=now + timedelta(days=7),
            prepared_at=now,
        )
        everyone = add_delivery(s, label="Everyone", typology_id=typology)
        next_week = add_delivery(s, label="Also next week", typology_id=typology,
                                 contact_date=now + timedelta(days=7))  # fmt: skip

    assert prepare(sessions, manager, everyone, settings=ONE_PROCESS).to_deliver == 1
    # The day of its contact date: the other delivery of that day took its whole capacity.
    failed = prepare(sessions, manager, next_week, settings=ONE_PROCESS)
    assert failed.status is S.PREPARATION_FAILED
    assert "no recipient to deliver" in failed.error


def test_without_per_day_a_capacity_rule_counts_its_delivery_only(sessions, manager, admin):
    typology, _ = _per_day_world(sessions)
    with sessions.begin() as s:
        first = add_delivery(s, label="First", typology_id=typology)
        second = add_delivery(s, label="Second", typology_id=typology)
    assert prepare(sessions, manager, first, settings=ONE_PROCESS).to_deliver == 5
    _edit_rule(sessions, admin, _rule_id(sessions, "five_a_day"), per_day=False)
    assert _delivery(sessions, first).status is S.BEING_EDITED  # its rule changed
    assert prepare(sessions, manager, second, settings=ONE_PROCESS).to_deliver == 5

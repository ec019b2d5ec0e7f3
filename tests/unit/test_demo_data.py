"""Demo data: the promised objects and quirks exist, people can log in, messages render, and
a newcomer finds the review under way: a delivery waiting for the reviewer, one waiting for
a proof, only today's e-mails to send, and histories that tell what happened when."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from markupsafe import escape
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo.builder import QUARANTINED, RECIPIENTS, create_demo_data
from desktop.demo.recipients import RecipientFactory
from desktop.errors import ConsoleError, InvalidState
from desktop.models import (
    AuditEntry,
    Budget,
    Campaign,
    CostStructure,
    Delivery,
    DeliveryLog,
    DeliveryTemplate,
    JournalLine,
    Notification,
    Operator,
    Program,
    QuarantinedAddress,
    Recipient,
    RecipientList,
    ServiceProvider,
    Stock,
    StockLine,
    TrackingFirst,
    TrackingLog,
    Typology,
    TypologyRule,
    list_member,
)
from desktop.models.enums import (
    ApprovalKind,
    ApprovalStatus,
    Channel,
    CostFormula,
    DeliveryStatus,
    JournalLevel,
    LogStatus,
    Right,
    TrackingKind,
    TypologyRuleType,
)
from desktop.services.access.audit_trail import AuditRow, TrailSubject, trail_page
from desktop.services.access.rights import authenticate, load_actor
from desktop.services.audience.addresses import address_problem
from desktop.services.delivery.approval_decisions import approve
from desktop.services.delivery.approval_list import approval_rows
from desktop.services.delivery.approvals import may_approve
from desktop.services.delivery.confirmation import may_confirm
from desktop.services.delivery.lifecycle import SENDING_BEGUN
from desktop.services.messages.rendering import DeliveryRenderer, render_spec
from desktop.services.proofs.history import proofs_sent
from desktop.services.proofs.messages import proof_language
from desktop.services.proofs.target import proof_target
from desktop.services.sending.send_sessions import as_utc
from tests.conftest import ADMIN_PASSWORD
from tests.demo_database import demo_copy, progress_reports

S = DeliveryStatus
A = ApprovalKind
LAUNCH = "Summer sale: launch"  # waits for the reviewer
TAIPEI = "台北旗艦店開幕通知"  # waits for a proof


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Iterator[tuple[sessionmaker[Session], dict]]:
    """One demo database for the whole module (built once per run: it takes a few
    seconds)."""
    with demo_copy(tmp_path_factory) as opened:
        yield opened


def count(session: Session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def delivery_named(session: Session, label: str) -> Delivery:
    return session.scalars(select(Delivery).where(Delivery.label == label)).one()


def made_at(session: Session) -> datetime:
    """When the demo data was made (its marker in the audit trail)."""
    return as_utc(
        session.scalars(select(AuditEntry.at).where(AuditEntry.action == "create_demo_data")).one()
    )


def history(sessions: sessionmaker[Session], delivery_id: int) -> list[AuditRow]:
    """A delivery's audit trail as its History tab reads it, oldest first."""
    with sessions() as session:
        admin = load_actor(session, "admin")
    _total, rows = trail_page(sessions, admin, TrailSubject("delivery", delivery_id), limit=100)
    return rows[::-1]


def test_counts_are_as_promised(demo):
    sessions, summary = demo
    with sessions() as session:
        assert count(session, Recipient) == RECIPIENTS == summary["recipients"]
        assert count(session, Program) == summary["programs"] == 2
        assert count(session, Campaign) == summary["campaigns"] == 6
        assert count(session, Budget) == summary["budgets"] == 5
        assert count(session, Delivery) == summary["deliveries"] == 12
        assert count(session, RecipientList) == summary["lists"] == 3
        assert count(session, QuarantinedAddress) == summary["quarantined"] == QUARANTINED
        assert count(session, ServiceProvider) == 2
        assert count(session, Stock) == summary["stocks"] and count(session, StockLine) >= 4
        languages = dict(
            session.execute(select(Recipient.country, Recipient.language).distinct()).all()
        )
        assert languages == {
            "FR": "fr",
            "SE": "sv",
            "NL": "nl",
            "TW": "zh_TW",
            "GB": "en",
            "US": "en",
            "DE": "de",
        }
        campaigns = session.scalars(select(Campaign)).all()
        assert all(c.owner_id and c.budget_id and c.start_date for c in campaigns)


def test_the_three_operators_can_log_in(demo):
    sessions, summary = demo
    passwords = summary["passwords"]
    with sessions() as session:
        assert authenticate(session, "admin", ADMIN_PASSWORD).is_admin
        manager = authenticate(session, "manager", passwords["manager"])
        reviewer = authenticate(session, "reviewer", passwords["reviewer"])
        # Random passwords, stored only as hashes.
        stored = session.scalars(select(Operator.password_hash)).all()
    assert manager.can(Right.PREPARE_DELIVERIES) and manager.can(Right.IMPORT)
    assert reviewer.can(Right.APPROVAL) and not reviewer.can(Right.PREPARE_DELIVERIES)
    assert passwords["manager"] != passwords["reviewer"]
    assert not set(passwords.values()) & set(stored)


def test_recipients_have_the_quirks_of_real_data(demo):
    sessions, summary = demo
    with sessions() as session:
        emails = session.scalars(select(Recipient.email)).all()
        problems = [address_problem(e) for e in emails]
        assert problems.count("empty") == summary["recipients_without_address"] > 0
        invalid = len([p for p in problems if p not in (None, "empty")])
        assert invalid == summary["invalid_addresses"] > 0

        shared = (
            select(Recipient.email_key)
            .where(Recipient.email_key != "")
            .group_by(Recipient.email_key)
            .having(func.count() > 1)
        )
        duplicates = session.scalars(
            select(Recipient.email).where(Recipient.email_key.in_(shared))
        ).all()
        # Duplicates differ in case or spaces: only normalisation finds them.
        assert any(e != e.strip().lower() for e in duplicates)
        assert count(session, Recipient, Recipient.denylisted.is_(True)) == summary["denylisted"]
        assert summary["denylisted"] > 0

        quarantined = select(QuarantinedAddress.address)
        matching = count(session, Recipient, Recipient.email_key.in_(quarantined))
        assert matching >= QUARANTINED
        with_fields = count(
            session, Recipient, Recipient.custom_fields["segment"].as_string() != ""
        )
        assert 0 < with_fields < RECIPIENTS  # some have custom fields, some do not
        assert count(session, Recipient, Recipient.external_id.is_(None)) > 0


def test_lists_typology_providers(demo):
    sessions, _ = demo
    with sessions() as session:
        sizes = dict(
            session.execute(
                select(RecipientList.label, func.count(list_member.c.recipient_id))
                .join(list_member, list_member.c.list_id == RecipientList.id)
                .group_by(RecipientList.label)
            ).all()
        )
        proof = session.scalar(select(RecipientList).where(RecipientList.is_proof_target))
        assert proof is not None and 0 < sizes[proof.label] < 100
        assert all(size > 0 for size in sizes.values()) and len(sizes) == 3

        kinds = set(session.scalars(select(TypologyRule.rule_type)))
        assert kinds == set(TypologyRuleType)
        typology = session.scalar(select(Typology))
        assert len(typology.rules) == count(session, TypologyRule)

        formulas = set(session.scalars(select(CostStructure.formula)))
        assert formulas == set(CostFormula)


def test_the_demo_ships_an_e_mail_and_a_direct_mail_template(demo):
    sessions, summary = demo
    with sessions() as session:
        templates = {t.channel: t for t in session.scalars(select(DeliveryTemplate))}
        assert len(templates) == summary["delivery_templates"] == 2
        email = templates[Channel.EMAIL]
        assert "{{ unsubscribe_url }}" in email.html and email.subject and email.sender_address
        assert email.proof_list_id is not None and email.typology_id is not None
        assert email.override_approvals and email.approve_content
        letter = templates[Channel.DIRECT_MAIL]
        assert letter.provider_id is not None and letter.approve_extraction


def test_deliveries_cover_the_life_cycle_with_plausible_counters(demo):
    sessions, _ = demo
    with sessions() as session:
        deliveries = session.scalars(select(Delivery)).all()
        states = {d.status for d in deliveries}
        assert {
            S.BEING_EDITED,
            S.PENDING_APPROVAL,
            S.PENDING_CONFIRMATION,
            S.IN_PROGRESS,
            S.FINISHED,
            S.STOPPED,
            S.PREPARATION_FAILED,
        } <= states
        assert any(d.channel is Channel.DIRECT_MAIL for d in deliveries)
        assert any(d.audience_list_id for d in deliveries)
        for d in deliveries:
            assert d.targeted == d.to_deliver + d.to_exclude
            assert d.delivered + d.failed <= d.processed <= d.to_deliver
            assert d.clicks <= d.opens <= d.delivered
            assert d.opens <= d.total_opens and d.clicks <= d.total_clicks
        for d in deliveries:
            if d.status in (S.FINISHED, S.IN_PROGRESS, S.STOPPED):
                assert d.delivered > 0 and d.opens > 0
            if d.status is S.FINISHED:
                assert d.processed == d.to_deliver
        failed = next(d for d in deliveries if d.status is S.PREPARATION_FAILED)
        assert "template syntax error" in failed.error_message


def test_deliveries_that_went_out_have_the_logs_their_counters_tell(demo):
    # Their dashboards chart exclusions by cause and list them: those come from the logs.
    sessions, summary = demo
    assert sorted(summary["sent"].values()) == ["finished", "finished", "finished",
                                                "in_progress", "stopped"]  # fmt: skip
    with sessions() as session:
        went_out = session.scalars(
            select(Delivery).where(Delivery.status.in_([S.FINISHED, S.IN_PROGRESS, S.STOPPED]))
        ).all()
        for delivery in went_out:
            rows = dict(
                session.execute(
                    select(DeliveryLog.status, func.count())
                    .where(DeliveryLog.delivery_id == delivery.id)
                    .group_by(DeliveryLog.status)
                ).all()
            )
            assert sum(rows.values()) == delivery.targeted
            assert rows.get(LogStatus.EXCLUDED, 0) == delivery.to_exclude > 0
            assert rows.get(LogStatus.SENT, 0) == delivery.delivered
            assert rows.get(LogStatus.FAILED, 0) == delivery.failed
            assert rows.get(LogStatus.CANCELLED, 0) == delivery.cancelled
            if delivery.status is S.STOPPED:
                assert delivery.cancelled > 0
            if delivery.status is S.IN_PROGRESS:
                assert rows.get(LogStatus.TO_DELIVER, 0) > 0
            assert delivery.started_at is not None and delivery.prepared_at is not None
            # Opens and clicks have the tracking rows the tracking server would have written.
            firsts = dict(
                session.execute(
                    select(TrackingFirst.kind, func.count())
                    .where(TrackingFirst.delivery_id == delivery.id)
                    .group_by(TrackingFirst.kind)
                ).all()
            )
            hits = dict(
                session.execute(
                    select(TrackingLog.kind, func.count())
                    .where(TrackingLog.delivery_id == delivery.id)
                    .group_by(TrackingLog.kind)
                ).all()
            )
            assert firsts.get(TrackingKind.OPEN, 0) == delivery.opens > 0
            assert firsts.get(TrackingKind.CLICK, 0) == delivery.clicks
            assert firsts.get(TrackingKind.UNSUBSCRIBE, 0) == delivery.unsubscriptions
            assert hits.get(TrackingKind.OPEN, 0) == delivery.total_opens
            assert hits.get(TrackingKind.CLICK, 0) == delivery.total_clicks
            # A recent send's opens keep coming: none is piled up at the demo's making.
            piled = session.scalar(
                select(func.count(TrackingLog.id))
                .where(TrackingLog.delivery_id == delivery.id)
                .group_by(TrackingLog.created_at)
                .order_by(func.count(TrackingLog.id).desc())
                .limit(1)
            )
            assert piled is not None and piled <= 3, delivery.label
            sent_times = session.execute(
                select(DeliveryLog.recipient_id, DeliveryLog.sent_at).where(
                    DeliveryLog.delivery_id == delivery.id, DeliveryLog.status == LogStatus.SENT
                )
            ).all()
            sent_at = dict(sent_times)
            for row in session.scalars(
                select(TrackingFirst).where(TrackingFirst.delivery_id == delivery.id)
            ):
                assert row.recipient_id in sent_at  # only those who got the message
                assert as_utc(row.created_at) >= as_utc(sent_at[row.recipient_id])


def test_the_first_start_shows_each_preparation_as_it_ends(demo):
    _, summary = demo
    steps = len(summary["sent"]) + len(summary["prepared"])
    reports = [report for report in progress_reports if report.phase == "preparation"]
    assert [(report.done, report.total) for report in reports] == [
        (done, steps) for done in range(steps + 1)
    ]


def test_deliveries_waiting_for_a_decision_were_really_prepared(demo):
    sessions, summary = demo
    assert set(summary["prepared"].values()) == {
        S.PENDING_CONFIRMATION.value,
        S.PENDING_APPROVAL.value,
        S.PENDING_EXTRACTION.value,
    }
    with sessions() as session:
        waiting = session.scalars(
            select(Delivery).where(
                Delivery.status.in_([S.PENDING_CONFIRMATION, S.PENDING_APPROVAL])
            )
        ).all()
        for delivery in waiting:
            assert delivery.to_deliver > 0
            assert count(session, DeliveryLog, DeliveryLog.delivery_id == delivery.id) == (
                delivery.targeted
            )


def test_every_email_renders_with_personalisation_and_unsubscribe_link(demo):
    sessions, _ = demo
    with sessions() as session:
        rich = (
            session.execute(
                select(Recipient).where(
                    Recipient.custom_fields["loyalty_points"].as_integer() >= 1000,
                    Recipient.email_key != "",
                )
            )
            .scalars()
            .first()
        )
        plain = session.scalars(
            select(Recipient).where(Recipient.custom_fields["segment"].as_string().is_(None))
        ).first()
        deliveries = session.scalars(
            select(Delivery).where(
                Delivery.channel == Channel.EMAIL, Delivery.status != S.PREPARATION_FAILED
            )
        ).all()
        specs = [render_spec(session, d) for d in deliveries]
    assert rich is not None and plain is not None
    for spec in specs:
        renderer = DeliveryRenderer(spec)
        for person in (rich, plain):
            fields = {
                c: getattr(person, c)
                for c in ("id", "email", "first_name", "last_name", "language", "country", "city")
            }
            fields["custom_fields"] = person.custom_fields
            out = renderer.render(fields)
            assert str(escape(person.first_name)) in out.html
            unsubscribe = renderer.signer.unsubscribe_url(spec.delivery_id, person.id)
            assert str(escape(unsubscribe)) in out.html and unsubscribe in out.text
            points = str(person.custom_fields.get("loyalty_points", "missing"))
            assert (points in out.html) == (person is rich)
            assert out.html.count("<tr><td><a href=") >= 2  # the product loop ran


def test_running_twice_is_refused_and_changes_nothing(demo):
    sessions, _ = demo
    with pytest.raises(ConsoleError, match="already has demo data"):
        create_demo_data(sessions)
    with sessions() as session:
        assert count(session, Recipient) == RECIPIENTS
        assert count(session, Operator) == 3


def test_a_database_with_its_own_data_is_refused(sessions):
    # The test database already has operators named manager and reviewer.
    with pytest.raises(ConsoleError, match="already has an operator named 'manager'"):
        create_demo_data(sessions)
    with sessions() as session:
        assert count(session, Recipient) == 0


def test_the_same_seed_gives_the_same_people():
    now = datetime(2026, 3, 1, tzinfo=UTC)

    def sample() -> list[tuple]:
        factory = RecipientFactory(random.Random(5), now, 5)
        rows = factory.staff(3) + list(factory.customers(300, first_number=1))
        return [(r["email"], r["first_name"], r["last_name"], r["created_at"]) for r in rows]

    assert sample() == sample()


def test_a_delivery_waits_for_the_reviewer(demo):
    sessions, _ = demo
    with sessions() as session:
        reviewer = load_actor(session, "reviewer")
        manager = load_actor(session, "manager")
        launch = delivery_named(session, LAUNCH)
        assert launch.status is S.PENDING_APPROVAL
        # In the reviewer's Pending approvals, named as its reviewer.
        mine = approval_rows(session, reviewer, delivery_id=launch.id, mine=True)
        assert [(row.step, row.status) for row in mine] == [
            (A.TARGETING, ApprovalStatus.PENDING),
            (A.CONTENT, ApprovalStatus.PENDING),
        ]
        assert all(row.reviewer_names == ["reviewer"] and row.may_decide for row in mine)
        # Not the manager's to approve, though the campaign is his.
        assert approval_rows(session, manager, delivery_id=launch.id, mine=True) == []
        rows = approval_rows(session, manager, delivery_id=launch.id)
        assert rows and not any(row.may_decide for row in rows)
        assert not may_approve(session, manager, launch, A.TARGETING)
        assert not may_approve(session, manager, launch, A.CONTENT)


def test_a_delivery_waits_for_a_proof(demo):
    sessions, _ = demo
    with sessions() as session:
        reviewer = load_actor(session, "reviewer")
        manager = load_actor(session, "manager")
        taipei = delivery_named(session, TAIPEI)
        assert taipei.status is S.PENDING_APPROVAL and taipei.to_deliver > 0
        rows = approval_rows(session, manager, delivery_id=taipei.id)
        assert [(row.step, row.status, row.decided_by) for row in rows] == [
            (A.TARGETING, ApprovalStatus.APPROVED, "reviewer"),
            (A.CONTENT, ApprovalStatus.APPROVED, "reviewer"),
            (A.PROOFS, ApprovalStatus.PENDING, None),
        ]
        prepared_at = as_utc(taipei.prepared_at)
        assert all(prepared_at < as_utc(row.decided_at) < made_at(session) for row in rows[:2])
        # Its proof target is set, and no proof was sent: the manager's next move.
        target = proof_target(session, taipei.id)
        assert target.is_set and 0 < target.size <= 100
        assert proofs_sent(session, taipei.id) == []
        # The reviewer approves the proofs once a proof went out, not before; the send
        # then waits for its confirmation reviewer, not the manager.
        assert may_approve(session, reviewer, taipei, A.PROOFS)
        with pytest.raises(InvalidState, match="no proof was sent since its preparation"):
            approve(session, reviewer, taipei.id, A.PROOFS)
        assert may_confirm(session, reviewer, taipei) and not may_confirm(session, manager, taipei)


def test_every_operator_has_an_address_and_a_language_of_the_console(demo):
    sessions, _ = demo
    with sessions() as session:
        operators = {o.name: o for o in session.scalars(select(Operator))}
        warnings = session.scalars(
            select(JournalLine.message).where(JournalLine.level == JournalLevel.WARNING)
        ).all()
    assert set(operators) == {"admin", "manager", "reviewer"}
    for operator in operators.values():
        assert address_problem(operator.email) is None, operator.name
        assert proof_language(operator.language) == operator.language, operator.name
    assert len({operator.email for operator in operators.values()}) == 3
    # Camille Martin reads French (her proofs say BAT), Erik Lindqvist Swedish.
    assert (operators["manager"].language, operators["reviewer"].language) == ("fr", "sv")
    assert not [line for line in warnings if line.startswith("Not notified")]


def test_only_what_awaits_the_team_now_is_queued(demo):
    sessions, _ = demo
    with sessions() as session:
        rows = session.execute(
            select(
                Notification.address,
                Delivery.label,
                Delivery.status,
                Notification.subject,
                Notification.created_at,
                Notification.sent_at,
            ).join(Delivery, Delivery.id == Notification.delivery_id)
        ).all()
        made = made_at(session)
    queued = sorted(
        (row.address, row.label, row.subject.rpartition(": ")[2])
        for row in rows
        if row.sent_at is None
    )
    manager, reviewer = "camille.martin@acme-outdoor.example", "erik.lindqvist@acme-outdoor.example"
    assert queued == [
        (manager, "Summer sale: teaser", "ready to confirm"),
        (reviewer, LAUNCH, "targeting and content await your approval"),
    ]
    # What the story's past told went out when it happened: that each delivery that went
    # out was ready to confirm, the reviewer's earlier decisions.
    told = [row for row in rows if row.sent_at is not None]
    assert all(as_utc(row.created_at) < as_utc(row.sent_at) < made for row in told)
    ready = {row.label for row in told if row.subject.endswith(": ready to confirm")}
    assert ready == {row.label for row in rows if row.status in SENDING_BEGUN}
    assert {row.label for row in told if " by reviewer" in row.subject} == {TAIPEI}


def test_the_history_of_a_delivery_that_went_out_tells_its_story(demo):
    sessions, _ = demo
    with sessions() as session:
        went_out = session.scalars(
            select(Delivery).where(Delivery.status.in_([S.FINISHED, S.IN_PROGRESS, S.STOPPED]))
        ).all()
        made = made_at(session)
    assert len(went_out) == 5
    for delivery in went_out:
        rows = history(sessions, delivery.id)
        states = [(row.from_state, row.to_state) for row in rows]
        chain = ["being_edited", "preparing", "pending_confirmation", "in_progress"]
        if delivery.status is not S.IN_PROGRESS:
            chain.append(delivery.status.value)
        assert states == list(pairwise(chain)), delivery.label
        assert all(row.action == "status" for row in rows)
        times = [row.at for row in rows]
        assert times == sorted(times) and times[-1] < made
        # Prepared (its audit row written as the preparation ended), confirmed when the send
        # started, ended when it ended.
        prepared_at = as_utc(delivery.prepared_at)
        assert abs(rows[1].at - prepared_at) < timedelta(seconds=5)
        assert prepared_at < as_utc(delivery.started_at)
        assert rows[2].at == as_utc(delivery.started_at)
        assert rows[2].details == {"reason": f"Send confirmed by {rows[2].operator}."}
        if delivery.finished_at is not None:
            assert rows[3].at == as_utc(delivery.finished_at)
        # Prepared by the manager; confirmed and ended by someone the rule allows.
        assert {rows[0].operator, rows[1].operator} == {"manager"}
        with sessions() as session:
            confirmer = load_actor(session, rows[2].operator)
            assert may_confirm(session, confirmer, delivery.id), delivery.label
        assert {row.operator for row in rows[2:]} == {rows[2].operator}
    stopped = next(d for d in went_out if d.status is S.STOPPED)
    # Its campaign is the administrator's: the administrator confirmed and stopped it.
    operators = [row.operator for row in history(sessions, stopped.id)]
    assert operators == ["manager", "manager", "admin", "admin"]


def test_the_history_of_a_delivery_under_review_shows_its_decisions(demo):
    sessions, _ = demo
    with sessions() as session:
        taipei = delivery_named(session, TAIPEI)
        failed = session.scalars(
            select(Delivery).where(Delivery.status == S.PREPARATION_FAILED)
        ).one()
    rows = history(sessions, taipei.id)
    assert [(row.operator, row.action, row.to_state, (row.details or {}).get("step"))
            for row in rows] == [
        ("manager", "status", "preparing", None),
        ("manager", "status", "pending_approval", None),
        ("reviewer", "approve", "approved", "targeting"),
        ("reviewer", "approve", "approved", "content"),
    ]  # fmt: skip
    assert [row.at for row in rows] == sorted(row.at for row in rows)
    failed_rows = history(sessions, failed.id)
    assert [row.to_state for row in failed_rows] == ["preparing", "preparation_failed"]
    assert failed_rows[-1].at == as_utc(failed.prepared_at)
    assert "template syntax error" in failed_rows[-1].details["reason"]

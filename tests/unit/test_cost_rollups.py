"""Costs add up: delivery by category, campaign = its deliveries, program = its campaigns;
a budget's calculated, committed and real amounts are computed against its allocation."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Budget, Campaign, Delivery, Program
from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.costs import budgets, extraction_effects, rollups
from tests.unit.money_data import make_money_data

D = Decimal


def _second_delivery(sessions: sessionmaker[Session], campaign_id: int, provider_id: int) -> int:
    with sessions.begin() as session:
        delivery = Delivery(
            label="Reminder", campaign_id=campaign_id, channel=Channel.DIRECT_MAIL,
            provider_id=provider_id, status=DeliveryStatus.PENDING_EXTRACTION,
        )  # fmt: skip
        session.add(delivery)
        session.flush()
        return delivery.id


def test_costs_add_up_from_the_delivery_to_the_program(sessions: sessionmaker[Session]) -> None:
    data = make_money_data(sessions)
    second = _second_delivery(sessions, data.campaign_id, data.provider_id)
    with sessions.begin() as session:
        program = Program(label="Print")
        session.add(program)
        session.flush()
        session.get(Campaign, data.campaign_id).program_id = program.id
        other = Campaign(label="Other", program_id=program.id)
        session.add(other)
        session.flush()
        third = Delivery(
            label="Other mailing",
            campaign_id=other.id,
            provider_id=data.provider_id,
            channel=Channel.DIRECT_MAIL,
            status=DeliveryStatus.PENDING_EXTRACTION,
        )
        session.add(third)  # fmt: skip
        session.flush()
        for delivery_id, rows in ((data.delivery_id, 700), (second, 100), (third.id, 1)):
            extraction_effects.apply_extraction(session, delivery_id, rows, actor_id=None)
    with sessions() as session:
        first = rollups.delivery_cost(session, data.delivery_id).cost.calculated
        assert first.by_category == {
            "postage": D("630.00"), "printing": D("450.00"), "envelope": D("84.00"),
            "email": D("0.00"),
        }  # fmt: skip
        campaign = rollups.campaign_cost(session, data.campaign_id)
        # second: postage 100 x 1.10, printing 450, one batch of envelopes
        assert campaign.cost.calculated.total == D("1164.00") + D("110.00") + 450 + 12
        assert [label for _, label, _ in campaign.parts] == ["Catalogue mailing", "Reminder"]
        whole = rollups.program_cost(session, program.id)
        assert whole.cost.calculated.total == campaign.cost.calculated.total + D("1.10") + 450 + 12
        assert whole.cost.calculated.get("printing") == 3 * D("450.00")
        assert whole.as_json()["calculated"]["total"] == str(whole.cost.calculated.total)


def test_a_budget_is_computed_never_typed_and_warns_over_its_allocation(
    sessions: sessionmaker[Session],
) -> None:
    data = make_money_data(sessions)
    with sessions.begin() as session:
        budget = Budget(label="Print budget", allocated=D("1000.00"))
        session.add(budget)
        session.flush()
        session.get(Campaign, data.campaign_id).budget_id = budget.id
        budget_id = budget.id
    with sessions() as session:
        empty = budgets.budget_report(session, budget_id)
        assert (empty.calculated, empty.committed, empty.real) == (0, 0, 0)
        assert budgets.over_budget_warning(session, data.delivery_id) == ""
    with sessions.begin() as session:
        extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=None)
    with sessions() as session:
        report = budgets.budget_report(session, budget_id)
        assert (report.allocated, report.calculated, report.committed, report.real) == (
            D("1000.00"), D("1164.00"), D("1164.00"), D("0.00"),
        )  # fmt: skip
        assert report.over_by == D("164.00")
        warning = budgets.over_budget_warning(session, data.delivery_id)
        assert warning.startswith("Over budget: Print budget allocates 1000.00")
        assert "164.00 over" in warning
    with sessions.begin() as session:  # handed off; the provider's results: 480 sent
        session.get(Delivery, data.delivery_id).status = DeliveryStatus.FINISHED
        extraction_effects.apply_results(session, data.delivery_id, 480)
    with sessions() as session:
        report = budgets.budget_report(session, budget_id)
        assert (report.committed, report.real) == (D("0.00"), D("1038.00"))
        shown = report.as_json()
        assert shown["by_category"]["postage"] == {
            "calculated": "630.00", "committed": "0.00", "real": "528.00",
        }  # fmt: skip
        assert shown["campaigns"] == [{"id": data.campaign_id, "label": "Catalogue"}]

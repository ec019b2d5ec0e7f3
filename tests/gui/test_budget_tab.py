"""A campaign's Budget tab, a delivery's cost on its dashboard and a stock line's level
chart, as an operator sees them once a mailing is extracted."""

from __future__ import annotations

from decimal import Decimal

from desktop.models import Budget, Campaign
from desktop.services.access.rights import Actor
from desktop.services.costs import extraction_effects
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.forms.campaign_form import CampaignForm
from desktop.views.forms.stock_form import StockForm
from desktop.views.money_text import money_text
from tests.unit.money_data import make_money_data


def m(amount: str) -> str:
    """As the operator's locale writes it (group separators or not)."""
    return money_text(Decimal(amount))


def _budgeted(sessions, allocated: str) -> object:
    data = make_money_data(sessions, catalogues=1_000, alert_level=400)
    with sessions.begin() as session:
        budget = Budget(label="Print budget", allocated=Decimal(allocated))
        session.add(budget)
        session.flush()
        session.get(Campaign, data.campaign_id).budget_id = budget.id
    return data


def test_the_budget_tab_breaks_the_cost_down_and_warns_over_budget(
    qtbot, context_for, manager: Actor, sessions
) -> None:
    data = _budgeted(sessions, "1000.00")
    form = CampaignForm(context_for(manager), data.campaign_id)
    qtbot.addWidget(form)
    form.resize(900, 800)
    form.show()
    form.tabs.setCurrentIndex(form.budget_tab)
    tab = form.budget
    assert tab.table.item(4, 0).text() == "0.00"  # nothing extracted yet
    assert not tab.warning.isVisible()

    with sessions.begin() as session:
        extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=None)
    tab.reload()
    rows = {tab.table.verticalHeaderItem(r).text(): r for r in range(tab.table.rowCount())}
    calculated = {name: tab.table.item(row, 0).text() for name, row in rows.items()}
    assert calculated == {
        "Postage": "630.00", "Printing": "450.00", "Envelope": "84.00", "E-mail": "0.00",
        "Total": m("1164.00"),
    }  # fmt: skip
    assert tab.table.item(rows["Total"], 1).text() == m("1164.00")  # Pending extraction: committed
    assert tab.table.item(rows["Total"], 2).text() == "0.00"
    assert "Print budget" in tab.summary.text() and m("1000.00") in tab.summary.text()
    assert tab.warning.isVisible() and tab.warning.text() == "Over budget by 164.00."
    # The chart: the allocation beside the costs, stacked by category.
    assert len(tab.bars) == 4
    heights = [list(bar.opts["height"]) for bar in tab.bars]
    assert heights[0] == [1000.0] and heights[1] == [630.0, 630.0, 0.0]


def test_a_campaign_without_budget_still_shows_its_costs(
    qtbot, context_for, manager: Actor, sessions
) -> None:
    data = make_money_data(sessions)
    with sessions.begin() as session:
        extraction_effects.apply_extraction(session, data.delivery_id, 100, actor_id=None)
    form = CampaignForm(context_for(manager), data.campaign_id)
    qtbot.addWidget(form)
    form.show()
    form.tabs.setCurrentIndex(form.budget_tab)
    assert "No budget is assigned" in form.budget.summary.text()
    assert form.budget.table.item(4, 0).text() == "572.00"  # 110 + 450 + 12


def test_the_dashboard_shows_the_cost_and_its_warnings(
    qtbot, context_for, manager: Actor, sessions
) -> None:
    data = _budgeted(sessions, "1000.00")
    with sessions.begin() as session:
        extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=None)
    dashboard = DeliveryDashboard(context_for(manager), data.delivery_id)
    qtbot.addWidget(dashboard)
    dashboard.resize(1000, 800)
    dashboard.show()
    panel = dashboard.cost
    assert panel.isVisible()
    assert "Calculated cost" in panel.figures.text() and m("1164.00") in panel.figures.text()
    warnings = panel.warnings.text().splitlines()
    assert warnings[0].startswith(f"Over budget: Print budget allocates {m('1000.00')}")
    assert (
        warnings[1] == "Stock Print stock: Catalogue holds 300 units, below its alert level of 400."
    )


def test_a_stock_line_level_chart(qtbot, context_for, admin: Actor, sessions) -> None:
    data = make_money_data(sessions, catalogues=1_000)
    with sessions.begin() as session:
        extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=None)
    form = StockForm(context_for(admin), data.stock_id)
    qtbot.addWidget(form)
    form.show()
    form.tabs.setCurrentIndex(form.levels_tab)
    chart = form.levels
    assert [chart.line_box.itemText(i) for i in range(chart.line_box.count())] == [
        "Catalogue", "Envelope",
    ]  # fmt: skip
    _, levels = chart.level.getData()
    assert (levels[0], levels[-1]) == (1000, 300)  # the creation, then the extraction
    assert "In stock 300, alert level 100" in chart.note.text()
    chart.line_box.setCurrentIndex(1)
    _, levels = chart.level.getData()
    assert list(levels)[-1] == 4300
    assert chart.alert.value() == 100

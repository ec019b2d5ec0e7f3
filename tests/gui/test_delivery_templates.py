"""Delivery templates in the window: the Delivery templates folder and its form, New
delivery from template (from a campaign's context menu, the File menu and the New
button's menu), Save as template on a delivery's dashboard, and a campaign's dashboard
with its deliveries and Add a delivery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from sqlalchemy import select

from desktop.models import Campaign, Delivery, DeliveryTemplate, Program
from desktop.models.enums import DeliveryStatus
from desktop.views.campaign_deliveries_panel import CampaignDeliveriesPanel
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.forms.campaign_form import CampaignForm
from desktop.views.forms.delivery_template_form import DeliveryTemplateForm
from desktop.views.main_window import MainWindow
from desktop.views.new_from_template_dialog import NewFromTemplateDialog

HTML = "<p>Hello {{ recipient.first_name }}</p>"


@pytest.fixture
def world(sessions) -> dict[str, int]:
    with sessions.begin() as session:
        program = Program(label="2030")
        session.add(program)
        session.flush()
        campaign = Campaign(label="Summer", program_id=program.id)
        template = DeliveryTemplate(
            label="Weekly news",
            subject="News for {{ recipient.first_name }}",
            sender_address="news@example.com",
            sender_name="Shop",
            html=HTML,
        )
        session.add_all([campaign, template])
        session.flush()
        finished = Delivery(
            label="June news", campaign_id=campaign.id, status=DeliveryStatus.FINISHED,
            subject="June", html=HTML, sender_address="news@example.com",
            targeted=200, to_deliver=190, delivered=180, opens=90, clicks=18, processed=190,
        )  # fmt: skip
        session.add(finished)
        session.flush()
        return {"campaign": campaign.id, "template": template.id, "finished": finished.id}


@pytest.fixture
def window_for(qtbot, context_for):
    def make(actor) -> MainWindow:
        window = MainWindow(context_for(actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.ensure_view_modules()
        return window

    return make


def _created_delivery(sessions, label: str) -> Delivery:
    with sessions() as session:
        found = session.scalar(select(Delivery).where(Delivery.label == label))
        assert found is not None
        return found


def test_a_campaigns_context_menu_makes_a_delivery_from_a_template(
    qtbot, window_for, manager, world, sessions
) -> None:
    window = window_for(manager)
    assert window.select_folder(f"campaign:{world['campaign']}")
    actions = window.template_actions
    menu = actions.campaign_menu(world["campaign"])
    entry = menu.findChild(type(menu.actions()[0]), "contextNewFromTemplate")
    assert entry is not None and entry.isEnabled()
    entry.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, NewFromTemplateDialog)
    assert dialog.template.value() == world["template"]
    assert dialog.campaign.value() == world["campaign"]  # the campaign it started from
    assert dialog.label.text() == "Weekly news"
    dialog.label.setText("July news")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    made = _created_delivery(sessions, "July news")
    assert (made.campaign_id, made.subject, made.sender_name) == (
        world["campaign"], "News for {{ recipient.first_name }}", "Shop"
    )  # fmt: skip
    assert made.audience_filter is None and made.contact_date is None
    # It opens in its dashboard, and the campaign's list shows it.
    dashboard = window.tabs.currentWidget()
    assert isinstance(dashboard, DeliveryDashboard) and dashboard.delivery_id == made.id
    window.tabs.setCurrentIndex(0)
    titles = {window.list_panel.model.value(r, "label")
              for r in range(window.list_panel.model.rowCount())}  # fmt: skip
    assert "July news" in titles


def test_the_new_menu_and_the_file_menu_offer_it_and_a_refusal_keeps_the_dialog(
    qtbot, window_for, manager, world, sessions
) -> None:
    window = window_for(manager)
    actions = window.template_actions
    assert actions.action in window.file_menu.actions()
    button = window.toolbar.widgetForAction(window.new_action)
    assert isinstance(button, QToolButton) and button.menu() is actions.new_menu
    assert actions.action in actions.new_menu.actions()

    window.select_folder("deliveries")  # no campaign selected: the dialog asks for one
    actions.action.trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.campaign.value() is None
    dialog.label.setText("")  # the label is required
    assert not dialog.create()
    assert "Label: is required" in dialog.message.text()
    assert dialog.isVisible()
    dialog.label.setText("No campaign yet")
    assert dialog.create()
    assert _created_delivery(sessions, "No campaign yet").campaign_id is None


def test_a_reviewer_cannot_make_a_delivery_from_a_template(window_for, reviewer, world) -> None:
    window = window_for(reviewer)
    actions = window.template_actions
    assert not actions.action.isEnabled()
    assert "PREPARE DELIVERIES" in actions.action.toolTip()
    entry = actions.campaign_menu(world["campaign"]).actions()[0]
    assert not entry.isEnabled()


def test_save_as_template_on_a_delivery_adds_a_template(
    qtbot, context_for, manager, world, sessions
) -> None:
    dashboard = DeliveryDashboard(context_for(manager), world["finished"])
    qtbot.addWidget(dashboard)
    dashboard.show()
    button = dashboard.save_as_template
    assert button.button.isEnabled()
    with qtbot.waitSignal(button.saved) as saved:
        button.save_as_template("June layout")
    assert "June layout" in button.message.text()
    with sessions() as session:
        template = session.get(DeliveryTemplate, saved.args[0])
        assert template is not None
        assert (template.label, template.subject, template.html) == ("June layout", "June", HTML)
    assert button.save_as_template("   ") is None
    assert "Label: is required" in button.message.text()


def test_the_delivery_templates_folder_lists_and_edits_templates(
    qtbot, window_for, manager, world, sessions
) -> None:
    window = window_for(manager)
    assert window.select_folder("delivery_templates")
    assert window.current_kind() == "delivery_template"
    model = window.list_panel.model
    assert model is not None and model.total == 1
    assert model.value(0, "label") == "Weekly news"
    form = window.open_object("delivery_template", world["template"], "Weekly news")
    assert isinstance(form, DeliveryTemplateForm)
    tabs = [form.tabs.tabText(i) for i in range(form.tabs.count())]
    assert tabs == ["General", "Content", "Proofs", "Throughput", "Approvals"]
    assert "audience_filter" not in form.editors and "contact_date" not in form.editors
    form.editors["subject"].set_value("Weekly: {{ recipient.first_name }}")
    form.editors["sender_address"].set_value("not an address")
    assert not form.save()
    assert form.field_error("sender_address")
    assert form.tabs.currentIndex() == tabs.index("Content")
    form.editors["sender_address"].set_value("weekly@example.com")
    assert form.save()
    with sessions() as session:
        template = session.get(DeliveryTemplate, world["template"])
        assert template is not None and template.sender_address == "weekly@example.com"


def test_a_campaigns_dashboard_lists_its_deliveries_and_adds_one(
    qtbot, context_for, qtmodeltester, manager, world, sessions
) -> None:
    form = CampaignForm(context_for(manager), world["campaign"])
    qtbot.addWidget(form)
    form.show()
    assert form.tabs.currentIndex() == form.dashboard_tab
    panel = form.dashboard
    assert isinstance(panel, CampaignDeliveriesPanel)
    qtmodeltester.check(panel.model)
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[:5] == ["June news", "E-mail", "Finished", "200", "190"]
    assert row[5] == "180 (90.0%)" and row[6] == "90 (50.0%)"  # as the delivery dashboard says it

    opened: list[tuple[str, int, str]] = []
    form.object_requested.connect(lambda *args: opened.append(args))
    panel.add_delivery()
    dialog = panel.dialog
    assert dialog.campaign.value() == world["campaign"]
    dialog.label.setText("August news")
    assert dialog.create()
    made = _created_delivery(sessions, "August news")
    assert opened == [("delivery", made.id, "August news")]
    assert panel.model.rowCount() == 2
    assert panel.model.index(1, 2).data() == "Being edited"
    # A change made elsewhere shows without a click (the timer, or a change notice).
    with sessions.begin() as session:
        delivery = session.get(Delivery, made.id)
        assert delivery is not None
        delivery.targeted = 42
    qtbot.waitUntil(lambda: panel.model.index(1, 3).data() == "42", timeout=5000)


def test_a_new_campaign_opens_on_its_fields(qtbot, context_for, manager) -> None:
    form = CampaignForm(context_for(manager), None)
    qtbot.addWidget(form)
    assert form.tabs.currentIndex() == form.general_tab
    assert not form.tabs.isTabEnabled(form.dashboard_tab)

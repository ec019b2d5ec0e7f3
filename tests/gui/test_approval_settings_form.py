"""The Approvals section of the campaign and delivery forms: steps, approval reviewers and
confirmation reviewers edited as a user would, saved with the form's Save and read back
through the services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.errors import PermissionDenied
from desktop.models import AuditEntry, Delivery
from desktop.models.enums import ApprovalKind
from desktop.services.access.rights import Actor
from desktop.services.delivery.approval_settings import (
    campaign_settings,
    delivery_settings,
    set_approval_settings,
)
from desktop.views.app_context import AppContext
from desktop.views.forms.approval_settings_editor import ApprovalSettingsEditor
from desktop.views.forms.campaign_form import CampaignForm
from desktop.views.forms.delivery_form import DeliveryForm
from desktop.views.forms.reviewer_dialog import ReviewerRow
from desktop.views.forms.reviewer_table import ReviewerTable, ReviewerTableModel
from tests.unit.review_data import add_campaign, add_campaign_delivery, add_people

A = ApprovalKind


@pytest.fixture
def campaign_id(sessions) -> int:
    with sessions.begin() as session:
        add_people(session)  # grace, in the group brand_team; otto
        return add_campaign(session)


@pytest.fixture
def delivery_id(sessions, campaign_id: int) -> int:
    with sessions.begin() as session:
        return add_campaign_delivery(session, campaign_id)


def show(qtbot, form):
    qtbot.addWidget(form)
    form.resize(1000, 700)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    form.tabs.setCurrentIndex(form.approvals_tab)
    return form


def open_campaign(qtbot, context: AppContext, campaign_id: int | None) -> CampaignForm:
    return show(qtbot, CampaignForm(context, campaign_id))


def open_delivery(qtbot, context: AppContext, delivery_id: int) -> DeliveryForm:
    return show(qtbot, DeliveryForm(context, delivery_id))


def name_reviewer(
    qtbot, table: ReviewerTable, name: str, *, group: bool = False, step: A | None = None
) -> None:
    """Add…, then the step and the reviewer chosen in the dialog, then OK."""
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    dialog = table.dialog
    assert dialog is not None and dialog.isVisible()
    if dialog.step is not None:
        dialog.step.setCurrentIndex(dialog.step.findData(step.value if step else ""))
    dialog.picker.choose(name, group)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def shown_rows(table: ReviewerTable) -> list[list[str]]:
    model = table.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_campaigns_steps_and_reviewers_are_saved_with_the_form(
    qtbot, context_for, manager: Actor, sessions, campaign_id: int
) -> None:
    form = open_campaign(qtbot, context_for(manager), campaign_id)
    approvals = form.approvals
    boxes = approvals.step_boxes
    assert form.tabs.tabText(form.approvals_tab) == "Approvals"
    assert not boxes[A.BUDGET].isEnabled()  # budget goes with the targeting

    boxes[A.TARGETING].click()
    assert boxes[A.BUDGET].isEnabled()
    boxes[A.BUDGET].click()
    boxes[A.CONTENT].click()
    name_reviewer(qtbot, approvals.reviewers, "reviewer", step=A.TARGETING)
    name_reviewer(qtbot, approvals.reviewers, "brand_team", group=True)
    name_reviewer(qtbot, approvals.confirmers, "otto")
    assert shown_rows(approvals.reviewers) == [
        ["Every step", "Group: brand_team"],
        ["Targeting", "reviewer"],
    ]
    assert form.is_dirty() and form.title_label.text().endswith("•")

    assert form.save(), form.message()

    with sessions() as session:
        stored = campaign_settings(session, campaign_id).as_dict()
    assert stored["steps"] == ["targeting", "budget", "content"]
    assert stored["reviewers"] == ["targeting:reviewer", "group:brand_team"]
    assert stored["confirmation_reviewers"] == ["otto"]
    assert not form.is_dirty()  # read back as saved
    assert shown_rows(approvals.confirmers) == [["otto"]]


def test_the_keyboard_names_and_removes_reviewers_and_revert_restores_them(
    qtbot, context_for, manager: Actor, sessions, campaign_id: int
) -> None:
    with sessions.begin() as session:
        set_approval_settings(session, manager, "campaign", campaign_id, ["content"], ["grace"])
    form = open_campaign(qtbot, context_for(manager), campaign_id)
    table = form.approvals.reviewers
    table.view.setFocus()

    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    dialog = table.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.step.hasFocus()
    qtbot.keyClick(dialog.step, Qt.Key.Key_Down)  # Every step -> Targeting
    qtbot.keyClick(dialog.step, Qt.Key.Key_Tab)
    assert dialog.picker.hasFocus()
    qtbot.keyClicks(dialog.picker, "otto")  # the picker finds by what it shows
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert ["Targeting", "otto"] in shown_rows(table)

    table.view.selectRow(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert shown_rows(table) == [["Targeting", "otto"]]
    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)
    assert shown_rows(table) == [["Every step", "grace"]]
    assert not form.is_dirty()


def test_budget_without_targeting_is_refused_under_the_steps(
    qtbot, context_for, manager: Actor, sessions, campaign_id: int
) -> None:
    form = open_campaign(qtbot, context_for(manager), campaign_id)
    boxes = form.approvals.step_boxes
    boxes[A.TARGETING].click()
    boxes[A.BUDGET].click()
    boxes[A.TARGETING].click()  # budget stays ticked, and can still be unticked
    assert boxes[A.BUDGET].isChecked() and boxes[A.BUDGET].isEnabled()

    assert not form.save()

    assert "budget is approved only with targeting" in form.approvals.steps_error.text()
    assert form.approvals.steps_error.isVisible()
    assert form.tabs.currentIndex() == form.approvals_tab
    assert boxes[A.BUDGET].isChecked()  # the user's choice stays, to be fixed
    with sessions() as session:
        assert campaign_settings(session, campaign_id).steps == ()
    boxes[A.BUDGET].click()
    assert not form.approvals.steps_error.isVisible()  # an edit clears the message


def test_a_delivery_shows_its_campaigns_settings_until_it_overrides_them(
    qtbot, context_for, manager: Actor, sessions, campaign_id: int, delivery_id: int
) -> None:
    with sessions.begin() as session:
        set_approval_settings(
            session, manager, "campaign", campaign_id, ["targeting", "content"], ["reviewer"]
        )
    form = open_delivery(qtbot, context_for(manager), delivery_id)
    approvals = form.approvals
    boxes = approvals.step_boxes
    assert not approvals.override.isChecked()
    assert [s for s, box in boxes.items() if box.isChecked()] == [A.TARGETING, A.CONTENT]
    assert not any(box.isEnabled() for box in boxes.values())  # greyed: the campaign's
    assert not approvals.reviewers.view.isEnabled()
    assert not approvals.reviewers.add_button.isEnabled()
    assert shown_rows(approvals.reviewers) == [["Every step", "reviewer"]]
    assert "Summer sale" in approvals.note.text()

    approvals.override.click()  # starts from what applies: the campaign's
    assert boxes[A.CONTENT].isEnabled() and boxes[A.CONTENT].isChecked()
    boxes[A.CONTENT].click()
    boxes[A.PROOFS].click()
    approvals.reviewers.view.selectRow(0)
    qtbot.mouseClick(approvals.reviewers.remove_button, Qt.MouseButton.LeftButton)
    name_reviewer(qtbot, approvals.reviewers, "grace", step=A.PROOFS)
    assert form.save(), form.message()

    with sessions() as session:
        own = delivery_settings(session, delivery_id)
        campaign = campaign_settings(session, campaign_id)
    assert own.source == "delivery"
    assert own.as_dict()["steps"] == ["targeting", "proofs"]
    assert own.as_dict()["reviewers"] == ["proofs:grace"]
    assert campaign.as_dict()["steps"] == ["targeting", "content"]  # untouched
    assert campaign.as_dict()["reviewers"] == ["reviewer"]

    approvals.override.click()  # back to the campaign's, shown greyed again
    assert boxes[A.CONTENT].isChecked() and not boxes[A.CONTENT].isEnabled()
    assert form.save(), form.message()
    with sessions() as session:
        assert session.get(Delivery, delivery_id).override_approvals is False
        assert delivery_settings(session, delivery_id).source == "campaign"


def test_choosing_another_campaign_shows_its_settings(
    qtbot, context_for, manager: Actor, sessions, campaign_id: int, delivery_id: int
) -> None:
    with sessions.begin() as session:
        other = add_campaign(session, label="Winter sale", steps=("proofs",))
    form = open_delivery(qtbot, context_for(manager), delivery_id)
    campaign = form.editors["campaign_id"]
    campaign.combo.setCurrentIndex(campaign.combo.findData(other))
    assert form.approvals.step_boxes[A.PROOFS].isChecked()
    assert "Winter sale" in form.approvals.note.text()


def test_a_reviewer_who_cannot_edit_sees_the_approvals_read_only(
    qtbot, context_for, manager: Actor, reviewer: Actor, sessions, campaign_id: int
) -> None:
    with sessions.begin() as session:
        set_approval_settings(session, manager, "campaign", campaign_id, ["content"], ["grace"])
    form = open_campaign(qtbot, context_for(reviewer), campaign_id)
    approvals = form.approvals
    table = approvals.reviewers

    assert approvals.step_boxes[A.CONTENT].isChecked()
    assert not any(box.isEnabled() for box in approvals.step_boxes.values())
    assert table.view.isEnabled()  # readable, selectable
    assert shown_rows(table) == [["Every step", "grace"]]
    for button in (table.add_button, table.edit_button, table.remove_button):
        assert not button.isEnabled()
    table.view.selectRow(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert table.dialog is None and shown_rows(table) == [["Every step", "grace"]]
    assert form.save() is False
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        set_approval_settings(session, reviewer, "campaign", campaign_id, ["targeting"])
    with sessions() as session:
        changes = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "approval_settings")
        )
        assert list(changes) == ["approval_settings"]  # the manager's, not the reviewer's


def test_an_unknown_reviewer_is_named_under_the_reviewers(
    qtbot, context_for, manager: Actor, sessions, campaign_id: int
) -> None:
    form = open_campaign(qtbot, context_for(manager), campaign_id)
    name_reviewer(qtbot, form.approvals.reviewers, "grace")
    with sessions.begin() as session:  # renamed in another window meanwhile
        from desktop.models import Operator

        session.scalar(select(Operator).where(Operator.name == "grace")).name = "grace.h"

    assert not form.save()
    assert "no operator is named 'grace'" in form.approvals.reviewers.error_text()
    assert shown_rows(form.approvals.reviewers) == [["Every step", "grace"]]


def test_the_reviewer_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ReviewerTableModel(with_step=True)
    model.set_rows(
        [
            ReviewerRow("otto", False, A.PROOFS),
            ReviewerRow("brand_team", True),
            ReviewerRow("grace", False, A.TARGETING),
        ]
    )
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Every step", "Targeting", "Proofs"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == [
        "otto",
        "Group: brand_team",
        "grace",
    ]
    assert model.add(ReviewerRow("otto", False, A.PROOFS)) == 0  # named once
    assert model.rowCount() == 3


def test_a_new_campaign_starts_without_approvals(qtbot, context_for, manager: Actor) -> None:
    form = open_campaign(qtbot, context_for(manager), None)
    assert isinstance(form.approvals, ApprovalSettingsEditor)
    assert not form.is_dirty()
    qtbot.keyClicks(form.editors["label"].line, "Autumn")
    form.approvals.step_boxes[A.CONTENT].click()
    assert form.save(), form.message()
    assert form.approvals.step_boxes[A.CONTENT].isChecked()
    assert not form.is_dirty()

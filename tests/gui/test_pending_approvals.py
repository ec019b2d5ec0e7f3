"""Campaign Management > Pending approvals: the steps the operator may decide now, with a
count on the folder and on the toolbar entry; sortable, keyboard-usable, and opening the
delivery's dashboard on its review panel."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from desktop.models.enums import ApprovalKind, DeliveryStatus
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.main_window import MainWindow
from desktop.views.pending_approvals_model import PendingApprovalsModel
from desktop.views.pending_approvals_view import PendingApprovalsView
from desktop.views.step_decision import DecisionDialog, StepToDecide
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    name_reviewer,
    prepared,
    status_of,
)

S = DeliveryStatus


@pytest.fixture
def deliveries(sessions, manager) -> dict[str, int]:
    """Two deliveries pending approval: "Launch" (targeting and content, reviewed by the
    reviewer) and "Teaser" (content, reviewed by the group brand_team)."""
    with sessions.begin() as session:
        add_people(session)
        launch_campaign = add_campaign(session, steps=("targeting", "content"), label="Summer")
        name_reviewer(session, campaign_id=launch_campaign, operator="reviewer")
        teaser_campaign = add_campaign(session, steps=("content",), label="Autumn")
        name_reviewer(session, campaign_id=teaser_campaign, group="brand_team")
        ids = {
            "Launch": add_campaign_delivery(session, launch_campaign, label="Launch"),
            "Teaser": add_campaign_delivery(session, teaser_campaign, label="Teaser"),
        }
    for delivery in ids.values():
        assert prepared(sessions, manager, delivery) is S.PENDING_APPROVAL
    return ids


@pytest.fixture
def log_in(qtbot, context_for, sessions):
    windows = []  # qtbot keeps weak references only

    def make(name: str) -> MainWindow:
        window = MainWindow(context_for(actor(sessions, name)))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    return make


def _open_view(window: MainWindow) -> PendingApprovalsView:
    window.pending_action.trigger()
    view = window.special_widget()
    assert isinstance(view, PendingApprovalsView)
    return view


def _column(view: PendingApprovalsView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_each_operator_sees_the_steps_they_may_decide_and_their_count(log_in, deliveries) -> None:
    reviewer = log_in("reviewer")
    assert reviewer.pending_action.iconText() == "Pending approvals (2)"
    assert reviewer.explorer_model.find("pending_approvals").data() == "Pending approvals (2)"
    view = _open_view(reviewer)
    assert reviewer.tabs.tabText(0) == "Pending approvals (2)"
    assert _column(view, 0) == ["Launch", "Launch"]
    assert _column(view, 1) == ["Summer", "Summer"]
    assert sorted(_column(view, 2)) == ["Content", "Targeting"]
    assert _column(view, 4) == ["reviewer", "reviewer"]
    assert view.heading.text() == "2 step(s) wait for your approval"

    grace = log_in("grace")  # a member of brand_team
    assert grace.pending_action.iconText() == "Pending approvals (1)"
    assert _column(_open_view(grace), 0) == ["Teaser"]

    otto = log_in("otto")  # named nowhere
    assert otto.pending_action.iconText() == "Pending approvals"
    view = _open_view(otto)
    assert view.model.rowCount() == 0
    assert view.empty.isVisible() and not view.table.isVisible()

    admin = log_in("admin")  # administrators may decide every step
    assert admin.pending_action.iconText() == "Pending approvals (3)"


def test_the_model_passes_the_model_tester(qtmodeltester, sessions, deliveries) -> None:
    from desktop.services.delivery.approval_list import approval_rows

    model = PendingApprovalsModel()
    with sessions() as session:
        model.set_rows(approval_rows(session, actor(sessions, "admin"), mine=True))
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_a_click_on_a_title_sorts_and_enter_opens_the_review(qtbot, log_in, deliveries) -> None:
    window = log_in("admin")
    view = _open_view(window)
    header = view.table.horizontalHeader()
    step_title = QPoint(header.sectionViewportPosition(2) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=step_title)
    # In the order the steps are asked: targeting before content.
    assert _column(view, 2) == ["Targeting", "Content", "Content"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=step_title)
    assert _column(view, 2) == ["Content", "Content", "Targeting"]

    # The keyboard: the toolbar entry put it on the list; down to the Teaser row, Enter
    # opens its dashboard on the review.
    window.pending_action.trigger()
    assert window.focusWidget() is view.table
    row = _column(view, 0).index("Teaser")
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dashboard = window.tabs.currentWidget()
    assert isinstance(dashboard, DeliveryDashboard)
    assert dashboard.delivery_id == deliveries["Teaser"]
    assert dashboard.tabs.currentIndex() == 0 and dashboard.review.isVisible()
    approve = dashboard.review.buttons[("approve", "content")]
    qtbot.waitUntil(lambda: window.focusWidget() is approve)


def test_rejecting_from_the_view_needs_a_comment_and_updates_the_count(
    qtbot, log_in, deliveries, sessions
) -> None:
    window = log_in("reviewer")
    view = _open_view(window)
    view.table.setFocus()
    view.table.selectRow(_column(view, 2).index("Content"))
    qtbot.mouseClick(view.reject_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(DecisionDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.comment_box, "Wrong price in the banner.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert status_of(sessions, deliveries["Launch"]) is S.BEING_EDITED
    assert view.model.rowCount() == 0  # the targeting step went with the preparation
    assert view.message.text() == "Rejected: the owners are told why."
    assert window.pending_action.iconText() == "Pending approvals"
    assert window.explorer_model.find("pending_approvals").data() == "Pending approvals"


def test_a_decision_in_a_dashboard_updates_the_view_and_the_badge_at_once(
    qtbot, log_in, deliveries, sessions
) -> None:
    window = log_in("reviewer")
    view = _open_view(window)
    dashboard = window.open_review(deliveries["Launch"], "Launch")
    assert isinstance(dashboard, DeliveryDashboard)
    qtbot.mouseClick(dashboard.review.buttons[("approve", "targeting")], Qt.MouseButton.LeftButton)
    dialog = dashboard.review.findChild(DecisionDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # No timer waited for: the decision is told to every view of the review.
    assert window.pending_action.iconText() == "Pending approvals (1)"
    assert _column(view, 2) == ["Content"]


def test_rejecting_steps_of_both_channels_says_where_each_delivery_goes(qtbot) -> None:
    file_step = StepToDecide(
        1, "Autumn catalogue", ApprovalKind.EXTRACTION, DeliveryStatus.PENDING_EXTRACTION
    )
    content = StepToDecide(2, "Summer sale", ApprovalKind.CONTENT)

    mixed = DecisionDialog("reject", [file_step, content])
    qtbot.addWidget(mixed)
    heading, listed = mixed.findChildren(QLabel)[:2]
    assert "status shown beside it" in heading.text()
    assert "Being edited" not in heading.text()
    lines = listed.text().split("<br>")
    assert lines[0].endswith("\u2192 Pending extraction")
    assert lines[1].endswith("\u2192 Being edited")

    two_files = DecisionDialog("reject", [file_step, replace(file_step, delivery_id=3)])
    qtbot.addWidget(two_files)
    heading = two_files.findChildren(QLabel)[0]
    assert "go back to Pending extraction" in heading.text()

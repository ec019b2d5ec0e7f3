"""A delivery's review panel: the steps with their status and reviewers, Approve and Reject
for those who may decide, read-only (saying who may) for the others, a comment required to
reject, and what a reviewer judges: KPIs, exclusions, the last proof, the message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.history_panel import HistoryPanel
from desktop.views.step_decision import DecisionDialog
from tests.gui.test_translated_widgets import speak  # noqa: F401  (a fixture)
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    add_proof,
    name_reviewer,
    prepared,
    status_of,
)

S = DeliveryStatus


@pytest.fixture
def delivery_id(sessions, manager) -> int:
    """The manager's delivery asks for targeting and content; the reviewer reviews every
    step and the group brand_team the content; prepared: pending approval."""
    with sessions.begin() as session:
        add_people(session)
        campaign_id = add_campaign(session, owner="manager", steps=("targeting", "content"))
        name_reviewer(session, campaign_id=campaign_id, operator="reviewer")
        name_reviewer(session, campaign_id=campaign_id, group="brand_team", step="content")
        delivery = add_campaign_delivery(session, campaign_id)
    assert prepared(sessions, manager, delivery) is S.PENDING_APPROVAL
    return delivery


@pytest.fixture
def open_dashboard(qtbot, context_for, sessions):
    def make(name: str, delivery: int) -> DeliveryDashboard:
        dashboard = DeliveryDashboard(context_for(actor(sessions, name)), delivery)
        qtbot.addWidget(dashboard)
        dashboard.resize(1100, 900)
        dashboard.show()
        qtbot.waitExposed(dashboard)
        return dashboard

    return make


def _decision_dialog(qtbot, parent) -> DecisionDialog:
    """The dialog the last click opened (those closed before are being deleted)."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(DecisionDialog)))
    return next(d for d in parent.findChildren(DecisionDialog) if d.isVisible())


def test_a_reviewer_sees_each_step_its_reviewers_and_what_to_judge(
    qtbot, open_dashboard, delivery_id
) -> None:
    dashboard = open_dashboard("reviewer", delivery_id)
    review = dashboard.review
    assert review.isVisible()
    assert [row.step.value for row in review.rows] == ["targeting", "content"]
    assert (
        review.findChild(type(review.summary), "status_targeting").text().endswith("Pending</span>")
    )
    assert review.findChild(type(review.summary), "reviewers_targeting").text() == "reviewer"
    content_reviewers = review.findChild(type(review.summary), "reviewers_content").text()
    assert content_reviewers == "reviewer, group brand_team"
    assert review.summary.text() == "2 step(s) wait for your approval."
    for verb in ("approve", "reject"):
        for step in ("targeting", "content"):
            assert review.buttons[(verb, step)].isEnabled()
    # The KPIs, the exclusions and the proofs, as the reviewer judges them.
    assert "Targeted <b>3</b>" in review.kpi_line.text()
    assert "To deliver <b>3</b>" in review.kpi_line.text()
    assert review.exclusion_line.text() == "Nobody was excluded."
    assert review.proof_line.text() == "Last proof: none sent yet."
    # The message as its first recipient will read it.
    preview = review.preview
    assert preview is not None and preview.recipients.count() == 3
    qtbot.waitUntil(lambda: preview.subject_label.text() != "")
    assert preview.subject_label.text() == "Subject: News for Ann"
    assert "Hello Ann" in preview.browser.toPlainText()
    # The settings the delivery follows, in one line.
    line = dashboard.approval_settings.label.text()
    assert "Approval of <b>Targeting</b>, <b>Content</b>" in line
    assert "group brand_team (Content only)" in line
    assert "the campaign's settings" in line


def test_those_who_may_not_decide_read_it_and_are_told_who_may(
    qtbot, open_dashboard, delivery_id, sessions
) -> None:
    dashboard = open_dashboard("otto", delivery_id)  # another campaign manager
    review = dashboard.review
    assert review.summary.text() == "2 step(s) wait for approval by their reviewers."
    for verb in ("approve", "reject"):
        assert not review.buttons[(verb, "targeting")].isEnabled()
        assert not review.buttons[(verb, "content")].isEnabled()
    assert review.buttons[("approve", "targeting")].toolTip() == (
        "Only reviewer or an administrator may approve or reject this step."
    )
    assert review.buttons[("reject", "content")].toolTip() == (
        "Only reviewer, group brand_team or an administrator may approve or reject this step."
    )
    # A member of brand_team decides the content, not the targeting.
    grace_dashboard = open_dashboard("grace", delivery_id)
    grace = grace_dashboard.review
    assert grace.buttons[("approve", "content")].isEnabled()
    assert not grace.buttons[("approve", "targeting")].isEnabled()


def test_approving_each_step_makes_the_delivery_pending_confirmation(
    qtbot, open_dashboard, delivery_id, sessions
) -> None:
    dashboard = open_dashboard("reviewer", delivery_id)
    review = dashboard.review
    for step in ("targeting", "content"):
        qtbot.mouseClick(review.buttons[("approve", step)], Qt.MouseButton.LeftButton)
        dialog = _decision_dialog(qtbot, review)
        assert dialog.ok_button.isEnabled()  # a comment is optional to approve
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda s=step: ("approve", s) not in review.buttons)
    assert status_of(sessions, delivery_id) is S.PENDING_CONFIRMATION
    qtbot.waitUntil(lambda: dashboard.snapshot.status is S.PENDING_CONFIRMATION)
    status = review.findChild(type(review.summary), "status_content").text()
    assert "Approved by reviewer on " in status
    assert review.summary.text() == "Every step asked was approved."
    assert not review.material.isVisible()  # nothing left to judge


def test_a_rejection_needs_a_comment_and_sends_the_delivery_back(
    qtbot, open_dashboard, delivery_id, sessions
) -> None:
    dashboard = open_dashboard("reviewer", delivery_id)
    review = dashboard.review
    qtbot.mouseClick(review.buttons[("reject", "content")], Qt.MouseButton.LeftButton)
    dialog = _decision_dialog(qtbot, review)
    assert dialog.windowTitle() == "Reject"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.comment_box, Qt.Key.Key_Return)  # no words: still refused
    dialog.accept()
    assert dialog.isVisible() and status_of(sessions, delivery_id) is S.PENDING_APPROVAL
    qtbot.keyClicks(dialog.comment_box, "The offer ends on the 30th, not the 31st.")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dashboard.snapshot.status is S.BEING_EDITED)
    assert status_of(sessions, delivery_id) is S.BEING_EDITED
    status = review.findChild(type(review.summary), "status_content").text()
    assert "Rejected by reviewer on " in status
    assert "The offer ends on the 30th, not the 31st." in status
    assert review.summary.text() == "Rejected: the delivery went back to Being edited."
    assert review.message.text() == "Rejected: the owner is told why."
    # The History tab says it in words.
    history = dashboard.history
    assert isinstance(history, HistoryPanel)
    dashboard.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.model is not None and history.model.rowCount() > 0)
    model = history.model
    actions = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert "Step rejected" in actions
    row = actions.index("Step rejected")
    assert (model.index(row, 4).data(), model.index(row, 5).data()) == ("Pending", "Rejected")
    assert model.index(row, 6).data().startswith("Step: Content; Comment: The offer ends")


def test_the_proofs_step_waits_for_a_proof_and_shows_the_last_one(
    qtbot, open_dashboard, sessions, manager
) -> None:
    with sessions.begin() as session:
        add_people(session)
        campaign_id = add_campaign(session, owner="manager", steps=("proofs",))
        delivery = add_campaign_delivery(session, campaign_id)
    assert prepared(sessions, manager, delivery) is S.PENDING_APPROVAL
    dashboard = open_dashboard("manager", delivery)  # nobody named: the owner reviews
    review = dashboard.review
    assert review.findChild(type(review.summary), "reviewers_proofs").text() == (
        "its owner manager"
    )
    # Nothing to decide before a proof went out: the button says what to do first.
    approve = review.buttons[("approve", "proofs")]
    assert not approve.isEnabled()
    assert approve.toolTip().startswith("Send a proof first")
    assert review.proof_line.text() == "Last proof: none sent yet."

    add_proof(sessions, delivery)
    review.reload()
    assert review.proof_line.text().startswith("Last proof: #1, sent ")
    approve = review.buttons[("approve", "proofs")]
    assert approve.isEnabled()
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_decision_dialog(qtbot, review).ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status_of(sessions, delivery) is S.PENDING_CONFIRMATION)


def test_show_review_puts_the_keyboard_on_the_first_step_to_approve(
    qtbot, open_dashboard, delivery_id
) -> None:
    dashboard = open_dashboard("reviewer", delivery_id)
    dashboard.tabs.setCurrentIndex(dashboard.tabs.count() - 1)  # Properties
    dashboard.show_review()
    assert dashboard.tabs.currentIndex() == 0
    approve = dashboard.review.buttons[("approve", "targeting")]
    qtbot.waitUntil(lambda: dashboard.focusWidget() is approve)


def test_the_panel_is_hidden_where_no_approval_is_asked(
    qtbot, open_dashboard, sessions, manager
) -> None:
    with sessions.begin() as session:
        add_people(session)
        delivery = add_campaign_delivery(session, add_campaign(session, owner="manager"))
        session.execute(
            update(Delivery).where(Delivery.id == delivery).values(status=S.PENDING_CONFIRMATION)
        )
    dashboard = open_dashboard("manager", delivery)
    assert not dashboard.review.isVisible()
    assert "No approval asked" in dashboard.approval_settings.label.text()


def test_english_counts_the_steps_in_the_singular_and_the_plural(
    qtbot,
    speak,  # noqa: F811
    open_dashboard,
    delivery_id,
) -> None:
    speak("en")  # as the application does for English: its file of plural forms
    dashboard = open_dashboard("reviewer", delivery_id)
    review = dashboard.review
    assert review.summary.text() == "2 steps wait for your approval."
    qtbot.mouseClick(review.buttons[("approve", "targeting")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_decision_dialog(qtbot, review).ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("approve", "targeting") not in review.buttons)
    assert review.summary.text() == "1 step waits for your approval."
    others = open_dashboard("otto", delivery_id)
    assert others.review.summary.text() == "1 step waits for approval by its reviewers."


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ("Validation", "Ciblage", "Valider", "Refuser", "En attente", "Envoyer un BAT")),
        ("zh_TW", ("審核", "目標設定", "核准", "拒絕", "待處理", "傳送校樣")),
    ],
)
def test_the_review_speaks_the_users_language(
    speak,  # noqa: F811
    open_dashboard,
    delivery_id,
    language,
    words,
) -> None:
    speak(language)
    dashboard = open_dashboard("otto", delivery_id)
    review = dashboard.review
    title, step, approve, reject, pending, send_proof = words
    texts = {label.text() for label in review.findChildren(type(review.summary))}
    assert title in texts and step in texts
    assert review.buttons[("approve", "targeting")].text() == approve
    assert review.buttons[("reject", "targeting")].text() == reject
    assert pending in review.findChild(type(review.summary), "status_targeting").text()
    assert dashboard.proofs.send_button.text() == send_proof
    # Who may is said in the language too; names stay as they are.
    tooltip = review.buttons[("approve", "targeting")].toolTip()
    assert "reviewer" in tooltip and "Only" not in tooltip

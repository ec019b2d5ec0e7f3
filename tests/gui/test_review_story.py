"""The review, played in the GUI by three operators logged in one after the other on one
database, with a real SMTP server as the platform's relay (domain.md §4):

the manager prepares a delivery whose campaign asks for targeting and content to be
approved by the reviewer, and sends a proof; the reviewer finds both steps in Pending
approvals and approves them there; the manager may not confirm (the reviewer is the
confirmation reviewer); the administrator turns NmsCampaign_Activate_OwnerConfirmation on
in the options editor; the manager confirms, without logging in again, and the send starts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.delivery.approval_settings import set_approval_settings
from desktop.services.proofs.target import set_proof_target
from desktop.services.settings import options
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.forms.options_editor import OptionsEditor
from desktop.views.main_window import MainWindow
from desktop.views.pending_approvals_view import PendingApprovalsView
from desktop.views.step_decision import DecisionDialog
from tests.integration.sending_support import RecordingHandler, smtp_server
from tests.unit.preparation_data import add_recipient

S = DeliveryStatus
OWNER_CONFIRMATION = "NmsCampaign_Activate_OwnerConfirmation"
RECIPIENTS = ("ann@example.org", "bob@example.org", "eve@example.org")
PROOF_ADDRESS = "proofs@example.com"
WAIT_MS = 30_000


@pytest.fixture
def relay(sessions, admin):
    """A real SMTP server, set as the platform's relay by the administrator."""
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            save_relay_settings(session, admin, RelaySettings(host=server.host, port=server.port))
        yield handler


@pytest.fixture
def delivery_id(sessions, manager) -> int:
    """The manager's campaign asks for targeting and content to be approved by the
    reviewer, who also confirms its sends; its delivery has a proof address."""
    with sessions.begin() as session:
        for address in RECIPIENTS:
            add_recipient(session, address, first_name=address.split("@")[0].capitalize())
        campaign = entities.create(
            session, manager, "campaign", {"label": "Summer sale", "owner_id": manager.operator_id}
        )
        set_approval_settings(
            session,
            manager,
            "campaign",
            campaign.id,
            ["targeting", "content"],
            reviewers=["reviewer"],
            confirmation_reviewers=["reviewer"],
        )
        delivery = entities.create(
            session,
            manager,
            "delivery",
            {
                "label": "Summer sale: launch",
                "campaign_id": campaign.id,
                "subject": "Summer sale for {{ recipient.first_name }}",
                "sender_address": "news@example.com",
                "html": "<p>Hello {{ recipient.first_name }}</p>",
                "audience_filter": {"and": []},
            },
        )
        set_proof_target(session, manager, delivery.id, addresses=[PROOF_ADDRESS])
        return delivery.id


@pytest.fixture
def log_in(qtbot, context_for):
    def make(actor) -> MainWindow:
        window = MainWindow(context_for(actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """The user answers Yes to every question; the warnings shown are kept."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    return warnings


def _dashboard(window: MainWindow, delivery_id: int) -> DeliveryDashboard:
    dashboard = window.open_object("delivery", delivery_id, "Summer sale: launch")
    assert isinstance(dashboard, DeliveryDashboard)
    return dashboard


def test_prepare_proof_approve_refuse_allow_and_confirm(
    qtbot, sessions, admin, manager, reviewer, relay, delivery_id, log_in, answers
) -> None:
    # The manager prepares the delivery and sends a proof from its dashboard.
    manager_window = log_in(manager)
    dashboard = _dashboard(manager_window, delivery_id)
    qtbot.mouseClick(dashboard.preparation.prepare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.snapshot.status is S.PENDING_APPROVAL, timeout=WAIT_MS)
    assert dashboard.review.isVisible()
    assert PROOF_ADDRESS in dashboard.proofs.target_label.text()
    qtbot.mouseClick(dashboard.proofs.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: relay.count() == 1, timeout=WAIT_MS)
    proof = relay.received[0]
    assert proof.rcpt == PROOF_ADDRESS
    assert proof.message["Subject"].startswith("[Proof 1] Summer sale")
    qtbot.waitUntil(lambda: dashboard.proofs.model.rowCount() == 1)
    assert "manager" in dashboard.review.proof_line.text()  # the reviewer will see it
    # The manager is not the reviewer: the steps are read-only to him, saying who may.
    approve_targeting = dashboard.review.buttons[("approve", "targeting")]
    assert not approve_targeting.isEnabled()
    assert "reviewer" in approve_targeting.toolTip()
    manager_window.close()

    # The reviewer finds both steps in Pending approvals and approves them there.
    reviewer_window = log_in(reviewer)
    assert reviewer_window.pending_action.iconText() == "Pending approvals (2)"
    assert reviewer_window.explorer_model.find("pending_approvals").data() == (
        "Pending approvals (2)"
    )
    reviewer_window.pending_action.trigger()
    view = reviewer_window.special_widget()
    assert isinstance(view, PendingApprovalsView)
    assert view.model.rowCount() == 2
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selected_rows()) == 2
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(DecisionDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.comment_box, "Looks right.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert reviewer_window.pending_action.iconText() == "Pending approvals"
    reviewer_window.close()

    # The manager may not confirm: the reviewer is the confirmation reviewer.
    manager_window = log_in(manager)
    dashboard = _dashboard(manager_window, delivery_id)
    send_button = dashboard.sending.send_button
    qtbot.waitUntil(lambda: send_button.text() == "Confirm delivery")
    assert dashboard.snapshot.status is S.PENDING_CONFIRMATION
    assert not send_button.isEnabled()
    assert send_button.toolTip() == "Only reviewer or an administrator may confirm this delivery."
    dashboard.sending.send()  # forced: the service refuses, and says who may
    assert answers and "may not confirm" in answers[-1] and "reviewer" in answers[-1]
    assert dashboard.snapshot.status is S.PENDING_CONFIRMATION

    # The administrator lets owners confirm too, with a check box in the options editor.
    admin_window = log_in(admin)
    assert admin_window.select_folder("options")
    editor = admin_window.special_widget()
    assert isinstance(editor, OptionsEditor)
    editor.select(OWNER_CONFIRMATION)
    check = editor.value_editor.check
    assert not check.isHidden() and not check.isChecked()
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message() == "Saved."
    with sessions() as session:
        assert options.get_flag(session, OWNER_CONFIRMATION)
    admin_window.close()

    # The manager's dashboard, still open, lets him confirm now; the send starts.
    qtbot.waitUntil(send_button.isEnabled, timeout=5000)
    assert send_button.toolTip() == ""
    qtbot.mouseClick(send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: relay.count() == 1 + len(RECIPIENTS), timeout=WAIT_MS)
    sent = {received.rcpt for received in relay.received[1:]}
    assert sent == set(RECIPIENTS)
    assert not any(r.message["Subject"].startswith("[") for r in relay.received[1:])
    qtbot.waitUntil(lambda: dashboard.snapshot.status is S.FINISHED, timeout=WAIT_MS)

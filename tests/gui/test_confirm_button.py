"""Confirm delivery on a dashboard follows the table of domain.md §4: enabled for those it
lets confirm, read again on each refresh (the option needs no restart), and saying who may
to everyone else."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from desktop.views.dashboard.sending_panel import SendingPanel
from desktop.workers.send_worker import SendWorker
from tests.gui.test_translated_widgets import speak  # noqa: F401  (a fixture)
from tests.integration.sending_support import RecordingHandler, prepared_delivery, smtp_server
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    name_reviewer,
    set_option,
)

OWNER_CONFIRMATION = "NmsCampaign_Activate_OwnerConfirmation"


def _pending_confirmation(sessions, confirmation_reviewer: str | None = None) -> int:
    """The manager's delivery, pending confirmation; its campaign names a confirmation
    reviewer, or none."""
    with sessions.begin() as session:
        add_people(session)
        campaign_id = add_campaign(session, owner="manager")
        if confirmation_reviewer:
            name_reviewer(
                session, "confirmation", campaign_id=campaign_id, operator=confirmation_reviewer
            )
        delivery_id = add_campaign_delivery(session, campaign_id)
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.PENDING_CONFIRMATION)
        )
    return delivery_id


@pytest.fixture
def panel_for(qtbot, context_for, sessions):
    def make(name: str, delivery_id: int) -> SendingPanel:
        panel = SendingPanel(context_for(actor(sessions, name)), delivery_id)
        qtbot.addWidget(panel)
        return panel

    return make


def test_with_no_confirmation_reviewer_the_owner_confirms(panel_for, sessions) -> None:
    delivery_id = _pending_confirmation(sessions)
    owner = panel_for("manager", delivery_id)
    assert owner.send_button.text() == "Confirm delivery"
    assert owner.send_button.isEnabled() and owner.send_button.toolTip() == ""
    other = panel_for("otto", delivery_id)  # a campaign manager, not its owner
    assert not other.send_button.isEnabled()
    assert other.send_button.toolTip() == (
        "Only its owner manager or an administrator may confirm this delivery."
    )
    assert panel_for("admin", delivery_id).send_button.isEnabled()


def test_a_named_reviewer_confirms_and_the_owner_too_once_the_option_says_so(
    panel_for, sessions
) -> None:
    delivery_id = _pending_confirmation(sessions, confirmation_reviewer="reviewer")
    # Named: the reviewer confirms, without the right START DELIVERIES.
    assert panel_for("reviewer", delivery_id).send_button.isEnabled()
    owner = panel_for("manager", delivery_id)
    assert not owner.send_button.isEnabled()
    assert owner.send_button.toolTip() == (
        "Only reviewer or an administrator may confirm this delivery."
    )

    with sessions.begin() as session:
        set_option(session, OWNER_CONFIRMATION, "1")
    owner.refresh()  # its timer's next turn: no restart, no new dashboard
    assert owner.send_button.isEnabled() and owner.send_button.toolTip() == ""

    with sessions.begin() as session:
        set_option(session, OWNER_CONFIRMATION, "0")
    owner.refresh()
    assert not owner.send_button.isEnabled()


def test_the_button_speaks_the_users_language(speak, panel_for, sessions) -> None:  # noqa: F811
    delivery_id = _pending_confirmation(sessions, confirmation_reviewer="reviewer")
    speak("fr")
    panel = panel_for("manager", delivery_id)
    assert panel.send_button.text() == "Confirmer l'envoi"
    assert panel.send_button.toolTip() == (
        "Seuls peuvent confirmer cette diffusion\u00a0: reviewer ou un administrateur."
    )


def test_a_named_reviewer_s_confirmation_sends_but_does_not_let_them_carry_on(
    qtbot, monkeypatch, panel_for, sessions, manager, admin
) -> None:
    """The reviewer lacks START DELIVERIES: the send their confirmation starts goes out
    (the send engine checks the right, and accepts that confirmation); carrying on a send
    is not offered to them."""
    delivery_id = prepared_delivery(sessions, manager, 20)
    with sessions.begin() as session:
        campaign_id = session.get(Delivery, delivery_id).campaign_id
        name_reviewer(session, "confirmation", campaign_id=campaign_id, operator="reviewer")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            save_relay_settings(session, admin, RelaySettings(host=server.host, port=server.port))
        panel = panel_for("reviewer", delivery_id)
        assert panel.send_button.text() == "Confirm delivery" and panel.send_button.isEnabled()
        panel.send_button.click()
        assert panel.context.work.find(SendWorker, delivery_id) is not None
        qtbot.waitUntil(lambda: len(panel.context.work) == 0, timeout=30000)
    assert warnings == []
    assert handler.count() == 20
    panel.refresh()
    assert panel.status is DeliveryStatus.FINISHED

    with sessions.begin() as session:  # as after a crash: In progress, nobody sending
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.IN_PROGRESS)
        )
    panel.refresh()
    assert panel.send_button.text() == "Continue sending"
    assert not panel.send_button.isEnabled()

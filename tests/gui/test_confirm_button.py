"""Confirm delivery on a dashboard follows the table of domain.md §4: enabled for those it
lets confirm, read again on each refresh (the option needs no restart), and saying who may
to everyone else."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.views.dashboard.sending_panel import SendingPanel
from tests.gui.test_translated_widgets import speak  # noqa: F401  (a fixture)
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

"""Two operators with the same object open in their forms: the second Save is refused
with who changed it and when, the form keeps what its user typed, and Reload shows the
object as the other saved it, after which a save goes through."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Delivery
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.views.forms.delivery_form import DeliveryForm
from tests.gui.test_forms import open_form, retype

TIME = r"\d\d:\d\d"


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_campaign_saved_meanwhile_refuses_the_older_form_until_reloaded(
    qtbot, context_for, manager: Actor, admin: Actor, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        campaign_id = entities.create(session, manager, "campaign", {"label": "Spring"}).id
    managers = open_form(qtbot, context_for(manager), "campaign", campaign_id)
    admins = open_form(qtbot, context_for(admin), "campaign", campaign_id)
    assert admins.reload_button.isHidden()

    retype(qtbot, managers.editors["label"].line, "Spring sale")
    with qtbot.waitSignal(managers.saved):
        _click(qtbot, managers.save_button)

    retype(qtbot, admins.editors["label"].line, "Spring clearance")
    _click(qtbot, admins.save_button)
    assert re.fullmatch(
        rf"Campaign {campaign_id} was changed by manager at {TIME}; reload it to see the changes",
        admins.message(),
    ), admins.message()
    assert admins.reload_button.isVisible()
    # What the admin typed is still there, to copy; nothing of it was stored.
    assert admins.editors["label"].value() == "Spring clearance"
    with sessions() as session:
        assert session.get(Campaign, campaign_id).label == "Spring sale"

    _click(qtbot, admins.reload_button)
    assert admins.editors["label"].value() == "Spring sale"
    assert admins.reload_button.isHidden()
    retype(qtbot, admins.editors["label"].line, "Spring clearance")
    with qtbot.waitSignal(admins.saved):
        _click(qtbot, admins.save_button)
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        assert (campaign.label, campaign.updated_by, campaign.version) == (
            "Spring clearance",
            "admin",
            3,
        )


def test_a_delivery_form_refused_after_another_save_reloads_its_values(
    qtbot, context_for, manager: Actor, admin: Actor, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        delivery_id = entities.create(
            session, manager, "delivery", {"label": "Newsletter", "subject": "News"}
        ).id
    admins = DeliveryForm(context_for(admin), delivery_id)
    qtbot.addWidget(admins)
    admins.show()
    # The admin types (a form without changes would show the other's save instead);
    # meanwhile, the manager saves from another workstation.
    retype(qtbot, admins.editors["subject"].line, "Admin's news")
    entities.save(
        sessions, manager, "delivery", delivery_id, {"subject": "Spring news"}, expected_version=1
    )

    _click(qtbot, admins.save_button)
    assert f"Delivery {delivery_id} was changed by manager at " in admins.message()
    assert admins.editors["subject"].value() == "Admin's news"
    with sessions() as session:
        assert session.get(Delivery, delivery_id).subject == "Spring news"

    _click(qtbot, admins.reload_button)
    assert admins.editors["subject"].value() == "Spring news"
    retype(qtbot, admins.editors["subject"].line, "Admin's news")
    with qtbot.waitSignal(admins.saved):
        _click(qtbot, admins.save_button)
    with sessions() as session:
        assert session.get(Delivery, delivery_id).subject == "Admin's news"

"""An open form and a History tab follow what another workstation changes: a form without
unsaved changes shows the object as saved elsewhere within a second (and saves against
that version); a form being edited keeps what its user typed and says who changed the
object and when, with Reload; a deleted object is said; a send's counters read nothing;
the History tab shows a new entry made by another process. On PostgreSQL change notices
tell the views; on SQLite their timers read it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.views.app_context import AppContext
from desktop.views.forms.delivery_form import DeliveryForm
from desktop.views.history_panel import HistoryPanel
from tests.gui.test_following_changes import listening, run_command
from tests.gui.test_forms import open_form, retype
from tests.unit.preparation_data import add_delivery

# About a second: the fallback timer's period, and the time to read.
WITHIN_MS = 1500
TIME = r"\d\d:\d\d"


@pytest.fixture
def context(qtbot, context_for, manager: Actor) -> Iterator[AppContext]:
    context = context_for(manager)
    listening(qtbot, context)
    yield context
    context.close()


@pytest.fixture
def campaign_id(sessions: sessionmaker[Session], manager: Actor) -> int:
    with sessions.begin() as session:
        return entities.create(session, manager, "campaign", {"label": "Spring"}).id


def _label(sessions: sessionmaker[Session], campaign_id: int) -> str:
    with sessions() as session:
        return session.get(Campaign, campaign_id).label


def test_a_form_without_changes_shows_a_save_made_elsewhere_and_saves_against_it(
    qtbot, context, elsewhere, admin, campaign_id, sessions
) -> None:
    form = open_form(qtbot, context, "campaign", campaign_id)
    entities.save(elsewhere, admin, "campaign", campaign_id, {"label": "Spring sale"})

    qtbot.waitUntil(lambda: form.editors["label"].value() == "Spring sale", timeout=WITHIN_MS)
    assert not form.is_dirty()
    assert form.reload_button.isHidden()
    assert form.loaded_version() == 2
    assert "Spring sale" in form.title_label.text()

    # The form saves against the version it now shows: nothing refuses it.
    retype(qtbot, form.editors["label"].line, "Spring clearance")
    assert form.save(), form.message()
    assert _label(sessions, campaign_id) == "Spring clearance"


def test_a_form_being_edited_keeps_the_typing_and_says_who_changed_the_object(
    qtbot, context, elsewhere, admin, campaign_id, sessions
) -> None:
    form = open_form(qtbot, context, "campaign", campaign_id)
    retype(qtbot, form.editors["label"].line, "My spring")
    entities.save(elsewhere, admin, "campaign", campaign_id, {"label": "Spring sale"})

    qtbot.waitUntil(form.reload_button.isVisible, timeout=WITHIN_MS)
    assert re.fullmatch(
        rf"Campaign {campaign_id} was changed by admin at {TIME}; reload it to see the changes",
        form.message(),
    ), form.message()
    assert form.editors["label"].value() == "My spring"
    assert form.is_dirty()

    # The save is refused as before, the typing still there; Reload shows the other's.
    assert not form.save()
    assert "was changed by admin" in form.message()
    assert form.editors["label"].value() == "My spring"
    assert _label(sessions, campaign_id) == "Spring sale"
    form.reload_button.click()
    assert form.editors["label"].value() == "Spring sale"
    assert form.reload_button.isHidden()


def test_a_form_says_its_object_was_deleted_elsewhere_and_saves_nothing(
    qtbot, context, elsewhere, admin, campaign_id, sessions
) -> None:
    form = open_form(qtbot, context, "campaign", campaign_id)
    retype(qtbot, form.editors["label"].line, "My spring")
    with elsewhere.begin() as session:
        entities.delete(session, admin, "campaign", campaign_id)

    qtbot.waitUntil(lambda: "deleted" in form.message(), timeout=WITHIN_MS)
    assert form.message() == (
        f"Campaign {campaign_id} was deleted elsewhere; it can no longer be saved"
    )
    assert form.editors["label"].value() == "My spring"  # to copy
    assert not form.save_button.isEnabled()
    assert not form.delete_button.isEnabled()
    assert not form.save()
    with sessions() as session:
        assert session.get(Campaign, campaign_id) is None


def test_a_send_moving_the_counters_does_not_read_the_delivery_form_again(
    qtbot, context, elsewhere, manager, sessions
) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
    form = DeliveryForm(context, delivery_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    loads: list[int] = []
    original_load = form.load

    def counted_load() -> None:
        loads.append(1)
        original_load()

    form.load = counted_load  # type: ignore[method-assign]
    for delivered in range(1, 6):  # as a send's batches do, from another process
        with elsewhere.begin() as session:
            session.execute(
                update(Delivery).where(Delivery.id == delivery_id).values(delivered=delivered)
            )
        qtbot.wait(300)
    qtbot.wait(WITHIN_MS)
    assert loads == []

    # An edit moves the version: that one is read.
    entities.save(elsewhere, manager, "delivery", delivery_id, {"subject": "Spring news"})
    qtbot.waitUntil(lambda: form.editors["subject"].value() == "Spring news", timeout=WITHIN_MS)
    assert loads == [1]


def test_the_history_tab_shows_an_entry_made_by_another_process(
    qtbot, context, manager, sessions, db_url
) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.IN_PROGRESS)
        )
    panel = HistoryPanel(context, "delivery", delivery_id)
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    before = len(panel.shown_rows())

    run_command(db_url, "manager", "delivery", "pause", str(delivery_id))
    qtbot.waitUntil(lambda: len(panel.shown_rows()) == before + 1, timeout=WITHIN_MS)
    newest = panel.shown_rows()[0]
    assert "manager" in newest.values(), newest

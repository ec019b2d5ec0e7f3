"""The generic entity form: create, edit, revert and delete objects as a user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, insert, select

from desktop.errors import PermissionDenied
from desktop.models import AuditEntry, Campaign, CostStructure, Program, ServiceProvider
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.entities.references import CHOICE_PAGE
from desktop.views.app_context import AppContext
from desktop.views.forms.entity_form import EntityForm
from desktop.views.forms.field_widgets import DateEditor, ReferenceEditor


def open_form(qtbot, context: AppContext, kind: str, entity_id: int | None) -> EntityForm:
    form = EntityForm(context, kind, entity_id)
    qtbot.addWidget(form)
    form.resize(700, 800)
    with qtbot.waitActive(form):  # keyboard shortcuts go to the active window
        form.show()
        form.activateWindow()
    return form


def retype(qtbot, line, text: str) -> None:
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)


def answer_delete(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def set_date(editor: DateEditor, when: date) -> None:
    """What picking a day in the calendar does: the box is ticked and the date set."""
    if not editor.has_value.isChecked():
        editor.has_value.click()
    editor.edit.setDate(when)


def test_a_campaign_is_created_edited_and_deleted_from_its_form(
    qtbot, context_for, manager: Actor, sessions, monkeypatch
) -> None:
    form = open_form(qtbot, context_for(manager), "campaign", None)
    assert form.labels["label"].text().endswith("*")  # required fields are marked
    assert not form.delete_button.isEnabled()  # nothing to delete yet

    qtbot.keyClicks(form.editors["label"].line, "Spring sale")
    qtbot.keyClicks(form.editors["description"].text, "Flowers for everyone")
    form.editors["approve_content"].box.click()
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    campaign_id = saved.args[0]
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        assert campaign.label == "Spring sale"
        assert campaign.description == "Flowers for everyone"
        assert campaign.approve_content is True
        assert (
            session.scalar(
                select(AuditEntry.action).where(
                    AuditEntry.entity == "campaign", AuditEntry.entity_id == campaign_id
                )
            )
            == "create"
        )
    assert "Spring sale" in form.title_label.text()

    retype(qtbot, form.editors["label"].line, "Summer sale")
    assert form.is_dirty()
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(
            form.editors["label"].line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    with sessions() as session:
        assert session.get(Campaign, campaign_id).label == "Summer sale"
    assert not form.is_dirty()

    answer_delete(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    with sessions() as session:
        assert session.get(Campaign, campaign_id) is not None  # "No" keeps it

    asked = answer_delete(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(form.deleted) as deleted:
        qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == [campaign_id]
    assert "Summer sale" in asked[0]
    with sessions() as session:
        assert session.get(Campaign, campaign_id) is None
    assert not form.save_button.isEnabled()


def test_an_end_before_the_start_is_shown_next_to_the_end_and_nothing_is_lost(
    qtbot, context_for, manager: Actor, sessions
) -> None:
    form = open_form(qtbot, context_for(manager), "campaign", None)
    qtbot.keyClicks(form.editors["label"].line, "Autumn")
    set_date(form.editors["start_date"], date(2026, 10, 1))
    set_date(form.editors["end_date"], date(2026, 9, 1))

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert "is before the start" in form.field_error("end_date")
    assert "2026-09-01" in form.field_error("end_date")
    assert form.message().startswith("End:")
    assert form.field_error("start_date") == ""
    # The input stays, and nothing was written.
    assert form.editors["label"].value() == "Autumn"
    assert form.editors["end_date"].value() == date(2026, 9, 1)
    assert form.entity_id is None
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Campaign)) == 0

    set_date(form.editors["end_date"], date(2026, 11, 30))
    assert form.save()
    assert form.field_error("end_date") == ""


def test_a_missing_required_value_is_named(qtbot, context_for, manager: Actor) -> None:
    form = open_form(qtbot, context_for(manager), "program", None)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.field_error("label") == "is required"
    assert form.entity_id is None


def test_revert_restores_the_stored_values(qtbot, context_for, manager: Actor, sessions) -> None:
    with sessions.begin() as session:
        program = entities.create(session, manager, "program", {"label": "Loyalty"})
        program_id = program.id
    form = open_form(qtbot, context_for(manager), "program", program_id)
    retype(qtbot, form.editors["label"].line, "Typo")
    assert "•" in form.title_label.text()

    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)

    assert form.editors["label"].value() == "Loyalty"
    assert not form.is_dirty()


def test_without_the_right_every_editor_is_read_only_and_the_service_refuses(
    qtbot, context_for, manager: Actor, reviewer: Actor, sessions
) -> None:
    with sessions.begin() as session:
        campaign_id = entities.create(session, manager, "campaign", {"label": "Locked"}).id
    form = open_form(qtbot, context_for(reviewer), "campaign", campaign_id)

    qtbot.keyClicks(form.editors["label"].line, " changed")
    assert form.editors["label"].value() == "Locked"
    assert all(editor.is_read_only() for editor in form.editors.values())
    assert not form.editors["approve_content"].isEnabled()
    assert not form.save_button.isEnabled()
    assert not form.delete_button.isEnabled()
    assert "PREPARE DELIVERIES" in form.message()
    assert form.save() is False
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        entities.update(session, reviewer, "campaign", campaign_id, {"label": "Hacked"})


def test_a_reference_is_chosen_by_title(qtbot, context_for, manager: Actor, sessions) -> None:
    with sessions.begin() as session:
        for label in ("Winter", "Loyalty"):
            entities.create(session, manager, "program", {"label": label})
        loyalty = session.scalar(select(Program.id).where(Program.label == "Loyalty"))
    form = open_form(qtbot, context_for(manager), "campaign", None)
    program = form.editors["program_id"]
    assert isinstance(program, ReferenceEditor)
    titles = [program.combo.itemText(i) for i in range(program.combo.count())]
    assert titles[1:] == ["Loyalty", "Winter"]  # sorted by title, after "(none)"
    assert program.search.line.isHidden()  # few programs: no search needed

    qtbot.keyClicks(form.editors["label"].line, "Referenced")
    program.combo.setCurrentIndex(program.combo.findText("Loyalty"))
    assert form.save()
    with sessions() as session:
        assert session.get(Campaign, form.entity_id).program_id == loyalty


def test_a_large_kind_is_searched_instead_of_listed(
    qtbot, context_for, manager: Actor, sessions
) -> None:
    with sessions.begin() as session:
        session.execute(
            insert(Program), [{"label": f"Program {n:04d}"} for n in range(CHOICE_PAGE + 20)]
        )
        session.execute(insert(Program), [{"label": "Zz needle in the haystack"}])
    form = open_form(qtbot, context_for(manager), "campaign", None)
    program = form.editors["program_id"]
    assert program.combo.count() <= CHOICE_PAGE + 2  # one page, "(none)" and "more…"
    assert program.search.line.isVisible()
    assert program.combo.findText("Zz needle in the haystack") < 0  # past the first page

    qtbot.keyClicks(program.search.line, "needle")
    qtbot.waitUntil(lambda: program.combo.findText("Zz needle in the haystack") >= 0)
    assert program.combo.count() == 2  # "(none)" and the match


def test_a_childs_rows_are_added_in_the_parents_form(
    qtbot, context_for, admin: Actor, sessions
) -> None:
    with sessions.begin() as session:
        provider_id = entities.create(session, admin, "service_provider", {"name": "PrintCo"}).id
    form = open_form(qtbot, context_for(admin), "service_provider", provider_id)
    [costs] = form.child_tables
    assert costs.table.rowCount() == 0

    qtbot.mouseClick(costs.add_button, Qt.MouseButton.LeftButton)
    child = costs.form
    assert "provider_id" not in child.editors  # fixed by the parent
    qtbot.keyClicks(child.editors["label"].line, "Postage")
    retype(qtbot, child.editors["unit_price"].line, "0.45")
    with qtbot.waitSignal(child.saved):
        qtbot.mouseClick(child.save_button, Qt.MouseButton.LeftButton)

    assert costs.table.rowCount() == 1
    shown = [costs.table.item(0, c).text() for c in range(costs.table.columnCount())]
    assert "Postage" in shown and "0.4500" in shown
    with sessions() as session:
        structure = session.scalar(select(CostStructure))
        assert structure.provider_id == provider_id
        assert session.get(ServiceProvider, provider_id).name == "PrintCo"


def test_a_missing_object_is_reported_not_crashed(qtbot, context_for, admin: Actor) -> None:
    form = open_form(qtbot, context_for(admin), "campaign", 4242)
    assert "4242" in form.message()
    assert not form.save_button.isEnabled()

"""Recipients > Import...: the preview, the choice of columns, the import with its progress
and Cancel, the rejected lines and their export, resuming an import that stopped."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import func, select

from desktop.models import Recipient
from desktop.services.audience.recipient_import import ResumeChoice
from desktop.views import recipient_import_dialog
from desktop.views.main_window import MainWindow
from desktop.views.recipient_import_dialog import RecipientImportDialog
from desktop.views.translations import SOURCE_LANGUAGE, install_translators
from desktop.workers.recipient_import_worker import RecipientImportWorker
from tests.gui.held_reports import HeldReports

WAIT_MS = 30_000


def people(tmp_path: Path, rows: int = 25) -> Path:
    lines = ["email,Prénom,country,id,segment"]
    for i in range(rows):
        lines.append(f"p{i}@mail.example,Name{i},SE,{i},gold")
    lines[3] = "p2@mail.example,Name2"  # a field missing: rejected
    lines[5] = "p4@mail.example,Name4,SWE,4,gold"  # a country of three letters: rejected
    path = tmp_path / "people.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def dialog_for(qtbot, context_for):
    def make(actor) -> RecipientImportDialog:
        dialog = RecipientImportDialog(context_for(actor))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def wait_for_result(qtbot, dialog: RecipientImportDialog) -> dict:
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == 2 and not dialog.is_running(), timeout=WAIT_MS
    )
    assert dialog.report is not None
    return dialog.report


def count(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Recipient)) or 0


def test_the_preview_shows_the_first_rows_and_what_each_column_becomes(
    dialog_for, manager, tmp_path
):
    dialog = dialog_for(manager)
    dialog.open_file(people(tmp_path))
    table = dialog.preview_table
    assert (table.rowCount(), table.columnCount()) == (20, 5)
    assert table.verticalHeaderItem(0).text() == "2"  # line numbers, as in the file
    assert table.item(0, 1).text() == "Name0"
    assert table.verticalHeaderItem(2).text() == "4"
    assert "Rejected" in table.item(2, 0).text() and "2 fields" in table.item(2, 0).text()
    assert dialog.targets() == ["email", "Prénom", "country", "", "segment"]
    id_box = dialog.mapping_table.cellWidget(3, 2)
    assert not id_box.isEnabled()  # the console sets ids itself
    assert dialog.import_button.isEnabled()


def test_a_file_or_choice_no_import_can_use_says_why_before_anything(dialog_for, manager, tmp_path):
    dialog = dialog_for(manager)
    bad = tmp_path / "bad.csv"
    bad.write_text("first_name,last_name\nAnn,Berg\n", encoding="utf-8")
    dialog.open_file(bad)
    assert "needs an 'email' or an 'external_id' column" in dialog.file_problem.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_target(0, "external_id")  # chosen by hand, the file can be imported
    assert dialog.file_problem.text() == "" and dialog.import_button.isEnabled()

    dialog.open_file(tmp_path / "nowhere.csv")
    assert "cannot read" in dialog.file_problem.text() and not dialog.import_button.isEnabled()


def test_the_import_follows_the_chosen_columns_and_lists_the_rejected_lines(
    qtbot, qapp, dialog_for, manager, sessions, tmp_path, monkeypatch
):
    install_translators(qapp, SOURCE_LANGUAGE)  # English's plural forms, as at start-up
    dialog = dialog_for(manager)
    dialog.open_file(people(tmp_path))
    dialog.set_target(1, "first_name")
    dialog.set_target(4, "")  # segment: ignored
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = wait_for_result(qtbot, dialog)
    assert report["complete"] and report["imported"] == 23
    assert dialog.summary.text() == (
        "Imported people.csv: 23 new recipients, 0 updated, 2 lines rejected, 1 warning."
    )
    issues = dialog.issues_table
    assert [issues.item(row, 0).text() for row in range(issues.rowCount())] == ["1", "4", "6"]
    assert [issues.item(row, 1).text() for row in range(3)] == ["Warning", "Rejected", "Rejected"]
    assert "'id' is set by the console" in issues.item(0, 2).text()
    assert "country" in issues.item(2, 2).text()
    with sessions() as session:
        first = session.scalar(select(Recipient).where(Recipient.email == "p0@mail.example"))
    assert first is not None and first.first_name == "Name0" and first.custom_fields == {}

    offered = []
    monkeypatch.setattr(
        recipient_import_dialog.QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, where, _filter: (offered.append(where), ("", ""))[1],
    )
    dialog.choose_export()  # offered next to the imported file
    assert offered == [str(tmp_path / "people-rejected.csv")]
    out = tmp_path / "rejected.csv"
    dialog.export(str(out))
    qtbot.waitUntil(lambda: "2 lines exported" in dialog.export_status.text(), timeout=WAIT_MS)
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["line", "kind", "reason", "content"]
    assert [row[0] for row in rows[1:]] == ["4", "6"]


def test_cancel_stops_after_a_batch_and_the_next_import_resumes_there(
    qtbot, dialog_for, manager, sessions, tmp_path, monkeypatch
):
    path = tmp_path / "many.csv"
    path.write_text(
        "email,first_name\n" + "".join(f"m{i}@mail.example,M{i}\n" for i in range(9000)),
        encoding="utf-8",
    )
    held = HeldReports(lambda name, _args: name == "progress")

    class HeldWorker(RecipientImportWorker):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs, reports=held)

    monkeypatch.setattr(recipient_import_dialog, "RecipientImportWorker", HeldWorker)
    dialog = dialog_for(manager)
    dialog.open_file(path)
    dialog.start()
    qtbot.waitUntil(held.reached.is_set, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    held.release()
    report = wait_for_result(qtbot, dialog)
    assert not report["complete"] and 0 < report["imported"] < 9000
    assert report["imported"] == count(sessions)
    assert f"Stopped at line {QLocale().toString(report['line'])}" in dialog.summary.text()

    monkeypatch.setattr(recipient_import_dialog, "RecipientImportWorker", RecipientImportWorker)
    asked = []

    def resume(earlier: dict) -> ResumeChoice:
        asked.append(earlier)
        return ResumeChoice.RESUME

    monkeypatch.setattr(dialog, "ask_resume", resume)
    dialog.pages.setCurrentIndex(0)
    dialog.start()
    report_again = wait_for_result(qtbot, dialog)
    assert asked and asked[0]["line"] == report["line"]
    assert report_again["complete"] and report_again["resumed_from_line"] == report["line"]
    assert report_again["imported"] == 9000 == count(sessions)


def test_escape_while_importing_cancels_instead_of_closing(
    qtbot, dialog_for, manager, tmp_path, monkeypatch
):
    path = people(tmp_path)
    held = HeldReports(lambda name, _args: name in ("progress", "finished"))

    class HeldWorker(RecipientImportWorker):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs, reports=held)

    monkeypatch.setattr(recipient_import_dialog, "RecipientImportWorker", HeldWorker)
    dialog = dialog_for(manager)
    dialog.open_file(path)
    dialog.start()
    qtbot.waitUntil(held.reached.is_set, timeout=WAIT_MS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.is_running()
    held.release()
    wait_for_result(qtbot, dialog)
    dialog.reject()
    assert not dialog.isVisible()


def test_the_import_entry_sits_on_the_recipients_folder_for_those_who_may_import(
    qtbot, context_for, manager, reviewer
):
    window = MainWindow(context_for(manager))
    qtbot.addWidget(window)
    window.show()
    assert window.select_folder("recipients")
    assert window.import_action.isVisible() and window.import_action.isEnabled()
    dialog = window.open_import()
    assert isinstance(dialog, RecipientImportDialog) and dialog.isVisible()
    dialog.close()
    assert window.select_folder("deliveries")
    assert not window.import_action.isVisible()

    reviewers = MainWindow(context_for(reviewer))
    qtbot.addWidget(reviewers)
    reviewers.select_folder("recipients")
    assert reviewers.import_action.isVisible() and not reviewers.import_action.isEnabled()
    assert "IMPORT" in reviewers.import_action.toolTip()
    assert reviewers.open_import() is None


def test_enter_in_the_file_box_shows_the_file_and_imports_nothing(
    qtbot, dialog_for, manager, sessions, tmp_path
):
    dialog = dialog_for(manager)
    dialog.open_file(people(tmp_path))  # a file shown: Import is the default button
    other = tmp_path / "other.csv"
    other.write_text("email\nx@mail.example\n", encoding="utf-8")
    dialog.file_edit.setFocus()
    dialog.file_edit.setText(str(other))
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    assert dialog.preview is not None and dialog.preview.path == other
    assert dialog.pages.currentIndex() == 0 and not dialog.is_running()
    assert count(sessions) == 0

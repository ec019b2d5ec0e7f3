"""Recipients > Import...: choose a CSV file, see its first rows, choose what each column
becomes, then import it with a progress bar and a Cancel that stops between two batches;
at the end, the counts and the rejected lines, which export to CSV.

The import itself is the service's (services.audience.recipient_import), run by a
RecipientImportWorker in the application's work; this dialog only starts it and shows
what it reports.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import Right
from desktop.services.audience.import_columns import check_targets
from desktop.services.audience.import_preview import IGNORE, FilePreview, preview_file
from desktop.services.audience.recipient_import import ResumeChoice
from desktop.services.entities.list_query import spec_or_none
from desktop.views.app_context import AppContext
from desktop.workers.recipient_import_worker import (
    RecipientImportWorker,
    RejectedLinesExportWorker,
)

SHOWN_ISSUES = 1000  # lines listed at the end; all of them export
PROGRESS_STEPS = 1000


def _number(value: int) -> str:
    return QLocale().toString(value)


def _field_label(name: str) -> str:
    """A recipient field's label, as the recipient form shows it."""
    spec = spec_or_none("recipient")
    for field in spec.fields if spec else ():
        if field.name == name:
            return QCoreApplication.translate("Fields", field.label)
    return name


class RecipientImportDialog(QDialog):
    """Emits `imported` when an import has written recipients (to its end or not)."""

    imported = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("recipientImportDialog")
        self.setWindowTitle(self.tr("Import recipients"))
        self.preview: FilePreview | None = None
        self.report: dict[str, Any] | None = None
        self._worker: RecipientImportWorker | None = None
        self._exporter: RejectedLinesExportWorker | None = None
        self._targets: list[str] | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(860, 620)

    # ---- the pages ------------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        self.file_edit.setPlaceholderText(self.tr("A UTF-8 CSV file with a header row"))
        self.file_edit.editingFinished.connect(self._file_edited)
        self.file_edit.installEventFilter(self)
        browse = QPushButton(self.tr("&Browse..."))
        browse.setAutoDefault(False)  # Enter in the file's box opens the file typed
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.file_problem = QLabel()
        self.file_problem.setObjectName("importFileProblem")
        self.file_problem.setWordWrap(True)
        self.file_problem.setStyleSheet("color: #b00020")
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("importPreview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First value"), self.tr("Goes to")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importStart")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.start())
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addLayout(file_row)
        layout.addWidget(self.file_problem)
        layout.addWidget(QLabel(self.tr("The first rows of the file:")))
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(QLabel(self.tr("What each column becomes:")))
        layout.addWidget(self.mapping_table, 2)
        layout.addLayout(buttons)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_title = QLabel()
        self.progress_title.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_counts = QLabel()
        self.progress_counts.setObjectName("importCounts")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_counts)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issues_note = QLabel()
        self.issues_table = QTableWidget(0, 4)
        self.issues_table.setObjectName("importIssues")
        self.issues_table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("What"), self.tr("Reason"), self.tr("Content")]
        )
        self.issues_table.verticalHeader().hide()
        self.issues_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues_table.setWordWrap(False)
        self.export_button = QPushButton(self.tr("&Export rejected lines..."))
        self.export_button.setObjectName("importExport")
        self.export_button.clicked.connect(self.choose_export)
        self.export_status = QLabel()
        again = QPushButton(self.tr("Import &another file..."))
        again.clicked.connect(self.choose_another)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("importClose")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_status, 1)
        buttons.addWidget(again)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues_note)
        layout.addWidget(self.issues_table, 1)
        layout.addLayout(buttons)
        return page

    # ---- the file, its preview and its columns ------------------------------------------

    @Slot()
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import recipients"),
            self.file_edit.text(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.open_file(path)

    @Slot()
    def _file_edited(self) -> None:
        text = self.file_edit.text().strip()
        if text and (self.preview is None or str(self.preview.path) != text):
            self.open_file(text)

    def open_file(self, path: str | Path) -> None:
        """Shows the file's first rows and the default choice for each column."""
        self.file_edit.setText(str(path))
        self.preview = None
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.mapping_table.setRowCount(0)
        try:
            preview = preview_file(path)
        except ConsoleError as exc:
            self.file_problem.setText(str(exc))
            self.import_button.setEnabled(False)
            return
        self.file_problem.setText("")
        self.preview = preview
        self._show_preview(preview)
        self._show_mapping(preview)
        self._check_targets()

    @Slot()
    def _check_targets(self) -> None:
        """The import button is on when the columns chosen can be imported; else the
        reason shows (the same as the import's)."""
        if self.preview is None:
            return
        try:
            check_targets(self.preview.path.name, self.preview.names, self.targets())
        except ConsoleError as exc:
            self.file_problem.setText(str(exc))
            self.import_button.setEnabled(False)
            return
        self.file_problem.setText("")
        self.import_button.setEnabled(True)

    def _show_preview(self, preview: FilePreview) -> None:
        table = self.preview_table
        table.setColumnCount(len(preview.names))
        table.setHorizontalHeaderLabels(preview.names)
        table.setRowCount(len(preview.rows))
        table.setVerticalHeaderLabels([str(row.line) for row in preview.rows])
        problem_colour = QBrush(QColor("#b00020"))
        for row, shown in enumerate(preview.rows):
            if shown.values is None:
                item = QTableWidgetItem(self.tr("Rejected: %1").replace("%1", shown.problem))
                item.setForeground(problem_colour)
                table.setItem(row, 0, item)
                table.setSpan(row, 0, 1, max(1, len(preview.names)))
                continue
            for column, value in enumerate(shown.values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def _show_mapping(self, preview: FilePreview) -> None:
        table = self.mapping_table
        table.setRowCount(len(preview.names))
        first = next((row.values for row in preview.rows if row.values is not None), None)
        for index, name in enumerate(preview.names):
            table.setItem(index, 0, QTableWidgetItem(name))
            sample = first[index] if first is not None else ""
            table.setItem(index, 1, QTableWidgetItem(sample))
            table.setCellWidget(index, 2, self._target_box(preview, index))
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)

    def _target_box(self, preview: FilePreview, index: int) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"importTarget{index}")
        name = preview.names[index]
        if preview.is_set_by_the_console(index):
            box.addItem(self.tr("Ignored: the console sets it"), IGNORE)
            box.setEnabled(False)
            return box
        for field in preview.fields:
            box.addItem(_field_label(field), field)
        box.insertSeparator(box.count())
        box.addItem(self.tr("Custom field \u201c%1\u201d").replace("%1", name), name)
        box.addItem(self.tr("Ignore this column"), IGNORE)
        box.setCurrentIndex(box.findData(preview.targets[index]))
        box.currentIndexChanged.connect(self._check_targets)
        return box

    def targets(self) -> list[str]:
        """What each column becomes, as chosen."""
        result = []
        for index in range(self.mapping_table.rowCount()):
            box = self.mapping_table.cellWidget(index, 2)
            assert isinstance(box, QComboBox)
            result.append(str(box.currentData()))
        return result

    def set_target(self, column: int, target: str) -> None:
        box = self.mapping_table.cellWidget(column, 2)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(target))

    # ---- the import ---------------------------------------------------------------------

    def start(self, resume: ResumeChoice = ResumeChoice.ASK) -> None:
        """Imports the file with the chosen columns, in the application's work."""
        if self.preview is None or self._worker is not None:
            return
        self._targets = self.targets()
        targets = None if resume is ResumeChoice.RESUME else self._targets
        worker = RecipientImportWorker(
            self.context.sessions, self.context.actor, self.preview.path, targets, resume
        )
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.unfinished.connect(self._unfinished)
        worker.failed.connect(self._failed)
        self._worker = worker
        self.progress_title.setText(
            self.tr("Importing %1...").replace("%1", self.preview.path.name)
        )
        self.progress_bar.setValue(0)
        self.progress_counts.setText(self.tr("Reading the file..."))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.pages.setCurrentIndex(1)
        self.context.work.start(worker)

    def is_running(self) -> bool:
        return self._worker is not None

    @Slot()
    def cancel(self) -> None:
        """Stops the import after the batch it is writing; what is written stays."""
        if self._worker is None:
            return
        self._worker.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping after the current batch..."))

    @Slot(object)
    def _progress(self, progress: dict[str, Any]) -> None:
        size = max(1, progress["size"])
        self.progress_bar.setValue(round(PROGRESS_STEPS * progress["offset"] / size))
        self.progress_counts.setText(
            self.tr("Line %1: %2 new, %3 updated, %4 rejected")
            .replace("%1", _number(progress["line"]))
            .replace("%2", _number(progress["inserted"]))
            .replace("%3", _number(progress["updated"]))
            .replace("%4", _number(progress["rejected"]))
        )

    @Slot(object)
    def _finished(self, report: dict[str, Any]) -> None:
        self._worker = None
        self.report = report
        if report["imported"] or report["updated"]:
            self.imported.emit()
        self._show_result(report)

    @Slot(object)
    def _unfinished(self, earlier: dict[str, Any]) -> None:
        self._worker = None
        choice = self.ask_resume(earlier)
        if choice is None:
            self.pages.setCurrentIndex(0)
        else:
            self.start(choice)

    def ask_resume(self, earlier: dict[str, Any]) -> ResumeChoice | None:
        """Resume the earlier import of the file, start it again, or neither (None)."""
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(self.tr("Import recipients"))
        question.setText(
            self.tr(
                "An earlier import of this file (by %1) stopped at line %2, with %3 new, "
                "%4 updated and %5 rejected. Resume it after that line, or import the "
                "file from its first line?"
            )
            .replace("%1", earlier["operator"])
            .replace("%2", _number(earlier["line"]))
            .replace("%3", _number(earlier["inserted"]))
            .replace("%4", _number(earlier["updated"]))
            .replace("%5", _number(earlier["rejected"]))
        )
        resume = question.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
        restart = question.addButton(self.tr("&Start over"), QMessageBox.ButtonRole.ActionRole)
        question.addButton(QMessageBox.StandardButton.Cancel)
        question.setDefaultButton(resume)
        question.exec()
        clicked = question.clickedButton()
        if clicked is resume:
            return ResumeChoice.RESUME
        if clicked is restart:
            return ResumeChoice.RESTART
        return None

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._worker = None
        self.pages.setCurrentIndex(0)
        self.file_problem.setText(message)

    def _show_result(self, report: dict[str, Any]) -> None:
        rejected = report["rejected"]
        warnings = report["warnings"]
        if report["complete"]:
            text = self.tr("Imported %1: %2.")
        elif report.get("error"):
            text = self.tr(
                "Stopped at line %6 by an error: %7. Until then: %2. Import %1 again to "
                "continue after that line."
            )
        else:
            text = self.tr(
                "Stopped at line %6: %2 so far. Import %1 again to continue after that line."
            )
        counts = (
            self.tr("%1, %2, %3, %4", "the counts of an import, in this order")
            .replace("%1", self.tr("%Ln new recipient(s)", "", report["imported"]))
            .replace("%2", self.tr("%1 updated").replace("%1", _number(report["updated"])))
            .replace("%3", self.tr("%Ln line(s) rejected", "", len(rejected)))
            .replace("%4", self.tr("%Ln warning(s)", "", len(warnings)))
        )
        values = {
            "1": report["file"],
            "2": counts,
            "6": _number(report["line"]),
            "7": report.get("error") or "",
        }
        # In one pass: a file's name or an error may hold a % of its own.
        self.summary.setText(re.sub(r"%([1267])", lambda found: values[found[1]], text))
        issues = [(issue, True) for issue in rejected] + [(issue, False) for issue in warnings]
        issues.sort(key=lambda entry: entry[0]["line"])
        shown = issues[:SHOWN_ISSUES]
        if len(issues) > len(shown):
            self.issues_note.setText(
                self.tr("The first %1 of %2 lines with something to say:")
                .replace("%1", _number(len(shown)))
                .replace("%2", _number(len(issues)))
            )
        elif issues:
            self.issues_note.setText(self.tr("Lines with something to say:"))
        elif report["complete"]:
            self.issues_note.setText(self.tr("Every line was imported."))
        else:
            self.issues_note.setText(self.tr("No line was rejected so far."))
        if report.get("resumed_from_line") is not None:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("(This import resumed an earlier one after line %1.)").replace(
                    "%1", _number(report["resumed_from_line"])
                )
            )
        table = self.issues_table
        table.setRowCount(len(shown))
        rejected_word, warning_word = self.tr("Rejected"), self.tr("Warning")
        for row, (issue, is_rejected) in enumerate(shown):
            line = QTableWidgetItem()
            line.setData(Qt.ItemDataRole.DisplayRole, issue["line"])
            table.setItem(row, 0, line)
            table.setItem(row, 1, QTableWidgetItem(rejected_word if is_rejected else warning_word))
            reason = QTableWidgetItem(issue["reason"])
            reason.setToolTip(issue["reason"])
            table.setItem(row, 2, reason)
            content = QTableWidgetItem(issue.get("content", ""))
            content.setToolTip(issue.get("content", ""))
            table.setItem(row, 3, content)
        table.resizeColumnsToContents()
        # A long reason must not push the line's content out of sight: the full text is in
        # the cell's tooltip.
        widest_reason = max(240, table.viewport().width() * 3 // 5)
        if table.columnWidth(2) > widest_reason:
            table.setColumnWidth(2, widest_reason)
        can_export = self.context.actor.can(Right.EXPORT)
        self.export_button.setEnabled(bool(rejected) and can_export)
        self.export_button.setToolTip(
            self.tr(
                "Writes every rejected line (line, reason, content) to a CSV file. Values a "
                "spreadsheet would run as a formula (starting with =, +, -, @, a tab or a "
                "carriage return) are written with a leading apostrophe, so they open as text."
            )
            if can_export
            else self.tr("You lack the right %1 to export").replace("%1", Right.EXPORT.value)
        )
        self.export_status.setText("")
        self.pages.setCurrentIndex(2)

    # ---- the rejected lines, exported -------------------------------------------------------

    @Slot()
    def choose_export(self) -> None:
        if self.report is None:
            return
        stem = Path(self.report["file"]).stem
        # Next to the imported file, not in whatever folder the console was started from.
        folder = self.preview.path.parent if self.preview is not None else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the rejected lines"),
            str(folder / f"{stem}-rejected.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        assert self.report is not None
        worker = RejectedLinesExportWorker(
            self.context.sessions, self.context.actor, self.report["import_id"], path
        )
        worker.finished.connect(self._exported)
        worker.failed.connect(self._export_failed)
        self._exporter = worker
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Exporting..."))
        self.context.work.start(worker)

    @Slot(int)
    def _exported(self, rows: int) -> None:
        self._exporter = None
        self.export_button.setEnabled(True)
        self.export_status.setText(self.tr("%Ln line(s) exported", "", rows))

    @Slot(str)
    def _export_failed(self, message: str) -> None:
        self._exporter = None
        self.export_button.setEnabled(True)
        self.export_status.setText(message)

    @Slot()
    def choose_another(self) -> None:
        self.report = None
        self.pages.setCurrentIndex(0)
        self.browse()

    # ---- closing: never while the import runs --------------------------------------------

    def reject(self) -> None:
        """Esc or Close while the import runs cancels it; the dialog stays until it has
        stopped, and then shows where."""
        if self._worker is not None:
            self.cancel()
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._worker is not None:
            self.cancel()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter after typing a path shows that file, and does not press Import.
        if (
            watched is self.file_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._file_edited()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

"""The direct-mail part of a delivery's dashboard (domain.md §5): the steps of the mailing
with the current one marked, its own KPIs (extracted rows, handed off, sent, failed, the
calculated and real cost) instead of opens and clicks, its extraction file and hand-off,
and the buttons of the steps the operator may take now: Extract (again), Submit proofs,
Back to extraction, Hand off, Import results. The file's approval and the proofs'
acceptance are the review panel's (Approve file, Accept, Reject); the router's proofs are
sent from the proofs panel (Send router proof).

The extraction, the hand-off and the results import run in workers off the GUI thread;
what the panel shows is read from the database on the dashboard's timer, so a step taken
in another window, process or machine shows up too.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import DeliveryStatus
from desktop.services.delivery import lifecycle
from desktop.services.delivery.lifecycle import Action
from desktop.services.direct_mail import proof_steps
from desktop.services.direct_mail.extraction import plan_extraction, shortfall_text
from desktop.services.direct_mail.mailing_state import MailingState, mailing_state
from desktop.services.runtime import busy_retry
from desktop.services.servers.embedded import application_relay
from desktop.views.app_context import AppContext
from desktop.views.display_values import value_words
from desktop.views.review_words import moment_text
from desktop.workers.extraction_worker import ExtractionWorker
from desktop.workers.hand_off_worker import HandOffWorker
from desktop.workers.results_import_worker import ResultsImportWorker

S = DeliveryStatus
OK_STYLE = "color: #2e7d32"
ERROR_STYLE = "color: #c62828"
CURRENT_COLOUR = "#1565c0"
DONE_COLOUR = "#2e7d32"
LATER_COLOUR = "#9e9e9e"


class DirectMailPanel(QWidget):
    status_changed = Signal()  # a step was taken here: the dashboard reads again
    # "Send router proof" next to Submit proofs: the proofs panel sends it (its target, its
    # outcome), and tells this panel (router_proof_done).
    router_proof_requested = Signal()

    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directMailPanel")
        self.context = context
        self.delivery_id = delivery_id
        self.state: MailingState | None = None
        self.worker: ExtractionWorker | HandOffWorker | ResultsImportWorker | None = None
        self.locale = QLocale()
        # A step's message stays through the status move it made, and goes at the next one.
        self._message_moves_left = 0

        title = QLabel(self.tr("Direct mail"))
        title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.steps_line = QLabel()
        self.steps_line.setObjectName("directMailSteps")
        self.steps_line.setTextFormat(Qt.TextFormat.RichText)
        self.steps_line.setWordWrap(True)

        self.extract_button = self._button("extractButton", self.tr("Extract"), self.extract)
        self.stop_button = self._button(
            "stopExtractionButton", self.tr("Stop extraction"), self.stop_extraction
        )
        self.router_proof_button = self._button(
            "directMailRouterProofButton", self.tr("Send router proof"), self.send_router_proof
        )
        self.submit_button = self._button(
            "submitProofsButton", self.tr("Submit proofs"), self.submit_proofs
        )
        self.back_button = self._button(
            "backToExtractionButton", self.tr("Back to extraction"), self.back_to_extraction
        )
        self.hand_off_button = self._button("handOffButton", self.tr("Hand off"), self.hand_off)
        self.results_button = self._button(
            "importResultsButton", self.tr("Import results"), self.import_results
        )
        buttons = QHBoxLayout()
        for button in (
            self.extract_button,
            self.stop_button,
            self.router_proof_button,
            self.submit_button,
            self.back_button,
            self.hand_off_button,
            self.results_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.kpi_values: dict[str, QLabel] = {}
        kpi_box = QGroupBox(self.tr("Mailing"))
        grid = QGridLayout(kpi_box)
        kpis = (
            ("extracted", self.tr("Extracted rows")),
            ("handed_off", self.tr("Handed off")),
            ("sent", self.tr("Sent")),
            ("failed", self.tr("Failed")),
            ("calculated", self.tr("Calculated cost")),
            ("real", self.tr("Real cost")),
        )
        for column, (name, caption_text) in enumerate(kpis):
            value = QLabel("0")
            value.setObjectName(f"mail_kpi_{name}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-weight: bold; font-size: 16pt")
            caption = QLabel(caption_text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.kpi_values[name] = value

        self.file_line = QLabel()
        self.file_line.setObjectName("extractionFile")
        self.file_line.setWordWrap(True)
        self.file_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("extractionProgress")
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("directMailMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.steps_line, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(kpi_box)
        layout.addWidget(self.file_line)

        for kind in (ExtractionWorker, HandOffWorker, ResultsImportWorker):
            existing = context.work.find(kind, delivery_id)
            if existing is not None:
                self._attach(existing)
        self.setVisible(False)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ---- what the dashboard reads --------------------------------------------------------

    def reload(self) -> None:
        """Reads the mailing again (on the dashboard's refresh)."""
        try:
            with self.context.sessions() as session:
                state = mailing_state(session, self.context.actor, self.delivery_id)
        except ConsoleError as exc:
            self._show_message(str(exc), ERROR_STYLE)
            return
        previous = self.state
        if previous is not None and state is not None and state.status is not previous.status:
            if self._message_moves_left > 0:
                self._message_moves_left -= 1
            else:
                self._show_message("")
        self.state = state
        self.setVisible(state is not None)
        if state is not None:
            self._show(state)
        self._update_buttons()

    def _money(self, amount: Decimal | None) -> str:
        if amount is None:
            return "\u2014"
        return self.locale.toString(float(amount), "f", 2)

    def _show(self, state: MailingState) -> None:
        extraction = state.extraction
        extracted = extraction.rows if extraction is not None else 0
        handed_off = extraction is not None and extraction.handed_off_at is not None
        # The preparation calculates the cost of the recipients to deliver; each
        # extraction calculates it again for the rows it writes.
        costed = extraction is not None or state.to_deliver > 0
        values = {
            "extracted": self.locale.toString(extracted),
            "handed_off": self.locale.toString(extracted if handed_off else 0),
            "sent": self.locale.toString(state.sent),
            "failed": self.locale.toString(state.failed),
            "calculated": self._money(state.calculated_total if costed else None),
            "real": self._money(state.real_total),
        }
        for name, text in values.items():
            self.kpi_values[name].setText(text)
        self.steps_line.setText(self._steps_text(state))
        self.file_line.setText(self._file_text(state))

    def _steps_text(self, state: MailingState) -> str:
        steps = [S.PENDING_EXTRACTION]
        if state.file_approval:
            steps.append(S.FILE_TO_APPROVE)
        if state.proofs:
            steps += [S.TO_SUBMIT, S.PROOFS_TO_VALIDATE]
        steps += [S.READY_TO_HAND_OFF, S.FINISHED]
        current = steps.index(state.status) if state.status in steps else -1
        parts = []
        for position, step in enumerate(steps):
            words = html.escape(value_words(step.value))
            if position == current:
                parts.append(f'<b style="color:{CURRENT_COLOUR}">{words}</b>')
            elif current >= 0 and position < current:
                parts.append(f'<span style="color:{DONE_COLOUR}">\u2714 {words}</span>')
            else:
                parts.append(f'<span style="color:{LATER_COLOUR}">{words}</span>')
        return " \u2192 ".join(parts)

    def _file_text(self, state: MailingState) -> str:
        extraction = state.extraction
        costs_line = self._costs_line(state)
        if extraction is None:
            first = self.tr("No extraction file yet. Provider: %1.").replace(
                "%1", state.provider or "?"
            )
            return "\n".join([first, costs_line] if costs_line else [first])
        lines = [
            self.tr("Extraction file: %1 (%2 rows), written by %3 on %4.")
            .replace("%1", extraction.path)
            .replace("%2", self.locale.toString(extraction.rows))
            .replace("%3", extraction.created_by or "?")
            .replace("%4", moment_text(extraction.created_at))
        ]
        if costs_line:
            lines.append(costs_line)
        if extraction.handed_off_at is not None:
            lines.append(
                self.tr("Handed off by %1 on %2: copied to %3, notification to %4.")
                .replace("%1", extraction.handed_off_by or "?")
                .replace("%2", moment_text(extraction.handed_off_at))
                .replace("%3", extraction.drop_path)
                .replace("%4", str(extraction.notification.get("to", "")))
            )
        if state.awaiting_results:
            lines.append(self.tr("Waiting for the provider's results file: Import results."))
        elif extraction.results_imported_at is not None:
            lines.append(
                self.tr("Results imported on %1: %2 sent, %3 failed.")
                .replace("%1", moment_text(extraction.results_imported_at))
                .replace("%2", self.locale.toString(extraction.sent))
                .replace("%3", self.locale.toString(extraction.failed))
            )
        return "\n".join(lines)

    def _costs_line(self, state: MailingState) -> str:
        if not state.calculated:
            return ""
        costs = ", ".join(
            f"{value_words(name)} {self._money(amount)}"
            for name, amount in state.calculated.items()
        )
        return self.tr("Calculated cost by category: %1.").replace("%1", costs)

    def _update_buttons(self) -> None:
        state = self.state
        busy = self.worker is not None
        status = state.status if state is not None else None

        def set_button(button: QPushButton, action: Action, allowed: bool, why: str) -> None:
            shown = lifecycle.allows(status, action)
            button.setVisible(shown)
            button.setEnabled(shown and allowed and not busy)
            button.setToolTip("" if allowed else why)

        prepare_right = self.tr("This needs the right PREPARE DELIVERIES.")
        may_prepare = state is not None and state.may_prepare
        set_button(self.extract_button, Action.EXTRACT, may_prepare, prepare_right)
        self.extract_button.setText(
            self.tr("Extract again") if status is S.FILE_TO_APPROVE else self.tr("Extract")
        )
        self.stop_button.setVisible(isinstance(self.worker, ExtractionWorker))
        self.stop_button.setEnabled(isinstance(self.worker, ExtractionWorker))
        set_button(self.submit_button, Action.SUBMIT_PROOFS, may_prepare, prepare_right)
        set_button(self.router_proof_button, Action.SUBMIT_PROOFS, may_prepare, prepare_right)
        set_button(
            self.back_button,
            Action.BACK_TO_EXTRACTION,
            state is not None and state.may_send_back,
            self.tr("This needs the right PREPARE DELIVERIES, or to review the waiting step."),
        )
        who = state.who_may_hand_off if state is not None else ""
        may_hand_off = state is not None and state.may_hand_off
        why_not = self.tr("Only %1 may hand it off.").replace("%1", who)
        set_button(self.hand_off_button, Action.HAND_OFF, may_hand_off, why_not)
        awaiting = state is not None and state.awaiting_results
        set_button(self.results_button, Action.IMPORT_RESULTS, may_hand_off, why_not)
        self.results_button.setVisible(awaiting)

    def _show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self._message_moves_left = 1 if text else 0
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

    # ---- dialogs (tests answer them) ----------------------------------------------------

    def confirm(self, title: str, text: str, warning: bool = False) -> bool:
        ask = QMessageBox.warning if warning else QMessageBox.question
        answer = ask(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_results_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import results"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        return path

    # ---- the steps -------------------------------------------------------------------------

    @Slot()
    def extract(self) -> None:
        if self.worker is not None:
            return
        try:
            with self.context.sessions() as session:
                plan = plan_extraction(session, self.context.actor, self.delivery_id)
        except ConsoleError as exc:
            self._show_message(str(exc))
            return
        text = (
            self.tr("Write the extraction file of %n recipient(s) to %1?", "", plan.rows).replace(
                "%1", str(plan.target)
            )
            + "\n"
            + self.tr("Calculated cost: %1.").replace("%1", self._money(plan.preview.total))
        )
        shortfalls = plan.preview.stock_shortfalls
        if shortfalls:
            lines = "\n".join(f"\u2022 {shortfall_text(s)}" for s in shortfalls)
            text += "\n\n" + self.tr(
                "Warning: this extraction takes stock below zero:\n%1\n\nExtract anyway?"
            ).replace("%1", lines)
        if not self.confirm(self.tr("Extract"), text, warning=bool(shortfalls)):
            return
        worker = ExtractionWorker(
            self.context.sessions, self.context.actor, self.delivery_id, force=bool(shortfalls)
        )
        self.context.work.start(worker, subject=self.delivery_id)
        self._attach(worker)
        self.progress.setRange(0, max(plan.rows, 1))
        self.progress.setValue(0)

    @Slot()
    def stop_extraction(self) -> None:
        if isinstance(self.worker, ExtractionWorker):
            self.worker.stop()
            self.stop_button.setEnabled(False)

    @Slot()
    def send_router_proof(self) -> None:
        self._show_message(self.tr("Sending the router proof\u2026"), OK_STYLE)
        self.router_proof_requested.emit()

    @Slot(bool, str)
    def router_proof_done(self, sent: bool, said: str) -> None:
        """The proofs panel's outcome, here where the proof was asked for."""
        if sent:
            said = self.tr("%1 Submit the proofs once they look right.").replace("%1", said)
        self._show_message(said, OK_STYLE if sent else ERROR_STYLE)

    def submit_proofs(self) -> None:
        self._take_step(
            lambda session: proof_steps.submit_proofs(
                session, self.context.actor, self.delivery_id
            ),
            self.tr("Proofs submitted: they wait for their reviewers."),
            "submit the proofs",
        )

    @Slot()
    def back_to_extraction(self) -> None:
        text = self.tr(
            "Go back to extraction? The decisions about this file are withdrawn; extract"
            " again to go on."
        )
        if not self.confirm(self.tr("Back to extraction"), text):
            return
        self._take_step(
            lambda session: proof_steps.back_to_extraction(
                session, self.context.actor, self.delivery_id
            ),
            self.tr("Back to extraction: extract again to go on."),
            "go back to extraction",
        )

    def _take_step(self, act: Callable[[Any], object], done: str, what: str) -> None:
        try:
            busy_retry.write(
                self.context.sessions,
                act,
                what=f"{what} of delivery {self.delivery_id}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as exc:
            self._show_message(str(exc))
        else:
            self._show_message(done, OK_STYLE)
        self.status_changed.emit()

    @Slot()
    def hand_off(self) -> None:
        state = self.state
        if self.worker is not None or state is None:
            return
        text = (
            self.tr("Hand the file off to %1? It is copied to %2 and the router %3 is e-mailed.")
            .replace("%1", state.provider)
            .replace("%2", state.drop_folder or "?")
            .replace("%3", state.router_email or "?")
        )
        if not self.confirm(self.tr("Hand off"), text):
            return
        worker = HandOffWorker(
            self.context.sessions,
            self.context.actor,
            self.delivery_id,
            application_relay(self.context.services),
        )
        self.context.work.start(worker, subject=self.delivery_id)
        self._attach(worker)

    @Slot()
    def import_results(self) -> None:
        if self.worker is not None:
            return
        path = self.choose_results_file()
        if not path:
            return
        worker = ResultsImportWorker(
            self.context.sessions, self.context.actor, self.delivery_id, Path(path)
        )
        self.context.work.start(worker, subject=self.delivery_id)
        self._attach(worker)

    # ---- the workers' reports -----------------------------------------------------------

    def _attach(self, worker: ExtractionWorker | HandOffWorker | ResultsImportWorker) -> None:
        self.worker = worker
        # Bound methods: the work outlives this panel when its tab closes.
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        if isinstance(worker, ExtractionWorker):
            worker.progress.connect(self._on_progress)
            self.progress.setFormat(self.tr("Writing the extraction file: %v of %m rows"))
            self.progress.setRange(0, 0)
        elif isinstance(worker, HandOffWorker):
            self.progress.setFormat(self.tr("Handing off the file\u2026"))
            self.progress.setRange(0, 0)
        else:
            self.progress.setFormat(self.tr("Importing the results\u2026"))
            self.progress.setRange(0, 0)
        self.progress.show()
        self._show_message("", "")
        self._update_buttons()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _finished(self, result: dict[str, Any]) -> None:
        worker = self.worker
        self._detach()
        if isinstance(worker, ExtractionWorker):
            text = self.tr("Extracted: %n row(s) written to %1.", "", int(result["rows"]))
            text = text.replace("%1", str(result["file"]))
        elif isinstance(worker, HandOffWorker):
            text = self.tr("Handed off: the file is in %1 and the router was e-mailed.").replace(
                "%1", str(result["drop_path"])
            )
        else:
            text = (
                self.tr("Results imported: %1 sent, %2 failed.")
                .replace("%1", self.locale.toString(int(result["sent"])))
                .replace("%2", self.locale.toString(int(result["failed"])))
            )
        self._show_message(text, OK_STYLE)
        self.status_changed.emit()

    @Slot(str)
    def _failed(self, error: str) -> None:
        worker = self.worker
        self._detach()
        if isinstance(worker, ExtractionWorker) and not error:
            self._show_message(self.tr("The extraction was stopped; no file was written."), "")
        else:
            self._show_message(error)
        self.status_changed.emit()

    def _detach(self) -> None:
        self.worker = None
        self.progress.hide()
        self._update_buttons()

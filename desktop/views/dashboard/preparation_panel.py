"""The preparation part of a delivery's dashboard: Prepare (with confirmation), Stop
preparation, the phase and progress, the three KPIs, the exclusions chart and Logs.

The preparation runs in a PrepareWorker on its own QThread; the panel only shows what the
worker reports (throttled) and what the dashboard reads from the database on its timer,
so a preparation started in another window or process shows up as well. Closing the tab
does not stop a preparation: it runs on in the application's work (context.work), where a
new panel of the same delivery finds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
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
from desktop.models.enums import DeliveryStatus, Right
from desktop.services.delivery import lifecycle
from desktop.services.delivery.lifecycle import Action
from desktop.services.preparation.pipeline import stop_preparation
from desktop.services.runtime import busy_retry
from desktop.views.app_context import AppContext
from desktop.views.dashboard.exclusions_chart import ExclusionsChart
from desktop.workers.prepare_worker import PrepareWorker

S = DeliveryStatus
ERROR_STYLE = "color: #c62828"


@dataclass
class DeliverySnapshot:
    """What the dashboard read of a delivery on its last refresh."""

    label: str = ""
    status: DeliveryStatus = S.BEING_EDITED
    channel: str = "email"
    targeted: int = 0
    to_deliver: int = 0
    to_exclude: int = 0
    render_errors: int = 0
    error: str = ""
    exclusions: dict[str, int] = field(default_factory=dict)


class PreparationPanel(QWidget):
    status_changed = Signal()  # a preparation ended here: the dashboard reads again
    logs_requested = Signal()

    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery_id = delivery_id
        self.snapshot = DeliverySnapshot()
        self.worker: PrepareWorker | None = None
        self.last_result: dict[str, Any] | None = None
        self.locale = QLocale()
        # What the preparation running here has told so far (its phases' KPIs): the
        # delivery row has them only once the preparation ends.
        self.running_counts: dict[str, int] = {}
        self.running_exclusions: dict[str, int] = {}

        self.prepare_button = QPushButton(self.tr("Prepare"))
        self.prepare_button.setObjectName("prepareButton")
        self.stop_button = QPushButton(self.tr("Stop preparation"))
        self.stop_button.setObjectName("stopPreparationButton")
        self.logs_button = QPushButton(self.tr("Logs"))
        self.logs_button.setObjectName("logsButton")
        self.prepare_button.clicked.connect(self.prepare)
        self.stop_button.clicked.connect(self.stop)
        self.logs_button.clicked.connect(self.logs_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prepare_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.logs_button)

        self.phase_label = QLabel()
        self.phase_label.setObjectName("preparationPhase")
        self.progress = QProgressBar()
        self.progress.setObjectName("preparationProgress")
        self.progress.setTextVisible(True)
        self.message = QLabel()
        self.message.setObjectName("preparationMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.kpi_values: dict[str, QLabel] = {}
        kpi_box = QGroupBox(self.tr("Preparation"))
        grid = QGridLayout(kpi_box)
        kpis = (
            ("targeted", self.tr("Targeted")),
            ("to_deliver", self.tr("To deliver")),
            ("to_exclude", self.tr("To exclude")),
            ("render_errors", self.tr("Personalisation errors")),
        )
        for column, (name, title) in enumerate(kpis):
            value = QLabel("0")
            value.setObjectName(f"kpi_{name}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-weight: bold; font-size: 18pt")
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.kpi_values[name] = value

        self.chart = ExclusionsChart()

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(kpi_box)
        layout.addWidget(self.chart, 1)

        existing = context.work.find(PrepareWorker, delivery_id)
        if existing is not None:
            self._attach(existing)
        self._show_idle_progress()
        self._update_buttons()

    # ---- what the dashboard reads -------------------------------------------------

    def show_snapshot(self, snapshot: DeliverySnapshot) -> None:
        self.snapshot = snapshot
        self._show_counts()
        if self.worker is None:
            if snapshot.status is S.PREPARATION_FAILED and snapshot.error:
                self._show_message(self.tr("Preparation failed: %1").replace("%1", snapshot.error))
            elif snapshot.status is S.PREPARING:
                self._show_message(self.tr("Being prepared in another window or process."), "")
            elif self.last_result is None:
                self._show_message("", "")
        self._update_buttons()

    def _show_counts(self) -> None:
        """The KPIs as stored, or, while a preparation runs here, as far as its phases know
        them (a KPI not known yet shows a dash, not a zero that looks like a result)."""
        snapshot = self.snapshot
        running = self.worker is not None
        for name, label in self.kpi_values.items():
            if running:
                value = self.running_counts.get(name)
                label.setText("–" if value is None else self.locale.toString(value))
            else:
                label.setText(self.locale.toString(int(getattr(snapshot, name))))
        if running:
            exclusions = dict(self.running_exclusions)
            render_errors = self.running_counts.get("render_errors", 0)
        else:
            exclusions = dict(snapshot.exclusions)
            render_errors = snapshot.render_errors
        if render_errors:
            exclusions["render_error"] = render_errors
        self.chart.set_counts(exclusions)

    @Slot(object, object)
    def _on_counts(self, counts: dict[str, int], exclusions: dict[str, int]) -> None:
        self.running_counts.update(counts)
        if exclusions:
            self.running_exclusions = dict(exclusions)
        self._show_counts()

    def _update_buttons(self) -> None:
        may_prepare = self.context.actor.can(Right.PREPARE_DELIVERIES)
        running_here = self.worker is not None
        status = self.snapshot.status
        self.prepare_button.setEnabled(
            may_prepare and not running_here and lifecycle.allows(status, Action.PREPARE)
        )
        stoppable = running_here or lifecycle.allows(status, Action.STOP_PREPARATION)
        self.stop_button.setEnabled(may_prepare and stoppable)
        self.stop_button.setVisible(stoppable)

    def _show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

    # ---- prepare and stop ---------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def prepare(self) -> None:
        work = self.context.work
        if self.worker is not None or work.find(PrepareWorker, self.delivery_id) is not None:
            return
        text = self.tr(
            "Prepare the delivery \u201c%1\u201d? The target, the exclusions and every"
            " message are computed now; nothing is sent."
        ).replace("%1", self.snapshot.label)
        if not self.confirm(self.tr("Prepare"), text):
            return
        worker = PrepareWorker(self.context.sessions, self.context.actor, self.delivery_id)
        # Every open list and form shows Preparing, then the result, at once.
        self.context.changes.announce_from(
            (worker.phase_changed, worker.finished, worker.failed), "delivery", self.delivery_id
        )
        work.start(worker, subject=self.delivery_id)
        self.last_result = None
        self._attach(worker)
        self._show_message("", "")
        self.phase_label.setText(self.tr("Starting the preparation\u2026"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._update_buttons()

    def _attach(self, worker: PrepareWorker) -> None:
        """Shows a running preparation; the worker's signals come from its relay in the
        GUI thread (prepare_worker), so these slots may touch the widgets."""
        self.worker = worker
        self.running_counts = dict(worker.known_counts)
        self.running_exclusions = dict(worker.known_exclusions)
        worker.counts.connect(self._on_counts)
        worker.phase_changed.connect(self._on_phase)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.phase_label.setVisible(True)

    @Slot()
    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.phase_label.setText(self.tr("Stopping the preparation\u2026"))
            self.stop_button.setEnabled(False)
            return
        if not lifecycle.allows(self.snapshot.status, Action.STOP_PREPARATION):
            return
        text = self.tr(
            "This delivery is being prepared elsewhere (another window, process or machine)."
            " Stop that preparation? Nothing it computed is kept."
        )
        if not self.confirm(self.tr("Stop preparation"), text):
            return
        try:
            busy_retry.write(
                self.context.sessions,
                lambda session: stop_preparation(session, self.context.actor, self.delivery_id),
                what=f"stop the preparation of delivery {self.delivery_id}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as exc:
            QMessageBox.warning(self, self.tr("Stop preparation"), str(exc))
        self.context.changes.announce("delivery", self.delivery_id)
        self.status_changed.emit()

    # ---- the worker's reports -----------------------------------------------------

    def _phase_text(self, phase: str) -> str:
        match phase:
            case "targeting":
                return self.tr("Targeting: selecting the audience and applying the rules\u2026")
            case "rules":
                return self.tr("Exclusions: duplicates, control group, target limit\u2026")
            case "personalisation":
                return self.tr("Personalisation of the messages\u2026")
            case "logs":
                return self.tr("Writing the delivery logs\u2026")
        return phase

    @Slot(str)
    def _on_phase(self, phase: str) -> None:
        self.phase_label.setText(self._phase_text(phase))
        self.progress.setRange(0, 0)  # busy until the phase reports an amount

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            if phase == "personalisation":
                self.progress.setFormat(
                    self.tr("%1 of %2 messages")
                    .replace("%1", self.locale.toString(done))
                    .replace("%2", self.locale.toString(total))
                )
            else:
                self.progress.setFormat("%p%")

    @Slot(object)
    def _on_finished(self, result: dict[str, Any]) -> None:
        self.last_result = result
        self._detach()
        if result.get("stopped"):
            self._show_message(self.tr("The preparation was stopped; nothing was kept."), "")
        elif result.get("error"):
            self._show_message(
                self.tr("Preparation failed: %1").replace("%1", str(result["error"]))
            )
        else:
            text = self.tr("Prepared: %1 messages to deliver, %2 excluded, %3 errors.")
            text = (
                text.replace("%1", self.locale.toString(int(result.get("to_deliver", 0))))
                .replace("%2", self.locale.toString(int(result.get("to_exclude", 0))))
                .replace("%3", self.locale.toString(int(result.get("render_errors", 0))))
            )
            self._show_message(text, "color: #2e7d32")
        self.status_changed.emit()

    @Slot(str)
    def _on_failed(self, error: str) -> None:
        self.last_result = {"error": error}
        self._detach()
        self._show_message(error)
        self.status_changed.emit()

    def _detach(self) -> None:
        self.worker = None
        self.running_counts, self.running_exclusions = {}, {}
        self._show_idle_progress()
        self._show_counts()
        self._update_buttons()

    def _show_idle_progress(self) -> None:
        running = self.worker is not None
        self.progress.setVisible(running)
        self.phase_label.setVisible(running)
        if not running:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)

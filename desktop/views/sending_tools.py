"""Sending's entries in the main window: Tools > Outbox, Tools > Simulate audience, and the
SMTP relay settings (Administration).

`extend_main_window(window)` adds them (the main window calls it once it shows, from its
VIEW_MODULES); the Outbox and the relay form are also openers ("outbox",
"relay_settings") for any folder or link that wants to open them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Right
from desktop.services.entities.references import title_of
from desktop.services.servers.outbox import default_outbox_folder
from desktop.services.servers.simulation import (
    SimulationPlan,
    SimulationResult,
    outbox_deliveries,
)
from desktop.views.app_context import AppContext
from desktop.views.display_values import number_text
from desktop.views.main_window import OBJECT_KEY
from desktop.views.object_registry import register_opener
from desktop.views.outbox_view import OutboxView
from desktop.views.read_only_look import READ_ONLY_STYLE, set_fields_read_only
from desktop.views.relay_settings_form import RelaySettingsForm
from desktop.workers.background_work import BackgroundWork
from desktop.workers.simulation_worker import SimulationWorker


def outbox_folder(context: AppContext) -> Path:
    """The folder of the application's running outbox, else where it would be."""
    services = context.services
    return services.outbox_folder if services is not None else default_outbox_folder()


def _outbox(context: AppContext, _id: int | None, parent: QWidget | None) -> QWidget:
    return OutboxView(outbox_folder(context), parent)


def _relay(context: AppContext, _id: int | None, parent: QWidget | None) -> QWidget:
    return RelaySettingsForm(context, parent)


register_opener("outbox", _outbox)
register_opener("relay_settings", _relay)


def outbox_choices(context: AppContext, folder: Path) -> list[tuple[int, str, int]]:
    """(delivery id, its label, its messages) of the deliveries whose messages are in the
    outbox, the newest first."""
    counts = outbox_deliveries(folder)
    with context.sessions() as session:
        titles = {i: title_of(session, "delivery", i) or "" for i in counts}
    return [(delivery_id, titles[delivery_id], n) for delivery_id, n in counts.items()]


class SimulateAudienceDialog(QDialog):
    """Asks for the delivery and the shares, then runs the simulation with a progress bar.
    The delivery is the one of the dashboard in view when its messages are in the outbox,
    else the newest; the fields keep the values a run used, and it can run again."""

    def __init__(
        self,
        folder: Path,
        work: BackgroundWork,
        parent: QWidget | None = None,
        *,
        deliveries: list[tuple[int, str, int]] | None = None,
        preferred: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.work = work
        self.result: SimulationResult | None = None
        self.setWindowTitle(self.tr("Simulate audience (simulation)"))
        explanation = QLabel(
            self.tr(
                "<b>This is a simulation for demonstrations.</b> It reads messages from "
                "the local outbox and requests their open pixel and some of their links "
                "over HTTP, as readers would, so opens and clicks go through the real "
                "tracking server and the dashboard's charts move."
            )
        )
        explanation.setWordWrap(True)
        explanation.setMinimumWidth(460)
        self.open_share = QSpinBox()
        self.open_share.setRange(0, 100)
        self.open_share.setValue(45)
        self.open_share.setSuffix(" %")
        self.click_share = QSpinBox()
        self.click_share.setRange(0, 100)
        self.click_share.setValue(35)
        self.click_share.setSuffix(" %")
        self.delivery = QComboBox()
        self.delivery.setObjectName("simulatedDelivery")
        for delivery_id, label, messages in deliveries or []:
            words = self.tr("#%1 %2 (%Ln message(s))", "", messages)
            self.delivery.addItem(
                words.replace("%1", str(delivery_id)).replace("%2", label), delivery_id
            )
        if self.delivery.count() == 0:
            self.delivery.addItem(self.tr("No message in the outbox yet"), None)
        preferred_index = self.delivery.findData(preferred) if preferred is not None else -1
        self.delivery.setCurrentIndex(max(0, preferred_index))
        self.messages = QSpinBox()
        self.messages.setRange(1, 100_000)
        self.messages.setValue(500)
        self.duration = QDoubleSpinBox()
        self.duration.setRange(0.5, 600)
        self.duration.setValue(20)
        self.duration.setSuffix(self.tr(" s"))
        form = QFormLayout()
        form.addRow(self.tr("Delivery"), self.delivery)
        form.addRow(self.tr("Readers who open"), self.open_share)
        form.addRow(self.tr("Openers who click"), self.click_share)
        form.addRow(self.tr("Messages read at most"), self.messages)
        form.addRow(self.tr("Spread over"), self.duration)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simulate"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        self.setStyleSheet(READ_ONLY_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._worker: SimulationWorker | None = None

    def delivery_id(self) -> int | None:
        data = self.delivery.currentData()
        return int(data) if data is not None else None

    def _fields(self) -> tuple[QWidget, ...]:
        return (self.delivery, self.open_share, self.click_share, self.messages, self.duration)

    def _running(self, running: bool) -> None:
        """While readers work, the values stay readable (read-only, not greyed out)."""
        set_fields_read_only(self._fields(), running)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not running)

    def plan(self) -> SimulationPlan:
        return SimulationPlan(
            open_share=self.open_share.value() / 100,
            click_share=self.click_share.value() / 100,
            max_messages=self.messages.value(),
            duration_seconds=self.duration.value(),
        )

    def start(self) -> None:
        if self._worker is not None:
            return
        worker = SimulationWorker(self.folder, self.plan(), self.delivery_id())
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._running(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Simulated readers at work…"))
        self._worker = worker
        self.work.start(worker)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finished(self, result: SimulationResult) -> None:
        self.result = result
        self._worker = None
        self.status.setText(
            self.tr(
                "Simulation done on delivery #%5: %1 opens, %2 clicks, %3 unsubscriptions "
                "from %4 messages."
            )
            .replace("%1", number_text(result.opens))
            .replace("%2", number_text(result.clicks))
            .replace("%3", number_text(result.unsubscriptions))
            .replace("%4", number_text(result.messages))
            .replace("%5", str(result.delivery_id or ""))
        )
        self._running(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simulate again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _failed(self, message: str) -> None:
        self._worker = None
        self.status.setText(message)
        self._running(False)

    def _stop_worker(self) -> None:
        """Closing the dialog stops the simulated readers; their thread ends on its own
        (the application's work keeps it until then), so nothing waits here."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    def cancel(self) -> None:
        self._stop_worker()
        self.reject()

    def done(self, result: int) -> None:
        self._stop_worker()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_worker()
        super().closeEvent(event)


def _open_tab(window: Any, widget: QWidget, title: str) -> None:
    tabs = getattr(window, "tabs", None)
    if tabs is None:
        widget.setParent(window)
        widget.show()
        return
    tabs.addTab(widget, title)
    tabs.setCurrentWidget(widget)


def delivery_in_view(window: Any) -> int | None:
    """The delivery whose dashboard or form is the window's current tab, if any."""
    tabs = getattr(window, "tabs", None)
    widget = tabs.currentWidget() if tabs is not None else None
    key = str(widget.property(OBJECT_KEY) or "") if widget is not None else ""
    kind, _, object_id = key.partition(":")
    return int(object_id) if kind == "delivery" and object_id.isdigit() else None


def open_simulation(window: Any, context: AppContext) -> SimulateAudienceDialog:
    folder = outbox_folder(context)
    dialog = SimulateAudienceDialog(
        folder,
        context.work,
        window,
        deliveries=outbox_choices(context, folder),
        preferred=delivery_in_view(window),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def extend_main_window(window: Any) -> None:
    context: AppContext = window.context
    menu = window.tools_menu()

    outbox = QAction(QCoreApplication.translate("SendingTools", "&Outbox"), window)
    outbox.setObjectName("actionOutbox")
    outbox.triggered.connect(
        lambda: _open_tab(
            window,
            OutboxView(outbox_folder(context)),
            QCoreApplication.translate("SendingTools", "Outbox"),
        )
    )
    simulate = QAction(
        QCoreApplication.translate("SendingTools", "Simulate audience (simulation)…"), window
    )
    simulate.setObjectName("actionSimulateAudience")
    simulate.setToolTip(
        QCoreApplication.translate(
            "SendingTools", "A demonstration: simulated readers open and click"
        )
    )
    simulate.triggered.connect(lambda: open_simulation(window, context))
    relay = QAction(QCoreApplication.translate("SendingTools", "SMTP &relay settings…"), window)
    relay.setObjectName("actionRelaySettings")
    relay.setEnabled(context.actor.can(Right.ADMINISTRATION))
    relay.triggered.connect(
        lambda: _open_tab(
            window,
            RelaySettingsForm(context),
            QCoreApplication.translate("SendingTools", "SMTP relay"),
        )
    )
    menu.addSeparator()
    for action in (outbox, simulate, relay):
        menu.addAction(action)

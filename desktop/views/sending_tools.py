"""Sending's entries in the main window: Tools > Outbox, Tools > Simulate audience, and the
SMTP relay settings (Administration).

`extend_main_window(window)` adds them (the main window calls it once it shows, from its
VIEW_MODULES); the Outbox and the relay form are also openers ("outbox",
"relay_settings") for any folder or link that wants to open them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
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
from desktop.services.servers.outbox import default_outbox_folder
from desktop.services.servers.simulation import SimulationPlan, SimulationResult
from desktop.views.app_context import AppContext
from desktop.views.object_registry import register_opener
from desktop.views.outbox_view import OutboxView
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


class SimulateAudienceDialog(QDialog):
    """Asks for the shares, then runs the simulation with a progress bar."""

    def __init__(self, folder: Path, work: BackgroundWork, parent: QWidget | None = None) -> None:
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
        self.messages = QSpinBox()
        self.messages.setRange(1, 100_000)
        self.messages.setValue(500)
        self.duration = QDoubleSpinBox()
        self.duration.setRange(0.5, 600)
        self.duration.setValue(20)
        self.duration.setSuffix(self.tr(" s"))
        form = QFormLayout()
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
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._worker: SimulationWorker | None = None

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
        worker = SimulationWorker(self.folder, self.plan())
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
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
            self.tr("Simulation done: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.")
            .replace("%1", str(result.opens))
            .replace("%2", str(result.clicks))
            .replace("%3", str(result.unsubscriptions))
            .replace("%4", str(result.messages))
        )
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _failed(self, message: str) -> None:
        self._worker = None
        self.status.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

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
    simulate.triggered.connect(
        lambda: SimulateAudienceDialog(outbox_folder(context), context.work, window).show()
    )
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

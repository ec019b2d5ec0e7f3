"""The pre-flight check on a delivery's dashboard: the delivery's control rules and the
checks of the message a send would build (services.deliverability.preflight), as a
sortable table with severity icons, the filter score and a one-line verdict, and Run check.

The check runs off the GUI thread (workers.preflight_worker): by itself when the delivery
waits for its confirmation, else when asked. Its last result is what the confirmation
dialog mentions (confirmation_note)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.deliverability.findings import Level
from desktop.services.deliverability.preflight import PreflightReport
from desktop.services.delivery import lifecycle
from desktop.services.delivery.lifecycle import Action
from desktop.views.app_context import AppContext
from desktop.views.dashboard.preflight_model import SORT_ROLE, PreflightModel
from desktop.views.dashboard.preflight_words import check_label, rating_words
from desktop.workers.preflight_worker import PreflightWorker

_VERDICT_COLOURS = {"error": "#c62828", "warning": "#ef6c00", "good": "#2e7d32"}


class PreflightPanel(QWidget):
    checked = Signal(object)  # PreflightReport

    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery_id = delivery_id
        self.report: PreflightReport | None = None
        self.worker: PreflightWorker | None = None
        self.failure = ""
        self._status: DeliveryStatus | None = None
        self.setObjectName("preflightPanel")

        title = QLabel(self.tr("Pre-flight check"))
        title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.run_button = QPushButton(self.tr("Run check"))
        self.run_button.setObjectName("preflightRunButton")
        self.run_button.setToolTip(
            self.tr("Checks the control rules and the message a send would build; sends nothing.")
        )
        self.run_button.clicked.connect(self.run_check)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.run_button)

        self.verdict = QLabel(self.tr("Not checked yet."))
        self.verdict.setObjectName("preflightVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)

        self.model = PreflightModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("preflightTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(220)
        self.table.hide()  # shown with the findings: an empty table is room for nothing

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)

    # ---- the delivery's status ---------------------------------------------------------

    def show_delivery(self, status: DeliveryStatus, channel: str) -> None:
        """An e-mail delivery has a check; it runs by itself once the delivery waits for
        its confirmation (on opening the dashboard, or when the status gets there)."""
        self.setVisible(channel == Channel.EMAIL.value)
        previous, self._status = self._status, status
        waits = lifecycle.allows(status, Action.CONFIRM)
        if channel == Channel.EMAIL.value and waits and status is not previous:
            self.run_check()

    # ---- running -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.worker is not None

    @Slot()
    def run_check(self) -> None:
        if self.worker is not None:
            return
        worker = PreflightWorker(self.context.sessions, self.context.actor, self.delivery_id)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.run_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking..."))
        self.context.work.start(worker, subject=self.delivery_id)

    @Slot(object)
    def _finished(self, report: PreflightReport) -> None:
        self.worker = None
        self.failure = ""
        self.report = report
        self.run_button.setEnabled(True)
        self.run_button.setText(self.tr("Refresh"))
        self.model.set_findings(report.findings)
        self.table.setVisible(bool(report.findings))
        self.table.resizeRowsToContents()
        self.verdict.setText(self.verdict_text(report))
        self.checked.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.worker = None
        self.failure = message
        self.run_button.setEnabled(True)
        self.verdict.setText(
            f'<span style="color:#c62828">{self.tr("The check could not run:")}</span> '
            + _escaped(message)
        )

    # ---- words -------------------------------------------------------------------------

    def verdict_text(self, report: PreflightReport) -> str:
        if report.errors:
            colour = _VERDICT_COLOURS["error"]
            head = self.tr("Not ready: %Ln error(s) to fix", "", report.errors)
        elif report.warnings:
            colour = _VERDICT_COLOURS["warning"]
            head = self.tr("Ready, with %Ln warning(s)", "", report.warnings)
        else:
            colour = _VERDICT_COLOURS["good"]
            head = self.tr("Ready")
        score = (
            self.tr("filter score %1: %2")
            .replace("%1", QLocale().toString(report.points, "f", 1))
            .replace("%2", rating_words(report.rating.value))
        )
        built = (
            self.tr("Message built for %1 (%2 bytes).")
            .replace("%1", _escaped(report.recipient))
            .replace("%2", QLocale().toString(report.message_size or 0))
        )
        return (
            f'<b style="color:{colour}">{_escaped(head)}</b>; {_escaped(score)}.'
            f'<br><span style="color:#616161">{built}</span>'
        )

    def confirmation_note(self) -> str:
        """What the confirmation dialog says of the pre-flight check."""
        if self.running:
            return self.tr("The pre-flight check is still running.")
        report = self.report
        if report is None:
            return self.tr("No pre-flight check has run: see Pre-flight check first.")
        if report.errors:
            labels = [check_label(f.name, f.label) for f in report.findings if f.is_error]
            found = self.tr("The pre-flight check found %Ln error(s): %1.", "", report.errors)
            return found.replace("%1", "; ".join(dict.fromkeys(labels)))
        if report.warnings:
            return self.tr("The pre-flight check found %Ln warning(s).", "", report.warnings)
        return self.tr("The pre-flight check found nothing to fix.")

    def has_errors(self) -> bool:
        return self.report is not None and any(
            f.severity is Level.ERROR for f in self.report.findings
        )


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

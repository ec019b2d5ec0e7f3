"""The sending part of a delivery's dashboard: Send (with confirmation), Pause, Resume,
Stop, the live KPIs of domain.md §3.2 with their percentages, and the charts.

Confirm delivery is enabled only for those domain.md §4 lets confirm (asked on each
refresh: a change of the option NmsCampaign_Activate_OwnerConfirmation shows at once);
others read who may in its tooltip. The confirm service checks anyway.

Pre-flight check, next to it, shows the dashboard's pre-flight check; the confirmation
dialog says what that check found (preflight_note, set by the dashboard).

Release quarantined appears once this delivery's hard bounces quarantined addresses: when
those were a relay's refusals, not the recipients', it takes them all out of quarantine.

Everything shown is read from the database on a timer (one small query), so a send or
tracking hits handled by another process or machine show up just the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import DeliveryStatus, Right
from desktop.services.audience import quarantine
from desktop.services.delivery import lifecycle
from desktop.services.delivery.confirmation import confirmation_rule, may_confirm
from desktop.services.delivery.kpis import PERCENT_OF, DeliveryKpis, delivery_kpis
from desktop.services.delivery.lifecycle import SENDING_BEGUN as BEGUN
from desktop.services.delivery.lifecycle import Action
from desktop.services.delivery.send_history import SendHistory
from desktop.services.delivery.summary import error_message
from desktop.services.runtime import busy_retry
from desktop.services.sending import control
from desktop.services.sending.send_rights import Confirmation
from desktop.services.servers.embedded import application_relay
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, PollsWhileShown
from desktop.views.dashboard.kpi_charts import SERIES as KPI_CHART_SERIES
from desktop.views.dashboard.kpi_charts import KpiCharts
from desktop.views.dashboard.send_progress_bar import SendParts, SendProgressBar
from desktop.views.display_values import percent_text, value_words
from desktop.views.review_words import who_may_confirm_text
from desktop.workers.send_history_worker import SendHistoryWorker
from desktop.workers.send_worker import SendWorker

REFRESH_MS = 500  # "at least once a second": a hit shows within about half a second
# Statuses in which a delivery has no messages to deliver from a preparation (yet).
NOT_PREPARED = frozenset(
    {DeliveryStatus.BEING_EDITED, DeliveryStatus.PREPARING, DeliveryStatus.PREPARATION_FAILED}
)


class SendingPanel(PollsWhileShown, QWidget):
    status_changed = Signal(str)  # machine name of the delivery's new status
    preflight_requested = Signal()  # Pre-flight check pressed

    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery_id = delivery_id
        self.status: DeliveryStatus | None = None
        self.sending_here = False
        self.last_kpis: DeliveryKpis | None = None
        self._sending_elsewhere = False
        self._last_session_check = 0.0
        self.quarantined = 0  # addresses this delivery put in quarantine
        # The send's history from its logs, read once off the GUI thread; the charts show
        # it, then the readings of the counters made after it.
        self._history: SendHistoryWorker | None = None
        self._history_shown = False
        # Whether the operator may confirm, and if not who may (read on each refresh).
        self.may_confirm = False
        self.who_may_confirm = ""
        # What the confirmation dialog says of the pre-flight check (the dashboard's).
        self.preflight_note: Callable[[], str] | None = None

        # The dashboard's header shows the status; the title names the part of the page.
        title = QLabel(self.tr("Sending"))
        title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.preflight_button = QPushButton(self.tr("Pre-flight check"))
        self.preflight_button.setObjectName("preflightButton")
        self.preflight_button.clicked.connect(self.preflight_requested)
        self.send_button.clicked.connect(self.send)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.stop_button.clicked.connect(self.stop)
        self.release_button = QPushButton()
        self.release_button.setObjectName("releaseQuarantineButton")
        self.release_button.setToolTip(
            self.tr(
                "Take out of quarantine every address this delivery's hard bounces put "
                "there (when they were the relay's refusals, not the recipients')"
            )
        )
        self.release_button.clicked.connect(self.release_quarantine)
        self.release_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(title, 1)
        for button in (
            self.preflight_button,
            self.release_button,
            self.send_button,
            self.pause_button,
            self.resume_button,
            self.stop_button,
        ):
            buttons.addWidget(button)

        self.progress = SendProgressBar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")

        self.values: dict[str, QLabel] = {}
        self.percents: dict[str, QLabel] = {}
        grid_box = QGroupBox()
        grid = QGridLayout(grid_box)
        # Targeted and To deliver are the preparation panel's, above this one.
        rows = (
            ("delivered", self.tr("Delivered")),
            ("opens", self.tr("Opens")),
            ("clicks", self.tr("Clicks")),
            ("failed", self.tr("Errors")),
            ("hard_bounces", self.tr("Hard bounces")),
            ("soft_bounces", self.tr("Soft bounces")),
            ("unsubscriptions", self.tr("Unsubscriptions")),
            ("total_opens", self.tr("All opens")),
            ("total_clicks", self.tr("All clicks")),
        )
        # What a percentage is of comes from the KPIs' own table; these are its words.
        of_words = {
            "targeted": self.tr("of targeted"),
            "delivered": self.tr("of delivered"),
            "to_deliver": self.tr("of to deliver"),
        }
        for row, (name, label) in enumerate(rows):
            column, line = 4 * (row // 3), row % 3  # three columns of three
            value = QLabel("0")
            value.setObjectName(f"kpi_{name}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: bold; font-size: 13pt")
            percent = QLabel("")
            percent.setObjectName(f"percent_{name}")
            grid.addWidget(QLabel(label), line, column)
            grid.addWidget(value, line, column + 1)
            grid.addWidget(percent, line, column + 2)
            self.values[name] = value
            if name in PERCENT_OF:
                self.percents[name] = percent
                percent.setProperty("of", of_words[PERCENT_OF[name]])
        for spacer in (3, 7):
            grid.setColumnMinimumWidth(spacer, 24)
        for stretch in (2, 6, 10):
            grid.setColumnStretch(stretch, 1)

        self.charts = KpiCharts()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(grid_box)
        layout.addWidget(self.charts, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.follower = ChangeFollower(
            context, self, self.refresh, {"delivery": delivery_id, "option": None}
        )
        self.follower.pace(self.timer, REFRESH_MS)
        self.refresh()

    # ---- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            with self.context.sessions() as session:
                kpis = delivery_kpis(session, self.delivery_id)
                now = time.monotonic()
                if now - self._last_session_check > 2.0:  # who sends: every 2 s is enough
                    self._last_session_check = now
                    self._sending_elsewhere = control.is_sending(session, self.delivery_id)
                    self.quarantined = quarantine.count_by_delivery(session, self.delivery_id)
                error_text = error_message(session, self.delivery_id)
                self._read_confirmation(session, kpis.status)
        except ConsoleError as exc:
            self.message.setText(str(exc))
            return
        self.show_kpis(kpis)
        self.message.setText(error_text or "")

    def _read_confirmation(self, session: Any, status: DeliveryStatus) -> None:
        """Who may confirm is asked only while there is something to confirm."""
        if not lifecycle.allows(status, Action.CONFIRM):
            self.may_confirm, self.who_may_confirm = False, ""
            return
        actor = self.context.actor
        self.may_confirm = may_confirm(session, actor, self.delivery_id)
        if self.may_confirm:
            self.who_may_confirm = ""
        else:
            rule = confirmation_rule(session, self.delivery_id)
            self.who_may_confirm = who_may_confirm_text(rule)

    def show_kpis(self, kpis: DeliveryKpis) -> None:
        """Shows a reading of the counters: the panel's own, or the send worker's. One read
        before the reading shown (a report that waited in the worker's queue) is old news."""
        if kpis.is_older_than(self.last_kpis):
            return
        self.last_kpis = kpis
        values = kpis.values
        for name, label in self.values.items():
            label.setText(QLocale().toString(values.get(name, 0)))
        for name, label in self.percents.items():
            shown = percent_text(kpis.percentages.get(name, 0.0))
            label.setText(f"{shown} {label.property('of')}")
        prepared = kpis.status not in NOT_PREPARED and values["to_deliver"] > 0
        self.progress.show_parts(SendParts.of(values), prepared=prepared)
        if kpis.status is not self.status:
            self.status = kpis.status
            self.status_changed.emit(kpis.status.value)
        self.progress.setToolTip(f"{value_words(kpis.status.value)}\n{self.progress.plain_words()}")
        if kpis.status in BEGUN and self._history is None:
            self._read_history()
        if self._history_shown and kpis.status in BEGUN:
            # Once a send has ended, a point only when something moved (a late open).
            moved = {k: float(values[k]) for k in KPI_CHART_SERIES} != self.charts.last_values()
            if kpis.status in (DeliveryStatus.IN_PROGRESS, DeliveryStatus.PAUSED) or moved:
                self.charts.add_sample(values, kpis.read_at)
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_start = self.context.actor.can(Right.START_DELIVERIES)
        allowed = lifecycle.allowed_actions(self.status) if can_start else frozenset()
        worker = self.context.work.find(SendWorker, self.delivery_id)
        running = worker is not None or self._sending_elsewhere
        # Send: confirm a prepared delivery, or carry on one nobody is sending (crash).
        carry_on = lifecycle.allows(self.status, Action.SEND)
        to_confirm = lifecycle.allows(self.status, Action.CONFIRM)
        self.send_button.setEnabled(
            (to_confirm and self.may_confirm) or (Action.SEND in allowed and not running)
        )
        if to_confirm:
            self.send_button.setText(self.tr("Confirm delivery"))
        else:
            self.send_button.setText(self.tr("Continue sending") if carry_on else self.tr("Send"))
        self.send_button.setToolTip(self.who_may_confirm if to_confirm else "")
        self.pause_button.setEnabled(Action.PAUSE in allowed)
        self.resume_button.setEnabled(Action.RESUME in allowed)
        self.stop_button.setEnabled(Action.STOP in allowed)
        self.release_button.setVisible(self.quarantined > 0)
        self.release_button.setText(
            self.tr("Release %Ln quarantined address(es)", "", self.quarantined)
        )
        self.release_button.setEnabled(self.context.actor.can(Right.PREPARE_DELIVERIES))

    def _read_history(self) -> None:
        self._history = SendHistoryWorker(self.context.sessions, self.delivery_id)
        self._history.finished.connect(self._history_read)
        self._history.failed.connect(self._history_failed)
        self.context.work.start(self._history, subject=self.delivery_id)

    @Slot(object)
    def _history_read(self, history: SendHistory) -> None:
        self.charts.set_history(history)
        self._history_shown = True
        self.tick()  # counters read now: at least what the logs showed

    @Slot(str)
    def _history_failed(self, message: str) -> None:
        self._history = None  # read again with the next counters (the database is back)
        self.message.setText(message)

    # ---- actions -----------------------------------------------------------------------
    def _act(self, action: Callable[[Any], object], what: str, title: str | None = None) -> bool:
        """Runs `action(session)` in a transaction (waiting a little for a database another
        process keeps busy); a refusal is shown, never raised."""
        try:
            busy_retry.write(
                self.context.sessions,
                action,
                what=f"{what} delivery {self.delivery_id}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as exc:
            QMessageBox.warning(self, title or self.tr("Send"), str(exc))
            return False
        self.context.changes.announce("delivery", self.delivery_id)
        self.refresh()
        return True

    def send(self) -> None:
        kpis = self.last_kpis
        count = kpis.values["to_deliver"] - kpis.values["processed"] if kpis else 0
        if lifecycle.allows(self.status, Action.CONFIRM):
            question = self.tr("Send this delivery now to %Ln recipient(s)?", "", count)
            if self.preflight_note is not None:
                question = f"{self.preflight_note()}\n\n{question}"
            answer = QMessageBox.question(self, self.tr("Confirm delivery"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
            actor = self.context.actor
            # The confirmation starts the send it confirms, even without START DELIVERIES.
            given: list[Confirmation] = []

            def confirm(session: Any) -> None:
                given[:] = [control.confirm_send(session, actor, self.delivery_id)]  # retried whole

            confirmed = self._act(
                confirm,
                "confirm",
                self.tr("Confirm delivery"),
            )
            if not confirmed:
                return
            confirmation = given[0]
        else:
            confirmation = None
        if lifecycle.allows(self.status, Action.SEND):
            self.start_worker(confirmation)

    def start_worker(self, confirmation: Confirmation | None = None) -> SendWorker:
        worker = self.context.work.find(SendWorker, self.delivery_id)
        if worker is not None:
            return worker
        worker = SendWorker(
            self.context.sessions,
            self.context.actor,
            self.delivery_id,
            application_relay(self.context.services),
            confirmation,
        )
        worker.kpis.connect(self.show_kpis)
        worker.failed.connect(self._failed)
        # Bound methods, not lambdas: the send outlives this panel when its tab closes, and
        # Qt drops a bound method's connection with the panel.
        worker.finished.connect(self._send_ended)
        # Every open list and form shows the send's progress and end at once.
        self.context.changes.announce_from(
            (worker.kpis, worker.finished, worker.failed), "delivery", self.delivery_id
        )
        self.context.work.start(worker, subject=self.delivery_id)
        self._update_buttons()
        return worker

    @Slot(str, str)
    def _send_ended(self, _status: str, _reason: str) -> None:
        self.refresh()

    def _failed(self, message: str) -> None:
        self.refresh()
        QMessageBox.warning(self, self.tr("Send"), message)

    def pause(self) -> None:
        actor = self.context.actor
        self._act(lambda s: control.pause(s, actor, self.delivery_id), "pause")

    def resume(self) -> None:
        actor = self.context.actor
        if self._act(lambda s: control.resume(s, actor, self.delivery_id), "resume"):
            with self.context.sessions() as session:
                elsewhere = control.is_sending(session, self.delivery_id)
            if not elsewhere and self.context.work.find(SendWorker, self.delivery_id) is None:
                self.start_worker()  # the relay was down, or the sender went away

    def stop(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Stop delivery"),
            self.tr("Stop this delivery for good? Messages not sent yet are cancelled."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            actor = self.context.actor
            self._act(lambda s: control.stop(s, actor, self.delivery_id), "stop")

    def release_quarantine(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Release quarantined addresses"),
            self.tr(
                "Take the %Ln address(es) this delivery quarantined out of quarantine? "
                "Addresses quarantined by hand or by other deliveries stay.",
                "",
                self.quarantined,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.context.actor
        released: list[int] = []

        def release(session: Any) -> None:
            released[:] = [quarantine.release_delivery(session, actor, self.delivery_id)]

        if not self._act(
            release, "release the quarantine of", self.tr("Release quarantined addresses")
        ):
            return
        self._last_session_check = 0.0
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Release quarantined addresses"),
            self.tr("%Ln address(es) released from quarantine.", "", released[0]),
        )

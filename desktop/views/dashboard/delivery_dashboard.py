"""A delivery's dashboard, opened by a double-click on a delivery: its status (colour and
icon), its approval settings in one line, the review panel (the steps to approve, with
Approve and Reject), the preparation panel, for direct mail its steps and KPIs (instead of
the sending panel), the proofs panel, the pre-flight check, the panels other features add
(sending), the delivery's audit trail in a "History" tab and its form in a
"Properties" tab.

The dashboard reads the delivery row (status and counters) once a second: one small
query, whatever the size of the delivery, so a preparation or a send run by another
process or machine shows up as well. On PostgreSQL it reads at once when told of a change
(views.change_follower), and its timer slows down. Exclusions by cause are read again only when the
status changes.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.delivery.summary import exclusions, overview
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, PollsWhileShown
from desktop.views.dashboard.approval_settings_line import ApprovalSettingsLine
from desktop.views.dashboard.direct_mail_panel import DirectMailPanel
from desktop.views.dashboard.preflight_panel import PreflightPanel
from desktop.views.dashboard.preparation_panel import DeliverySnapshot, PreparationPanel
from desktop.views.dashboard.proofs_panel import ProofsPanel
from desktop.views.dashboard.review_panel import ReviewPanel
from desktop.views.dashboard.save_as_template_button import SaveAsTemplateButton
from desktop.views.display_values import value_words
from desktop.views.history_panel import HistoryPanel
from desktop.views.object_registry import register_opener

log = logging.getLogger(__name__)

S = DeliveryStatus
REFRESH_MS = 1000

# Status -> (colour, icon): the header shows both next to the status words.
STATUS_LOOK: dict[DeliveryStatus, tuple[str, str]] = {
    S.BEING_EDITED: ("#546e7a", "\u270e"),
    S.PREPARING: ("#1565c0", "\u27f3"),
    S.PENDING_APPROVAL: ("#ef6c00", "\u25d0"),
    S.PENDING_CONFIRMATION: ("#00796b", "\u25cf"),
    S.PREPARATION_FAILED: ("#c62828", "\u2716"),
    S.SCHEDULED: ("#5e35b1", "\u25f7"),
    S.IN_PROGRESS: ("#1565c0", "\u25b6"),
    S.PAUSED: ("#ef6c00", "\u275a\u275a"),
    S.FINISHED: ("#2e7d32", "\u2714"),
    S.STOPPED: ("#616161", "\u25a0"),
    S.FAILED: ("#c62828", "\u2716"),
    S.PENDING_EXTRACTION: ("#00796b", "\u21e9"),
    S.FILE_TO_APPROVE: ("#ef6c00", "\u25d0"),
    S.TO_SUBMIT: ("#00796b", "\u2709"),
    S.PROOFS_TO_VALIDATE: ("#ef6c00", "\u25d0"),
    S.READY_TO_HAND_OFF: ("#00796b", "\u21e8"),
}


def status_words(status: DeliveryStatus) -> str:
    return value_words(status.value)


class DeliveryDashboard(PollsWhileShown, QWidget):
    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery_id = delivery_id
        self.snapshot = DeliverySnapshot()
        self._exclusions_key: tuple[DeliveryStatus, datetime | None] | None = None
        self.setObjectName("deliveryDashboard")

        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.status_label = QLabel()
        self.status_label.setObjectName("dashboardStatus")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.save_as_template = SaveAsTemplateButton(context, delivery_id)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status_label)
        header.addWidget(self.save_as_template)

        self.approval_settings = ApprovalSettingsLine(context, delivery_id)
        self.review = ReviewPanel(context, delivery_id)
        self.review.decided.connect(self.refresh)
        self.preparation = PreparationPanel(context, delivery_id)
        self.preparation.status_changed.connect(self.refresh)
        self.preparation.logs_requested.connect(self.open_logs)
        self.direct_mail = DirectMailPanel(context, delivery_id)
        self.direct_mail.status_changed.connect(self.refresh)
        self.proofs = ProofsPanel(context, delivery_id)
        self.proofs.proof_sent.connect(self.review.reload)
        self.proofs.proof_sent.connect(self.refresh)
        self.direct_mail.router_proof_requested.connect(self.proofs.send_proof)
        self.proofs.proof_outcome.connect(self.direct_mail.router_proof_done)
        self.preflight = PreflightPanel(context, delivery_id)

        # The dashboard page: the review on top (what a reviewer comes for), the
        # preparation, the proofs, then the panels other features add.
        page = QWidget()
        self.panels = QVBoxLayout(page)
        self.panels.addWidget(self.approval_settings)
        self.panels.addWidget(self.review)
        # A direct mailing's next steps come first: its preparation is behind it.
        self.panels.addWidget(self.direct_mail)
        self.panels.addWidget(self.preparation)
        self.panels.addWidget(self.proofs)
        self.panels.addWidget(self.preflight)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self.scroll, self.tr("Dashboard"))
        self.form: QWidget | None = None
        self.tabs.addTab(self._properties(), self.tr("Properties"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self._add_known_panels()
        self.history = HistoryPanel(context, "delivery", delivery_id)
        self.add_panel(self.history, self.tr("History"))
        self.refresh()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # Another workstation's or process's change shows as soon as it is told.
        self.follower = ChangeFollower(
            context,
            self,
            self.refresh,
            {"delivery": delivery_id, "approval": None, "reviewer": None, "option": None},
        )
        self.follower.pace(self.timer, REFRESH_MS)

    # ---- panels ---------------------------------------------------------------------

    def add_panel(self, widget: QWidget, title: str | None = None) -> None:
        """Adds a feature's panel: below the preparation, or in its own tab with a title."""
        if title:
            self.tabs.insertTab(self.tabs.count() - 1, widget, title)
        else:
            self.panels.addWidget(widget)

    def _add_known_panels(self) -> None:
        from desktop.views.dashboard.cost_panel import CostPanel
        from desktop.views.dashboard.sending_panel import SendingPanel

        self.cost = CostPanel(self.context, self.delivery_id)
        self.panels.insertWidget(1, self.cost)  # under the approval settings, over the review

        panel = SendingPanel(self.context, self.delivery_id)
        if hasattr(panel, "status_changed"):
            panel.status_changed.connect(self.refresh)
        self.add_panel(panel)
        self.sending = panel
        panel.preflight_note = self.preflight.confirmation_note
        panel.preflight_requested.connect(self.show_preflight)

    def _properties(self) -> QWidget:
        from desktop.views.forms.delivery_form import DeliveryForm

        self.form = DeliveryForm(self.context, self.delivery_id)
        if hasattr(self.form, "saved"):
            self.form.saved.connect(self._saved)
        return self.form

    @Slot()
    def _saved(self) -> None:
        # The approval settings and the proof target are edited in the form.
        self.approval_settings.reload()
        self.proofs.reload()
        self.refresh()

    # ---- reading the delivery -----------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        previous = self.snapshot.status
        with self.context.sessions() as session:
            delivery = overview(session, self.delivery_id)
            if delivery is None:
                self.timer.stop()
                self.title.setText(self.tr("This delivery no longer exists."))
                return
            snapshot = DeliverySnapshot(
                label=delivery.label,
                status=delivery.status,
                channel=delivery.channel.value,
                targeted=delivery.targeted,
                to_deliver=delivery.to_deliver,
                to_exclude=delivery.to_exclude,
                render_errors=delivery.render_errors,
                error=delivery.error,
                exclusions=self.snapshot.exclusions,
            )
            key = (delivery.status, delivery.prepared_at)
            if key != self._exclusions_key:
                snapshot.exclusions = exclusions(session, self.delivery_id)
                self._exclusions_key = key
        self.snapshot = snapshot
        self.title.setText(snapshot.label)
        colour, icon = STATUS_LOOK.get(snapshot.status, ("#333333", ""))
        self.status_label.setText(
            f'<span style="color:{colour}; font-size:14pt">{icon}</span>'
            f' <span style="color:{colour}; font-weight:bold; font-size:12pt">'
            f"{status_words(snapshot.status)}</span>"
        )
        self.status_label.setToolTip(snapshot.status.value)
        self.preparation.show_snapshot(snapshot)
        self.review.show_snapshot(snapshot)
        self.proofs.show_delivery(snapshot.status, snapshot.channel)
        self.preflight.show_delivery(snapshot.status, snapshot.channel)
        # A direct mailing has its own steps and KPIs, not a send's opens and clicks.
        direct_mail = snapshot.channel == Channel.DIRECT_MAIL.value
        self.sending.setVisible(not direct_mail)
        if direct_mail:
            self.direct_mail.reload()
        else:
            self.direct_mail.setVisible(False)
        if previous is not snapshot.status:
            self._status_changed()

    def show_review(self) -> None:
        """Shows the review panel (opened from Pending approvals), its first Approve button
        focused when the operator may decide a step."""
        self.tabs.setCurrentIndex(0)
        self.review.reload()
        # Once the tab just opened is laid out: a hidden button takes no focus.
        QTimer.singleShot(0, self, self._focus_review)

    @Slot()
    def show_preflight(self) -> None:
        """Pre-flight check, next to Confirm: runs the check again and shows it."""
        self.tabs.setCurrentIndex(0)
        self.preflight.run_check()
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(self.preflight, 0, 0))

    def _focus_review(self) -> None:
        self.scroll.ensureWidgetVisible(self.review, 0, 0)
        target = self.review.first_decision_button() or self.review
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _status_changed(self) -> None:
        self.approval_settings.reload()
        # The form's editability follows the status; reload it unless the user is typing.
        form = self.form
        if form is not None and hasattr(form, "load"):
            dirty = getattr(form, "is_dirty", None)
            if not (callable(dirty) and dirty()):
                form.load()

    @Slot()
    def open_logs(self) -> None:
        from desktop.views.logs_window import LogsWindow

        window = LogsWindow(self.context, self.delivery_id, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.logs_window = window


def open_dashboard(context: AppContext, delivery_id: int | None, parent: QWidget | None):
    """A new delivery opens in its form; an existing one in its dashboard."""
    if delivery_id is None:
        from desktop.views.forms.delivery_form import DeliveryForm

        return DeliveryForm(context, None, parent)
    return DeliveryDashboard(context, delivery_id, parent)


register_opener("delivery", open_dashboard)

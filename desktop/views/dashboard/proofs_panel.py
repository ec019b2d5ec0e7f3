"""The proofs part of a delivery's dashboard (domain.md §4): its proof target in one line,
Send a proof, and the proofs sent so far, newest first.

A proof is the delivery's real message sent to each proof address, its subject marked with
the proof word of the GUI's language and its number (`[BAT 3]`). It goes through the relay
a send would use, in a ProofWorker off the GUI thread; the panel shows it is busy, then
the outcome, and the list reads again. Proofs sent elsewhere show on the panel's timer.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import Channel, DeliveryStatus, Right
from desktop.services.delivery import lifecycle
from desktop.services.delivery.lifecycle import Action
from desktop.services.proofs.history import proofs_sent
from desktop.services.proofs.sending import SENT, ProofResult
from desktop.services.proofs.target import ProofTarget, proof_target
from desktop.services.servers.embedded import application_relay
from desktop.views.app_context import AppContext
from desktop.views.change_follower import PollsWhileShown
from desktop.views.dashboard.proofs_model import ProofsModel
from desktop.views.translations import current_language
from desktop.workers.proof_worker import ProofWorker

# A direct mail's proofs panel shows while its router's proofs are sent and decided.
ROUTER_PROOF_STATES = frozenset({DeliveryStatus.TO_SUBMIT, DeliveryStatus.PROOFS_TO_VALIDATE})
CHECK_MS = 5000  # proofs sent from another window or the command line show this soon
SHOWN_ADDRESSES = 4  # the target's line names this many addresses, then "and N more"
OK_STYLE = "color: #2e7d32"
ERROR_STYLE = "color: #c62828"


class ProofsPanel(PollsWhileShown, QWidget):
    proof_sent = Signal(int)  # the proof's number: the review panel shows the last proof
    # (sent, what happened): the direct-mail panel, whose button asked for the proof, says it
    proof_outcome = Signal(bool, str)

    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proofsPanel")
        self.context = context
        self.delivery_id = delivery_id
        self.status: DeliveryStatus | None = None
        self.target: ProofTarget | None = None
        self.worker: ProofWorker | None = None

        self.target_label = QLabel()
        self.target_label.setObjectName("proofTarget")
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(self.tr("Send a proof"))
        self.send_button.setObjectName("sendProofButton")
        self.send_button.clicked.connect(self.send_proof)
        # The title names the part of the page, as the sending panel's does.
        self.direct_mail = False
        self.title = QLabel(self.tr("Proofs"))
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.send_button)

        self.busy = QProgressBar()
        self.busy.setObjectName("proofBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(True)
        self.busy.setMaximumHeight(self.fontMetrics().height() + 6)
        self.busy.hide()
        self.message = QLabel()
        self.message.setObjectName("proofMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.model = ProofsModel(self)
        self.table = QTableView()
        self.table.setObjectName("proofsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        row_height = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        # A few rows are enough to see the last proofs; the table scrolls for the rest.
        self.table.setMinimumHeight(header.sizeHint().height() + 3 * row_height + 4)
        self.table.setMaximumHeight(header.sizeHint().height() + 5 * row_height + 4)
        self.none_label = QLabel(self.tr("No proof sent yet."))
        self.none_label.setObjectName("noProof")
        self.none_label.setStyleSheet("color: #777")

        box = QGroupBox()
        inside = QVBoxLayout(box)
        inside.addWidget(self.target_label)
        inside.addWidget(self.busy)
        inside.addWidget(self.message)
        inside.addWidget(self.none_label)
        inside.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(box)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        # The database unreachable: the main window says so; the panel shows what it had.
        self.timer.timeout.connect(self.tick)
        existing = context.work.find(ProofWorker, delivery_id)
        if existing is not None:
            self._attach(existing)
        self.reload()

    # ---- reading -------------------------------------------------------------------------

    def refresh(self) -> None:  # PollsWhileShown's
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Reads the proof target and the proofs sent again."""
        try:
            with self.context.sessions() as session:
                target = proof_target(session, self.delivery_id)
                records = proofs_sent(session, self.delivery_id)
        except ConsoleError as exc:
            self._show_message(str(exc), ERROR_STYLE)
            return
        self.target = target
        self.target_label.setText(self._target_text(target))
        self.model.set_records(records)
        self.table.setVisible(bool(records))
        self.none_label.setVisible(not records)
        self._update_button()

    def show_delivery(self, status: DeliveryStatus, channel: str) -> None:
        """What the dashboard read: an e-mail's proofs, sent once not preparing; a direct
        mail's proofs of its router's notification, sent while it is To submit."""
        direct_mail = channel == Channel.DIRECT_MAIL.value
        if direct_mail != self.direct_mail:
            self.direct_mail = direct_mail
            self.title.setText(self.tr("Router proofs") if direct_mail else self.tr("Proofs"))
            self.send_button.setText(
                self.tr("Send router proof") if direct_mail else self.tr("Send a proof")
            )
        if status is not self.status:
            self.status = status
            self.reload()
        self.setVisible(not direct_mail or status in ROUTER_PROOF_STATES or self.model.rowCount())

    def _target_text(self, target: ProofTarget) -> str:
        if target.list_id is not None:
            return self.tr(
                "Proof target: the list “%1” (%Ln address(es))", "", target.size
            ).replace("%1", target.list_label or f"#{target.list_id}")
        if target.addresses:
            shown = ", ".join(target.addresses[:SHOWN_ADDRESSES])
            more = len(target.addresses) - SHOWN_ADDRESSES
            if more > 0:
                shown = self.tr("%1 and %Ln more", "", more).replace("%1", shown)
            return self.tr("Proof target: %1").replace("%1", shown)
        return self.tr(
            "No proof target yet: choose a proof list or type proof addresses in the"
            " Properties tab."
        )

    def _update_button(self) -> None:
        reason = ""
        if not self.context.actor.can(Right.PREPARE_DELIVERIES):
            reason = self.tr("Sending a proof needs the right %1.").replace(
                "%1", Right.PREPARE_DELIVERIES.value
            )
        elif self.target is None or not self.target.is_set:
            reason = self.tr("Set a proof target first (Properties tab).")
        elif self.status is DeliveryStatus.PREPARING:
            reason = self.tr("A proof can be sent once the preparation has ended.")
        elif self.direct_mail and not lifecycle.allows(self.status, Action.ROUTER_PROOF):
            reason = self.tr(
                "The router's proof is sent once the file is extracted (and approved), while"
                " the delivery is To submit."
            )
        elif self.worker is not None:
            reason = self.tr("A proof is being sent.")
        self.send_button.setEnabled(not reason)
        if self.direct_mail:
            done = self.tr(
                "Send the router's notification to every proof address now, marked as a proof."
            )
        else:
            done = self.tr("Send the message to every proof address now, marked as a proof.")
        self.send_button.setToolTip(reason or done)

    # ---- sending -------------------------------------------------------------------------

    @Slot()
    def send_proof(self) -> None:
        if self.worker is not None or not self.send_button.isEnabled():
            return
        worker = ProofWorker(
            self.context.sessions,
            self.context.actor,
            self.delivery_id,
            application_relay(self.context.services),
            current_language(),
        )
        self.context.work.start(worker, subject=self.delivery_id)
        self._attach(worker)

    def _attach(self, worker: ProofWorker) -> None:
        self.worker = worker
        # Bound methods: the proof outlives this panel when its tab closes.
        worker.finished.connect(self._sent)
        worker.failed.connect(self._failed)
        self.busy.setFormat(self.tr("Sending the proof\u2026"))
        self.busy.show()
        self.message.hide()
        self._update_button()

    @Slot(object)
    def _sent(self, result: ProofResult) -> None:
        self._detach()
        said = self.result_text(result)
        self._show_message(said, OK_STYLE if result.status == SENT else ERROR_STYLE)
        self.reload()
        self.proof_outcome.emit(result.status == SENT, said)
        self.proof_sent.emit(result.number)

    def result_text(self, result: ProofResult) -> str:
        locale = QLocale()
        total = len(result.outcomes)
        if result.status == SENT:
            text = self.tr("Proof %1 sent to %Ln address(es).", "", total)
        elif result.accepted:
            text = self.tr(
                "Proof %1: %2 of %Ln address(es) accepted it; the list says why the others did not.",  # noqa: E501
                "",
                total,
            )
        else:
            text = self.tr("Proof %1 failed: no address accepted it; the list says why.")
        return text.replace("%1", str(result.number)).replace(
            "%2", locale.toString(result.accepted)
        )

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._detach()
        said = self.tr("No proof was sent: %1").replace("%1", message)
        self._show_message(said, ERROR_STYLE)
        self.reload()
        self.proof_outcome.emit(False, said)

    def _detach(self) -> None:
        self.worker = None
        self.busy.hide()
        self._update_button()

    def _show_message(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

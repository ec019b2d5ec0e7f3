"""The review part of a delivery's dashboard (domain.md §4): each approval step with its
status (pending, approved by whom and when, rejected with the comment) and reviewers,
Approve and Reject for the steps the operator may decide, and, while the delivery waits
for approval, what a reviewer judges: the KPIs, the exclusions by cause, the last proof
and the message as a recipient will read it.

Operators who may not decide a step see it read-only: its buttons are disabled and say
who may. The services check anyway (services.delivery.approval_decisions).

The steps are read on a timer while the panel shows, and at once when a step is decided
anywhere in the application (context.reviews) or a proof is sent.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import ApprovalKind, ApprovalStatus, Channel, DeliveryStatus
from desktop.services.delivery.approval_list import ApprovalRow, approval_rows
from desktop.services.delivery.approvals import DECIDING_STATES, STEP_ORDER
from desktop.services.delivery.preview import target_recipients
from desktop.services.direct_mail.extraction_records import ExtractionRecord, current_extraction
from desktop.services.direct_mail.mailing_state import file_preview
from desktop.services.proofs.history import ProofRecord, last_proof
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, tolerating_unreachable
from desktop.views.dashboard.cost_panel import review_warnings
from desktop.views.dashboard.preparation_panel import DeliverySnapshot
from desktop.views.dashboard.proofs_model import outcome_text
from desktop.views.display_values import value_words
from desktop.views.exclusion_words import cause_label
from desktop.views.forms.html_preview import HtmlPreview
from desktop.views.review_words import (
    decision_text,
    listed,
    moment_text,
    reviewers_text,
    step_words,
    waits_for_proof_text,
    who_may_approve_text,
)
from desktop.views.step_decision import StepToDecide, Verb, ask_and_decide

CHECK_MS = 5000  # another reviewer's decision shows this soon
PREVIEW_RECIPIENTS = 20
PREVIEW_FILE_ROWS = 10  # rows of an extraction file shown to its reviewers
STATUS_COLOURS = {
    ApprovalStatus.PENDING: "#ef6c00",
    ApprovalStatus.APPROVED: "#2e7d32",
    ApprovalStatus.REJECTED: "#c62828",
}
OK_STYLE = "color: #2e7d32"
ERROR_STYLE = "color: #c62828"


def current_rows(rows: list[ApprovalRow]) -> list[ApprovalRow]:
    """The latest row of each step, in the order of the steps: a rejected row stays after a
    new preparation asked the step again."""
    latest: dict[str, ApprovalRow] = {}
    for row in rows:  # oldest first
        latest[row.step.value] = row
    return [latest[step.value] for step in STEP_ORDER if step.value in latest]


class ReviewPanel(QWidget):
    decided = Signal(int)  # this delivery's step was decided here: the dashboard reads again

    def __init__(
        self,
        context: AppContext,
        delivery_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.context = context
        self.delivery_id = delivery_id
        self.snapshot = DeliverySnapshot()
        self.rows: list[ApprovalRow] = []
        self.buttons: dict[tuple[str, str], QPushButton] = {}  # (verb, step) -> button
        self._rows_key: tuple[object, ...] | None = None
        self.preview: HtmlPreview | None = None
        self._previewed_for: object = None

        # The title names the part of the page, as the sending panel's does.
        title = QLabel(self.tr("Review"))
        title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.steps_box = QWidget()
        self.steps_grid = QGridLayout(self.steps_box)
        self.steps_grid.setContentsMargins(0, 0, 0, 0)
        self.steps_grid.setHorizontalSpacing(16)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # What a reviewer judges, shown while the delivery waits for approval.
        self.material = QWidget()
        material = QVBoxLayout(self.material)
        material.setContentsMargins(0, 6, 0, 0)
        self.kpi_line = QLabel()
        self.kpi_line.setObjectName("reviewKpis")
        self.kpi_line.setTextFormat(Qt.TextFormat.RichText)
        self.exclusion_line = QLabel()
        self.exclusion_line.setObjectName("reviewExclusions")
        self.exclusion_line.setWordWrap(True)
        self.proof_line = QLabel()
        self.proof_line.setObjectName("reviewLastProof")
        # Over budget, stock below its alert level (domain.md §6): warnings, not refusals.
        self.money_line = QLabel()
        self.money_line.setObjectName("reviewMoneyWarnings")
        self.money_line.setWordWrap(True)
        self.money_line.setStyleSheet(ERROR_STYLE)
        self.proof_line.setWordWrap(True)
        self.proof_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content_title = QLabel(self.tr("Content"))
        self.content_title.setStyleSheet("font-weight: bold")
        self.preview_holder = QVBoxLayout()
        self.preview_holder.setContentsMargins(0, 0, 0, 0)
        # A direct mail's extraction file, while it waits for approval: its first rows.
        self.file_title = QLabel()
        self.file_title.setObjectName("reviewFileTitle")
        self.file_title.setStyleSheet("font-weight: bold")
        self.file_title.setWordWrap(True)
        self.file_table = QTableWidget()
        self.file_table.setObjectName("reviewFilePreview")
        self.file_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_table.setMinimumHeight(220)
        self.file_table.setWordWrap(False)
        self._file_shown: object = None
        for widget in (
            self.kpi_line,
            self.money_line,
            self.exclusion_line,
            self.proof_line,
            self.file_title,
            self.file_table,
            self.content_title,
        ):
            material.addWidget(widget)
        material.addLayout(self.preview_holder)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.summary, 1)
        box = QGroupBox()
        inside = QVBoxLayout(box)
        inside.addWidget(self.steps_box)
        inside.addWidget(self.message)
        inside.addWidget(self.material)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(box)

        context.reviews.decided.connect(self._decided_somewhere)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self._tick)
        self.follower = ChangeFollower(
            context,
            self,
            self.reload,
            {"approval": None, "reviewer": None, "delivery": delivery_id},
        )
        self.follower.pace(self.timer, CHECK_MS)
        self.material.hide()
        self.setVisible(False)

    # ---- reading --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    @Slot()
    def _tick(self) -> None:
        tolerating_unreachable(self.reload)

    def show_snapshot(self, snapshot: DeliverySnapshot) -> None:
        """What the dashboard read this second: the status, KPIs and exclusions."""
        changed = snapshot.status is not self.snapshot.status
        self.snapshot = snapshot
        if changed:
            self.reload()
        if self.waiting():
            self._show_kpis(snapshot)

    def waiting(self) -> bool:
        """A step waits for a decision: the preparation's, or a direct mail's file or
        router proofs."""
        return self.snapshot.status in DECIDING_STATES

    def direct_mail(self) -> bool:
        return self.snapshot.channel == Channel.DIRECT_MAIL.value

    @Slot()
    def reload(self) -> None:
        """Reads the steps (and, while waiting, the last proof) again."""
        try:
            with self.context.sessions() as session:
                rows = current_rows(
                    approval_rows(session, self.context.actor, delivery_id=self.delivery_id)
                )
                proof = last_proof(session, self.delivery_id) if self.waiting() else None
                extraction = (
                    current_extraction(session, self.delivery_id)
                    if self.snapshot.status is DeliveryStatus.FILE_TO_APPROVE
                    else None
                )
            money = review_warnings(self.context, self.delivery_id) if self.waiting() else []
        except ConsoleError as exc:
            self._show_message(str(exc), ERROR_STYLE)
            return
        self.rows = rows
        # Shown while the delivery waits for approval, and afterwards while its decisions
        # are this preparation's (a rejection says why the delivery was sent back).
        self.setVisible(self.waiting() or bool(rows))
        key = tuple(
            (r.approval_id, r.status, r.decided_by, r.comment, r.may_decide, r.reviewer_names)
            for r in rows
        )
        if key != self._rows_key:
            self._rows_key = key
            self._show_steps(rows)
        self._show_summary(rows)
        self.material.setVisible(self.waiting())
        if self.waiting():
            self._show_kpis(self.snapshot)
            self._show_last_proof(proof)
            self.money_line.setText("\n".join(money))
            self.money_line.setVisible(bool(money))
            status = self.snapshot.status
            # What is judged: an e-mail's message, a direct mail's file or its router proof.
            self.proof_line.setVisible(status is not DeliveryStatus.FILE_TO_APPROVE)
            self._show_file(extraction)
            content = not self.direct_mail()
            self.content_title.setVisible(content)
            if self.preview is not None:
                self.preview.setVisible(content)
            if content:
                self._ensure_preview()

    # ---- the steps ------------------------------------------------------------------

    def _show_summary(self, rows: list[ApprovalRow]) -> None:
        pending = sum(1 for r in rows if r.status is ApprovalStatus.PENDING)
        mine = sum(1 for r in rows if r.may_decide)
        if not rows:
            text = self.tr("No approval is asked for this delivery.")
        elif self.waiting() and mine:
            text = self.tr("%Ln step(s) wait for your approval.", "", mine)
        elif self.waiting():
            text = self.tr("%Ln step(s) wait for approval by their reviewers.", "", pending)
        elif (
            self.direct_mail()
            and self.snapshot.status
            in (
                DeliveryStatus.PENDING_EXTRACTION,
                DeliveryStatus.TO_SUBMIT,
            )
            and any(r.status is ApprovalStatus.REJECTED for r in rows[-1:])
        ):
            text = self.tr("Rejected: the delivery went back to %1.").replace(
                "%1", value_words(self.snapshot.status.value)
            )
        elif any(r.status is ApprovalStatus.REJECTED for r in rows):
            text = self.tr("Rejected: the delivery went back to Being edited.")
        else:
            text = self.tr("Every step asked was approved.")
        self.summary.setText(text)

    def _show_steps(self, rows: list[ApprovalRow]) -> None:
        grid = self.steps_grid
        for child in self.steps_box.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            child.hide()
            child.setParent(None)  # gone at once for findChild, deleted with its wrapper
            child.deleteLater()
        while grid.count():
            item = grid.takeAt(0)
            if item.layout() is not None:
                item.layout().deleteLater()
        self.buttons = {}
        if not rows:
            return
        for column, title in enumerate((self.tr("Step"), self.tr("Status"), self.tr("Reviewers"))):
            header = QLabel(title)
            header.setStyleSheet("color: #666")
            grid.addWidget(header, 0, column)
        for line, row in enumerate(rows, start=1):
            grid.addWidget(self._step_label(row), line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._status_label(row), line, 1, Qt.AlignmentFlag.AlignTop)
            reviewers = QLabel(reviewers_text(row))
            reviewers.setObjectName(f"reviewers_{row.step.value}")
            reviewers.setWordWrap(True)
            grid.addWidget(reviewers, line, 2, Qt.AlignmentFlag.AlignTop)
            if row.status is ApprovalStatus.PENDING:
                grid.addLayout(self._decision_buttons(row), line, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)

    def _step_label(self, row: ApprovalRow) -> QLabel:
        label = QLabel(step_words(row.step))
        label.setStyleSheet("font-weight: bold")
        return label

    def _status_label(self, row: ApprovalRow) -> QLabel:
        colour = STATUS_COLOURS[row.status]
        text = f'<span style="color:{colour}">{html.escape(decision_text(row), False)}</span>'
        if row.comment:
            text += f"<br><i>\u201c{html.escape(row.comment, False)}\u201d</i>"
        label = QLabel(text)
        label.setObjectName(f"status_{row.step.value}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _verbs(self, row: ApprovalRow) -> tuple[tuple[Verb, str], ...]:
        """The buttons' words: a direct mail's file is approved, its proofs accepted."""
        if row.step is ApprovalKind.EXTRACTION:
            return (("approve", self.tr("Approve file")), ("reject", self.tr("Reject file")))
        if row.step is ApprovalKind.PROOFS and self.direct_mail():
            return (("approve", self.tr("Accept")), ("reject", self.tr("Reject")))
        return (("approve", self.tr("Approve")), ("reject", self.tr("Reject")))

    def _decision_buttons(self, row: ApprovalRow) -> QHBoxLayout:
        buttons = QHBoxLayout()
        for verb, text in self._verbs(row):
            button = QPushButton(text)
            button.setObjectName(f"{verb}_{row.step.value}")
            button.setEnabled(row.may_decide)
            if row.waits_for_proof:
                button.setToolTip(waits_for_proof_text())
            elif not row.may_decide:
                button.setToolTip(who_may_approve_text(row))
            button.clicked.connect(lambda _=False, v=verb, r=row: self.decide(v, r))
            buttons.addWidget(button)
            self.buttons[(verb, row.step.value)] = button
        return buttons

    def first_decision_button(self) -> QPushButton | None:
        """The first enabled Approve button: where the keyboard starts a review."""
        for (verb, _step), button in self.buttons.items():
            if verb == "approve" and button.isEnabled():
                return button
        return None

    # ---- deciding ---------------------------------------------------------------------

    def decide(self, verb: Verb, row: ApprovalRow) -> None:
        step = StepToDecide.of(row)
        ask_and_decide(self.context, verb, [step], self, lambda errors: self._done(verb, errors))

    def _done(self, verb: Verb, errors: list[str]) -> None:
        if errors:
            self._show_message("\n".join(errors), ERROR_STYLE)
        elif verb == "approve":
            self._show_message(self.tr("Approved."), OK_STYLE)
        else:
            self._show_message(self.tr("Rejected: the owner is told why."), OK_STYLE)
        self.reload()
        self.decided.emit(self.delivery_id)

    @Slot(int)
    def _decided_somewhere(self, delivery_id: int) -> None:
        if delivery_id == self.delivery_id:
            self.reload()

    def _show_message(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

    # ---- what a reviewer judges --------------------------------------------------------

    def _show_kpis(self, snapshot: DeliverySnapshot) -> None:
        locale = QLocale()
        parts = [
            f"{html.escape(title, False)} <b>{locale.toString(value)}</b>"
            for title, value in (
                (self.tr("Targeted"), snapshot.targeted),
                (self.tr("To deliver"), snapshot.to_deliver),
                (self.tr("To exclude"), snapshot.to_exclude),
            )
        ]
        self.kpi_line.setText(" &nbsp;\u00b7&nbsp; ".join(parts))
        causes = dict(snapshot.exclusions)
        if snapshot.render_errors:
            causes["render_error"] = snapshot.render_errors
        shown = [
            f"{cause_label(cause)} {locale.toString(count)}"
            for cause, count in causes.items()
            if count
        ]
        if shown:
            self.exclusion_line.setText(
                self.tr("Excluded by cause: %1").replace("%1", listed(shown))
            )
        else:
            self.exclusion_line.setText(self.tr("Nobody was excluded."))

    def _show_last_proof(self, proof: ProofRecord | None) -> None:
        if proof is None:
            self.proof_line.setText(self.tr("Last proof: none sent yet."))
            return
        text = (
            self.tr("Last proof: #%1, sent %2 by %3 to %4 (%5)")
            .replace("%1", str(proof.number))
            .replace("%2", moment_text(proof.sent_at))
            .replace("%3", proof.sent_by or "?")
            .replace("%4", ", ".join(proof.addresses))
            .replace("%5", outcome_text(proof))
        )
        self.proof_line.setText(text)

    def _show_file(self, extraction: ExtractionRecord | None) -> None:
        """The first rows of the file waiting for approval, read once per file."""
        shown = extraction is not None
        self.file_title.setVisible(shown)
        self.file_table.setVisible(shown)
        if extraction is None:
            self._file_shown = None
            return
        key = (extraction.id, extraction.path)
        if key == self._file_shown:
            return
        self._file_shown = key
        preview = file_preview(extraction.path, PREVIEW_FILE_ROWS)
        locale = QLocale()
        self.file_title.setText(
            self.tr("Extraction file %1: the first of its %2 rows")
            .replace("%1", extraction.file_name)
            .replace("%2", locale.toString(extraction.rows))
            if not preview.problem
            else self.tr("Extraction file: %1").replace("%1", preview.problem)
        )
        table = self.file_table
        table.clear()
        table.setColumnCount(len(preview.header))
        table.setRowCount(len(preview.rows))
        table.setHorizontalHeaderLabels(preview.header)
        for line, row in enumerate(preview.rows):
            for column, cell in enumerate(row[: len(preview.header)]):
                # A postal address on several lines reads on one in a cell.
                item = QTableWidgetItem(" / ".join(cell.splitlines()))
                item.setToolTip(cell)
                table.setItem(line, column, item)
        table.resizeColumnsToContents()

    def _ensure_preview(self) -> None:
        """The message for the first recipients of the target, rendered once a preparation."""
        key = (self.snapshot.status, self.snapshot.targeted, self.snapshot.to_deliver)
        if self.preview is not None and self._previewed_for == key:
            return
        if self.preview is None:
            self.preview = HtmlPreview(self.context, dict, lambda: self.delivery_id)
            self.preview.setObjectName("reviewPreview")
            self.preview.setMinimumHeight(320)
            self.preview_holder.addWidget(self.preview)
        self._previewed_for = key
        self._fill_preview()

    def _fill_preview(self) -> None:
        preview = self.preview
        if preview is None:
            return
        try:
            with self.context.sessions() as session:
                recipients = target_recipients(session, self.delivery_id, PREVIEW_RECIPIENTS)
        except ConsoleError as exc:
            self._show_message(str(exc), ERROR_STYLE)
            return
        box = preview.recipients
        box.blockSignals(True)
        box.clear()
        for choice in recipients:
            box.addItem(f"#{choice.id} {choice.title}", choice.id)
        box.blockSignals(False)
        if recipients:
            preview.render()

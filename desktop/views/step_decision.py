"""Approving or rejecting approval steps from the GUI: the dialog that asks (with a comment,
required to reject) and the call of the services, shared by a dashboard's review panel
and the Pending approvals view.

The dialog opens window-modal without blocking (open(), not exec()); what to decide runs
when it is accepted. The services check who may decide, and refuse anyone else.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import ApprovalKind, DeliveryStatus
from desktop.services.delivery.approval_decisions import approve, reject
from desktop.services.delivery.approval_list import ApprovalRow
from desktop.services.runtime import busy_retry
from desktop.views.app_context import AppContext
from desktop.views.display_values import value_words
from desktop.views.review_words import step_words

Verb = Literal["approve", "reject"]


@dataclass(frozen=True)
class StepToDecide:
    delivery_id: int
    delivery_label: str
    step: ApprovalKind
    # Where a rejection sends the delivery: a direct mail's file back to extraction, its
    # router proofs back to To submit.
    back_to: DeliveryStatus = DeliveryStatus.BEING_EDITED

    @classmethod
    def of(cls, row: ApprovalRow) -> StepToDecide:
        back_to = REJECTION_LEADS_TO.get(row.delivery_status, DeliveryStatus.BEING_EDITED)
        return cls(row.delivery_id, row.delivery_label, row.step, back_to)


# Where a rejection leads from the statuses a step is decided in (else Being edited).
REJECTION_LEADS_TO = {
    DeliveryStatus.FILE_TO_APPROVE: DeliveryStatus.PENDING_EXTRACTION,
    DeliveryStatus.PROOFS_TO_VALIDATE: DeliveryStatus.TO_SUBMIT,
}


class DecisionDialog(QDialog):
    """Asks to approve or reject the steps shown; a rejection needs a comment."""

    def __init__(
        self, verb: Verb, steps: Sequence[StepToDecide], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.verb = verb
        self.steps = list(steps)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Approve") if verb == "approve" else self.tr("Reject"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        count = len(self.steps)
        destinations = {step.back_to for step in self.steps}
        mixed = verb == "reject" and len(destinations) > 1
        if verb == "approve" and count == 1:
            question = self.tr("Approve this step?")
        elif verb == "approve":
            question = self.tr("Approve these %Ln steps?", "", count)
        elif count == 1 and self.steps[0].back_to is not DeliveryStatus.BEING_EDITED:
            question = self.tr(
                "Reject this step? The delivery goes back to %1 and its owner is told why."
            ).replace("%1", value_words(self.steps[0].back_to.value))
        elif count == 1:
            question = self.tr(
                "Reject this step? The delivery goes back to Being edited and its owner is"
                " told why."
            )
        elif mixed:  # direct-mail steps go back to their own step, others to Being edited
            question = self.tr(
                "Reject these %Ln steps? Each delivery goes back to the status shown beside it"
                " and its owner is told why.",
                "",
                count,
            )
        elif self.steps[0].back_to is not DeliveryStatus.BEING_EDITED:
            question = self.tr(
                "Reject these %Ln steps? Their deliveries go back to %1 and their owners are"
                " told why.",
                "",
                count,
            ).replace("%1", value_words(self.steps[0].back_to.value))
        else:
            question = self.tr(
                "Reject these %Ln steps? Their deliveries go back to Being edited and their"
                " owners are told why.",
                "",
                count,
            )
        heading = QLabel(question)
        heading.setWordWrap(True)
        lines = [
            f"<b>{html.escape(step.delivery_label)}</b> \u2014 {html.escape(step_words(step.step))}"
            + (f" \u2192 {html.escape(value_words(step.back_to.value))}" if mixed else "")
            for step in self.steps
        ]
        listed = QLabel("<br>".join(lines))
        listed.setTextFormat(Qt.TextFormat.RichText)
        listed.setObjectName("decisionSteps")
        self.comment_box = QPlainTextEdit()
        self.comment_box.setObjectName("decisionComment")
        self.comment_box.setTabChangesFocus(True)
        if verb == "approve":
            self.comment_box.setPlaceholderText(self.tr("Comment (optional)"))
        else:
            self.comment_box.setPlaceholderText(
                self.tr("Why is it rejected? Required: the owner reads it.")
            )
        self.comment_box.setMinimumHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.windowTitle())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(listed)
        layout.addWidget(self.comment_box)
        layout.addWidget(self.buttons)
        self.comment_box.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(480, self.sizeHint().height())
        self.comment_box.setFocus()

    def comment(self) -> str:
        return self.comment_box.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.verb == "approve" or bool(self.comment()))

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


def ask_and_decide(
    context: AppContext,
    verb: Verb,
    steps: Sequence[StepToDecide],
    parent: QWidget,
    done: Callable[[list[str]], None],
) -> DecisionDialog:
    """Opens the dialog (window-modal, not blocking); once accepted, decides the steps and
    calls done(refusals)."""
    dialog = DecisionDialog(verb, steps, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: done(decide(context, verb, dialog.steps, dialog.comment())))
    dialog.open()
    return dialog


def decide(
    context: AppContext, verb: Verb, steps: Sequence[StepToDecide], comment: str
) -> list[str]:
    """Approves or rejects each step, each in its own transaction; returns the refusals
    (a step another reviewer decided meanwhile, a right missing), one message each. Every
    view of the review is told (context.reviews)."""
    errors: list[str] = []
    decided: set[int] = set()
    choice = approve if verb == "approve" else reject
    for step in steps:
        try:
            # A database another process keeps busy is waited for a little, then named.
            busy_retry.write(
                context.sessions,
                lambda session, step=step: choice(
                    session, context.actor, step.delivery_id, step.step, comment
                ),
                what=f"{verb} the step {step.step} of delivery {step.delivery_id}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as exc:
            errors.append(str(exc))
            continue
        decided.add(step.delivery_id)
    for delivery_id in sorted(decided):
        context.reviews.decided.emit(delivery_id)
    return errors

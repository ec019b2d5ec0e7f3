"""Choosing one reviewer: an operator or a group in one picker, and, for an approval
reviewer, the step they review (or every step)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ApprovalKind
from desktop.services.delivery.approval_settings import ReviewerCandidate
from desktop.services.delivery.approvals import STEP_ORDER
from desktop.views.forms.approval_words import person_words, step_words

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ReviewerRow:
    """A reviewer as a form holds it before Save: an operator or a group (by name), for
    one step or every step (None; always None for a confirmation reviewer)."""

    name: str
    is_group: bool
    step: ApprovalKind | None = None


class IndentedChoices(QStyledItemDelegate):
    """In the open list, the choices stand a little to the right of their heading (the
    closed box shows the choice alone), with the room of a menu's lines."""

    INDENT = "    "
    EXTRA_HEIGHT = 6

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        if index.data(CANDIDATE_ROLE) is not None:
            option.text = self.INDENT + option.text  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.EXTRA_HEIGHT)


class ReviewerPicker(QComboBox):
    """Every operator and every group in one list, under an "Operators" and a "Groups"
    heading; the headings cannot be chosen, and the keys skip them."""

    def __init__(self, candidates: list[ReviewerCandidate], parent: QWidget | None = None):
        super().__init__(parent)
        self.candidates = candidates
        model = QStandardItemModel(self)
        for is_group, heading in ((False, self.tr("Operators")), (True, self.tr("Groups"))):
            members = [(i, c) for i, c in enumerate(candidates) if c.is_group is is_group]
            if not members:
                continue
            title = QStandardItem(heading)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
            model.appendRow(title)
            for index, candidate in members:
                item = QStandardItem(person_words(candidate.name, candidate.label))
                item.setData(index, CANDIDATE_ROLE)
                item.setToolTip(self.tr("Group") if is_group else self.tr("Operator"))
                model.appendRow(item)
        self.setModel(model)
        self.setItemDelegate(IndentedChoices(self))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._select_first()

    def _select_first(self) -> None:
        for row in range(self.count()):
            if self.itemData(row, CANDIDATE_ROLE) is not None:
                self.setCurrentIndex(row)
                return

    def chosen(self) -> ReviewerCandidate | None:
        index = self.currentData(CANDIDATE_ROLE)
        return None if index is None else self.candidates[int(index)]

    def choose(self, name: str, is_group: bool) -> None:
        for row in range(self.count()):
            index = self.itemData(row, CANDIDATE_ROLE)
            if index is None:
                continue
            candidate = self.candidates[int(index)]
            if (candidate.name, candidate.is_group) == (name, is_group):
                self.setCurrentIndex(row)
                return


class ReviewerDialog(QDialog):
    """Add or edit one reviewer. `with_step`: an approval reviewer, who reviews one step or
    every step; otherwise a confirmation reviewer."""

    def __init__(
        self,
        title: str,
        candidates: list[ReviewerCandidate],
        *,
        with_step: bool,
        current: ReviewerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.step: QComboBox | None = None
        if with_step:
            self.step = QComboBox()
            self.step.addItem(step_words(None), "")
            for step in STEP_ORDER:
                self.step.addItem(step_words(step), step.value)
            step_label = QLabel(self.tr("&Step:"))
            step_label.setBuddy(self.step)
            form.addRow(step_label, self.step)
        self.picker = ReviewerPicker(candidates)
        reviewer_label = QLabel(self.tr("&Reviewer:"))
        reviewer_label.setBuddy(self.picker)
        form.addRow(reviewer_label, self.picker)
        layout.addLayout(form)
        if not candidates:
            layout.addWidget(QLabel(self.tr("There is no operator or group to choose.")))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(candidates))
        layout.addWidget(self.buttons)
        if current is not None:
            self.picker.choose(current.name, current.is_group)
            if self.step is not None:
                self.step.setCurrentIndex(
                    max(self.step.findData(current.step.value if current.step else ""), 0)
                )
        (self.step or self.picker).setFocus()

    def row(self) -> ReviewerRow | None:
        """The reviewer chosen (None when there was nothing to choose)."""
        candidate = self.picker.chosen()
        if candidate is None:
            return None
        step_value = self.step.currentData() if self.step is not None else None
        step = ApprovalKind(step_value) if step_value else None
        return ReviewerRow(candidate.name, candidate.is_group, step)

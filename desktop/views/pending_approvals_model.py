"""The approval steps an operator may decide now, as a table: delivery, campaign, step,
waiting since, reviewers. An adapter over services.delivery.approval_list's rows; the
view sorts it through a proxy on SORT_ROLE (the raw values: a time sorts as a time).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.delivery.approval_list import ApprovalRow
from desktop.services.delivery.approvals import STEP_ORDER
from desktop.views.review_words import moment_text, reviewers_text, step_words

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONTEXT = "PendingApprovals"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the ApprovalRow itself

COLUMNS: tuple[tuple[str, str], ...] = (
    ("delivery", QT_TRANSLATE_NOOP("PendingApprovals", "Delivery")),
    ("campaign", QT_TRANSLATE_NOOP("PendingApprovals", "Campaign")),
    ("step", QT_TRANSLATE_NOOP("PendingApprovals", "Step")),
    ("requested_at", QT_TRANSLATE_NOOP("PendingApprovals", "Waiting since")),
    ("reviewers", QT_TRANSLATE_NOOP("PendingApprovals", "Reviewers")),
)


class PendingApprovalsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ApprovalRow] = []

    def set_rows(self, rows: list[ApprovalRow]) -> bool:
        """Shows these rows; False (and nothing changes) when they are the ones shown."""
        if rows == self.rows:
            return False
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        return True

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, row: ApprovalRow, name: str) -> str:
        match name:
            case "delivery":
                return row.delivery_label
            case "campaign":
                return row.campaign_label or ""
            case "step":
                return step_words(row.step)
            case "requested_at":
                return moment_text(row.requested_at)
            case "reviewers":
                return reviewers_text(row)
        return ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        name = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, name)
        if role == SORT_ROLE:
            if name == "requested_at":
                return row.requested_at.isoformat()
            if name == "step":
                return STEP_ORDER.index(row.step)  # in the order the steps are asked
            return self._text(row, name).casefold()
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None

"""The proofs a delivery has sent, as a table: number, time, by whom, addresses, outcome.

An adapter over services.proofs.history's records, newest first as the service reads them;
each address's answer from the relay is in the tooltips.
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

from desktop.services.proofs.history import ProofRecord
from desktop.services.proofs.sending import FAILED, PARTLY_SENT, SENT
from desktop.views.display_values import number_text
from desktop.views.review_words import moment_text

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONTEXT = "Proofs"

COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("Proofs", "Proof")),
    ("sent_at", QT_TRANSLATE_NOOP("Proofs", "Sent")),
    ("sent_by", QT_TRANSLATE_NOOP("Proofs", "By")),
    ("addresses", QT_TRANSLATE_NOOP("Proofs", "Addresses")),
    ("outcome", QT_TRANSLATE_NOOP("Proofs", "Outcome")),
)

OUTCOME_WORDS = {
    SENT: QT_TRANSLATE_NOOP("Proofs", "Sent: %1 of %2 accepted"),
    PARTLY_SENT: QT_TRANSLATE_NOOP("Proofs", "Partly sent: %1 of %2 accepted"),
    FAILED: QT_TRANSLATE_NOOP("Proofs", "Failed: %1 of %2 accepted"),
}


def outcome_text(record: ProofRecord) -> str:
    words = OUTCOME_WORDS.get(record.status, QT_TRANSLATE_NOOP("Proofs", "%1 of %2 accepted"))
    return (
        QCoreApplication.translate(CONTEXT, words)
        .replace("%1", number_text(record.accepted))
        .replace("%2", number_text(len(record.outcomes)))
    )


def answers_text(record: ProofRecord) -> str:
    """One line per address: what the relay answered, or why it did not go."""
    return "\n".join(f"{o.address}: {o.detail}" for o in record.outcomes) or ", ".join(
        record.addresses
    )


class ProofsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[ProofRecord] = []

    def set_records(self, records: list[ProofRecord]) -> None:
        if records == self.records:
            return  # read again on a timer: the table keeps its selection and scroll
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        name = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            match name:
                case "number":
                    return f"#{record.number}"
                case "sent_at":
                    return moment_text(record.sent_at)
                case "sent_by":
                    return record.sent_by
                case "addresses":
                    return ", ".join(record.addresses)
                case "outcome":
                    return outcome_text(record)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("addresses", "outcome"):
            return answers_text(record)
        if role == Qt.ItemDataRole.ForegroundRole and name == "outcome" and record.status != SENT:
            return Qt.GlobalColor.darkRed
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

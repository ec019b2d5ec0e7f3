"""A pre-flight check's findings as a table: severity (with its icon), check, details,
points. Sorting goes through a QSortFilterProxyModel on SORT_ROLE: severities sort by
weight (errors first), points as numbers."""

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
from PySide6.QtWidgets import QApplication, QStyle

from desktop.services.deliverability.findings import LEVEL_ORDER, Finding, Level
from desktop.views.dashboard.preflight_words import CONTEXT, check_label, severity_words

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[tuple[str, str], ...] = (
    ("severity", QT_TRANSLATE_NOOP("Preflight", "Severity")),
    ("check", QT_TRANSLATE_NOOP("Preflight", "Check")),
    ("details", QT_TRANSLATE_NOOP("Preflight", "Details")),
    ("points", QT_TRANSLATE_NOOP("Preflight", "Points")),
)

_ICONS = {
    Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class PreflightModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "severity":
                return severity_words(finding.severity.value)
            if column == "check":
                return check_label(finding.name, finding.label)
            if column == "details":
                return finding.details
            return f"{finding.points:.1f}" if finding.points else ""
        if role == SORT_ROLE:
            if column == "severity":
                return LEVEL_ORDER[finding.severity]
            if column == "points":
                return finding.points
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == "severity":
            return QApplication.style().standardIcon(_ICONS[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "details":
                return finding.details
            if column == "check":
                return finding.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "points":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

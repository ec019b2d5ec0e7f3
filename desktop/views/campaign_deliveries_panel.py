"""A campaign's own dashboard: its deliveries with their status and KPIs, read again every
couple of seconds while shown (at once when a change notice says a delivery changed), and
Add a delivery, from a template. A double-click opens a delivery's dashboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Right
from desktop.services.delivery.campaign_deliveries import CampaignDelivery, campaign_deliveries
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, PollsWhileShown
from desktop.views.display_values import percent_text, value_words

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
REFRESH_MS = 2000
# (attribute, title, with its percentage)
# Titles in the lists' context ("Fields"), where the field labels are translated.
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("label", QT_TRANSLATE_NOOP("Fields", "Label"), False),
    ("channel", QT_TRANSLATE_NOOP("Fields", "Channel"), False),
    ("status", QT_TRANSLATE_NOOP("Fields", "Status"), False),
    ("targeted", QT_TRANSLATE_NOOP("Fields", "Targeted"), False),
    ("to_deliver", QT_TRANSLATE_NOOP("Fields", "To deliver"), False),
    ("delivered", QT_TRANSLATE_NOOP("Fields", "Delivered"), True),
    ("opens", QT_TRANSLATE_NOOP("Fields", "Opens"), True),
    ("clicks", QT_TRANSLATE_NOOP("Fields", "Clicks"), True),
    ("failed", QT_TRANSLATE_NOOP("Fields", "Errors"), True),
)


class CampaignDeliveriesModel(QAbstractTableModel):
    """Adapter over the rows services.delivery.campaign_deliveries reads."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CampaignDelivery] = []

    def set_rows(self, rows: list[CampaignDelivery]) -> None:
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Fields", COLUMNS[section][1])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        name, _title, with_percent = COLUMNS[index.column()]
        value = getattr(row, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name in ("channel", "status"):
                return value_words(value.value)
            if isinstance(value, int):
                shown = QLocale().toString(value)
                if with_percent and name in row.percentages and value:
                    shown += f" ({percent_text(row.percentages[name])})"
                return shown
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and name == "status":
            return value.value
        return None

    def delivery_at(self, row: int) -> CampaignDelivery | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class CampaignDeliveriesPanel(PollsWhileShown, QWidget):
    # (kind, id, title): a delivery to open in a tab
    object_requested = Signal(str, int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignDeliveries")
        self.context = context
        self.campaign_id: int | None = None

        self.model = CampaignDeliveriesModel(self)
        self.table = QTableView()
        self.table.setObjectName("campaignDeliveriesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)

        self.summary = QLabel()
        self.summary.setObjectName("campaignDeliveriesSummary")
        self.add_button = QPushButton(self.tr("Add a delivery..."))
        self.add_button.setObjectName("addDelivery")
        may = context.actor.can(Right.PREPARE_DELIVERIES)
        self.add_button.setEnabled(may)
        self.add_button.setToolTip(
            self.tr("A new delivery of this campaign, from a delivery template")
            if may
            else self.tr("You lack the right %1 to create a delivery").replace(
                "%1", Right.PREPARE_DELIVERIES.value
            )
        )
        self.add_button.clicked.connect(self.add_delivery)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.table, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.follower = ChangeFollower(context, self, self.refresh, {"delivery": None})
        self.follower.pace(self.timer, REFRESH_MS)

    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        self.refresh()

    def refresh(self) -> None:
        if self.campaign_id is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        with self.context.sessions() as session:
            rows = campaign_deliveries(session, self.campaign_id)
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%Ln delivery(ies)", "", len(rows)))

    def _open(self, index: QModelIndex) -> None:
        delivery = self.model.delivery_at(index.row())
        if delivery is not None:
            self.object_requested.emit("delivery", delivery.id, delivery.label)

    def add_delivery(self) -> int | None:
        """Opens New delivery from template for this campaign; the new delivery opens."""
        from desktop.views.new_from_template_dialog import NewFromTemplateDialog

        dialog = NewFromTemplateDialog(self.context, self.campaign_id, self)
        dialog.created.connect(self._created)
        self.dialog = dialog
        dialog.open()
        return None

    def _created(self, delivery_id: int, label: str) -> None:
        self.refresh()
        self.object_requested.emit("delivery", delivery_id, label)

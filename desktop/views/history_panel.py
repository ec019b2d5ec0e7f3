"""The History tab of a delivery or a campaign: its audit trail (who, when, what, from
which state to which), newest first, sortable by any column, filtered by operator, action
or text.

Nothing is read until the tab is first shown; then pages come as the table scrolls
(AuditTrailModel). While the tab is visible, it follows the object: a change notice of
its row (or, for a campaign, of a delivery) or, where none comes, a timer every second
runs one small query that tells whether the trail grew (a preparation, a save, another
operator), and the table is read again, keeping its sort and filters.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.services.access.audit_trail import AuditTrailQuery, TrailSubject, column_named
from desktop.views.app_context import AppContext
from desktop.views.audit_trail_model import AuditTrailModel, action_words
from desktop.views.change_follower import ChangeFollower, tolerating_unreachable

# How often a visible History tab looks for new rows where no change notice comes (as
# often as the lists read again); every few seconds while notices come.
CHECK_MS = 1000
SEARCH_DELAY_MS = 250  # typing pauses this long before the trail is read again
FIT_SAMPLE_ROWS = 50
MAX_FITTED_WIDTH = 320
COLUMN_OF_OBJECT = column_named("object")


class HistoryPanel(QWidget):
    """The audit trail of one object: kind "delivery" or "campaign" (with its
    deliveries'). A campaign not saved yet (object_id None) has no trail."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        object_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.object_id = object_id
        self.query: AuditTrailQuery | None = None
        self.model: AuditTrailModel | None = None
        self._latest: tuple[int, int] | None = None
        self.setObjectName("historyPanel")

        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the history"))
        self.operator_box = QComboBox()
        self.operator_box.setObjectName("historyOperator")
        self.action_box = QComboBox()
        self.action_box.setObjectName("historyAction")
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.operator_box)
        bar.addWidget(self.action_box)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        chain = [self.search, self.operator_box, self.action_box, self.table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self.operator_box.currentIndexChanged.connect(self._apply_filters)
        self.action_box.currentIndexChanged.connect(self._apply_filters)
        self._check_timer = QTimer(self)
        self._check_timer.timeout.connect(lambda: tolerating_unreachable(self.check_for_changes))
        # The audit trail tells no notice of its own: an entry comes with a change of the
        # object's row (a save, a status move), which does; the timer catches the others.
        self.follower = ChangeFollower(context, self, self.check_for_changes, self._followed())
        self.follower.pace(self._check_timer, CHECK_MS)
        self._fill_boxes([], [])
        self._set_enabled(False)

    # ---- which trail --------------------------------------------------------------------

    def _followed(self) -> dict[str, int | None]:
        """The rows whose change notices may come with a new entry of the trail."""
        if self.object_id is None:
            return {}
        if self.kind == "delivery":
            return {"delivery": self.object_id}
        return {"campaign": self.object_id, "delivery": None}  # its deliveries' too

    def set_object(self, object_id: int | None) -> None:
        """Shows another object's trail (a new campaign once saved); read when shown."""
        if object_id == self.object_id:
            return
        self.object_id = object_id
        self.follower.tables = self._followed()
        self._drop_model()
        if self.isVisible():
            self._open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self._open()
        else:
            self.check_for_changes()
        self._check_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._check_timer.stop()
        super().hideEvent(event)

    def _open(self) -> None:
        if self.object_id is None:
            self._show_message(self.tr("The history starts when the object is saved."))
            return
        header = self.table.horizontalHeader()
        try:
            query = AuditTrailQuery(
                self.context.sessions,
                self.context.actor,
                TrailSubject(self.kind, self.object_id),
                search=self.search.text(),
                filter_values=self._chosen_filters(),
            )
            if self.table.isSortingEnabled():  # another object's trail: the user's sort stays
                query.sort_column = header.sortIndicatorSection()
                query.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self._latest = query.latest()
            model = AuditTrailModel(query, parent=self)
        except ConsoleError as error:
            self._show_message(str(error))
            return
        self.message.hide()
        self.query, self.model = query, model
        self.table.setModel(model)
        model.modelReset.connect(self._update_count)
        # A delivery's rows are all about the delivery: no Object column.
        self.table.setColumnHidden(COLUMN_OF_OBJECT, self.kind == "delivery")
        if not self.table.isSortingEnabled():  # the first trail: newest first
            header.setSortIndicator(query.sort_column, Qt.SortOrder.DescendingOrder)
            self.table.setSortingEnabled(True)
        self._fill_boxes(query.choices("operator"), query.choices("action"))
        self._fit_columns()
        self._set_enabled(True)
        self._update_count()

    def _drop_model(self) -> None:
        if self.model is not None:
            self.table.setModel(None)
            self.model.deleteLater()
            self.model = None
        self.query = None
        self._latest = None
        self._set_enabled(False)

    # ---- refreshing -----------------------------------------------------------------------

    def check_for_changes(self) -> bool:
        """Reads the trail again when rows were added since; True when it did."""
        if self.query is None:
            if self.isVisible():
                self._open()
            return False
        try:
            latest = self.query.latest()
        except ConsoleError:
            return False
        if latest == self._latest:
            return False
        self._latest = latest
        self.refresh()
        return True

    def refresh(self) -> None:
        """Reads the trail and the filters' choices again, keeping sort and filters."""
        if self.query is None or self.model is None:
            return
        self._fill_boxes(self.query.choices("operator"), self.query.choices("action"))
        self.model.reload()

    # ---- filters ----------------------------------------------------------------------------

    def _fill_boxes(self, operators: list[str], actions: list[str]) -> None:
        """The filter boxes' choices; the current one stays chosen, even if gone."""
        for box, everything, choices, words in (
            (self.operator_box, self.tr("All operators"), operators, str),
            (self.action_box, self.tr("All actions"), actions, action_words),
        ):
            current = box.currentData() or ""
            if current and current not in choices:
                choices = [*choices, current]
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, "")
            for choice in choices:
                box.addItem(words(choice), choice)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _chosen_filters(self) -> dict[str, str]:
        chosen = {
            "operator": self.operator_box.currentData(),
            "action": self.action_box.currentData(),
        }
        return {name: value for name, value in chosen.items() if value}

    def set_operator_filter(self, name: str | None) -> None:
        self.operator_box.setCurrentIndex(max(0, self.operator_box.findData(name or "")))

    def set_action_filter(self, action: str | None) -> None:
        self.action_box.setCurrentIndex(max(0, self.action_box.findData(action or "")))

    def _apply_filters(self) -> None:
        if self.model is None:
            return
        self.model.set_filter("operator", self.operator_box.currentData() or None)
        self.model.set_filter("action", self.action_box.currentData() or None)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.model is not None:
            self.model.set_search(self.search.text())

    # ---- looks --------------------------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.search, self.operator_box, self.action_box):
            widget.setEnabled(enabled)
        if not enabled:
            self.count_label.clear()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _update_count(self) -> None:
        total = self.model.total if self.model else 0
        self.count_label.setText(self.tr("Total: %1").replace("%1", QLocale().toString(total)))

    def _fit_columns(self) -> None:
        """Widths from the titles and the first rows (never every row of a long trail)."""
        assert self.model is not None
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        sample = range(min(FIT_SAMPLE_ROWS, self.model.rowCount()))
        for column in range(self.model.columnCount() - 1):  # the last one stretches
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [str(self.model.index(row, column).data() or "") for row in sample]
            width = max(metrics.horizontalAdvance(text) for text in texts) + 24
            header.resizeSection(column, min(width, MAX_FITTED_WIDTH))

    def shown_rows(self) -> list[dict[str, str]]:
        """The rows as the table shows them, column name -> text (tests, copy)."""
        if self.query is None or self.model is None:
            return []
        names = [column.name for column in self.query.columns]
        return [
            {name: self.model.index(row, column).data() for column, name in enumerate(names)}
            for row in range(self.model.rowCount())
        ]

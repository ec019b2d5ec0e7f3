"""Campaign Management > Pending approvals: the approval steps the operator may approve or
reject now (domain.md §4), oldest request first, sortable by any column.

Enter or a double-click opens the delivery's dashboard on its review panel (the main
window connects review_requested); Approve and Reject decide the selected rows, a comment
required to reject. The list reads again on a timer while it shows and after every
decision taken in the application (context.reviews), and tells its count (the badge).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
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

from desktop.errors import ConsoleError
from desktop.services.delivery.approval_list import ApprovalRow, approval_rows
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, tolerating_unreachable
from desktop.views.object_registry import register_opener
from desktop.views.pending_approvals_model import ROW_ROLE, SORT_ROLE, PendingApprovalsModel
from desktop.views.step_decision import StepToDecide, Verb, ask_and_decide

CHECK_MS = 5000  # new requests (a preparation ended) and others' decisions show this soon
ERROR_STYLE = "color: #c62828"
OK_STYLE = "color: #2e7d32"


class PendingApprovalsView(QWidget):
    review_requested = Signal(int, str)  # delivery id, label: open its review panel
    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingApprovals")
        self.context = context

        self.heading = QLabel()
        self.heading.setObjectName("pendingApprovalsHeading")
        self.heading.setStyleSheet("font-weight: bold")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openReview")
        self.open_button.setToolTip(self.tr("Open the delivery's review (Enter)"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveSelected")
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("rejectSelected")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for button in (
            self.open_button,
            self.approve_button,
            self.reject_button,
            self.refresh_button,
        ):
            bar.addWidget(button)

        self.model = PendingApprovalsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("pendingApprovalsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # the oldest request first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 180, 120, 140)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("Nothing waits for your approval."))
        self.empty.setObjectName("noPendingApproval")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777")
        self.message = QLabel()
        self.message.setObjectName("pendingApprovalsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        chain = [
            self.table,
            self.open_button,
            self.approve_button,
            self.reject_button,
            self.refresh_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.table)  # the toolbar entry puts the keyboard on the list

        self.table.activated.connect(self._open_index)  # Enter or a double-click
        self.open_button.clicked.connect(self.open_current)
        self.approve_button.clicked.connect(lambda: self.decide_selected("approve"))
        self.reject_button.clicked.connect(lambda: self.decide_selected("reject"))
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.reviews.decided.connect(self._decided_somewhere)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self._tick)
        self.follower = ChangeFollower(
            context, self, self.refresh, {"approval": None, "delivery": None, "reviewer": None}
        )
        self.follower.pace(self.timer, CHECK_MS)
        self.refresh()

    @Slot()
    def _tick(self) -> None:
        tolerating_unreachable(self.refresh)

    # ---- reading ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    @Slot()
    def refresh(self) -> None:
        try:
            with self.context.sessions() as session:
                rows = approval_rows(session, self.context.actor, mine=True)
        except ConsoleError as exc:
            self._show_message(str(exc), ERROR_STYLE)
            return
        selected = {(row.delivery_id, row.step) for row in self.selected_rows()}
        if self.model.set_rows(rows):
            self._reselect(selected)
        count = len(rows)
        # With none, the list's empty text says it.
        self.heading.setText(
            self.tr("%Ln step(s) wait for your approval", "", count) if count else ""
        )
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()
        self.count_changed.emit(count)

    def _reselect(self, keys: set[tuple[int, object]]) -> None:
        """Selects the rows of these steps again, else the first row. Through the selection
        model with explicit flags: the view's own calls read the keyboard's modifiers, and
        the Ctrl+Shift+A that opened the list may still be held."""
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        indexes = []
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            shown = index.data(ROW_ROLE)
            if (shown.delivery_id, shown.step) in keys:
                indexes.append(index)
        if not indexes and self.proxy.rowCount():
            indexes = [self.proxy.index(0, 0)]
        selection.clearSelection()
        for index in indexes:
            selection.select(index, flags)
        if indexes:
            selection.setCurrentIndex(indexes[0], selection.SelectionFlag.NoUpdate)

    @Slot(int)
    def _decided_somewhere(self, _delivery_id: int) -> None:
        self.refresh()

    def selected_rows(self) -> list[ApprovalRow]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = index.data(ROW_ROLE)
            if isinstance(row, ApprovalRow):
                rows.append(row)
        return rows

    def current_row(self) -> ApprovalRow | None:
        row = self.table.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, ApprovalRow) else None

    def _update_buttons(self) -> None:
        selected = bool(self.selected_rows())
        self.approve_button.setEnabled(selected)
        self.reject_button.setEnabled(selected)
        self.open_button.setEnabled(self.current_row() is not None)

    # ---- actions ---------------------------------------------------------------------

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ApprovalRow):
            self.review_requested.emit(row.delivery_id, row.delivery_label)

    @Slot()
    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.review_requested.emit(row.delivery_id, row.delivery_label)

    def decide_selected(self, verb: Verb) -> None:
        steps = [StepToDecide.of(row) for row in self.selected_rows()]
        if steps:
            ask_and_decide(self.context, verb, steps, self, lambda errors: self._done(verb, errors))

    def _done(self, verb: Verb, errors: list[str]) -> None:
        if errors:
            self._show_message("\n".join(errors), ERROR_STYLE)
        elif verb == "approve":
            self._show_message(self.tr("Approved."), OK_STYLE)
        else:
            self._show_message(self.tr("Rejected: the owners are told why."), OK_STYLE)
        self.refresh()  # after a decision by nobody (all refused) as well

    def _show_message(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))


def _open(context: AppContext, _id: int | None, parent: QWidget | None) -> QWidget:
    return PendingApprovalsView(context, parent)


register_opener("pending_approvals", _open)

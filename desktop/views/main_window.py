"""The main window: the explorer tree on the left; on the right the selected folder's list
with the selected object's form below it, and objects opened in tabs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import url_without_password
from desktop.models.enums import Right
from desktop.services.entities import EntitySpec
from desktop.services.entities.list_query import spec_or_none
from desktop.views.app_context import AppContext
from desktop.views.change_follower import tolerating_unreachable
from desktop.views.explorer_follower import ExplorerFollower
from desktop.views.explorer_model import ExplorerModel, ExplorerNode
from desktop.views.explorer_view import ExplorerView
from desktop.views.finish_work import finish_work
from desktop.views.folders import DEFAULT_FOLDER
from desktop.views.heap import settle_loaded_objects
from desktop.views.list_panel import ListPanel
from desktop.views.object_registry import opener_for
from desktop.views.object_widgets import object_widget, options_widget, placeholder
from desktop.views.pending_approvals_badge import PendingApprovalsCount
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.unreachable_banner import UnreachableBanner
from desktop.views.unsaved_changes import settle_unsaved, unsaved_forms

# Imports one view module once the window shows: it registers openers (object_registry) and
# may add entries to the window (for example to window.tools_menu()).
ViewModuleLoader = Callable[["MainWindow"], None]


# Each imports its module in the function: the window shows before they load (the sending
# tools import the SMTP and HTTP servers, the dashboard pyqtgraph).
def _load_forms(_window: MainWindow) -> None:
    from desktop.views import forms  # noqa: F401  (registers the campaign form)


def _load_delivery_dashboard(_window: MainWindow) -> None:
    from desktop.views.dashboard import delivery_dashboard  # noqa: F401  (registers)


def _load_sending_tools(window: MainWindow) -> None:
    from desktop.views import sending_tools

    sending_tools.extend_main_window(window)


def _load_pending_approvals(_window: MainWindow) -> None:
    from desktop.views import pending_approvals_view  # noqa: F401  (registers its folder view)


def _load_quarantine(_window: MainWindow) -> None:
    from desktop.views import quarantine_view  # noqa: F401  (registers its folder view)


def _load_template_actions(window: MainWindow) -> None:
    from desktop.views import template_actions

    template_actions.extend_main_window(window)


VIEW_MODULES: tuple[ViewModuleLoader, ...] = (
    _load_forms,
    _load_delivery_dashboard,
    _load_sending_tools,
    _load_pending_approvals,
    _load_quarantine,
    _load_template_actions,
)

VIEW_MODULES_DELAY_MS = 50  # after the first paint: the list shows before they load
DETAIL_DELAY_MS = 120  # arrowing through a list does not build a form per row
SETTINGS_PREFIX = "main_window"
OBJECT_KEY = "campaign_console_object"  # widget property: (kind, id) shown in a tab
PENDING_APPROVALS = "pending_approvals"  # the folder of the steps the operator may decide
RECIPIENTS = "recipients"  # the folder the import belongs to
# Chinese menus put the mnemonic after the words, "新增(&N)"; Qt strips only the "&" for
# toolbar buttons, which would read "新增(N)".
MNEMONIC_SUFFIX = re.compile(r"\s*\(&\w\)")


def entity_label(spec: EntitySpec) -> str:
    # Spec labels are data, not literals: the forms keep their translations in "EntityKinds".
    return QCoreApplication.translate("EntityKinds", spec.label)


class MainWindow(QMainWindow):
    # File > Switch operator: whoever runs the console (views.operator_session) logs out.
    switch_operator_requested = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        view_modules: Sequence[ViewModuleLoader] = VIEW_MODULES,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Campaign Console"))
        self.current_node: ExplorerNode | None = None
        self._detail_key: tuple[str, int] | None = None
        self._pending_detail: int | None = None
        self._finishing_work = False
        # The folder whose list is shown: where the tree goes back to when the user keeps
        # a form with unsaved changes (views.unsaved_changes).
        self._shown_folder = QPersistentModelIndex()
        self._keeping_selection = False

        # Imported after the window first shows: the list is on screen sooner.
        self._pending_modules = list(view_modules)
        self._loading_started = False
        self._build_explorer()
        self._build_browser()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.pending_count = PendingApprovalsCount(context, self)
        self.pending_count.changed.connect(self._show_pending_count)
        self.pending_count.refresh()
        # What the window disabled while the database was unreachable, to enable again.
        self._disabled_while_unreachable: list[QAction | QWidget] = []
        context.database.lost.connect(self._database_lost)
        context.database.restored.connect(self._database_restored)
        self._restore_settings()

    # ---- construction -------------------------------------------------------------------

    def ensure_view_modules(self) -> None:
        """Loads every view module not loaded yet (VIEW_MODULES), each once. Called before
        anything needs an opener."""
        while self._pending_modules:
            self._pending_modules.pop(0)(self)

    def _load_next_view_module(self) -> None:
        # One module per turn of the event loop: the window stays responsive between them
        # (the sending tools import the SMTP and HTTP servers: most of a second).
        if self._pending_modules:
            self._pending_modules.pop(0)(self)
        if self._pending_modules:
            QTimer.singleShot(0, self, self._load_next_view_module)
        else:
            settle_loaded_objects()  # the application is loaded: short collector pauses

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loading_started:
            self._loading_started = True
            # With `self` as context: no call once the window is gone.
            QTimer.singleShot(VIEW_MODULES_DELAY_MS, self, self._load_next_view_module)

    def _build_explorer(self) -> None:
        self.explorer_model = ExplorerModel(self.context.sessions, parent=self)
        self.explorer = ExplorerView()
        self.explorer.setModel(self.explorer_model)
        for row in range(self.explorer_model.rowCount()):
            self.explorer.expand(self.explorer_model.index(row, 0))
        self.explorer.selectionModel().currentChanged.connect(self._folder_changed)
        # Programs and campaigns changed elsewhere show in the levels already read.
        self.explorer_follower = ExplorerFollower(self.context, self.explorer)
        self.explorer_model.dataChanged.connect(self._node_retitled)

    def _build_browser(self) -> None:
        self.list_panel = ListPanel(self.context.sessions)
        self.list_panel.follow_changes(self.context)
        self.list_panel.current_changed.connect(self._list_current_changed)
        self.list_panel.open_requested.connect(self._open_from_list)

        # A plain holder, not a scroll area: forms and dashboards scroll themselves, and a
        # second scroll bar around theirs would only get in the way.
        self.detail_area = QWidget()
        self.detail_area.setObjectName("detailArea")
        detail_layout = QVBoxLayout(self.detail_area)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self._detail_current: QWidget = self._detail_hint()
        detail_layout.addWidget(self._detail_current)

        self.browse_splitter = QSplitter(Qt.Orientation.Vertical)
        self.browse_splitter.setObjectName("browseSplitter")
        self.browse_splitter.addWidget(self.list_panel)
        self.browse_splitter.addWidget(self.detail_area)
        self.browse_splitter.setStretchFactor(0, 1)
        self.browse_splitter.setStretchFactor(1, 1)
        self.browse_splitter.setSizes([380, 340])

        self.folder_hint = placeholder("")
        self.special_holder = QStackedWidget()  # the options editor, when available
        self.browse_stack = QStackedWidget()
        self.browse_stack.addWidget(self.browse_splitter)
        self.browse_stack.addWidget(self.folder_hint)
        self.browse_stack.addWidget(self.special_holder)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.browse_stack, "")
        # The folder's own tab stays: no close button on it.
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.explorer)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.banner = UnreachableBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # Tab from the tree goes to the list's search box, then its filters and table.
        QWidget.setTabOrder(self.explorer, self.list_panel.search)

        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_pending_detail)

    def _action(
        self, text: str, shortcut: QKeySequence | str | None, slot: Any, icon: Any = None
    ) -> QAction:
        action = QAction(text, self)
        action.setIconText(MNEMONIC_SUFFIX.sub("", text).replace("&", "").rstrip(".…"))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work whatever has the focus
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(
            self.tr("&New"), QKeySequence.StandardKey.New, self.open_new, pixmap.SP_FileIcon
        )
        self.close_tab_action = self._action(
            self.tr("&Close tab"), "Ctrl+W", self.close_current_tab
        )
        self.settings_action = self._action(self.tr("&Settings..."), "Ctrl+,", self.show_settings)
        self.switch_operator_action = self._action(
            self.tr("S&witch operator..."), None, self.switch_operator_requested.emit
        )
        self.switch_operator_action.setObjectName("actionSwitchOperator")
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.refresh_action = self._action(
            self.tr("&Refresh"), "F5", self.refresh, pixmap.SP_BrowserReload
        )
        self.search_action = self._action(
            self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.explorer_action = self._action(
            self.tr("Go to &explorer"), "Ctrl+1", self.explorer.setFocus
        )
        self.list_action = self._action(
            self.tr("Go to &list"), "Ctrl+2", self.list_panel.table.setFocus
        )
        self.about_action = self._action(self.tr("&About Campaign Console"), None, self.about)
        self.pending_action = self._action(
            self.tr("Pending &approvals"),
            "Ctrl+Shift+A",
            self.show_pending_approvals,
            pixmap.SP_DialogApplyButton,
        )
        self.pending_action.setObjectName("actionPendingApprovals")
        self.import_action = self._action(
            self.tr("&Import recipients..."),
            None,
            self.open_import,
            pixmap.SP_DialogOpenButton,
        )
        self.import_action.setObjectName("actionImportRecipients")
        self._pending_words = (self.pending_action.text(), self.pending_action.iconText())

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu  # for other modules to add their entries to
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.close_tab_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_operator_action)
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.explorer_action)
        view_menu.addAction(self.list_action)
        view_menu.addSeparator()
        view_menu.addAction(self.pending_action)
        self._tools_menu = bar.addMenu(self.tr("&Tools"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.pending_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.operator_label = QLabel(self.tr("Operator: %1").replace("%1", self.context.actor.name))
        self.operator_label.setObjectName("statusOperator")
        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", url_without_password(self.context.db_url))
        )
        self.database_label.setObjectName("statusDatabase")
        self.statusBar().addWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def tools_menu(self) -> QMenu:
        """The Tools menu, for other modules to add their entries to."""
        return self._tools_menu

    # ---- folders --------------------------------------------------------------------

    def select_folder(self, key: str) -> bool:
        """Selects a folder or object node by key ("deliveries", "campaign:12")."""
        index = self.explorer_model.find(key)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.explorer.expand(parent)
            parent = parent.parent()
        self.explorer.setCurrentIndex(index)
        self.explorer.scrollTo(index)
        return True

    def _folder_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._keeping_selection:
            return
        if unsaved_forms([self._detail_current, self.special_widget()]):
            # Asked once the click or key that moved the selection is handled: the tree
            # then goes back to the folder cleanly if the user keeps the form.
            target = QPersistentModelIndex(current)
            QTimer.singleShot(0, self, lambda: self._leave_folder(target))
            return
        self._shown_folder = QPersistentModelIndex(current)
        self.show_node(self.explorer_model.node(current))

    def _node_retitled(self, *_changed: Any) -> None:
        # The folder's tab says the shown node's title: a program renamed elsewhere too.
        node = self.current_node
        if node is not None and self.explorer_model.alive(node):
            self.tabs.setTabText(0, node.display_title())

    def _leave_folder(self, target: QPersistentModelIndex) -> None:
        if not target.isValid() or QModelIndex(target) != self.explorer.currentIndex():
            return  # the selection moved on meanwhile
        if settle_unsaved(self, [self._detail_current, self.special_widget()]):
            self._shown_folder = QPersistentModelIndex(target)
            self.show_node(self.explorer_model.node(QModelIndex(target)))
            return
        self._keeping_selection = True
        try:
            if self._shown_folder.isValid():
                self.explorer.setCurrentIndex(QModelIndex(self._shown_folder))
        finally:
            self._keeping_selection = False

    def show_node(self, node: ExplorerNode) -> None:
        self.current_node = node
        self._clear_detail()
        self.tabs.setTabText(0, node.display_title())
        icon = self.explorer_model.data(
            self.explorer_model.index_of(node), Qt.ItemDataRole.DecorationRole
        )
        self.tabs.setTabIcon(0, icon)
        special = self._special_widget(node.special_view) if node.special_view else None
        if special is not None:
            self._show_special(special)
        elif node.listing is not None:
            self.list_panel.set_listing(node.listing)
            self.browse_stack.setCurrentWidget(self.browse_splitter)
        elif node.special_view:
            self.folder_hint.setText(self.tr("Not available in this version."))
            self.browse_stack.setCurrentWidget(self.folder_hint)
        else:
            self.folder_hint.setText(
                self.tr("%1: choose a folder in the tree.").replace("%1", node.display_title())
            )
            self.browse_stack.setCurrentWidget(self.folder_hint)
        self.tabs.setCurrentIndex(0)
        self._update_actions()

    def _special_widget(self, view: str) -> QWidget | None:
        """A folder's own widget: the options editor, or the opener registered under the
        folder's view name (the SMTP relay settings); None when it does not exist (yet)."""
        self.ensure_view_modules()
        if view == "options":
            return options_widget(self.context)
        factory = opener_for(view)
        return factory(self.context, None, None) if factory is not None else None

    def _show_special(self, widget: QWidget) -> None:
        while self.special_holder.count():
            old = self.special_holder.widget(0)
            self.special_holder.removeWidget(old)
            old.deleteLater()
        self.special_holder.addWidget(widget)
        self.browse_stack.setCurrentWidget(self.special_holder)
        # The Pending approvals view opens reviews and knows the count of its badge.
        review_requested = getattr(widget, "review_requested", None)
        if review_requested is not None:
            review_requested.connect(self.open_review)
        count_changed = getattr(widget, "count_changed", None)
        if count_changed is not None:
            count_changed.connect(self.pending_count.set_count)

    def special_widget(self) -> QWidget | None:
        """The folder's own widget shown now (the options editor, Pending approvals)."""
        if self.browse_stack.currentWidget() is not self.special_holder:
            return None
        return self.special_holder.currentWidget()

    # ---- pending approvals ------------------------------------------------------------

    def show_pending_approvals(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_folder(PENDING_APPROVALS)
        view = self.special_widget()
        if view is not None:
            view.setFocus()

    def _show_pending_count(self, count: int) -> None:
        text, icon_text = self._pending_words
        if count:
            shown = QLocale().toString(count)
            text, icon_text = f"{text} ({shown})", f"{icon_text} ({shown})"
        self.pending_action.setText(text)
        self.pending_action.setIconText(icon_text)
        self.explorer_model.set_badge(PENDING_APPROVALS, count)
        node = self.current_node
        if node is not None and node.key == PENDING_APPROVALS:
            self.tabs.setTabText(0, node.display_title())

    def open_review(self, delivery_id: int, label: str) -> QWidget:
        """Opens a delivery's dashboard on its review panel."""
        widget = self.open_object("delivery", delivery_id, label)
        show_review = getattr(widget, "show_review", None)
        if callable(show_review):
            show_review()
        return widget

    def current_kind(self) -> str | None:
        """The kind of object the shown list holds (what New creates)."""
        node = self.current_node
        if node is None or node.listing is None or node.special_view:
            return None
        return node.listing.kind

    def _current_spec(self) -> EntitySpec | None:
        kind = self.current_kind()
        return spec_or_none(kind) if kind else None

    def _update_actions(self) -> None:
        # Import belongs to the Recipients folder: shown there, for those who may import.
        node = self.current_node
        self.import_action.setVisible(node is not None and node.key == RECIPIENTS)
        may_import = self.context.actor.can(Right.IMPORT)
        self.import_action.setEnabled(may_import)
        self.import_action.setToolTip(
            self.tr("Import recipients from a CSV file")
            if may_import
            else self.tr("You lack the right %1 to import").replace("%1", Right.IMPORT.value)
        )
        spec = self._current_spec()
        allowed = spec is not None and self.context.actor.can(spec.edit_right)
        self.new_action.setEnabled(allowed)
        if spec is None:
            self.new_action.setToolTip(self.tr("Nothing to create here"))
        elif allowed:
            self.new_action.setToolTip(self.tr("New object in this folder (Ctrl+N)"))
        else:
            self.new_action.setToolTip(
                self.tr("You lack the right %1 to create here").replace("%1", spec.edit_right.value)
            )

    # ---- the selected object's form, below the list ---------------------------------------

    def _detail_hint(self) -> QLabel:
        return placeholder(self.tr("Select a row to see its details; Enter opens it in a tab."))

    def _list_current_changed(self, object_id: int | None) -> None:
        shown = self._detail_key
        if shown is not None and shown[1] != object_id and unsaved_forms([self._detail_current]):
            self._detail_timer.stop()
            QTimer.singleShot(0, self, lambda: self._leave_detail(shown, object_id))
            return
        self._pending_detail = object_id
        self._detail_timer.start()

    def _leave_detail(self, shown: tuple[str, int], object_id: int | None) -> None:
        """The list's selection moved away from a form with unsaved changes."""
        if self._detail_key != shown:
            return  # the form went meanwhile
        if settle_unsaved(self, [self._detail_current]):
            self._pending_detail = object_id
            self._show_pending_detail()
        else:
            self.list_panel.keep_current(shown[1])

    def _show_pending_detail(self) -> None:
        tolerating_unreachable(self._show_detail_now)

    def _show_detail_now(self) -> None:
        kind = self.current_kind()
        object_id = self._pending_detail
        if kind is None or object_id is None:
            self._clear_detail()
            return
        if self._detail_key == (kind, object_id):
            return
        self.ensure_view_modules()
        widget = object_widget(self.context, kind, object_id)
        self._connect_object_signals(widget, kind)
        self._replace_detail(widget)
        self._detail_key = (kind, object_id)

    def _clear_detail(self) -> None:
        self._detail_timer.stop()
        self._pending_detail = None
        if self._detail_key is not None:
            self._replace_detail(self._detail_hint())
            self._detail_key = None

    def _replace_detail(self, widget: QWidget) -> None:
        old = self._detail_current
        layout = self.detail_area.layout()
        layout.replaceWidget(old, widget)
        self._detail_current = widget
        old.hide()
        old.deleteLater()

    def detail_widget(self) -> QWidget | None:
        return self._detail_current

    # ---- tabs ----------------------------------------------------------------------

    def _open_from_list(self, object_id: int) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.open_object(kind, object_id, self.list_panel.current_title())

    def open_object(self, kind: str, object_id: int, title: str = "") -> QWidget:
        """Opens an object in a tab, or shows its tab when it is already open."""
        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget.property(OBJECT_KEY) == f"{kind}:{object_id}":
                self.tabs.setCurrentIndex(index)
                return widget
        self.ensure_view_modules()
        widget = object_widget(self.context, kind, object_id)
        widget.setProperty(OBJECT_KEY, f"{kind}:{object_id}")
        self._connect_object_signals(widget, kind)
        spec = spec_or_none(kind)
        label = entity_label(spec) if spec else kind
        self.tabs.addTab(widget, f"{label}: {title}" if title else f"{label} #{object_id}")
        self.tabs.setCurrentWidget(widget)
        return widget

    def open_new(self) -> QWidget | None:
        kind = self.current_kind()
        spec = self._current_spec()
        if kind is None or spec is None or not self.context.actor.can(spec.edit_right):
            return None
        self.ensure_view_modules()
        widget = object_widget(self.context, kind, None)
        self._connect_object_signals(widget, kind)
        self.tabs.addTab(widget, self.tr("New: %1").replace("%1", entity_label(spec)))
        self.tabs.setCurrentWidget(widget)
        return widget

    def _connect_object_signals(self, widget: QWidget, kind: str) -> None:
        saved = getattr(widget, "saved", None)
        if saved is not None:
            saved.connect(lambda object_id, w=widget: self._object_saved(w, kind, object_id))
        deleted = getattr(widget, "deleted", None)
        if deleted is not None:
            deleted.connect(lambda object_id, w=widget: self._object_deleted(w, kind, object_id))
        # An object that opens others (a campaign's dashboard, its deliveries).
        requested = getattr(widget, "object_requested", None)
        if requested is not None:
            requested.connect(self.open_object)

    def _object_saved(self, widget: QWidget, kind: str, object_id: int) -> None:
        index = self.tabs.indexOf(widget)
        if index > 0 and not widget.property(OBJECT_KEY):
            widget.setProperty(OBJECT_KEY, f"{kind}:{object_id}")
            spec = spec_or_none(kind)
            label = entity_label(spec) if spec else kind
            self.tabs.setTabText(index, f"{label} #{object_id}")
        self._data_changed(kind)

    def _object_deleted(self, widget: QWidget, kind: str, object_id: int) -> None:
        index = self.tabs.indexOf(widget)
        if index > 0:
            self._remove_tab(index)  # the object is gone: nothing left to save
        elif self._detail_key == (kind, object_id):
            self._clear_detail()
        self._data_changed(kind)

    def _data_changed(self, kind: str) -> None:
        self.list_panel.refresh()
        if kind in ("program", "campaign"):
            self.explorer_model.reload_all()

    def close_tab(self, index: int) -> bool:
        """Closes a tab (Ctrl+W, its X) once its unsaved changes are saved or discarded;
        False when it stays."""
        if index <= 0 or index >= self.tabs.count():
            return False  # the folder's tab stays
        widget = self.tabs.widget(index)
        if not settle_unsaved(self, [widget]):
            return False
        self._remove_tab(self.tabs.indexOf(widget))
        return True

    def _remove_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        widget.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    # ---- other actions -----------------------------------------------------------------

    def open_import(self) -> QWidget | None:
        """Recipients > Import...: the import dialog; the list reads the recipients again
        once an import has written some."""
        if not self.context.actor.can(Right.IMPORT):
            return None
        from desktop.views.recipient_import_dialog import RecipientImportDialog

        dialog = RecipientImportDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._recipients_imported)
        dialog.show()
        return dialog

    def _recipients_imported(self) -> None:
        if self.current_kind() == "recipient":
            self.list_panel.refresh()

    def refresh(self) -> None:
        self.explorer_model.reload_all()
        self.pending_count.refresh()
        if self.browse_stack.currentWidget() is self.special_holder:
            special = self.special_holder.currentWidget()
            reload = getattr(special, "refresh", None) or getattr(special, "reload", None)
            if callable(reload):
                reload()
        else:
            self.list_panel.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    def show_settings(self) -> None:
        SettingsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Campaign Console"),
            self.tr(
                "<p><b>Campaign Console</b> %1</p>"
                "<p>Prepare, send and track e-mail and direct-mail campaigns.</p>"
            ).replace("%1", QApplication.applicationVersion()),
        )

    # ---- the database unreachable ------------------------------------------------------

    def _database_lost(self, reason: str) -> None:
        """Says so once (no dialog per failed read), and disables what needs the database:
        the actions that read or write, the tree, and every button of the open forms and
        dashboards. What the operator typed stays in its fields."""
        self.banner.show_reason(reason)
        if self._disabled_while_unreachable:
            return  # lost again before it was back: already done
        needing: list[QAction | QWidget] = [
            self.new_action,
            self.import_action,
            self.refresh_action,
            self.pending_action,
            self.explorer,
            self.list_panel.search,
            *self.list_panel.filter_boxes.values(),
            *self.tabs.findChildren(QAbstractButton),
        ]
        for item in needing:
            if item.isEnabled():
                item.setEnabled(False)
                self._disabled_while_unreachable.append(item)

    def _database_restored(self) -> None:
        """Hides the band, enables what it disabled, and reads again what is open."""
        self.banner.hide()
        for item in self._disabled_while_unreachable:
            if shiboken6.isValid(item):  # a tab closed meanwhile took its buttons along
                item.setEnabled(True)
        self._disabled_while_unreachable = []
        self._update_actions()
        self.context.changes.announce_everything()  # every open view reads again
        tolerating_unreachable(self.explorer_model.reload_all)
        tolerating_unreachable(self.pending_count.refresh)

    # ---- settings ----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"{SETTINGS_PREFIX}/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.value(f"{SETTINGS_PREFIX}/state")
        if state:
            self.restoreState(state)
        for splitter in (self.splitter, self.browse_splitter):
            sizes = settings.value(f"{SETTINGS_PREFIX}/{splitter.objectName()}")
            if sizes:
                splitter.restoreState(sizes)
        last = str(settings.value(f"{SETTINGS_PREFIX}/last_folder", "") or "")
        if not (last and self.select_folder(last)):
            self.select_folder(DEFAULT_FOLDER)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(f"{SETTINGS_PREFIX}/geometry", self.saveGeometry())
        settings.setValue(f"{SETTINGS_PREFIX}/state", self.saveState())
        for splitter in (self.splitter, self.browse_splitter):
            settings.setValue(f"{SETTINGS_PREFIX}/{splitter.objectName()}", splitter.saveState())
        if self.current_node is not None:
            settings.setValue(f"{SETTINGS_PREFIX}/last_folder", self.current_node.key)
        self.list_panel.save_header_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finishing_work:  # closed again while the work ends: one close will do
            event.ignore()
            return
        open_views = [self.tabs.widget(i) for i in range(1, self.tabs.count())]
        if not settle_unsaved(self, [*open_views, self._detail_current, self.special_widget()]):
            event.ignore()
            return
        self._finishing_work = True
        try:
            # Sends detach, preparations stop; the window stays alive until they ended.
            finish_work(self.context.work, self)
        finally:
            self._finishing_work = False
        # Closed, the window reads no more: a selection made just before opens no form, and
        # the pending approvals count stops polling a database that may be closed next.
        self._detail_timer.stop()
        self.pending_count.timer.stop()
        self.save_settings()
        super().closeEvent(event)

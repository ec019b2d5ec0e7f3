"""New delivery from template, where a manager looks for it: File > New delivery from
template, the toolbar's New button (its menu), and the context menu of a campaign, in the
explorer tree and in the Campaigns list. The new delivery opens in its dashboard; the
campaign, when the action starts from one, is chosen already."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QToolButton

from desktop.models.enums import Right
from desktop.views.new_from_template_dialog import NewFromTemplateDialog

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


class TemplateActions:
    """The window's entries for making a delivery from a template."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: NewFromTemplateDialog | None = None
        self.action = QAction(
            QCoreApplication.translate("TemplateActions", "New delivery from &template..."), window
        )
        self.action.setObjectName("actionNewFromTemplate")
        self.action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        may = window.context.actor.can(Right.PREPARE_DELIVERIES)
        self.action.setEnabled(may)
        self.action.setToolTip(
            QCoreApplication.translate("TemplateActions", "A new delivery from a delivery template")
            if may
            else QCoreApplication.translate(
                "TemplateActions", "You lack the right %1 to create a delivery"
            ).replace("%1", Right.PREPARE_DELIVERIES.value)
        )
        self.action.triggered.connect(lambda: self.open_dialog(self.current_campaign()))
        window.file_menu.insertAction(window.import_action, self.action)
        self._new_button_menu()
        window.explorer.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.explorer.customContextMenuRequested.connect(self._explorer_menu)
        table = window.list_panel.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._list_menu)

    def _new_button_menu(self) -> None:
        """The toolbar's New: a click creates in the folder, its arrow offers the rest."""
        menu = QMenu(self.window)
        menu.addAction(self.window.new_action)
        menu.addAction(self.action)
        self.new_menu = menu
        button = self.window.toolbar.widgetForAction(self.window.new_action)
        if isinstance(button, QToolButton):
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def current_campaign(self) -> int | None:
        """The campaign selected in the tree, or in the Campaigns list, if any."""
        window = self.window
        node = window.current_node
        if node is not None and node.object_kind == "campaign":
            return node.object_id
        if window.current_kind() == "campaign":
            return window.list_panel.current_id()
        return None

    def campaign_menu(self, campaign_id: int) -> QMenu:
        """The context menu of one campaign."""
        menu = QMenu(self.window)
        entry = menu.addAction(self.action.icon(), self.action.text())
        entry.setObjectName("contextNewFromTemplate")
        entry.setEnabled(self.action.isEnabled())
        entry.setToolTip(self.action.toolTip())
        entry.triggered.connect(lambda: self.open_dialog(campaign_id))
        return menu

    def _explorer_menu(self, position: QPoint) -> None:
        explorer = self.window.explorer
        node = self.window.explorer_model.node(explorer.indexAt(position))
        if node.object_kind == "campaign" and node.object_id is not None:
            self.campaign_menu(node.object_id).exec(explorer.viewport().mapToGlobal(position))

    def _list_menu(self, position: QPoint) -> None:
        panel = self.window.list_panel
        index = panel.table.indexAt(position)
        if self.window.current_kind() != "campaign" or panel.model is None or not index.isValid():
            return
        campaign_id = panel.model.id_at(index.row())
        if campaign_id is not None:
            self.campaign_menu(campaign_id).exec(panel.table.viewport().mapToGlobal(position))

    def open_dialog(self, campaign_id: int | None) -> NewFromTemplateDialog:
        dialog = NewFromTemplateDialog(self.window.context, campaign_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, delivery_id: int, label: str) -> None:
        self.window.list_panel.refresh()
        self.window.open_object("delivery", delivery_id, label)


def extend_main_window(window: MainWindow) -> None:
    window.template_actions = TemplateActions(window)  # type: ignore[attr-defined]

"""The widget that shows one object: its registered opener, else the generic entity form.

The forms are imported on first use, not at start-up: the window shows before they load.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.app_context import AppContext
from desktop.views.object_registry import opener_for


def placeholder(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("placeholder")
    return label


def object_widget(
    context: AppContext, kind: str, object_id: int | None, parent: QWidget | None = None
) -> QWidget:
    """The form (or dashboard) of an object, or an empty form for a new one."""
    factory = opener_for(kind)
    if factory is not None:
        return factory(context, object_id, parent)
    from desktop.views.forms.entity_form import EntityForm

    return EntityForm(context, kind, object_id, parent)


def options_widget(context: AppContext, parent: QWidget | None = None) -> QWidget:
    """The options editor."""
    from desktop.views.forms.options_editor import OptionsEditor

    return OptionsEditor(context, parent)

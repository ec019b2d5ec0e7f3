"""The widget that shows one object: its registered opener, else the generic entity form.

The forms are imported on first use, not at start-up: the window shows before they load.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.app_context import AppContext
from desktop.views.object_registry import opener_for

log = logging.getLogger(__name__)


def import_optional(module_name: str):
    """The module, or None when that very module does not exist (a bug inside it still
    raises, so it is not hidden): the window's optional view modules (VIEW_MODULES)."""
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing and (module_name == missing or module_name.startswith(missing + ".")):
            log.info("optional module %s is not available", module_name)
            return None
        raise


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

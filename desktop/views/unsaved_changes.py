"""Nothing typed is lost: before a form goes away (its tab closes, the window closes, the
selection moves to another object), its unsaved changes are saved, discarded or kept.

A form takes part by having `is_dirty()` and `save() -> bool` (views.forms.entity_form and
its subclasses; a dashboard holds one in its Properties tab). One question covers every
form that goes at once: Save / Discard / Cancel. Cancel keeps them; Save keeps open the
first one whose save is refused (its message says why) and shows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget, QWidget


@runtime_checkable
class EditsObject(Protocol):
    def is_dirty(self) -> bool: ...

    def save(self) -> bool: ...


def unsaved_forms(widgets: Iterable[QWidget | None]) -> list[QWidget]:
    """The forms among `widgets` and their children that hold unsaved changes."""
    found: list[QWidget] = []
    for widget in widgets:
        if widget is None:
            continue
        candidates = [widget, *widget.findChildren(QWidget)]
        for candidate in candidates:
            if isinstance(candidate, EditsObject) and candidate not in found:
                try:
                    dirty = candidate.is_dirty()
                except RuntimeError:  # a part of the form already deleted
                    continue
                if dirty:
                    found.append(candidate)
    return found


def _title(form: QWidget) -> str:
    label = getattr(form, "title_label", None)
    text = label.text() if label is not None else ""
    return text.rstrip(" •") or form.windowTitle()


def _reveal(form: QWidget) -> None:
    """Brings a form into view: the tabs and stacks that hold it show it."""
    child: QWidget = form
    parent = form.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
            holder = parent.parentWidget()
            if isinstance(holder, QTabWidget):
                holder.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def settle_unsaved(parent: QWidget, widgets: Iterable[QWidget | None]) -> bool:
    """Asks what to do with the unsaved changes of the forms in `widgets`; True when they
    may go (saved or discarded, or there were none), False to keep them."""
    forms = unsaved_forms(widgets)
    if not forms:
        return True
    translate = QCoreApplication.translate
    names = "\n".join(f"• {_title(form)}" for form in forms)
    text = (
        translate("UnsavedChanges", "%1 has unsaved changes.").replace("%1", _title(forms[0]))
        if len(forms) == 1
        else translate("UnsavedChanges", "These forms have unsaved changes:\n%1").replace(
            "%1", names
        )
    )
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        translate("UnsavedChanges", "Unsaved changes"),
        text + "\n\n" + translate("UnsavedChanges", "Do you want to save them?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Discard:
        return True
    if answer != buttons.Save:
        return False
    for form in forms:
        if not form.save():  # refused: the form says why, and stays
            _reveal(form)
            form.setFocus()
            return False
    return True

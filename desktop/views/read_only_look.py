"""How a field the operator may not change looks: read-only (the window's background, not
the white of a field to type in), still selectable so its text can be copied. Choices
(combo boxes, check boxes) are disabled instead. A widget shows its fields so once it sets
READ_ONLY_STYLE (forms, the options editor, the relay settings)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

READ_ONLY_STYLE = (
    'QLineEdit:read-only, QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"]'
    " { background: palette(window); }"
)


def set_fields_read_only(widgets: Iterable[QWidget], read_only: bool) -> None:
    """Text fields turn read-only; anything else (a choice, a button) is disabled."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(read_only)
        else:
            widget.setEnabled(not read_only)

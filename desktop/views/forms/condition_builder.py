"""The audience filter builder: edits the condition tree of services.audience.conditions.

Rows are `field operator value`; groups combine them with AND, OR or NOT and nest. The
tree a user builds is checked live with services.audience.conditions.validate_condition, so a wrong
value (letters for an id) is named at once and the row is outlined; a row just added says
nothing until its value is typed, and the outline goes as soon as the value is right. The
same check runs again in the service when the form is saved. Values are kept exactly as
loaded until the user edits them, so any valid tree comes back out unchanged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError, ValidationError
from desktop.services.audience.conditions import (
    CUSTOM_PREFIX,
    FIELDS,
    OPERATORS,
    count_matching,
    text_as_value,
    validate_condition,
    value_from_text,
)
from desktop.views.app_context import AppContext

ROOT_PATH = "audience"
CONTEXT = "ConditionBuilder"

FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("ConditionBuilder", "Id"),
    "email": QT_TRANSLATE_NOOP("ConditionBuilder", "E-mail"),
    "first_name": QT_TRANSLATE_NOOP("ConditionBuilder", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ConditionBuilder", "Last name"),
    "language": QT_TRANSLATE_NOOP("ConditionBuilder", "Language"),
    "country": QT_TRANSLATE_NOOP("ConditionBuilder", "Country"),
    "city": QT_TRANSLATE_NOOP("ConditionBuilder", "City"),
    "postal_address": QT_TRANSLATE_NOOP("ConditionBuilder", "Postal address"),
    "denylisted": QT_TRANSLATE_NOOP("ConditionBuilder", "Denylisted"),
    "external_id": QT_TRANSLATE_NOOP("ConditionBuilder", "External id"),
    "created_at": QT_TRANSLATE_NOOP("ConditionBuilder", "Created at"),
}
OPERATOR_LABELS = {
    "=": QT_TRANSLATE_NOOP("ConditionBuilder", "equals"),
    "!=": QT_TRANSLATE_NOOP("ConditionBuilder", "is not"),
    "<": QT_TRANSLATE_NOOP("ConditionBuilder", "is less than"),
    "<=": QT_TRANSLATE_NOOP("ConditionBuilder", "is at most"),
    ">": QT_TRANSLATE_NOOP("ConditionBuilder", "is greater than"),
    ">=": QT_TRANSLATE_NOOP("ConditionBuilder", "is at least"),
    "contains": QT_TRANSLATE_NOOP("ConditionBuilder", "contains"),
    "starts_with": QT_TRANSLATE_NOOP("ConditionBuilder", "starts with"),
    "in": QT_TRANSLATE_NOOP("ConditionBuilder", "is one of"),
    "is_empty": QT_TRANSLATE_NOOP("ConditionBuilder", "is empty"),
}
MODE_LABELS = {
    "and": QT_TRANSLATE_NOOP("ConditionBuilder", "All of these (AND)"),
    "or": QT_TRANSLATE_NOOP("ConditionBuilder", "Any of these (OR)"),
    "not": QT_TRANSLATE_NOOP("ConditionBuilder", "None of these (NOT)"),
}
CUSTOM = "custom"  # data of the "Custom field" entry of the field combo box
PROBLEM_STYLE = 'QFrame#conditionNode[problem="true"] { border: 1px solid #c0392b; }'


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _field_label(name: str) -> str:
    return _tr(FIELD_LABELS.get(name, name.replace("_", " ").capitalize()))


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_as_text(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _set_problem(widget: QWidget, problem: bool) -> None:
    if widget.property("problem") != problem:
        widget.setProperty("problem", problem)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class ConditionNode(QFrame):
    """A row or a group of the tree."""

    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionNode")
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def node(self, path: str, places: dict[str, QWidget]) -> dict[str, Any]:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError


class ConditionRow(ConditionNode):
    """`field operator value`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._value: Any = ""
        # False for a row just added: its empty value is not an error to show yet.
        self.touched = False
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 1, 2, 1)

        self.field_combo = QComboBox()
        for name in FIELDS:
            self.field_combo.addItem(_field_label(name), name)
        self.field_combo.addItem(
            QCoreApplication.translate("ConditionBuilder", "Custom field…"), CUSTOM
        )
        self.custom_name = QLineEdit()
        self.custom_name.setPlaceholderText(
            QCoreApplication.translate("ConditionBuilder", "custom field name")
        )
        self.custom_name.setMaximumWidth(140)
        self.custom_name.hide()
        self.op_combo = QComboBox()
        for op in OPERATORS:
            self.op_combo.addItem(_tr(OPERATOR_LABELS.get(op, op)), op)
        self.value_line = QLineEdit()
        self.value_line.setPlaceholderText(QCoreApplication.translate("ConditionBuilder", "value"))
        self.value_choice = QComboBox()
        self.value_choice.addItem(QCoreApplication.translate("ConditionBuilder", "true"), True)
        self.value_choice.addItem(QCoreApplication.translate("ConditionBuilder", "false"), False)
        self.value_choice.hide()
        self.remove_button.setToolTip(
            QCoreApplication.translate("ConditionBuilder", "Remove this condition")
        )

        for widget in (self.field_combo, self.custom_name, self.op_combo):
            row.addWidget(widget)
        row.addWidget(self.value_line, 1)
        row.addWidget(self.value_choice, 1)
        row.addWidget(self.remove_button)

        self.field_combo.currentIndexChanged.connect(self._shape_changed)
        self.custom_name.textEdited.connect(lambda _t: self.changed.emit())
        self.op_combo.currentIndexChanged.connect(self._shape_changed)
        self.value_line.textEdited.connect(self._value_edited)
        self.value_choice.currentIndexChanged.connect(self._choice_edited)
        self._shape_changed()

    # -- what the row says

    def field_name(self) -> str:
        data = self.field_combo.currentData()
        if data == CUSTOM:
            return CUSTOM_PREFIX + self.custom_name.text().strip()
        return str(data)

    def _kind(self) -> str:
        return FIELDS[self.field_name()][1] if self.field_name() in FIELDS else "text"

    def _op(self) -> str:
        return str(self.op_combo.currentData())

    def _uses_choice(self) -> bool:
        return self._kind() == "boolean" and self._op() not in ("in", "is_empty")

    def node(self, path: str, places: dict[str, QWidget]) -> dict[str, Any]:
        places[path] = self
        result: dict[str, Any] = {"field": self.field_name(), "op": self._op()}
        if self._op() != "is_empty":
            result["value"] = self._value
        return result

    # -- user edits

    def _parse(self, text: str) -> Any:
        """The value the service reads in the typed text; when it reads none, the text is
        kept as typed, and validating the tree names the service's reason."""
        try:
            return value_from_text(self.field_name(), self._op(), text)
        except ValidationError:
            return text_as_value(self._op(), text)

    def _value_edited(self, text: str) -> None:
        self.touched = True
        self._value = self._parse(text)
        self.changed.emit()

    def _choice_edited(self, _index: int) -> None:
        if not self._loading and self._uses_choice():
            self.touched = True
            self._value = self.value_choice.currentData()
            self.changed.emit()

    def _shape_changed(self) -> None:
        custom = self.field_combo.currentData() == CUSTOM
        self.custom_name.setVisible(custom)
        needs_value = self._op() != "is_empty"
        choice = self._uses_choice()
        self.value_choice.setVisible(needs_value and choice)
        self.value_line.setVisible(needs_value and not choice)
        self.value_line.setPlaceholderText(
            QCoreApplication.translate("ConditionBuilder", "values, separated by commas")
            if self._op() == "in"
            else QCoreApplication.translate("ConditionBuilder", "value")
        )
        if self._loading:
            return
        # The meaning of the typed text changed with the field or the operator.
        if choice:
            self._value = self.value_choice.currentData()
        else:
            self._value = self._parse(self.value_line.text())
        self.changed.emit()

    # -- loading

    def set_node(self, node: dict[str, Any]) -> None:
        self.touched = bool(node)  # a loaded condition is shown with what is wrong in it
        self._loading = True
        try:
            field = str(node.get("field", ""))
            if field.startswith(CUSTOM_PREFIX):
                self.field_combo.setCurrentIndex(self.field_combo.findData(CUSTOM))
                self.custom_name.setText(field[len(CUSTOM_PREFIX) :])
            else:
                index = self.field_combo.findData(field)
                if index < 0:  # unknown to this version: kept, and flagged by validation
                    self.field_combo.addItem(field, field)
                    index = self.field_combo.count() - 1
                self.field_combo.setCurrentIndex(index)
            op = str(node.get("op", "="))
            index = self.op_combo.findData(op)
            if index < 0:
                self.op_combo.addItem(op, op)
                index = self.op_combo.count() - 1
            self.op_combo.setCurrentIndex(index)
            self._value = node.get("value", "")
            self.value_line.setText(_as_text(self._value))
            if isinstance(self._value, bool):
                self.value_choice.setCurrentIndex(self.value_choice.findData(self._value))
        finally:
            self._loading = False
        self._shape_changed_quietly()

    def _shape_changed_quietly(self) -> None:
        self._loading = True
        try:
            self._shape_changed()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.field_combo, self.op_combo, self.value_choice, self.remove_button):
            widget.setEnabled(not read_only)
        self.custom_name.setReadOnly(read_only)
        self.value_line.setReadOnly(read_only)


class ConditionGroup(ConditionNode):
    """AND / OR / NOT over rows and groups. The root group has no NOT and no remove."""

    def __init__(self, root: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        # For the root: the loaded tree was itself an AND/OR (kept even with one child).
        self.explicit = False
        self._read_only = False
        self.setFrameShape(QFrame.Shape.NoFrame if root else QFrame.Shape.StyledPanel)

        column = QVBoxLayout(self)
        column.setContentsMargins(0 if root else 6, 2, 2, 2)
        header = QHBoxLayout()
        self.mode_combo = QComboBox()
        for mode in ("and", "or") if root else ("and", "or", "not"):
            self.mode_combo.addItem(_tr(MODE_LABELS[mode]), mode)
        self.add_row_button = QPushButton(
            QCoreApplication.translate("ConditionBuilder", "Add condition")
        )
        self.add_group_button = QPushButton(
            QCoreApplication.translate("ConditionBuilder", "Add group")
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate("ConditionBuilder", "Remove this group")
        )
        header.addWidget(self.mode_combo)
        header.addWidget(self.add_row_button)
        header.addWidget(self.add_group_button)
        header.addStretch(1)
        if not root:
            header.addWidget(self.remove_button)
        column.addLayout(header)

        self.children_column = QVBoxLayout()
        self.children_column.setContentsMargins(18, 0, 0, 0)
        self.children_column.setSpacing(2)
        column.addLayout(self.children_column)
        self.empty_label = QLabel(
            QCoreApplication.translate(
                "ConditionBuilder", "No condition: every recipient is selected."
            )
            if root
            else QCoreApplication.translate("ConditionBuilder", "Empty group.")
        )
        self.empty_label.setEnabled(False)
        self.children_column.addWidget(self.empty_label)

        self.mode_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.add_row_button.clicked.connect(lambda: self.add_row())
        self.add_group_button.clicked.connect(lambda: self.add_group())

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def nodes(self) -> list[ConditionNode]:
        found = []
        for i in range(self.children_column.count()):
            widget = self.children_column.itemAt(i).widget()
            if isinstance(widget, ConditionNode):
                found.append(widget)
        return found

    def _adopt(self, child: ConditionNode) -> None:
        child.changed.connect(self.changed)
        child.remove_requested.connect(self._remove)
        child.set_read_only(self._read_only)
        self.children_column.addWidget(child)
        self.empty_label.hide()

    def add_row(self, node: dict[str, Any] | None = None) -> ConditionRow:
        row = ConditionRow()
        if node is not None:
            row.set_node(node)
        self._adopt(row)
        if node is None:
            self.changed.emit()
            row.value_line.setFocus()
        return row

    def add_group(self, node: dict[str, Any] | None = None) -> ConditionGroup:
        group = ConditionGroup()
        if node is not None:
            group.set_node(node)
        self._adopt(group)
        if node is None:
            self.changed.emit()
        return group

    def add_node(self, node: Any) -> None:
        if isinstance(node, dict) and ({"and", "or", "not"} & node.keys()):
            self.add_group(node)
        else:
            self.add_row(node if isinstance(node, dict) else {})

    def _remove(self, child: QWidget) -> None:
        self.children_column.removeWidget(child)
        child.hide()
        child.deleteLater()
        self.empty_label.setVisible(not self.nodes())
        self.changed.emit()

    def clear(self) -> None:
        for child in self.nodes():
            self.children_column.removeWidget(child)
            child.hide()
            child.deleteLater()
        self.empty_label.show()

    def set_node(self, node: dict[str, Any]) -> None:
        """Loads an AND / OR / NOT node (a non-root group)."""
        self.clear()
        self.mode_combo.blockSignals(True)
        if "not" in node:
            self.mode_combo.setCurrentIndex(self.mode_combo.findData("not"))
            self.add_node(node["not"])
        else:
            mode = "and" if "and" in node else "or"
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
            for child in node.get(mode) or []:
                self.add_node(child)
        self.mode_combo.blockSignals(False)

    def node(self, path: str, places: dict[str, QWidget]) -> dict[str, Any]:
        places[path] = self
        children = self.nodes()
        if self.mode() == "not":
            if len(children) == 1:
                return {"not": children[0].node(f"{path}.not", places)}
            # "None of these": not one of them matches.
            inner = [c.node(f"{path}.not.or[{i}]", places) for i, c in enumerate(children)]
            return {"not": {"or": inner}}
        key = self.mode()
        return {key: [c.node(f"{path}.{key}[{i}]", places) for i, c in enumerate(children)]}

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.mode_combo, self.add_row_button, self.add_group_button):
            widget.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        for child in self.nodes():
            child.set_read_only(read_only)


class ConditionBuilder(QWidget):
    """Edits an audience condition; condition() -> dict | None, set_condition(), `changed`.

    With a context, "Count" shows how many recipients match (one COUNT query)."""

    changed = Signal()

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._problem: str | None = None
        self._places: dict[str, QWidget] = {}
        self.setStyleSheet(PROBLEM_STYLE)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.root = ConditionGroup(root=True)
        self.root.changed.connect(self._on_changed)
        column.addWidget(self.root)

        footer = QHBoxLayout()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_button = QPushButton(self.tr("Count"))
        self.count_button.setToolTip(self.tr("Count the recipients this condition selects"))
        self.count_button.clicked.connect(self.count)
        self.count_button.setVisible(context is not None)
        self.count_label = QLabel()
        footer.addWidget(self.count_button)
        footer.addWidget(self.count_label)
        footer.addWidget(self.problem_label, 1)
        column.addLayout(footer)
        self._on_changed()

    # -- the contract

    def condition(self) -> dict[str, Any] | None:
        return self._tree()[0]

    def set_condition(self, condition: dict[str, Any] | None) -> None:
        root = self.root
        root.blockSignals(True)
        root.clear()
        root.explicit = False
        root.mode_combo.setCurrentIndex(0)
        if isinstance(condition, dict) and ("and" in condition or "or" in condition):
            mode = "and" if "and" in condition else "or"
            root.explicit = True
            root.mode_combo.setCurrentIndex(root.mode_combo.findData(mode))
            for child in condition.get(mode) or []:
                root.add_node(child)
        elif condition is not None:
            root.add_node(condition)
        root.blockSignals(False)
        self._on_changed()

    def problem(self) -> str | None:
        """What is wrong with the condition being edited, or None."""
        return self._problem

    def set_read_only(self, read_only: bool) -> None:
        self.root.set_read_only(read_only)

    # -- the tree

    def _tree(self) -> tuple[dict[str, Any] | None, dict[str, QWidget]]:
        places: dict[str, QWidget] = {}
        root = self.root
        children = root.nodes()
        if not children and not root.explicit:
            return None, places
        # One row under a plain AND root is the row itself: the simplest tree.
        if len(children) == 1 and root.mode() == "and" and not root.explicit:
            return children[0].node(ROOT_PATH, places), places
        return root.node(ROOT_PATH, places), places

    def _on_changed(self) -> None:
        tree, self._places = self._tree()
        for widget in self._places.values():
            _set_problem(widget, False)
        self._problem = None
        shown = None
        if tree is not None:
            try:
                validate_condition(tree, ROOT_PATH)
            except ValidationError as error:
                self._problem = str(error)
                place = self._place_of(error.field)
                if not self._waits_for_typing(place):
                    shown = self._problem
                    if place is not None:
                        _set_problem(place, True)
        self.problem_label.setText(shown or "")
        self.count_label.clear()
        self.changed.emit()

    def _place_of(self, field_path: str) -> QWidget | None:
        """The row or group an error's path (`audience.and[1].value`) names."""
        best = ""
        for path in self._places:
            if (field_path == path or field_path.startswith(path + ".")) and len(path) > len(best):
                best = path
        return self._places[best] if best else None

    @staticmethod
    def _waits_for_typing(place: QWidget | None) -> bool:
        """A row just added, whose value nobody typed yet: its error would only scold. The
        problem still stands (a save refuses it, saying why)."""
        return isinstance(place, ConditionRow) and not place.touched

    def count(self) -> int | None:
        """Counts the recipients matching; shows and returns the number (None on error)."""
        if self.context is None:
            return None
        if self._problem:
            self.count_label.setText(self.tr("Fix the condition first."))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.context.sessions() as session:
                number = count_matching(session, self.condition())
        except ConsoleError as error:
            self.count_label.setText(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.count_label.setText(self.tr("%Ln recipient(s) match", "", number))
        return number

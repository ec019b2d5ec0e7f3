"""The content editor's field picker: a menu of the variables a template can use
(services.messages.template_context), each inserted as `{{ recipient.first_name }}`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.errors import ConsoleError
from desktop.services.entities import spec_for
from desktop.services.messages.template_context import (
    CAMPAIGN_FIELDS,
    DELIVERY_FIELDS,
    LINKS,
    RECIPIENT_FIELDS,
    placeholder,
)


def _field_words(kind: str, name: str) -> str:
    """A field's label as its form shows it; its name when the form has none."""
    if name == "id":  # no form shows it: the filter builder's word for it
        return QCoreApplication.translate("ConditionBuilder", "Id")
    try:
        label = spec_for(kind).field(name).label
    except ConsoleError:
        return name
    return QCoreApplication.translate("Fields", label)


class FieldPicker(QToolButton):
    """A button with a menu; `chosen` gives the text to insert."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldPicker")
        self.setText(self.tr("Insert a field"))
        self.setToolTip(
            self.tr("Inserts a recipient's, the delivery's or the campaign's field where you type")
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        link_words = {
            "unsubscribe_url": self.tr("Unsubscribe link"),
            "mirror_url": self.tr("Mirror page link"),
        }
        groups = (
            (self.tr("Recipient"), "recipient", RECIPIENT_FIELDS),
            (self.tr("Delivery"), "delivery", DELIVERY_FIELDS),
            (self.tr("Campaign"), "campaign", CAMPAIGN_FIELDS),
        )
        for title, kind, names in groups:
            menu.addSection(title)
            for name in names:
                self._add(menu, _field_words(kind, name), f"{kind}.{name}")
        menu.addSection(self.tr("Links"))
        for name in LINKS:
            self._add(menu, link_words.get(name, name), name)
        self.setMenu(menu)

    def _add(self, menu: QMenu, words: str, variable: str) -> None:
        text = placeholder(variable)
        action = menu.addAction(f"{words}\t{text}")
        action.setData(text)
        action.triggered.connect(lambda _checked=False, text=text: self.chosen.emit(text))

    def variables(self) -> list[str]:
        """The texts the menu inserts, in its order."""
        return [action.data() for action in self.menu().actions() if action.data()]

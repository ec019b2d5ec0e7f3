"""The proof target in the delivery form (domain.md §4): a list flagged as a proof target,
or up to 100 addresses; one or the other, like the audience's filter or list.

The two fields keep their own editors (and their errors, from the service's rule
services.proofs.target.check_proof_target, under each); this section chooses which one
the delivery uses, clears the other on Save, and says how many addresses a proof goes to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.models.enums import Channel
from desktop.services.entities import AfterSave, references
from desktop.services.proofs.target import PROOF_TARGET_MAX, proof_lists
from desktop.views.forms.entity_form import FieldRow
from desktop.views.forms.field_widgets import ReferenceEditor

ERROR_STYLE = "color: #c0392b;"
HINT_STYLE = "color: palette(mid);"
MEMBERS_ROLE = Qt.ItemDataRole.UserRole + 1


class ProofListEditor(ReferenceEditor):
    """The delivery's proof list: only the lists flagged as proof targets, with their
    size (a list unflagged since it was chosen is still shown, so the user sees it)."""

    def reload(self, search: str) -> None:
        with self.context.sessions() as session:
            found = proof_lists(session)
            current_title = None
            if self._current is not None and self._current not in {f.id for f in found}:
                current_title = references.title_of(session, self.kind, self._current)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(none)"), None)
        if current_title is not None:
            self.combo.addItem(current_title, self._current)
        for proof_list in found:
            self.combo.addItem(proof_list.label, proof_list.id)
            self.combo.setItemData(self.combo.count() - 1, proof_list.members, MEMBERS_ROLE)
        self.combo.setCurrentIndex(max(self.combo.findData(self._current), 0))
        self.combo.blockSignals(False)
        self.search.show_if(False)  # proof lists are few

    def members(self) -> int | None:
        """How many recipients the chosen list has (None: no list, or not a proof list)."""
        members = self.combo.currentData(MEMBERS_ROLE)
        return None if members is None else int(members)


class ProofTargetSection(QGroupBox):
    """The choice between proof addresses and a proof list, around their editors."""

    changed = Signal()

    def __init__(
        self, address_row: FieldRow, list_row: FieldRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Proof target: a list, or up to %1 addresses").replace(
                "%1", str(PROOF_TARGET_MAX)
            ),
            parent,
        )
        self.addresses = address_row.editor
        assert isinstance(list_row.editor, ProofListEditor)
        self.proof_list = list_row.editor
        self.by_addresses = QRadioButton(self.tr("Addresses"))
        self.by_list = QRadioButton(self.tr("A proof list"))
        self.by_addresses.setToolTip(self.tr("Each address receives a proof"))
        self.by_list.setToolTip(self.tr("Each member of a list flagged as a proof target"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_addresses)
        self.mode.addButton(self.by_list)
        self.by_addresses.setChecked(True)
        self.by_addresses.toggled.connect(self._mode_changed)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.by_addresses, address_row)
        form.addRow(self.by_list, list_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        self.addresses.changed.connect(self._update_summary)
        self.proof_list.changed.connect(self._update_summary)
        self._loaded_by_list = False
        self._loaded_addresses = False
        self._editable = True
        self._email = True

    # ---- the choice -------------------------------------------------------------------

    def uses_list(self) -> bool:
        return self.by_list.isChecked()

    def _mode_changed(self) -> None:
        self._apply_state()
        self._update_summary()
        self.changed.emit()

    def set_channel(self, channel: str | None) -> None:
        """Proofs are e-mails: only an e-mail delivery has a proof target."""
        self._email = channel in (None, Channel.EMAIL.value)
        self._apply_state()
        self._update_summary()

    def _apply_state(self) -> None:
        editable = self._editable and self._email
        by_list = self.uses_list()
        self.by_addresses.setEnabled(editable)
        self.by_list.setEnabled(editable)
        # The target not chosen is greyed, like the audience's; the chosen one is read-only
        # without the right, yet still selectable.
        for editor, chosen in ((self.addresses, not by_list), (self.proof_list, by_list)):
            editor.set_read_only(not editable)
            if not chosen:
                editor.setEnabled(False)
            elif editable or editor is self.addresses:
                editor.setEnabled(True)

    def _update_summary(self) -> None:
        if not self._email:
            self._say(self.tr("Only an e-mail delivery has a proof target."), HINT_STYLE)
            return
        if self.uses_list():
            members = self.proof_list.members()
            if self.proof_list.value() is None:
                self._say(self.tr("No proof list chosen: no proof can be sent."), HINT_STYLE)
            elif members is None:
                self._say(self.tr("This list is not flagged as a proof target."), ERROR_STYLE)
            else:
                self._say(
                    self.tr("A proof goes to the %Ln member(s) of the list.", "", members),
                    ERROR_STYLE if members > PROOF_TARGET_MAX else HINT_STYLE,
                )
            return
        count = len({address.casefold() for address in self.addresses.value()})
        if count == 0:
            self._say(self.tr("No address: no proof can be sent."), HINT_STYLE)
        elif count > PROOF_TARGET_MAX:
            self._say(
                self.tr("%Ln address(es): a proof target holds at most %1.", "", count).replace(
                    "%1", str(PROOF_TARGET_MAX)
                ),
                ERROR_STYLE,
            )
        else:
            self._say(self.tr("A proof goes to %Ln address(es).", "", count), HINT_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(style)

    # ---- as a section of the form ------------------------------------------------------

    def load(self, _entity_id: int | None, values: Mapping[str, Any]) -> None:
        self._loaded_by_list = values.get("proof_list_id") is not None
        self._loaded_addresses = bool(values.get("proof_addresses"))
        self.by_addresses.blockSignals(True)
        (self.by_list if self._loaded_by_list else self.by_addresses).setChecked(True)
        self.by_addresses.blockSignals(False)
        channel = values.get("channel")
        self.set_channel(None if channel is None else str(getattr(channel, "value", channel)))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._apply_state()

    def is_dirty(self) -> bool:
        return self.uses_list() != self._loaded_by_list

    def field_values(self) -> dict[str, Any]:
        """The target not chosen is cleared (the service refuses both at once); its
        editor keeps what the user typed, should they switch back before saving."""
        if self.uses_list():
            if self.addresses.value() or self._loaded_addresses:
                return {"proof_addresses": []}
        elif self.proof_list.value() is not None or self._loaded_by_list:
            return {"proof_list_id": None}
        return {}

    def after_save(self) -> AfterSave | None:
        return None

    def show_error(self, _field: str, _reason: str) -> bool:
        return False  # each field shows its own, under its editor

    def clear_errors(self) -> None:
        pass

"""The rows of an audit trail as a table: when, who, which object, what, from which state
to which, details. Pages are read on demand (LazyTableModel over
services.access.audit_trail.AuditTrailQuery); this class only puts the rows into words."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop.errors import ConsoleError
from desktop.models.enums import ApprovalStatus
from desktop.services.access.audit_trail import AuditRow, AuditTrailQuery
from desktop.services.entities import spec_for
from desktop.services.runtime.local_time import local_moment
from desktop.views.display_values import value_words
from desktop.views.lazy_table_model import ID_ROLE, RAW_ROLE, LazyTableModel, ModelIndex
from desktop.views.review_words import status_words as approval_status_words
from desktop.views.review_words import step_words

CONTEXT = "AuditTrail"
PLACEHOLDER = re.compile(r"%([12])")

# Column titles of services.access.audit_trail.COLUMNS.
TITLES = (
    QT_TRANSLATE_NOOP("AuditTrail", "When"),
    QT_TRANSLATE_NOOP("AuditTrail", "Operator"),
    QT_TRANSLATE_NOOP("AuditTrail", "Object"),
    QT_TRANSLATE_NOOP("AuditTrail", "Action"),
    QT_TRANSLATE_NOOP("AuditTrail", "From"),
    QT_TRANSLATE_NOOP("AuditTrail", "To"),
    QT_TRANSLATE_NOOP("AuditTrail", "Details"),
)

# Actions the services record -> words; an action not listed reads as its capitalised name.
ACTION_WORDS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditTrail", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditTrail", "Edited"),
    "delete": QT_TRANSLATE_NOOP("AuditTrail", "Deleted"),
    "status": QT_TRANSLATE_NOOP("AuditTrail", "Status changed"),
    # The review (services.delivery.approval_decisions, approval_settings, proofs.sending)
    "approve": QT_TRANSLATE_NOOP("AuditTrail", "Step approved"),
    "reject": QT_TRANSLATE_NOOP("AuditTrail", "Step rejected"),
    "approval_settings": QT_TRANSLATE_NOOP("AuditTrail", "Approval settings changed"),
    "proof": QT_TRANSLATE_NOOP("AuditTrail", "Proof sent"),
}
# Actions whose states are an approval step's (pending, approved, rejected).
STEP_DECISIONS = ("approve", "reject")

# Keys of the rows' details -> words.
DETAIL_WORDS: dict[str, str] = {
    "reason": QT_TRANSLATE_NOOP("AuditTrail", "Reason"),
    "fields": QT_TRANSLATE_NOOP("AuditTrail", "Fields"),
    "title": QT_TRANSLATE_NOOP("AuditTrail", "Title"),
    "step": QT_TRANSLATE_NOOP("AuditTrail", "Step"),
    "steps": QT_TRANSLATE_NOOP("AuditTrail", "Steps"),
    "comment": QT_TRANSLATE_NOOP("AuditTrail", "Comment"),
    "reviewers": QT_TRANSLATE_NOOP("AuditTrail", "Reviewers"),
    "confirmation_reviewers": QT_TRANSLATE_NOOP("AuditTrail", "Confirmation reviewers"),
    "number": QT_TRANSLATE_NOOP("AuditTrail", "Number"),
    "addresses": QT_TRANSLATE_NOOP("AuditTrail", "Addresses"),
    "status": QT_TRANSLATE_NOOP("AuditTrail", "Outcome"),  # of a proof
}
# Details whose values are approval steps, shown in the GUI's words.
STEP_DETAILS = ("step", "steps")
# A proof's outcome (services.proofs.sending) -> words.
PROOF_OUTCOME_WORDS: dict[str, str] = {
    "sent": QT_TRANSLATE_NOOP("AuditTrail", "sent"),
    "partly sent": QT_TRANSLATE_NOOP("AuditTrail", "partly sent"),
    "failed": QT_TRANSLATE_NOOP("AuditTrail", "failed"),
}

SHOWN_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    ID_ROLE,
    RAW_ROLE,
)


def action_words(action: str) -> str:
    words = ACTION_WORDS.get(action)
    if words is None:
        return value_words(action)
    return QCoreApplication.translate(CONTEXT, words)


def when_text(moment: datetime) -> str:
    """Local time to the second: two changes of one minute stay apart."""
    return local_moment(moment, seconds=True)


def state_words(row: AuditRow, state: str | None) -> str:
    """A delivery's status, or an approval step's for a decision."""
    if not state:
        return ""
    if row.action in STEP_DECISIONS:
        try:
            return approval_status_words(ApprovalStatus(state))
        except ValueError:
            pass
    return value_words(state)


def kind_words(kind: str) -> str:
    try:
        label = spec_for(kind).label
    except ConsoleError:
        return value_words(kind)
    return QCoreApplication.translate("EntityKinds", label)


def labelled(label: str, text: str) -> str:
    """`label: text`, punctuated as the language wants (French puts a space before ':')."""
    pattern = QCoreApplication.translate("AuditTrail", "%1: %2")  # lupdate reads literals
    # One pass: a label that contains "%2" stays as it is.
    return PLACEHOLDER.sub(lambda found: (label, text)[int(found.group(1)) - 1], pattern)


def object_text(row: AuditRow) -> str:
    """`Delivery: Summer sale`, or `Delivery #12` once it is deleted."""
    if row.object_label:
        return labelled(kind_words(row.kind), row.object_label)
    if row.object_id is not None:
        return f"{kind_words(row.kind)} #{row.object_id}"
    return kind_words(row.kind)


def _field_words(kind: str, name: str) -> str:
    try:
        label = spec_for(kind).field(name).label
    except ConsoleError:
        return name
    return QCoreApplication.translate("Fields", label)


def details_text(row: AuditRow) -> str:
    """`Fields: Subject, HTML content`, `Reason: prepared`: the details in one line."""
    if not row.details:
        return ""
    parts = []
    for key, value in row.details.items():
        words = DETAIL_WORDS.get(key)
        shown_key = QCoreApplication.translate(CONTEXT, words) if words else key
        if key == "fields" and isinstance(value, list):
            shown = ", ".join(_field_words(row.kind, str(name)) for name in value)
        elif key == "status" and row.action == "proof" and value in PROOF_OUTCOME_WORDS:
            shown = QCoreApplication.translate(CONTEXT, PROOF_OUTCOME_WORDS[value])
        elif key in STEP_DETAILS:
            steps = value if isinstance(value, list | tuple) else [value]
            shown = ", ".join(step_words(str(step)) for step in steps)
        elif isinstance(value, list | tuple):
            shown = ", ".join(str(item) for item in value)
        else:
            shown = "" if value is None else str(value)
        parts.append(labelled(shown_key, shown))
    return "; ".join(parts)


class AuditTrailModel(LazyTableModel):
    def __init__(self, query: AuditTrailQuery, page_size: int = 200, parent: Any = None) -> None:
        super().__init__(query, page_size=page_size, parent=parent)

    def row_at(self, row: int) -> AuditRow | None:
        values = self.row_values(row)
        return values if isinstance(values, AuditRow) else None

    def value(self, row: int, column_name: str) -> Any:
        shown = self.row_at(row)
        if shown is None:
            return None
        if column_name == "object":
            return shown.object_label
        return getattr(shown, column_name, None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in SHOWN_ROLES:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        name = self.query.columns[index.column()].name
        if role == RAW_ROLE:
            return self.value(index.row(), name)
        match name:
            case "at":
                return when_text(row.at)
            case "operator":
                return row.operator
            case "object":
                return object_text(row)
            case "action":
                return action_words(row.action)
            case "from_state":
                return state_words(row, row.from_state)
            case "to_state":
                return state_words(row, row.to_state)
            case "details":
                return details_text(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.query.columns):
            return None
        column = self.query.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, column.title)
        if role == Qt.ItemDataRole.InitialSortOrderRole and column.name == "at":
            return Qt.SortOrder.DescendingOrder  # a click on When: newest first
        return None

"""The columns of an extraction file (domain.md §5): the provider's export format, one
name a column, in order. `recipient.NAME` is a recipient field (as audience filters name
them: `recipient.last_name`, `recipient.custom.segment`); `delivery.NAME` a field of the
delivery (its code, label, campaign...). A bare name is a recipient field, as formats
written before said them (`last_name`, `custom.segment`).

The one definition: the provider form and `provider create --format` check a format with
`check_format`; the extraction reads each column with `ExportColumn.value`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.errors import ValidationError
from desktop.services.audience.conditions import CUSTOM_PREFIX, FIELDS

RECIPIENT = "recipient."
DELIVERY = "delivery."
FIELD = "Export format"
# What `delivery.NAME` may name, with what it holds.
DELIVERY_FIELDS = {
    "id": "the delivery's id",
    "code": "the delivery's code (DM000042)",
    "label": "the delivery's label",
    "campaign": "its campaign's label",
    "provider": "the provider's name",
    "extraction_date": "the day of the extraction (YYYY-MM-DD)",
}
# Recipient fields an extraction reads (the filters' fields, and custom fields).
RECIPIENT_FIELDS = tuple(FIELDS)


@dataclass(frozen=True)
class ExportColumn:
    """One column: its header (the name as the format wrote it), whose field, which one."""

    header: str
    source: str  # "recipient" or "delivery"
    name: str  # a recipient field, `custom.KEY`, or a delivery field

    @property
    def custom_key(self) -> str | None:
        if self.source == "recipient" and self.name.startswith(CUSTOM_PREFIX):
            return self.name[len(CUSTOM_PREFIX) :]
        return None

    def value(self, recipient: Mapping[str, Any], delivery: Mapping[str, Any]) -> str:
        """The cell of one row: text, empty for nothing."""
        if self.source == "delivery":
            found = delivery.get(self.name)
        elif (key := self.custom_key) is not None:
            found = (recipient.get("custom_fields") or {}).get(key)
        else:
            found = recipient.get(self.name)
        return cell_text(found)


def cell_text(value: Any) -> str:
    """A value as a cell of the file: text, empty for nothing, 1/0 for a flag."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def known_columns() -> str:
    recipient = [f"{RECIPIENT}{name}" for name in RECIPIENT_FIELDS]
    delivery = [f"{DELIVERY}{name}" for name in DELIVERY_FIELDS]
    return ", ".join([*recipient, f"{RECIPIENT}{CUSTOM_PREFIX}NAME", *delivery])


def parse_column(text: Any, position: int) -> ExportColumn:
    """One column of a format; a ValidationError naming its position and value (under the
    field's own name, where a form shows it)."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(FIELD, f"column {position} must be a column name", text)
    header = text.strip()
    if header.startswith(DELIVERY):
        name = header[len(DELIVERY) :]
        if name in DELIVERY_FIELDS:
            return ExportColumn(header, "delivery", name)
        raise ValidationError(FIELD, _unknown(position), header)
    name = header[len(RECIPIENT) :] if header.startswith(RECIPIENT) else header
    if name in FIELDS:
        return ExportColumn(header, "recipient", name)
    if name.startswith(CUSTOM_PREFIX) and len(name) > len(CUSTOM_PREFIX):
        return ExportColumn(header, "recipient", name)
    raise ValidationError(FIELD, _unknown(position), header)


def _unknown(position: int) -> str:
    return f"unknown column (column {position}; known: {known_columns()})"


def check_format(columns: Iterable[Any] | None) -> list[ExportColumn]:
    """The columns of a format, checked: known names, each once, at least one."""
    parsed = [parse_column(text, n) for n, text in enumerate(columns or [], start=1)]
    if not parsed:
        raise ValidationError(FIELD, "the extraction file needs at least one column", "")
    seen: set[str] = set()
    for position, column in enumerate(parsed, start=1):
        if column.header in seen:
            raise ValidationError(
                FIELD, f"column {position} is named twice: each column once", column.header
            )
        seen.add(column.header)
    return parsed

"""What each column of an imported CSV file becomes, and a row's values read as a recipient.

A file's header names its columns. Each column goes to a recipient field (COLUMNS), to a
custom field of that name, or nowhere (ignored): by default a column named like a field
goes to it (any case), a column the console sets itself (IGNORED_COLUMNS) is ignored with
a warning, so a file exported from the console can be imported again, and any other
column is a custom field. A person may choose otherwise (the import dialog's mapping):
`targets` has one entry per column, "" for an ignored one.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.errors import ConsoleError
from desktop.models import Recipient, normalize_address
from desktop.services.audience.addresses import address_problem, is_valid_address

COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "language",
    "country",
    "city",
    "postal_address",
    "denylisted",
    "external_id",
)
# Columns the console sets itself: ignored (with a warning) when a file has them.
IGNORED_COLUMNS = ("id", "email_key", "custom_fields", "created_at", "updated_at")
IGNORE = ""  # the target of an ignored column
# The fields a line break belongs in (custom fields may hold anything).
MULTILINE_COLUMNS = ("postal_address",)
MAX_COLUMNS = 500
MAX_NAME_LENGTH = 128  # of a column's name (a custom field's name)

_TABLE = Recipient.__table__
MAX_LENGTH: dict[str, int] = {
    name: _TABLE.c[name].type.length
    for name in COLUMNS
    if getattr(_TABLE.c[name].type, "length", None)
}
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


class Rejected(Exception):
    """This row cannot be imported; the message names the column and the value."""


@dataclass(slots=True)
class ParsedRow:
    line: int
    given: dict[str, Any]  # recipient fields with a non-empty value
    custom: dict[str, str]  # custom fields with a non-empty value
    # What finds the recipient this row updates: its external_id when the row has one,
    # else its address (normalised); a row with neither is always a new recipient.
    external_id: str | None
    email_key: str


def _truncated(value: str, size: int = 40) -> str:
    return value if len(value) <= size else value[: size - 1] + "…"


def header_names(path: object, values: Sequence[str]) -> list[str]:
    """The header's column names, trimmed; a ConsoleError for a header no import can use."""
    if len(values) > MAX_COLUMNS:
        raise ConsoleError(
            f"{path}: line 1: the header has {len(values):,} columns; at most {MAX_COLUMNS} "
            "are read (is the first line really the header?)"
        )
    names = [name.strip() for name in values]
    for index, name in enumerate(names, start=1):
        if not name:
            raise ConsoleError(f"{path}: line 1: column {index} of the header has no name")
        if len(name) > MAX_NAME_LENGTH:
            raise ConsoleError(
                f"{path}: line 1: the name of column {index} has {len(name):,} characters; "
                f"at most {MAX_NAME_LENGTH} ({_truncated(name)!r})"
            )
    folded = [name.lower() for name in names]
    duplicates = sorted({name for name in folded if folded.count(name) > 1})
    if duplicates:
        raise ConsoleError(f"{path}: line 1: duplicate column names: {', '.join(duplicates)}")
    return names


def default_targets(names: Sequence[str]) -> list[str]:
    """Where each column goes unless a person chooses otherwise."""
    targets = []
    for name in names:
        lowered = name.lower()
        if lowered in COLUMNS:
            targets.append(lowered)
        elif lowered in IGNORED_COLUMNS:
            targets.append(IGNORE)
        else:
            targets.append(name)
    return targets


def ignored_column_warnings(names: Sequence[str], targets: Sequence[str]) -> list[str]:
    """The header's warnings: each column the console sets itself, ignored."""
    return [
        f"column {name!r} is set by the console: ignored"
        for name, target in zip(names, targets, strict=True)
        if target == IGNORE and name.lower() in IGNORED_COLUMNS
    ]


def check_targets(path: object, names: Sequence[str], targets: Sequence[str]) -> list[str]:
    """The targets, checked: one per column, each field at most once, an `email` or an
    `external_id` among them; a known field's name in any case is that field."""
    if len(targets) != len(names):
        raise ConsoleError(
            f"{path}: {len(targets)} column choices for a header of {len(names)} columns"
        )
    checked: list[str] = []
    for name, target in zip(names, targets, strict=True):
        target = target.strip()
        lowered = target.lower()
        if lowered in COLUMNS:
            target = lowered
        elif lowered in IGNORED_COLUMNS:
            raise ConsoleError(f"column {name!r}: {target!r} is set by the console, not imported")
        elif len(target) > MAX_NAME_LENGTH:
            raise ConsoleError(
                f"column {name!r}: a custom field's name has at most {MAX_NAME_LENGTH} characters"
            )
        checked.append(target)
    used = [t.lower() for t in checked if t != IGNORE]
    duplicates = sorted({t for t in checked if t != IGNORE and used.count(t.lower()) > 1})
    if duplicates:
        raise ConsoleError(f"{path}: several columns go to {', '.join(duplicates)}")
    if "email" not in checked and "external_id" not in checked:
        raise ConsoleError(
            f"{path}: line 1: the header needs an 'email' or an 'external_id' column "
            f"(found: {', '.join(names)})"
        )
    return checked


def multiline_fields(targets: Sequence[str]) -> frozenset[int]:
    """The columns whose values may hold a line break: a postal address, a custom field."""
    return frozenset(
        index
        for index, target in enumerate(targets)
        if target in MULTILINE_COLUMNS or (target != IGNORE and target not in COLUMNS)
    )


def _country(value: str) -> str:
    if len(value) != 2 or not (value.isascii() and value.isalpha()):
        raise Rejected(f"country: must be a 2-letter code such as FR, got {value!r}")
    return value.upper()


def _denylisted(value: str) -> bool:
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise Rejected(f"denylisted: must be true/false, 1/0 or yes/no, got {value!r}")


_CONVERTERS = {"country": _country, "denylisted": _denylisted}


_NO_WARNINGS: tuple[str, ...] = ()
_NO_ADDRESS = ("email: empty; kept as a recipient without an address",)


class RowReader:
    """Reads a record's values as recipient fields, by the checked targets."""

    def __init__(self, targets: Sequence[str]) -> None:
        # (index, field, longest allowed, converter) for each recipient field
        self._fields = [
            (index, target, MAX_LENGTH.get(target, sys.maxsize), _CONVERTERS.get(target))
            for index, target in enumerate(targets)
            if target in COLUMNS
        ]
        self._custom = [
            (index, target)
            for index, target in enumerate(targets)
            if target != IGNORE and target not in COLUMNS
        ]
        self._no_address = _NO_ADDRESS if "email" in targets else _NO_WARNINGS

    def read(self, line: int, values: list[str]) -> tuple[ParsedRow | None, Sequence[str]]:
        """The row (None when it holds nothing to import) and its warnings; raises
        Rejected. Runs once per row of a file of a million: kept lean."""
        given: dict[str, Any] = {}
        for index, name, limit, convert in self._fields:
            value = values[index].strip()
            if value:
                if len(value) > limit:
                    raise Rejected(
                        f"{name}: {len(value)} characters, at most {limit} allowed "
                        f"({_truncated(value)!r})"
                    )
                given[name] = convert(value) if convert is not None else value
        custom = {name: value for index, name in self._custom if (value := values[index].strip())}
        email = given.get("email")
        if email is None:
            if not given and not custom:
                if any(v.strip() for v in values):  # only ignored columns hold something
                    return None, ("only ignored columns hold values: row skipped",)
                return None, ("every field is empty: row skipped",)
            email_key = ""
            warnings = self._no_address
        else:
            email_key = normalize_address(email)
            warnings = _NO_WARNINGS
            if not is_valid_address(email):
                warnings = (
                    f"email: {email!r} is not a valid address ({address_problem(email)}); "
                    "kept, preparation will exclude it",
                )
        return ParsedRow(line, given, custom, given.get("external_id"), email_key), warnings

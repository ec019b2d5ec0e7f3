"""What each column of an imported CSV file becomes, and a row's values read as a recipient.

A file's header names its columns. Each column goes to a recipient field (COLUMNS), to a
custom field of that name, or nowhere (ignored): by default a column named like a field
goes to it (any case), a column the console sets itself (IGNORED_COLUMNS) is ignored with
a warning, so a file exported from the console can be imported again, and any other
column is a custom field. A person may choose otherwise (the import dialog's mapping):
`targets` has one entry per column, "" for an ignored one.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.errors import ConsoleError
from desktop.models import Recipient, normalize_address
from desktop.services.audience.addresses import ADDRESS_PATTERN, address_problem
from desktop.services.audience.csv_records import CsvRecords, guess_delimiter

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


@dataclass
class RowBatch:
    """Rows read column by column: for each row kept, its line and, for each recipient
    field of the file, its value (None when the cell is empty); its custom fields; the
    keys that find the recipient it updates. `issues` are the rows rejected or skipped
    and the warnings, as (rejected?, line, reason, content)."""

    lines: list[int]
    fields: dict[str, list[Any]]
    custom: list[dict[str, str]]
    external_ids: list[str | None]  # the matching key when the row has one
    email_keys: list[str]  # the address, normalised ("" when there is none)
    issues: list[tuple[bool, int, str, str]]

    def __len__(self) -> int:
        return len(self.lines)

    def subset(self, kept: Sequence[int]) -> RowBatch:
        """The rows at these indexes (their issues stay with this batch)."""
        return RowBatch(
            lines=[self.lines[row] for row in kept],
            fields={name: [column[row] for row in kept] for name, column in self.fields.items()},
            custom=[self.custom[row] for row in kept],
            external_ids=[self.external_ids[row] for row in kept],
            email_keys=[self.email_keys[row] for row in kept],
            issues=[],
        )

    def given(self, index: int) -> dict[str, Any]:
        """The recipient fields row `index` sets (its non-empty cells)."""
        return {
            name: column[index] for name, column in self.fields.items() if column[index] is not None
        }


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


_NO_ADDRESS = "email: empty; kept as a recipient without an address"


class RowReader:
    """Reads records' values as recipient fields, by the checked targets: a batch at a
    time and column by column, because a file has a million rows and a loop per row and
    field costs more than the database takes to store them."""

    def __init__(self, targets: Sequence[str], delimiter: str = ",") -> None:
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
        self._external = targets.index("external_id") if "external_id" in targets else None
        self._email = targets.index("email") if "email" in targets else None
        self._delimiter = delimiter
        self._address = re.compile(ADDRESS_PATTERN).match  # the address rule, as is

    def keys_of(self, rows: list[list[str]]) -> tuple[list[str | None], list[str]]:
        """Rows' matching keys, before they are read: each one's external_id (None when
        it has none) and its normalised address ("" when it has none)."""
        external, email = self._external, self._email
        external_ids: list[str | None] = (
            [values[external].strip() or None for values in rows]
            if external is not None
            else [None] * len(rows)
        )
        email_keys = (
            [normalize_address(values[email]) for values in rows]
            if email is not None
            else [""] * len(rows)
        )
        return external_ids, email_keys

    def read(
        self,
        lines: list[int],
        rows: list[list[str]],
        external_ids: list[str | None],
        email_keys: list[str],
    ) -> RowBatch:
        """The rows (with their keys()), read; a row with a value that breaks a rule is
        rejected (the first such value in the column order names the reason), a row with
        nothing to import is skipped, each with its line."""
        if not rows:
            return RowBatch([], {name: [] for _, name, _, _ in self._fields}, [], [], [], [])
        columns = list(zip(*rows, strict=True))
        problems: dict[int, str] = {}
        fields: dict[str, list[Any]] = {}
        stripped: list[list[str]] = []
        for index, name, limit, convert in self._fields:
            column = [value.strip() for value in columns[index]]
            stripped.append(column)
            if max(map(len, column), default=0) > limit:
                for row, value in enumerate(column):
                    if len(value) > limit:
                        problems.setdefault(
                            row,
                            f"{name}: {len(value)} characters, at most {limit} allowed "
                            f"({_truncated(value)!r})",
                        )
            if convert is None:
                fields[name] = [value or None for value in column]
            else:
                fields[name] = _converted(column, convert, problems)
        custom_columns = [
            (name, [value.strip() for value in columns[index]]) for index, name in self._custom
        ]
        stripped.extend(column for _, column in custom_columns)
        if len(custom_columns) == 1:
            name, column = custom_columns[0]
            custom = [{name: value} if value else {} for value in column]
        elif custom_columns:
            names = [name for name, _ in custom_columns]
            custom = [
                {name: value for name, value in zip(names, cells, strict=True) if value}
                for cells in zip(*(column for _, column in custom_columns), strict=True)
            ]
        else:
            custom = [{} for _ in rows]
        issues: list[tuple[bool, int, str, str]] = []
        empty = [row for row, cells in enumerate(zip(*stripped, strict=True)) if not any(cells)]
        for row in empty:
            problems.pop(row, None)
            reason = (
                "only ignored columns hold values: row skipped"
                if any(value.strip() for value in rows[row])
                else "every field is empty: row skipped"
            )
            issues.append((False, lines[row], reason, ""))
        for row, reason in problems.items():
            issues.append((True, lines[row], reason, _as_csv(rows[row], self._delimiter)))
        dropped = problems.keys() | set(empty)
        emails = fields.get("email")
        if emails is not None:
            match = self._address
            for row, email in enumerate(emails):
                if row in dropped:
                    continue
                if email is None:
                    issues.append((False, lines[row], _NO_ADDRESS, ""))
                elif match(email) is None:
                    issues.append(
                        (
                            False,
                            lines[row],
                            f"email: {email!r} is not a valid address "
                            f"({address_problem(email)}); kept, preparation will exclude it",
                            "",
                        )
                    )
        batch = RowBatch(lines, fields, custom, external_ids, email_keys, issues)
        if dropped:
            kept = batch.subset([row for row in range(len(lines)) if row not in dropped])
            kept.issues = issues
            return kept
        return batch


def _converted(
    column: list[str], convert: Callable[[str], Any], problems: dict[int, str]
) -> list[Any]:
    """The column's values converted (None for an empty cell); a value that cannot be is
    the row's problem. Converted once per distinct value: a column of countries holds few."""
    known: dict[str, Any] = {}
    result: list[Any] = []
    for row, value in enumerate(column):
        if not value:
            result.append(None)
            continue
        converted = known.get(value, _UNKNOWN)
        if converted is _UNKNOWN:
            try:
                converted = known[value] = convert(value)
            except Rejected as exc:
                problems.setdefault(row, str(exc))
                converted = None
        result.append(converted)
    return result


_UNKNOWN = object()


def _as_csv(values: list[str], delimiter: str) -> str:
    """A rejected row's text, written back as CSV (for the list of rejected lines)."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="").writerow(values)
    return out.getvalue().replace("\0", "\u2400")[:1000]


def read_header(records: CsvRecords, path: Path) -> list[str]:
    """Reads the header line of `records`: sets the delimiter, the expected fields and the
    column names; a ConsoleError (file and line) for a file without a usable header."""
    first = records.first_line()
    if first is None:
        raise ConsoleError(f"{path}: empty file")
    if first and not first.strip():  # ("" is a line too long to read: reported below)
        raise ConsoleError(f"{path}: line 1 is blank: the first line must be the header")
    records.delimiter = guess_delimiter(first)
    record = records.next_record()
    if record is None:
        raise ConsoleError(f"{path}: line 1 is blank: the first line must be the header")
    line, values, bad = record
    if bad is not None or values is None:
        reason = bad.reason if bad is not None else "not read"
        raise ConsoleError(f"{path}: line {line} (the header): {reason}")
    names = header_names(path, values)
    records.expected_fields = len(names)
    records.column_names = names
    return names

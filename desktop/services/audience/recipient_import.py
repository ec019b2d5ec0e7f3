"""CSV import of recipients: new rows are inserted, known recipients updated, bad rows
reported by line, all in the caller's transaction.

The file is UTF-8 (a BOM is fine) with a header row. Known columns are the recipient's
fields (COLUMNS); any other column is a custom field. A row updates the recipient with
the same `external_id` when the file has that column and the row a value, otherwise the
recipient with the same address (trimmed, case-insensitive: the lowest id when several
share it); otherwise it is a new recipient. An empty cell leaves an existing value as
it is, so a partial file never erases data (and never lifts a denylisting).

Rows are read, checked and written in batches with Core statements: nothing is loaded
whole, and a 50,000-row file takes seconds. Row problems are reported, not raised; a
file-level problem (unreadable, not UTF-8, no usable header) raises ConsoleError, and
the caller's transaction then writes nothing.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError
from desktop.models import Recipient, normalize_address, utcnow
from desktop.models.enums import Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience.addresses import address_problem
from desktop.services.runtime.cancellation import (
    CancelToken,
    Progress,
    ProgressCallback,
    no_progress,
)

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
# Columns the console sets itself: ignored (with a warning) when a file has them, so a
# file exported from the console can be imported again.
IGNORED_COLUMNS = ("id", "email_key", "custom_fields", "created_at", "updated_at")
BATCH_SIZE = 2000

_TABLE = Recipient.__table__
_MAX_LENGTH = {
    name: _TABLE.c[name].type.length
    for name in COLUMNS
    if getattr(_TABLE.c[name].type, "length", None)
}
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
_DELIMITERS = (",", ";", "\t")
_UPDATED_COLUMNS = (*COLUMNS, "email_key", "custom_fields")


@dataclass(frozen=True)
class RowIssue:
    line: int
    reason: str


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "rejected": [{"line": i.line, "reason": i.reason} for i in self.rejected],
            "warnings": [{"line": i.line, "reason": i.reason} for i in self.warnings],
        }


class _Rejected(Exception):
    """This row cannot be imported; the message names the column and the value."""


@dataclass
class _Row:
    line: int
    given: dict[str, Any]  # known columns with a non-empty value
    custom: dict[str, str]  # custom fields with a non-empty value
    key: tuple[str, str] | None  # ("external_id", value) or ("email", email_key)
    email_key: str


class _Lines:
    """The file's physical lines, decoded; a bad byte is a file-level error that names
    the line and the byte offset."""

    def __init__(self, stream: BinaryIO, path: Path) -> None:
        self._stream = stream
        self._path = path
        self.bytes_read = 0

    def __iter__(self) -> Iterator[str]:
        for number, raw in enumerate(self._stream, start=1):
            start = self.bytes_read
            self.bytes_read += len(raw)
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
                start += len(codecs.BOM_UTF8)
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ConsoleError(
                    f"{self._path}: not UTF-8 text: line {number}, byte {exc.start + 1} of "
                    f"the line (offset {start + exc.start} in the file) is "
                    f"0x{raw[exc.start]:02x}; save the file as UTF-8"
                ) from None


def _truncated(value: str, size: int = 40) -> str:
    return value if len(value) <= size else value[: size - 1] + "…"


def _parse_value(column: str, raw: str) -> Any:
    value = raw.strip()
    limit = _MAX_LENGTH.get(column)
    if limit is not None and len(value) > limit:
        raise _Rejected(
            f"{column}: {len(value)} characters, at most {limit} allowed ({_truncated(value)!r})"
        )
    if column == "country":
        if len(value) != 2 or not (value.isascii() and value.isalpha()):
            raise _Rejected(f"country: must be a 2-letter code such as FR, got {value!r}")
        return value.upper()
    if column == "denylisted":
        lowered = value.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise _Rejected(f"denylisted: must be true/false, 1/0 or yes/no, got {value!r}")
    return value


def _delimiter(first_line: str) -> str:
    # Spreadsheets in many European locales save CSV with semicolons.
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


class _Importer:
    def __init__(
        self,
        session: Session,
        path: Path,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> None:
        self.session = session
        self.path = path
        self.progress = progress
        self.cancel = cancel
        self.report = ImportReport()
        self.columns: list[str] = []
        self.has_external_id = False
        self.seen: dict[tuple[str, str], int] = {}  # key -> line that first had it
        self.pending: list[_Row] = []
        self.pending_keys: set[tuple[str, str]] = set()
        self.lines: _Lines | None = None
        self.total_bytes = 0

    # -- header --------------------------------------------------------------------------

    def read_header(self, header: list[str]) -> None:
        names = [name.strip() for name in header]
        for index, name in enumerate(names, start=1):
            if not name:
                raise ConsoleError(f"{self.path}: line 1: column {index} of the header has no name")
        columns = [name.lower() if name.lower() in COLUMNS else name for name in names]
        folded = [c.lower() for c in columns]
        duplicates = sorted({c for c in columns if folded.count(c.lower()) > 1})
        if duplicates:
            raise ConsoleError(
                f"{self.path}: line 1: duplicate column names: {', '.join(duplicates)}"
            )
        if "email" not in columns and "external_id" not in columns:
            raise ConsoleError(
                f"{self.path}: line 1: the header needs an 'email' or an 'external_id' column "
                f"(found: {', '.join(names)})"
            )
        for name in columns:
            if name.lower() in IGNORED_COLUMNS:
                self.report.warnings.append(
                    RowIssue(1, f"column {name!r} is set by the console: ignored")
                )
        self.columns = columns
        self.has_external_id = "external_id" in columns

    # -- rows ----------------------------------------------------------------------------

    def parse(self, line: int, values: list[str]) -> _Row | None:
        if len(values) != len(self.columns):
            raise _Rejected(f"{len(values)} fields where the header has {len(self.columns)}")
        if not any(v.strip() for v in values):
            self.report.warnings.append(RowIssue(line, "every field is empty: row skipped"))
            return None
        given: dict[str, Any] = {}
        custom: dict[str, str] = {}
        for column, raw in zip(self.columns, values, strict=True):
            if column.lower() in IGNORED_COLUMNS or not raw.strip():
                continue
            if column in COLUMNS:
                given[column] = _parse_value(column, raw)
            else:
                custom[column] = raw.strip()
        email = given.get("email", "")
        problem = address_problem(email)
        if problem == "empty" and "email" in self.columns:
            self.report.warnings.append(
                RowIssue(line, "email: empty; kept as a recipient without an address")
            )
        elif problem is not None and problem != "empty":
            self.report.warnings.append(
                RowIssue(
                    line,
                    f"email: {email!r} is not a valid address ({problem}); kept, "
                    "preparation will exclude it",
                )
            )
        email_key = normalize_address(email)
        key: tuple[str, str] | None = None
        if self.has_external_id and given.get("external_id"):
            key = ("external_id", given["external_id"])
        elif email_key:
            key = ("email", email_key)
        return _Row(line=line, given=given, custom=custom, key=key, email_key=email_key)

    def add(self, row: _Row) -> None:
        keys = self._keys_of(row)
        if keys & self.pending_keys:
            # A repeat within the batch: write the batch first, so this row finds the
            # earlier one in the database and updates it.
            self.flush()
        if row.key is not None and row.key in self.seen:
            kind = "external_id" if row.key[0] == "external_id" else "address"
            self.report.warnings.append(
                RowIssue(
                    row.line,
                    f"same {kind} as line {self.seen[row.key]} ({row.key[1]!r}): "
                    "this row updates that recipient",
                )
            )
        for key in keys:
            self.seen.setdefault(key, row.line)
        self.pending.append(row)
        self.pending_keys |= keys
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    @staticmethod
    def _keys_of(row: _Row) -> set[tuple[str, str]]:
        keys = {row.key} if row.key else set()
        if row.email_key:
            keys.add(("email", row.email_key))
        return keys

    # -- writing -------------------------------------------------------------------------

    def _existing(self) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        by_external: dict[str, dict[str, Any]] = {}
        by_email: dict[str, dict[str, Any]] = {}
        external_ids = [r.key[1] for r in self.pending if r.key and r.key[0] == "external_id"]
        emails = [r.key[1] for r in self.pending if r.key and r.key[0] == "email"]
        wanted = [_TABLE.c.id, *(_TABLE.c[c] for c in _UPDATED_COLUMNS)]
        if external_ids:
            query = select(*wanted).where(_TABLE.c.external_id.in_(external_ids))
            for found in self.session.execute(query).mappings():
                by_external[found["external_id"]] = dict(found)
        if emails:
            query = select(*wanted).where(_TABLE.c.email_key.in_(emails)).order_by(_TABLE.c.id)
            for found in self.session.execute(query).mappings():
                by_email.setdefault(found["email_key"], dict(found))
        return by_external, by_email

    def flush(self) -> None:
        if not self.pending:
            return
        by_external, by_email = self._existing()
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        now = utcnow()
        for row in self.pending:
            existing = None
            if row.key is not None:
                kind, value = row.key
                existing = (by_external if kind == "external_id" else by_email).get(value)
            if existing is None:
                inserts.append(
                    {
                        "email": "",
                        "first_name": "",
                        "last_name": "",
                        "language": "",
                        "country": "",
                        "city": "",
                        "postal_address": "",
                        "denylisted": False,
                        "external_id": None,
                        **row.given,
                        "email_key": row.email_key,
                        "custom_fields": row.custom,
                    }
                )
                continue
            merged = {name: existing[name] for name in _UPDATED_COLUMNS}
            merged.update(row.given)
            merged["email_key"] = normalize_address(merged["email"])
            merged["custom_fields"] = {**(existing["custom_fields"] or {}), **row.custom}
            merged["b_id"] = existing["id"]
            merged["b_updated_at"] = now
            updates.append(merged)
        if inserts:
            self.session.execute(_TABLE.insert(), inserts)
        if updates:
            statement = (
                update(_TABLE)
                .where(_TABLE.c.id == bindparam("b_id"))
                .values(
                    {name: bindparam(name) for name in _UPDATED_COLUMNS}
                    | {"updated_at": bindparam("b_updated_at")}
                )
            )
            self.session.connection().execute(statement, updates)
        self.report.imported += len(inserts)
        self.report.updated += len(updates)
        self.pending = []
        self.pending_keys = set()
        done = self.lines.bytes_read if self.lines else 0
        self.progress(Progress("import", done, self.total_bytes))
        if self.cancel is not None:
            self.cancel.check()

    # -- the whole file ------------------------------------------------------------------

    def run(self, stream: BinaryIO, total_bytes: int) -> ImportReport:
        self.lines = _Lines(stream, self.path)
        self.total_bytes = total_bytes
        line_iter = iter(self.lines)
        first = next(line_iter, None)
        if not first:  # nothing, or nothing but a byte-order mark
            raise ConsoleError(f"{self.path}: empty file")
        if not first.strip():
            raise ConsoleError(f"{self.path}: line 1 is blank: the first line must be the header")
        reader = csv.reader(_chain(first, line_iter), delimiter=_delimiter(first))
        self.read_header(next(reader))
        last_line = reader.line_num
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                self.report.rejected.append(RowIssue(last_line + 1, f"not valid CSV: {exc}"))
                last_line = reader.line_num
                continue
            line, last_line = last_line + 1, reader.line_num
            if not values:
                continue  # a blank line
            try:
                row = self.parse(line, values)
            except _Rejected as exc:
                self.report.rejected.append(RowIssue(line, str(exc)))
                continue
            if row is not None:
                self.add(row)
        self.flush()
        return self.report


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def import_recipients(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Imports a CSV file of recipients in the caller's transaction (needs IMPORT).

    Progress is reported in bytes read; `cancel` stops between batches by raising
    Cancelled, and the caller's rollback then leaves nothing written."""
    require(actor, Right.IMPORT, "import recipients")
    path = Path(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from None
    with stream:
        try:
            total_bytes = path.stat().st_size
        except OSError as exc:
            raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from None
        if total_bytes == 0:
            raise ConsoleError(f"{path}: empty file")
        importer = _Importer(session, path, progress, cancel)
        try:
            report = importer.run(stream, total_bytes)
        except OSError as exc:
            raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from None
    audit.record(
        session,
        actor,
        "recipient",
        None,
        "import",
        details={
            "file": path.name,
            "imported": report.imported,
            "updated": report.updated,
            "rejected": len(report.rejected),
        },
    )
    return report

"""CSV import of recipients: new rows inserted, known recipients updated, bad lines set
aside with their line number and reason, in batches that each commit on their own.

The file is UTF-8 (a BOM is fine) with a header row; what each column becomes is
`import_columns`'s (by default, by the header's names). A row updates the recipient with
the same `external_id` when the file has that column and the row a value, otherwise the
recipient with the same address (trimmed, case-insensitive: the lowest id when several
share it); otherwise it is a new recipient. An empty cell leaves an existing value as it
is, so a partial file never erases data (and never lifts a denylisting).

Before anything is written the whole file is read once: its SHA-256 names it, and a byte
that is not UTF-8 is a file-level error (as is a header no import can use), which writes
nothing. Then rows are read (`csv_records`: odd line ends, unclosed quotes, NULs and
over-long lines cost only their own lines), checked and written in batches of at most
BATCH_ROWS rows. Each batch is one short transaction that also moves the import's run
(`import_runs`) forward: line, byte offset, counts, and the batch's rejected lines and
warnings. Other writers get the database between batches; a cancel, a Ctrl-C, a crash or
a refused batch leaves every committed batch whole, and importing the same file again
with `resume=RESUME` continues after the last committed line.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import repeat
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Dialect, bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError
from desktop.models import Recipient, normalize_address, utcnow
from desktop.models.database import Sessions
from desktop.models.enums import IssueKind, Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience import import_runs
from desktop.services.audience.csv_records import (
    CsvRecords,
    RecordBlock,
    not_utf8,
)
from desktop.services.audience.import_columns import (
    COLUMNS,
    IGNORED_COLUMNS,
    RowBatch,
    RowReader,
    check_targets,
    default_targets,
    ignored_column_warnings,
    multiline_fields,
    read_header,
)
from desktop.services.audience.import_runs import FileFacts, RunState
from desktop.services.audience.recipient_copy import RecipientCopy
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import Cancelled, CancelToken
from desktop.services.runtime.driver_executemany import DriverExecutemany

__all__ = [
    "COLUMNS",
    "IGNORED_COLUMNS",
    "ImportProgress",
    "ImportReport",
    "ResumeChoice",
    "RowIssue",
    "import_recipients",
    "inspect_file",
]

# A batch holds the write lock for the time its rows take to write: a few hundredths of a
# second, so that another process's change (a pause, a send's outcomes) waits that long.
BATCH_ROWS = 2000
BATCH_BYTES = 2_000_000  # and at most this many bytes of the file (long postal addresses)
BATCH_ISSUES = 500  # and of rejected lines and warnings (a file of bad lines moves on too)
HASH_BLOCK = 1 << 20

_TABLE = Recipient.__table__
_UPDATED_COLUMNS = (*COLUMNS, "email_key", "custom_fields")
# In the table's order, which is the order of the compiled INSERT's parameters.
_INSERT_COLUMNS = (
    "email",
    "email_key",
    "first_name",
    "last_name",
    "language",
    "country",
    "city",
    "postal_address",
    "denylisted",
    "external_id",
    "custom_fields",
    "created_at",
    "updated_at",
)
_UPDATE = DriverExecutemany(
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("b_id"))
    .values(
        {name: bindparam(name) for name in _UPDATED_COLUMNS}
        | {"updated_at": bindparam("b_updated_at")}
    )
)
_OTHER_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class ResumeChoice(StrEnum):
    """What to do when an earlier import of the same file stopped before its end."""

    ASK = "ask"  # refuse with UnfinishedImport, which says how far it got
    RESUME = "resume"  # continue after its last committed line (or start, if there is none)
    RESTART = "restart"  # import the file from its first line again


@dataclass(frozen=True)
class RowIssue:
    line: int
    reason: str
    content: str = ""


@dataclass(frozen=True)
class ImportProgress:
    """How far an import got: the last committed line, the byte offset after it, and the
    counts so far (with those of the earlier runs it resumes)."""

    import_id: int
    line: int
    offset: int
    size: int
    inserted: int
    updated: int
    rejected: int
    warnings: int


ImportProgressCallback = Callable[[ImportProgress], None]


def no_import_progress(_progress: ImportProgress) -> None:
    """The callback for callers that show no progress."""


@dataclass
class ImportReport:
    import_id: int = 0
    file: str = ""
    imported: int = 0
    updated: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    complete: bool = False  # every line was read; False when it stopped (and can resume)
    line: int = 0  # the last line committed
    offset: int = 0  # the byte offset just after it
    size: int = 0
    resumed_from_line: int | None = None  # the run continued an earlier one from there

    def position(self) -> str:
        percent = 100 * self.offset / self.size if self.size else 100
        return (
            f"line {self.line:,} (byte {self.offset:,} of {self.size:,}, {percent:.0f}%): "
            f"{self.imported:,} inserted, {self.updated:,} updated, "
            f"{len(self.rejected):,} rejected so far"
        )

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "import_id": self.import_id,
            "file": self.file,
            "complete": self.complete,
            "imported": self.imported,
            "updated": self.updated,
            "rejected": [
                {"line": i.line, "reason": i.reason, "content": i.content} for i in self.rejected
            ],
            "warnings": [{"line": i.line, "reason": i.reason} for i in self.warnings],
            "line": self.line,
            "offset": self.offset,
            "size": self.size,
        }
        if self.resumed_from_line is not None:
            result["resumed_from_line"] = self.resumed_from_line
        return result


class ImportStopped(ConsoleError):
    """The import stopped on an error after some batches were committed; the message says
    where, and `report` has the counts so far."""

    def __init__(self, reason: str, report: ImportReport) -> None:
        self.reason = reason
        super().__init__(
            f"{reason}; import {report.import_id} stopped at {report.position()}; "
            "import the file again with --resume to continue from there"
        )
        self.report = report


# -- the whole file, before anything is written --------------------------------------------


def inspect_file(path: Path) -> FileFacts:
    """The file's size and SHA-256, read once; a ConsoleError when it cannot be read, is
    empty, or is not UTF-8 (naming the line and the byte)."""
    try:
        with path.open("rb") as stream:
            digest = hashlib.sha256()
            decoder = codecs.getincrementaldecoder("utf-8")()
            size = 0
            while block := stream.read(HASH_BLOCK):
                if size == 0:
                    for bom, name in _OTHER_ENCODINGS:
                        if block.startswith(bom):
                            raise ConsoleError(f"{path}: this is {name} text; save it as UTF-8")
                digest.update(block)
                try:
                    decoder.decode(block)
                except UnicodeDecodeError as exc:
                    held = len(exc.object) - len(block)  # bytes of a character begun before
                    raise _not_utf8_at(path, size - held + exc.start) from None
                size += len(block)
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                raise _not_utf8_at(path, size - len(exc.object) + exc.start) from None
    except OSError as exc:
        raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from None
    if size == 0:
        raise ConsoleError(f"{path}: empty file")
    return FileFacts(name=path.name, size=size, checksum=digest.hexdigest())


def _not_utf8_at(path: Path, offset: int) -> ConsoleError:
    """The error for the byte at `offset`, naming its line (any line end counts)."""
    line, line_start, previous_cr = 1, 0, False
    with path.open("rb") as stream:
        position = 0
        while position < offset:
            block = stream.read(min(HASH_BLOCK, offset - position))
            if not block:
                break
            ends = block.count(b"\n") + block.count(b"\r") - block.count(b"\r\n")
            if previous_cr and block.startswith(b"\n"):
                ends -= 1  # the CR LF was cut in two: one line end, not two
            line += ends
            last = max(block.rfind(b"\n"), block.rfind(b"\r"))
            if last >= 0:
                line_start = position + last + 1
            previous_cr = block.endswith(b"\r")
            position += len(block)
        stream.seek(offset)
        bad = stream.read(1)
    return not_utf8(path, line, line_start, offset, bad[0] if bad else 0)


# -- writing -------------------------------------------------------------------------------


def _faster_json(processor: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """The custom fields' bind processor; when it stores json.dumps's text (SQLite), the
    same text from the C encoder directly: json.dumps spends most of its time setting an
    encoder up, once per row."""
    if processor is None:
        return lambda value: value
    sample = {"field": "välue"}
    if c_make_encoder is None or processor(sample) != json.dumps(sample):
        return processor
    encode = c_make_encoder(
        None, _not_serialisable, encode_basestring_ascii, None, ": ", ", ", False, False, True
    )
    return lambda value: "".join(encode(value, 0))


def _not_serialisable(value: object) -> None:
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class _RecipientInserts:
    """New recipients, inserted with the driver's executemany: SQLAlchemy's own costs more
    per row than the database takes to store it. The statement is compiled by SQLAlchemy
    for the connection's dialect (no SQL is written here); each value that needs it goes
    through its column's bind processor. The rows are built column by column."""

    def __init__(self, dialect: Dialect) -> None:
        compiled = (
            _TABLE.insert().inline().compile(dialect=dialect, column_keys=list(_INSERT_COLUMNS))
        )
        self.sql = compiled.string
        names = list(compiled.positiontup or _INSERT_COLUMNS)
        if sorted(names) != sorted(_INSERT_COLUMNS):
            raise RuntimeError(f"unexpected insert parameters: {names}")
        self._order = [_INSERT_COLUMNS.index(name) for name in names]
        self._names = names if compiled.positiontup is None else None
        processors = {
            name: compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in _INSERT_COLUMNS
        }
        boolean = processors["denylisted"] or (lambda value: value)
        self._yes_no = (boolean(True), boolean(False))  # two values: processed once
        self._json = _faster_json(processors["custom_fields"])
        self._moment = processors["created_at"] or (lambda value: value)

    def run(self, connection: Connection, rows: RowBatch) -> None:
        count = len(rows)
        if not count:
            return
        fields = rows.fields

        def text(name: str) -> Iterable[Any]:
            column = fields.get(name)
            if column is None:
                return repeat("", count)
            return ["" if value is None else value for value in column]

        yes, no = self._yes_no
        denylisted: Iterable[Any] = [
            yes if value is True else no for value in fields.get("denylisted", ())
        ]
        if "denylisted" not in fields:
            denylisted = repeat(no, count)
        now = self._moment(utcnow())
        columns: list[Iterable[Any]] = [
            text("email"),
            rows.email_keys,
            text("first_name"),
            text("last_name"),
            text("language"),
            text("country"),
            text("city"),
            text("postal_address"),
            denylisted,
            fields.get("external_id") or repeat(None, count),
            map(self._json, rows.custom),
            repeat(now, count),
            repeat(now, count),
        ]
        if self._order != sorted(self._order):  # a dialect that orders them otherwise
            columns = [columns[index] for index in self._order]
        values = list(zip(*columns, strict=True))
        if self._names is not None:  # a driver with named parameters
            names = self._names
            connection.exec_driver_sql(self.sql, [dict(zip(names, v, strict=True)) for v in values])
        else:
            connection.exec_driver_sql(self.sql, values)


# The databases whose batches go through COPY and one merge statement (recipient_copy).
COPY_DIALECTS = frozenset({"postgresql"})


def uses_copy(dialect: Dialect) -> bool:
    return dialect.name in COPY_DIALECTS and dialect.driver == "psycopg"


_Issue = tuple[IssueKind, int, str, str]


class _Importer:
    def __init__(
        self,
        sessions: Sessions,
        actor: Actor,
        run: RunState,
        owner: str,
        records: CsvRecords,
        reader: RowReader,
        report: ImportReport,
        progress: ImportProgressCallback,
        cancel: CancelToken | None,
        batch_rows: int,
    ) -> None:
        self.sessions = sessions
        self.actor = actor
        self.run_id = run.id
        self.owner = owner
        self.records = records
        self.reader = reader
        self.report = report
        self.progress = progress
        self.cancel = cancel
        self.batch_rows = max(1, batch_rows)
        # The batch: each record's line and values and keys, and the lines set aside.
        self.lines: list[int] = []
        self.rows: list[list[str]] = []
        self.external_ids: list[str | None] = []
        self.email_keys: list[str] = []
        self.issues: list[_Issue] = []
        self.batch_start = records.offset
        self.batch_first_line = records.line + 1  # the first line of the batch
        self.batch_external: set[str] = set()
        self.batch_email: set[str] = set()
        # The line that first had each key in this run (a later one updates its recipient).
        self.seen_external: dict[str, int] = {}
        self.seen_email: dict[str, int] = {}
        self.inserts: _RecipientInserts | None = None
        self.copy: RecipientCopy | None = None

    # -- reading -------------------------------------------------------------------------

    def run(self) -> None:
        """Reads the records into batches, and writes each batch when it is full, and
        before a row whose key a row of the batch has (so that the later row finds the
        earlier one's recipient in the database, and updates it)."""
        records = self.records
        self.position = (records.line, records.offset)  # after the last record taken
        for block in records.blocks():
            if block.bad is None:
                self._take_good(block)
            else:
                self._take_each(block)
        self.commit(*self.position, finished=True)

    def _full(self) -> bool:
        return (
            len(self.rows) >= self.batch_rows
            or self.position[1] - self.batch_start >= BATCH_BYTES
            or len(self.issues) >= BATCH_ISSUES
        )

    def _take_good(self, block: RecordBlock) -> None:
        """A block of good records (nearly all of a file), taken a slice at a time."""
        start, count = 0, len(block.lines)
        while start < count:
            stop = min(count, start + self.batch_rows - len(self.rows))
            bound = bisect_left(block.end_offsets, self.batch_start + BATCH_BYTES, start, stop)
            stop = max(start + 1, min(stop, bound + 1))
            rows = block.values[start:stop]
            external_ids, email_keys = self.reader.keys_of(rows)  # type: ignore[arg-type]
            taken = self._unrepeated(external_ids, email_keys)
            if taken:
                end = start + taken
                self.lines.extend(block.lines[start:end])
                self.rows.extend(rows[:taken])  # type: ignore[arg-type]
                self.external_ids.extend(external_ids[:taken])
                self.email_keys.extend(email_keys[:taken])
                self.batch_external.update(external_ids[:taken])
                self.batch_external.discard(None)  # type: ignore[arg-type]
                self.batch_email.update(email_keys[:taken])
                self.batch_email.discard("")
                self.position = (block.end_lines[end - 1], block.end_offsets[end - 1])
                start = end
            if taken < len(rows) or self._full():
                self.commit(*self.position)

    def _unrepeated(self, external_ids: list[str | None], email_keys: list[str]) -> int:
        """How many of these rows can join the batch before one whose key a row of the
        batch (or an earlier one of these) has."""
        batch_external, batch_email = self.batch_external, self.batch_email
        given = [key for key in external_ids if key is not None]
        addresses = [key for key in email_keys if key]
        if (
            len(set(given)) == len(given)
            and batch_external.isdisjoint(given)
            and len(set(addresses)) == len(addresses)
            and batch_email.isdisjoint(addresses)
        ):
            return len(external_ids)
        seen_external, seen_email = set(batch_external), set(batch_email)
        for index, (external_id, email_key) in enumerate(
            zip(external_ids, email_keys, strict=True)
        ):
            if (external_id is not None and external_id in seen_external) or (
                email_key and email_key in seen_email
            ):
                return index
            if external_id is not None:
                seen_external.add(external_id)
            if email_key:
                seen_email.add(email_key)
        return len(external_ids)

    def _take_each(self, block: RecordBlock) -> None:
        """A block read line by line, with rejected records: taken one at a time."""
        bad = block.bad
        assert bad is not None
        for index, line in enumerate(block.lines):
            problem = bad[index]
            values = block.values[index]
            if problem is not None or values is None:
                reason = problem.reason if problem is not None else "not read"
                content = problem.content if problem is not None else ""
                self.issues.append((IssueKind.REJECTED, line, reason, content))
            else:
                (external_id,), (email_key,) = self.reader.keys_of([values])
                if not self._unrepeated([external_id], [email_key]):
                    self.commit(*self.position)
                self.lines.append(line)
                self.rows.append(values)
                self.external_ids.append(external_id)
                self.email_keys.append(email_key)
                if external_id is not None:
                    self.batch_external.add(external_id)
                if email_key:
                    self.batch_email.add(email_key)
            self.position = (block.end_lines[index], block.end_offsets[index])
            if self._full():
                self.commit(*self.position)

    def _repeats(self, batch: RowBatch) -> list[_Issue]:
        """Notes the batch's keys; a key an earlier line of the run had is a warning (the
        keys of one batch are all different: a repeat ends a batch). A match is by
        external_id when the row has one, else by address; a row's address is noted in
        both cases, for the rows after it that have none."""
        found: list[_Issue] = []
        external = [
            (key, line)
            for key, line in zip(batch.external_ids, batch.lines, strict=True)
            if key is not None
        ]
        if external:
            seen = self.seen_external
            for key, line in [(key, line) for key, line in external if key in seen]:
                found.append(_repeat(line, "external_id", seen[key], key))
                external.remove((key, line))
            seen.update(external)
        by_address = [
            (key, line, external_id is None)
            for key, line, external_id in zip(
                batch.email_keys, batch.lines, batch.external_ids, strict=True
            )
            if key
        ]
        if by_address:
            seen = self.seen_email
            for key, line, matched in [entry for entry in by_address if entry[0] in seen]:
                if matched:
                    found.append(_repeat(line, "address", seen[key], key))
                by_address.remove((key, line, matched))
            seen.update((key, line) for key, line, _ in by_address)
        return found

    # -- one batch -----------------------------------------------------------------------

    def commit(self, line: int, offset: int, *, finished: bool = False) -> None:
        """Reads the batch's rows, writes them and moves the run to (line, offset)."""
        batch = self.reader.read(self.lines, self.rows, self.external_ids, self.email_keys)
        issues = self.issues
        issues.extend(
            (IssueKind.REJECTED if rejected else IssueKind.WARNING, number, reason, content)
            for rejected, number, reason, content in batch.issues
        )
        issues.extend(self._repeats(batch))
        issues.sort(key=lambda issue: issue[1])
        # A busy database (another process writing) is waited out, the batch started over
        # in a new transaction; past the deadline DatabaseBusy stops the import here, every
        # earlier batch committed and the run resumable.
        inserted, updated = busy_retry.call(
            self._write_batch,
            batch,
            issues,
            line,
            offset,
            finished,
            what=f"import lines {self.batch_first_line:,} to {line:,} of {self.report.file}",
        )
        report = self.report
        report.imported += inserted
        report.updated += updated
        for kind, number, reason, content in issues:
            target = report.rejected if kind is IssueKind.REJECTED else report.warnings
            target.append(RowIssue(number, reason, content))
        report.line, report.offset = line, offset
        for batch_list in (self.lines, self.rows, self.external_ids, self.email_keys, issues):
            batch_list.clear()
        self.batch_external.clear()
        self.batch_email.clear()
        self.batch_start = offset
        self.batch_first_line = line + 1
        self.progress(
            ImportProgress(
                import_id=report.import_id,
                line=line,
                offset=offset,
                size=report.size,
                inserted=report.imported,
                updated=report.updated,
                rejected=len(report.rejected),
                warnings=len(report.warnings),
            )
        )
        if self.cancel is not None and not finished:
            self.cancel.check()  # raises Cancelled; waits while paused

    def _write_batch(
        self, batch: RowBatch, issues: list[_Issue], line: int, offset: int, finished: bool
    ) -> tuple[int, int]:
        """Writes the batch and moves the run to (line, offset) in one transaction.

        The one place where a batch meets the database, run again from the start while
        the database is busy: everything it writes is worked out again inside it."""
        report = self.report
        with self.sessions.begin() as session:
            connection = session.connection()
            if uses_copy(connection.dialect):
                if self.copy is None:
                    self.copy = RecipientCopy(connection)
                inserted, updated = self.copy.write(connection, batch, utcnow())
            else:
                inserted, updated = self._write_rows(connection, batch)
            rejected = sum(1 for issue in issues if issue[0] is IssueKind.REJECTED)
            import_runs.advance(
                connection,
                self.run_id,
                self.owner,
                line=line,
                offset=offset,
                counts={
                    "inserted": report.imported + inserted,
                    "updated": report.updated + updated,
                    "rejected": len(report.rejected) + rejected,
                    "warnings": len(report.warnings) + len(issues) - rejected,
                },
                issues=issues,
                finished=finished,
            )
            if finished:
                _audit(
                    session,
                    self.actor,
                    report,
                    complete=True,
                    line=line,
                    added=(inserted, updated, rejected),
                )
        return inserted, updated

    def _write_rows(self, connection: Connection, batch: RowBatch) -> tuple[int, int]:
        """The batch written with the driver's executemany; (inserted, updated)."""
        # Reads first: SQLite takes its write lock at the first write, so the lock is
        # held only while the rows are written.
        inserts, updates = self._plan(connection, batch)
        if len(inserts):
            if self.inserts is None:
                self.inserts = _RecipientInserts(connection.dialect)
            self.inserts.run(connection, inserts)
        if updates:
            _UPDATE.run(connection, updates)
        return len(inserts), len(updates)

    def _plan(
        self, connection: Connection, batch: RowBatch
    ) -> tuple[RowBatch, list[dict[str, Any]]]:
        """The batch's new rows, and the updates of the recipients it names."""
        if not len(batch):
            return batch, []
        by_external, by_email = self._existing(connection, batch)
        if not by_external and not by_email:
            return batch, []
        new: list[int] = []
        updates: list[dict[str, Any]] = []
        now = utcnow()
        for row, (external_id, email_key) in enumerate(
            zip(batch.external_ids, batch.email_keys, strict=True)
        ):
            if external_id is not None:
                existing = by_external.get(external_id)
            else:
                existing = by_email.get(email_key) if email_key else None
            if existing is None:
                new.append(row)
                continue
            merged = {name: existing[name] for name in _UPDATED_COLUMNS}
            merged.update(batch.given(row))
            merged["email_key"] = normalize_address(merged["email"])
            merged["custom_fields"] = {**(existing["custom_fields"] or {}), **batch.custom[row]}
            merged["b_id"] = existing["id"]
            merged["b_updated_at"] = now
            updates.append(merged)
        return batch.subset(new), updates

    @staticmethod
    def _existing(
        connection: Connection, batch: RowBatch
    ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        by_external: dict[str, dict[str, Any]] = {}
        by_email: dict[str, dict[str, Any]] = {}
        external_ids = [key for key in batch.external_ids if key is not None]
        emails = [
            email_key
            for external_id, email_key in zip(batch.external_ids, batch.email_keys, strict=True)
            if external_id is None and email_key
        ]
        # Most rows of a big file are new: ask first, cheaply, which keys are known at all,
        # and read only those recipients.
        external_ids = _EXTERNAL_IDS.known(connection, external_ids)
        emails = _EMAIL_KEYS.known(connection, emails)
        wanted = [_TABLE.c.id, *(_TABLE.c[c] for c in _UPDATED_COLUMNS)]
        if external_ids:
            query = select(*wanted).where(_TABLE.c.external_id.in_(external_ids))
            for found in connection.execute(query).mappings():
                by_external[found["external_id"]] = dict(found)
        if emails:
            query = select(*wanted).where(_TABLE.c.email_key.in_(emails)).order_by(_TABLE.c.id)
            for found in connection.execute(query).mappings():
                by_email.setdefault(found["email_key"], dict(found))
        return by_external, by_email


class _KnownKeys:
    """Which of many keys a column holds, in statements of KEY_CHUNK placeholders compiled
    once per dialect by SQLAlchemy (no SQL from user text) and run on the driver: through
    SQLAlchemy, an IN of thousands of values costs more than the database takes to
    answer it. The keys are text and the column is text: no value needs processing."""

    def __init__(self, column_name: str) -> None:
        column = _TABLE.c[column_name]
        self._query = select(column).where(
            column.in_(bindparam("keys", value=[None] * KEY_CHUNK, expanding=True))
        )
        self._compiled: dict[str, tuple[str, list[str] | None]] = {}

    def known(self, connection: Connection, keys: list[str]) -> list[str]:
        """The keys (in their order) that some row of the column has."""
        if not keys:
            return keys
        dialect = connection.dialect
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            statement = self._query.compile(
                dialect=dialect, compile_kwargs={"render_postcompile": True}
            )
            names = None if statement.positiontup else list(statement.params)
            compiled = self._compiled[dialect.name] = (statement.string, names)
        sql, names = compiled
        found: set[str] = set()
        for start in range(0, len(keys), KEY_CHUNK):
            chunk = keys[start : start + KEY_CHUNK]
            values = (*chunk, *repeat(None, KEY_CHUNK - len(chunk)))  # NULL matches nothing
            parameters = tuple(values) if names is None else dict(zip(names, values, strict=True))
            found.update(row[0] for row in connection.exec_driver_sql(sql, parameters))
        return [key for key in keys if key in found] if found else []


KEY_CHUNK = 500
_EXTERNAL_IDS = _KnownKeys("external_id")
_EMAIL_KEYS = _KnownKeys("email_key")


def _repeat(line: int, kind: str, first: int, value: str) -> _Issue:
    return (
        IssueKind.WARNING,
        line,
        f"same {kind} as line {first} ({value!r}): this row updates that recipient",
        "",
    )


def _audit(
    session: Any,
    actor: Actor,
    report: ImportReport,
    *,
    complete: bool,
    line: int | None = None,
    added: tuple[int, int, int] = (0, 0, 0),
) -> None:
    """The import in the audit trail, with the counts of the batch being written `added`."""
    inserted, updated, rejected = added
    audit.record(
        session,
        actor,
        "recipient",
        None,
        "import",
        details={
            "import_id": report.import_id,
            "file": report.file,
            "complete": complete,
            "line": report.line if line is None else line,
            "imported": report.imported + inserted,
            "updated": report.updated + updated,
            "rejected": len(report.rejected) + rejected,
        },
    )


# -- the import ----------------------------------------------------------------------------


def _begin(
    sessions: Sessions,
    actor: Actor,
    path: Path,
    facts: FileFacts,
    targets: list[str],
    given_targets: bool,
    header: tuple[int, int, list[str]],
    resume: ResumeChoice,
    owner: str,
) -> tuple[RunState, bool]:
    """The run this import continues (True) or a new one (False)."""
    with sessions() as session:
        found = import_runs.unfinished(session, facts.checksum)
    if found is not None:
        state, alive = found
        if alive:
            raise import_runs.ImportRunning(
                f"{path}: this file is being imported now (import {state.id}, by "
                f"{state.operator_name}, at {state.position()})"
            )
        if resume is ResumeChoice.ASK:
            raise import_runs.UnfinishedImport(path, state)
        if resume is ResumeChoice.RESUME:
            if given_targets and state.columns != targets:
                raise ConsoleError(
                    f"{path}: import {state.id} is resumed with the columns chosen when it "
                    "started; choose them again only to start from the first line"
                )
            return import_runs.claim(sessions, state, owner), True
        import_runs.abandon(sessions, state)
    line, offset, warnings = header
    return import_runs.start(sessions, actor, facts, targets, owner, line, offset, warnings), False


def import_recipients(
    sessions: Sessions,
    actor: Actor,
    path: str | Path,
    *,
    targets: Sequence[str] | None = None,
    resume: ResumeChoice = ResumeChoice.ASK,
    progress: ImportProgressCallback = no_import_progress,
    cancel: CancelToken | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ImportReport:
    """Imports a CSV file of recipients in batches, each committed (needs IMPORT).

    `targets` chooses what each column becomes (import_columns; by default by the
    header's names). When an earlier import of the same content stopped before its end,
    `resume` says what to do (ResumeChoice). A file-level problem raises ConsoleError
    before anything is written. `cancel` stops between batches: the report then says
    complete=False and where the import stopped. A batch the database refuses raises
    ImportStopped, which says the same."""
    require(actor, Right.IMPORT, "import recipients")
    resume = ResumeChoice(resume)
    path = Path(path)
    facts = inspect_file(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from None
    owner = import_runs.new_owner()
    try:
        with stream:
            records = CsvRecords(stream, path)
            names = read_header(records, path)
            chosen = list(targets) if targets is not None else default_targets(names)
            checked = check_targets(path, names, chosen)
            header = (records.line, records.offset, ignored_column_warnings(names, checked))
            run, resumed = _begin(
                sessions, actor, path, facts, checked, targets is not None, header, resume, owner
            )
            report = ImportReport(
                import_id=run.id,
                file=facts.name,
                imported=run.inserted,
                updated=run.updated,
                line=run.line,
                offset=run.byte_offset,
                size=facts.size,
            )
            if resumed:
                report.resumed_from_line = run.line
                checked = run.columns
                with sessions() as session:
                    for kind, line, reason, content in import_runs.issues_of(session, run.id):
                        target = report.rejected if kind is IssueKind.REJECTED else report.warnings
                        target.append(RowIssue(line, reason, content))
                stream.seek(run.byte_offset)
                records = records.resumed_at(run.line, run.byte_offset)
            else:
                report.warnings.extend(RowIssue(header[0], warning) for warning in header[2])
            records.multiline_fields = multiline_fields(checked)
            importer = _Importer(
                sessions,
                actor,
                run,
                owner,
                records,
                RowReader(checked, records.delimiter),
                report,
                progress,
                cancel,
                batch_rows,
            )
            try:
                importer.run()
            except Cancelled:
                _interrupted(sessions, actor, report, owner)
                return report
            except ConsoleError as exc:
                _interrupted(sessions, actor, report, owner)
                raise ImportStopped(str(exc), report) from exc
            except SQLAlchemyError as exc:
                _interrupted(sessions, actor, report, owner)
                reason = getattr(exc, "orig", None) or exc
                refused = f"{path}: the database refused a batch: {reason}"
                raise ImportStopped(refused, report) from exc
            except OSError as exc:
                _interrupted(sessions, actor, report, owner)
                raise ImportStopped(f"cannot read {path}: {exc.strerror or exc}", report) from exc
            except BaseException:  # Ctrl-C, a bug: the run stays resumable all the same
                _interrupted(sessions, actor, report, owner)
                raise
        report.complete = True
        return report
    finally:
        import_runs.release_owner(owner)


def _interrupted(sessions: Sessions, actor: Actor, report: ImportReport, owner: str) -> None:
    """Marks the run interrupted (resumable) and audits how far it got. Best effort: when
    the database refuses even this, the run stays `running` under this process, which is
    about to end (or to start another import), and is found interrupted by the next
    import of the file."""

    def mark(session: Session) -> None:
        if import_runs.interrupt(session, report.import_id, owner):
            _audit(session, actor, report, complete=False)

    with suppress(SQLAlchemyError, ConsoleError):
        busy_retry.write(
            sessions,
            mark,
            what=f"mark import {report.import_id} interrupted",
            wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
        )

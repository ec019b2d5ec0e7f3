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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Dialect, bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError

from desktop.errors import ConsoleError
from desktop.models import Recipient, normalize_address, utcnow
from desktop.models.database import Sessions
from desktop.models.enums import IssueKind, Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience import import_runs
from desktop.services.audience.csv_records import CsvRecords, guess_delimiter, not_utf8
from desktop.services.audience.import_columns import (
    COLUMNS,
    IGNORED_COLUMNS,
    ParsedRow,
    Rejected,
    RowReader,
    check_targets,
    default_targets,
    header_names,
    ignored_column_warnings,
    multiline_fields,
)
from desktop.services.audience.import_runs import FileFacts, RunState
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


class _RecipientInserts:
    """New recipients, inserted with the driver's executemany: SQLAlchemy's own costs more
    per row than the database takes to store it. The statement is compiled by SQLAlchemy
    for the connection's dialect (no SQL is written here); each value that needs it goes
    through its column's bind processor."""

    def __init__(self, dialect: Dialect) -> None:
        compiled = _TABLE.insert().inline().compile(
            dialect=dialect, column_keys=list(_INSERT_COLUMNS)
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
        self._boolean = processors["denylisted"] or (lambda value: value)
        self._json = processors["custom_fields"] or (lambda value: value)
        self._moment = processors["created_at"] or (lambda value: value)

    def run(self, connection: Connection, rows: Sequence[ParsedRow]) -> None:
        if not rows:
            return
        now = self._moment(utcnow())
        boolean = self._boolean
        as_json = self._json
        values = [
            (
                (given := row.given).get("email", ""),
                row.email_key,
                given.get("first_name", ""),
                given.get("last_name", ""),
                given.get("language", ""),
                given.get("country", ""),
                given.get("city", ""),
                given.get("postal_address", ""),
                boolean(given.get("denylisted", False)),
                given.get("external_id"),
                as_json(row.custom),
                now,
                now,
            )
            for row in rows
        ]
        order = self._order
        if order != sorted(order):  # a dialect that orders them otherwise
            values = [tuple(value[i] for i in order) for value in values]
        if self._names is not None:  # a driver with named parameters
            names = self._names
            connection.exec_driver_sql(self.sql, [dict(zip(names, v, strict=True)) for v in values])
        else:
            connection.exec_driver_sql(self.sql, values)


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
        self.rows: list[ParsedRow] = []
        self.issues: list[tuple[IssueKind, int, str, str]] = []
        self.batch_start = records.offset
        # The keys of the batch's rows, and the line that first had each key in this run.
        self.batch_external: set[str] = set()
        self.batch_email: set[str] = set()
        self.seen_external: dict[str, int] = {}
        self.seen_email: dict[str, int] = {}
        self.inserts: _RecipientInserts | None = None

    # -- reading -------------------------------------------------------------------------

    def run(self) -> None:
        records = self.records
        read = self.reader.read
        rows = self.rows
        issues = self.issues
        batch_external, batch_email = self.batch_external, self.batch_email
        batch_rows = self.batch_rows
        line_at, offset_at = records.line, records.offset  # after the last record handled
        for line, values, bad in records:
            if bad is not None:
                issues.append((IssueKind.REJECTED, line, bad.reason, bad.content))
            else:
                assert values is not None
                try:
                    row, warnings = read(line, values)
                except Rejected as exc:
                    issues.append((IssueKind.REJECTED, line, str(exc), records.content()))
                else:
                    if row is not None:
                        external_id, email_key = row.external_id, row.email_key
                        if (external_id is not None and external_id in batch_external) or (
                            email_key and email_key in batch_email
                        ):
                            # A repeat within the batch: write the batch first, so that this
                            # row finds the earlier one in the database and updates it.
                            self.commit(line_at, offset_at)
                        self._remember(row)
                        rows.append(row)
                    for warning in warnings:
                        issues.append((IssueKind.WARNING, line, warning, ""))
            line_at, offset_at = records.line, records.offset
            if (
                len(rows) >= batch_rows
                or offset_at - self.batch_start >= BATCH_BYTES
                or len(issues) >= BATCH_ISSUES
            ):
                self.commit(line_at, offset_at)
        self.commit(records.line, records.offset, finished=True)

    def _remember(self, row: ParsedRow) -> None:
        """Notes the row's keys; a key an earlier line had is a warning (this row updates
        the recipient that line wrote)."""
        line, external_id, email_key = row.line, row.external_id, row.email_key
        if external_id is not None:
            first = self.seen_external.setdefault(external_id, line)
            if first != line:
                self._repeat(line, "external_id", first, external_id)
            self.batch_external.add(external_id)
            if email_key:
                self.seen_email.setdefault(email_key, line)
                self.batch_email.add(email_key)
        elif email_key:
            first = self.seen_email.setdefault(email_key, line)
            if first != line:
                self._repeat(line, "address", first, email_key)
            self.batch_email.add(email_key)

    def _repeat(self, line: int, kind: str, first: int, value: str) -> None:
        self.issues.append(
            (
                IssueKind.WARNING,
                line,
                f"same {kind} as line {first} ({value!r}): this row updates that recipient",
                "",
            )
        )

    # -- one batch -----------------------------------------------------------------------

    def commit(self, line: int, offset: int, *, finished: bool = False) -> None:
        """Writes the batch and moves the run to (line, offset) in one transaction.

        The one place where a batch meets the database: a retry of a busy database wraps
        this call (the batch is read again from the database on each attempt)."""
        rows, issues = self.rows, self.issues
        inserted, updated = self._write_batch(rows, issues, line, offset, finished)
        report = self.report
        report.imported += inserted
        report.updated += updated
        for kind, number, reason, content in issues:
            target = report.rejected if kind is IssueKind.REJECTED else report.warnings
            target.append(RowIssue(number, reason, content))
        report.line, report.offset = line, offset
        rows.clear()
        issues.clear()
        self.batch_external.clear()
        self.batch_email.clear()
        self.batch_start = offset
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
        self,
        rows: list[ParsedRow],
        issues: list[tuple[IssueKind, int, str, str]],
        line: int,
        offset: int,
        finished: bool,
    ) -> tuple[int, int]:
        report = self.report
        with self.sessions.begin() as session:
            connection = session.connection()
            # Reads first: SQLite takes its write lock at the first write, so the lock is
            # held only while the rows are written.
            inserts, updates = self._plan(connection, rows)
            if inserts:
                if self.inserts is None:
                    self.inserts = _RecipientInserts(connection.dialect)
                self.inserts.run(connection, inserts)
            if updates:
                _UPDATE.run(connection, updates)
            rejected = sum(1 for issue in issues if issue[0] is IssueKind.REJECTED)
            import_runs.advance(
                connection,
                self.run_id,
                self.owner,
                line=line,
                offset=offset,
                counts={
                    "inserted": report.imported + len(inserts),
                    "updated": report.updated + len(updates),
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
                    added=(len(inserts), len(updates), rejected),
                )
        return len(inserts), len(updates)

    def _plan(
        self, connection: Connection, rows: list[ParsedRow]
    ) -> tuple[list[ParsedRow], list[dict[str, Any]]]:
        """The batch's new rows, and the updates of the recipients it names."""
        if not rows:
            return [], []
        by_external, by_email = self._existing(connection, rows)
        if not by_external and not by_email:
            return rows, []
        inserts: list[ParsedRow] = []
        updates: list[dict[str, Any]] = []
        now = utcnow()
        for row in rows:
            if row.external_id is not None:
                existing = by_external.get(row.external_id)
            else:
                existing = by_email.get(row.email_key) if row.email_key else None
            if existing is None:
                inserts.append(row)
                continue
            merged = {name: existing[name] for name in _UPDATED_COLUMNS}
            merged.update(row.given)
            merged["email_key"] = normalize_address(merged["email"])
            merged["custom_fields"] = {**(existing["custom_fields"] or {}), **row.custom}
            merged["b_id"] = existing["id"]
            merged["b_updated_at"] = now
            updates.append(merged)
        return inserts, updates

    @staticmethod
    def _existing(
        connection: Connection, rows: list[ParsedRow]
    ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        by_external: dict[str, dict[str, Any]] = {}
        by_email: dict[str, dict[str, Any]] = {}
        external_ids = [r.external_id for r in rows if r.external_id is not None]
        emails = [r.email_key for r in rows if r.external_id is None and r.email_key]
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


def _read_header(records: CsvRecords, path: Path) -> list[str]:
    first = records.first_line()
    if first is None:
        raise ConsoleError(f"{path}: empty file")
    if first and not first.strip():  # ("" is a line too long to read: reported below)
        raise ConsoleError(f"{path}: line 1 is blank: the first line must be the header")
    records.delimiter = guess_delimiter(first)
    for line, values, bad in records:
        if bad is not None:
            raise ConsoleError(f"{path}: line {line} (the header): {bad.reason}")
        assert values is not None
        names = header_names(path, values)
        records.expected_fields = len(names)
        records.column_names = names
        return names
    raise ConsoleError(f"{path}: line 1 is blank: the first line must be the header")


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
    with stream:
        records = CsvRecords(stream, path)
        names = _read_header(records, path)
        chosen = list(targets) if targets is not None else default_targets(names)
        checked = check_targets(path, names, chosen)
        header = (records.line, records.offset, ignored_column_warnings(names, checked))
        owner = import_runs.new_owner()
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
            RowReader(checked),
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
            raise ImportStopped(f"{path}: the database refused a batch: {reason}", report) from exc
        except OSError as exc:
            _interrupted(sessions, actor, report, owner)
            raise ImportStopped(f"cannot read {path}: {exc.strerror or exc}", report) from exc
        except BaseException:  # Ctrl-C, a bug: the run stays resumable all the same
            _interrupted(sessions, actor, report, owner)
            raise
    report.complete = True
    return report


def _interrupted(sessions: Sessions, actor: Actor, report: ImportReport, owner: str) -> None:
    """Marks the run interrupted (resumable) and audits how far it got. Best effort: when
    the database refuses even this, the run stays `running` under this process, which is
    about to end, and is found interrupted by the next import of the file."""
    try:
        with sessions.begin() as session:
            if import_runs.interrupt(session, report.import_id, owner):
                _audit(session, actor, report, complete=False)
    except SQLAlchemyError:
        pass

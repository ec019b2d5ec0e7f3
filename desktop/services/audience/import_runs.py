"""The runs of recipient imports: which file (by its content), how far each got, who runs
it now, and the lines each set aside.

A run is found again by the SHA-256 of the file's bytes, whatever the file is called: an
interrupted run of the same content is resumed from the byte offset its last batch
committed. A running run names its process ("host pid token") and refreshes a heartbeat
with every batch; a run whose process is gone (same host: no such pid; else no heartbeat
for HEARTBEAT_TIMEOUT) is interrupted, and can be resumed. Every batch moves the run
forward only if the run is still its process's, so two processes never import one run.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, NotFound
from desktop.models import RecipientImport, RecipientImportIssue, utcnow
from desktop.models.database import Sessions
from desktop.models.enums import ImportStatus, IssueKind, Right
from desktop.services.access.rights import Actor, require
from desktop.services.runtime.csv_export import write_csv

HEARTBEAT_TIMEOUT = timedelta(minutes=10)  # another host's run without news is dead
HOSTNAME = socket.gethostname()[:255]
_RUN = RecipientImport.__table__
_ISSUE = RecipientImportIssue.__table__


@dataclass(frozen=True)
class FileFacts:
    name: str
    size: int
    checksum: str


@dataclass(frozen=True)
class RunState:
    """Where a run stands: enough to resume it and to tell a person about it."""

    id: int
    file_name: str
    status: ImportStatus
    columns: list[str]
    line: int
    byte_offset: int
    file_size: int
    inserted: int
    updated: int
    rejected: int
    warnings: int
    operator_name: str
    started_at: datetime
    changed_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "import_id": self.id,
            "file": self.file_name,
            "status": self.status.value,
            "line": self.line,
            "offset": self.byte_offset,
            "size": self.file_size,
            "inserted": self.inserted,
            "updated": self.updated,
            "rejected": self.rejected,
            "warnings": self.warnings,
            "operator": self.operator_name,
            "started_at": _as_utc(self.started_at).isoformat(timespec="seconds"),
            "changed_at": _as_utc(self.changed_at).isoformat(timespec="seconds"),
        }

    def position(self) -> str:
        percent = 100 * self.byte_offset / self.file_size if self.file_size else 100
        return (
            f"line {self.line:,} (byte {self.byte_offset:,} of {self.file_size:,}, "
            f"{percent:.0f}%): {self.inserted:,} inserted, {self.updated:,} updated, "
            f"{self.rejected:,} rejected so far"
        )


class UnfinishedImport(ConsoleError):
    """An earlier import of the same file stopped before its end: the caller chooses to
    resume it or to start again."""

    def __init__(self, path: object, state: RunState) -> None:
        super().__init__(
            f"{path}: an import of this file (import {state.id}, by {state.operator_name}) "
            f"stopped at {state.position()}; import it again with --resume to continue "
            "from there, or with --restart to start from the first line"
        )
        self.state = state


class ImportRunning(ConsoleError):
    """Another process imports the same file now."""


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def _owner_alive(owner: str | None, heartbeat_at: datetime) -> bool:
    if not owner:
        return False
    host, _, rest = owner.partition(" ")
    pid_text = rest.partition(" ")[0]
    if host == HOSTNAME and pid_text.isdigit():
        pid = int(pid_text)
        if pid == os.getpid():  # this process: alive while its import is still going
            return owner in _LIVE_OWNERS
        return _process_exists(pid)
    return utcnow() - _as_utc(heartbeat_at) < HEARTBEAT_TIMEOUT


def _state(row: Any) -> RunState:
    return RunState(
        id=row.id,
        file_name=row.file_name,
        status=ImportStatus(row.status),
        columns=list(row.columns),
        line=row.line,
        byte_offset=row.byte_offset,
        file_size=row.file_size,
        inserted=row.inserted,
        updated=row.updated,
        rejected=row.rejected,
        warnings=row.warnings,
        operator_name=row.operator_name,
        started_at=row.created_at,
        changed_at=row.heartbeat_at,
    )


def unfinished(session: Session, checksum: str) -> tuple[RunState, bool] | None:
    """The unfinished run of this content, if any, and whether its process still runs."""
    row = session.execute(
        select(_RUN).where(
            _RUN.c.checksum == checksum,
            _RUN.c.status.in_([ImportStatus.RUNNING.value, ImportStatus.INTERRUPTED.value]),
        )
    ).first()
    if row is None:
        return None
    alive = row.status == ImportStatus.RUNNING.value and _owner_alive(row.owner, row.heartbeat_at)
    return _state(row), alive


# The owners of the imports running in this process (a window may start another import of
# a file whose earlier run it could not mark interrupted, the database being busy).
_LIVE_OWNERS: set[str] = set()


def new_owner() -> str:
    """A name for an import of this process, live until release_owner."""
    owner = f"{HOSTNAME} {os.getpid()} {uuid.uuid4().hex}"
    _LIVE_OWNERS.add(owner)
    return owner


def release_owner(owner: str) -> None:
    """The import named `owner` has ended: its run, if still marked running, is dead."""
    _LIVE_OWNERS.discard(owner)


def start(
    sessions: Sessions,
    actor: Actor,
    facts: FileFacts,
    columns: list[str],
    owner: str,
    line: int,
    offset: int,
    header_warnings: list[str],
) -> RunState:
    """A new run of this file, owned by `owner`, at (line, offset) just after the header,
    with the header's warnings; refused while another run of the file is unfinished."""
    now = utcnow()
    try:
        with sessions.begin() as session:
            run_id = session.execute(
                insert(_RUN).values(
                    file_name=facts.name[:255],
                    file_size=facts.size,
                    checksum=facts.checksum,
                    operator_name=actor.name,
                    status=ImportStatus.RUNNING.value,
                    columns=columns,
                    line=line,
                    byte_offset=offset,
                    inserted=0,
                    updated=0,
                    rejected=0,
                    warnings=len(header_warnings),
                    owner=owner,
                    heartbeat_at=now,
                    created_at=now,
                    updated_at=now,
                )
            ).inserted_primary_key[0]
            if header_warnings:
                session.execute(
                    insert(_ISSUE),
                    [
                        {
                            "import_id": run_id,
                            "kind": IssueKind.WARNING.value,
                            "line": line,
                            "reason": warning,
                            "content": "",
                        }
                        for warning in header_warnings
                    ],
                )
            return _state(session.execute(select(_RUN).where(_RUN.c.id == run_id)).one())
    except IntegrityError:  # another process started the same file a moment ago
        raise ImportRunning(
            f"{facts.name}: another process started importing this file just now"
        ) from None


def claim(sessions: Sessions, state: RunState, owner: str) -> RunState:
    """Takes an interrupted run (or one whose process died) over, to resume it."""
    with sessions.begin() as session:
        row = session.execute(select(_RUN).where(_RUN.c.id == state.id)).one()
        if row.status == ImportStatus.RUNNING.value and _owner_alive(row.owner, row.heartbeat_at):
            raise ImportRunning(
                f"{state.file_name}: import {state.id} is running in another process"
            )
        taken = session.execute(
            update(_RUN)
            .where(_RUN.c.id == state.id, _RUN.c.status == row.status)
            .where(_RUN.c.owner.is_(None) if row.owner is None else _RUN.c.owner == row.owner)
            .values(
                status=ImportStatus.RUNNING.value,
                owner=owner,
                heartbeat_at=utcnow(),
                updated_at=utcnow(),
            )
        ).rowcount
        if taken != 1:
            raise ImportRunning(f"{state.file_name}: another process took import {state.id} over")
        return _state(session.execute(select(_RUN).where(_RUN.c.id == state.id)).one())


def abandon(sessions: Sessions, state: RunState) -> None:
    """An interrupted run that will not be resumed: the file is imported from the start."""
    with sessions.begin() as session:
        row = session.execute(select(_RUN).where(_RUN.c.id == state.id)).one()
        if row.status == ImportStatus.RUNNING.value and _owner_alive(row.owner, row.heartbeat_at):
            raise ImportRunning(
                f"{state.file_name}: import {state.id} is running in another process"
            )
        session.execute(
            update(_RUN)
            .where(_RUN.c.id == state.id)
            .values(status=ImportStatus.ABANDONED.value, owner=None, updated_at=utcnow())
        )


def advance(
    connection: Connection,
    run_id: int,
    owner: str,
    *,
    line: int,
    offset: int,
    counts: dict[str, int],
    issues: list[tuple[IssueKind, int, str, str]],
    finished: bool,
) -> None:
    """In the batch's transaction: the run's new position and counts, and the batch's
    issues. Raises ConsoleError (and the batch is rolled back) when the run is no longer
    this process's."""
    now = utcnow()
    values: dict[str, Any] = {
        "line": line,
        "byte_offset": offset,
        "heartbeat_at": now,
        "updated_at": now,
        **counts,
    }
    if finished:
        values |= {"status": ImportStatus.FINISHED.value, "owner": None, "finished_at": now}
    moved = connection.execute(
        update(_RUN).where(_RUN.c.id == run_id, _RUN.c.owner == owner).values(values)
    ).rowcount
    if moved != 1:
        raise ConsoleError(
            f"import {run_id} was taken over by another process: this one stops here"
        )
    if issues:
        connection.execute(
            insert(_ISSUE),
            [
                {"import_id": run_id, "kind": kind.value, "line": n, "reason": why, "content": text}
                for kind, n, why, text in issues
            ],
        )


def interrupt(session: Session, run_id: int, owner: str) -> bool:
    """The run stopped before its end (cancelled, or an error): it can be resumed. False
    when the run is no longer this process's."""
    return (
        session.execute(
            update(_RUN)
            .where(_RUN.c.id == run_id, _RUN.c.owner == owner)
            .values(status=ImportStatus.INTERRUPTED.value, owner=None, updated_at=utcnow())
        ).rowcount
        == 1
    )


def issues_of(
    session: Session, run_id: int, kind: IssueKind | None = None
) -> list[tuple[IssueKind, int, str, str]]:
    """The run's issues (kind, line, reason, content), in line order."""
    query = select(_ISSUE.c.kind, _ISSUE.c.line, _ISSUE.c.reason, _ISSUE.c.content).where(
        _ISSUE.c.import_id == run_id
    )
    if kind is not None:
        query = query.where(_ISSUE.c.kind == kind.value)
    rows = session.execute(query.order_by(_ISSUE.c.line, _ISSUE.c.id))
    return [(IssueKind(k), line, reason, content) for k, line, reason, content in rows]


# -- for people: the list of imports, and the rejected lines as CSV ------------------------


def list_imports(session: Session, actor: Actor, limit: int = 50) -> list[dict[str, Any]]:
    """The latest imports, newest first (needs IMPORT)."""
    require(actor, Right.IMPORT, "see recipient imports")
    rows = session.execute(select(_RUN).order_by(_RUN.c.id.desc()).limit(max(1, limit)))
    result = []
    for row in rows:
        state = _state(row)
        if state.status is ImportStatus.RUNNING and not _owner_alive(row.owner, row.heartbeat_at):
            state = _with_status(state, ImportStatus.INTERRUPTED)  # its process died
        result.append(state.as_dict())
    return result


def _with_status(state: RunState, status: ImportStatus) -> RunState:
    values = dict(state.__dict__)
    values["status"] = status
    return RunState(**values)


def _run_or_not_found(session: Session, run_id: int) -> Any:
    row = session.execute(select(_RUN).where(_RUN.c.id == run_id)).first()
    if row is None:
        raise NotFound("recipient import", run_id)
    return row


ISSUE_HEADER = ("line", "kind", "reason", "content")


def write_issue_rows(out: TextIO, rows: list[tuple[IssueKind, int, str, str]]) -> int:
    """Writes issues as CSV (line, kind, reason, content), through the console's
    spreadsheet-safe writer: a cell a spreadsheet would run as a formula (a rejected line
    is the file's own text) starts with an apostrophe. Returns the rows written."""
    return write_csv(
        out,
        ISSUE_HEADER,
        (
            (line, kind.value, reason, content.rstrip("\r\n"))
            for kind, line, reason, content in rows
        ),
    )


def export_issues(
    session: Session,
    actor: Actor,
    run_id: int,
    out: TextIO,
    kind: IssueKind | None = IssueKind.REJECTED,
) -> int:
    """Writes an import's rejected lines (every issue with kind=None) as CSV to `out`
    (needs EXPORT). Returns the rows written."""
    require(actor, Right.EXPORT, "export the lines an import rejected")
    _run_or_not_found(session, run_id)
    return write_issue_rows(out, issues_of(session, run_id, kind))

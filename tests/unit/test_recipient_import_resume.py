"""A long import commits in batches, says how far it got, and resumes where it stopped."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from desktop.errors import ConsoleError, NotFound, PermissionDenied
from desktop.models import Recipient, RecipientImport, RecipientImportIssue
from desktop.models.enums import ImportStatus
from desktop.services.audience import import_runs
from desktop.services.audience.import_runs import ImportRunning, UnfinishedImport
from desktop.services.audience.recipient_import import (
    ImportProgress,
    ImportStopped,
    ResumeChoice,
    import_recipients,
)
from desktop.services.runtime.cancellation import CancelToken

BATCH = 10


def people_file(tmp_path: Path, rows: int = 55, name: str = "people.csv") -> Path:
    """`rows` rows after the header; every 7th has a bad country (rejected)."""
    lines = ["email,first_name,country"]
    for i in range(rows):
        country = "XXX" if i % 7 == 3 else "SE"
        lines.append(f"p{i}@mail.example,P{i},{country}")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def good_rows_through(line: int) -> int:
    """How many rows of people_file() up to `line` are imported."""
    return sum(1 for i in range(line - 1) if i % 7 != 3)


def recipient_count(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Recipient)) or 0


def distinct_addresses(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count(func.distinct(Recipient.email_key)))) or 0


def run_row(sessions, import_id: int) -> RecipientImport:
    with sessions() as session:
        row = session.get(RecipientImport, import_id)
        assert row is not None
        return row


def test_every_batch_is_committed_while_the_import_goes_on(sessions, manager, tmp_path):
    path = people_file(tmp_path)
    visible: list[int] = []

    def progress(_at: ImportProgress) -> None:
        visible.append(recipient_count(sessions))  # another connection sees the batch

    report = import_recipients(sessions, manager, path, progress=progress, batch_rows=BATCH)
    assert report.complete and report.imported == 47 and len(report.rejected) == 8
    # A batch is BATCH lines: the rows of the first ten lines after the header, then more.
    assert visible[0] == good_rows_through(BATCH + 1) == 9
    assert visible == sorted(visible) and visible[-1] == 47
    row = run_row(sessions, report.import_id)
    assert row.status == ImportStatus.FINISHED and row.owner is None
    assert (row.line, row.byte_offset) == (56, path.stat().st_size)
    assert (row.inserted, row.updated, row.rejected) == (47, 0, 8)


def test_a_stopped_import_says_where_and_resumes_after_its_last_committed_line(
    sessions, manager, tmp_path
):
    path = people_file(tmp_path)
    token = CancelToken()
    stopped = import_recipients(
        sessions, manager, path, progress=_cancelling(token, 2), cancel=token, batch_rows=BATCH
    )
    assert not stopped.complete and stopped.line == 2 * BATCH + 1
    assert stopped.imported == good_rows_through(stopped.line) == recipient_count(sessions)
    # The position names the last line committed and the byte just after it.
    content = path.read_bytes()
    assert content[: stopped.offset].count(b"\n") == stopped.line
    assert "--resume" in str(ImportStopped("x", stopped))
    row = run_row(sessions, stopped.import_id)
    assert (row.status, row.line, row.byte_offset) == (
        ImportStatus.INTERRUPTED,
        stopped.line,
        stopped.offset,
    )

    # Imported again without a choice: refused, saying how far the earlier run got.
    with pytest.raises(UnfinishedImport) as caught:
        import_recipients(sessions, manager, path, batch_rows=BATCH)
    message = str(caught.value)
    assert f"line {stopped.line:,}" in message and "--resume" in message
    assert "--restart" in message and f"{stopped.imported} inserted" in message

    resumed = import_recipients(
        sessions, manager, path, resume=ResumeChoice.RESUME, batch_rows=BATCH
    )
    assert resumed.complete and resumed.resumed_from_line == stopped.line
    assert resumed.import_id == stopped.import_id
    # The counts and rejected lines cover the whole file, earlier batches included.
    assert (resumed.imported, resumed.updated) == (47, 0)
    assert [issue.line for issue in resumed.rejected] == [i + 2 for i in range(55) if i % 7 == 3]
    assert recipient_count(sessions) == distinct_addresses(sessions) == 47
    assert run_row(sessions, stopped.import_id).status == ImportStatus.FINISHED


def _cancelling(token: CancelToken, after: int):
    calls = []

    def progress(_at: ImportProgress) -> None:
        calls.append(1)
        if len(calls) >= after:
            token.cancel()

    return progress


def test_the_run_is_known_by_its_content_whatever_the_file_is_called(sessions, manager, tmp_path):
    path = people_file(tmp_path)
    token = CancelToken()
    import_recipients(
        sessions, manager, path, progress=_cancelling(token, 1), cancel=token, batch_rows=BATCH
    )
    renamed = tmp_path / "renamed.csv"
    shutil.copyfile(path, renamed)
    resumed = import_recipients(
        sessions, manager, renamed, resume=ResumeChoice.RESUME, batch_rows=BATCH
    )
    assert resumed.resumed_from_line is not None and resumed.imported == 47
    assert recipient_count(sessions) == 47


def test_restart_imports_the_file_from_its_first_line(sessions, manager, tmp_path):
    path = people_file(tmp_path)
    token = CancelToken()
    first = import_recipients(
        sessions, manager, path, progress=_cancelling(token, 1), cancel=token, batch_rows=BATCH
    )
    again = import_recipients(
        sessions, manager, path, resume=ResumeChoice.RESTART, batch_rows=BATCH
    )
    assert again.complete and again.import_id != first.import_id
    # The rows of the first batch are updated, the others inserted.
    assert (again.imported, again.updated) == (47 - first.imported, first.imported)
    assert run_row(sessions, first.import_id).status == ImportStatus.ABANDONED
    assert recipient_count(sessions) == 47


def test_resume_with_nothing_to_resume_imports_the_file(sessions, manager, tmp_path):
    report = import_recipients(sessions, manager, people_file(tmp_path), resume=ResumeChoice.RESUME)
    assert report.complete and report.resumed_from_line is None and report.imported == 47


def test_a_run_whose_process_died_is_resumed_and_a_live_one_is_left_alone(
    sessions, manager, tmp_path
):
    path = people_file(tmp_path)
    token = CancelToken()
    stopped = import_recipients(
        sessions, manager, path, progress=_cancelling(token, 1), cancel=token, batch_rows=BATCH
    )
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with sessions.begin() as session:
            session.execute(
                update(RecipientImport)
                .where(RecipientImport.id == stopped.import_id)
                .values(status="running", owner=f"{import_runs.HOSTNAME} {live.pid} other")
            )
        with pytest.raises(ImportRunning, match="being imported now"):
            import_recipients(sessions, manager, path, resume=ResumeChoice.RESUME)
    finally:
        live.kill()
        live.wait()
    # Its process is gone (as after a crash or kill -9): the run is interrupted.
    with pytest.raises(UnfinishedImport):
        import_recipients(sessions, manager, path)
    resumed = import_recipients(sessions, manager, path, resume=ResumeChoice.RESUME)
    assert resumed.complete and resumed.imported == 47


def test_a_batch_the_database_refuses_stops_the_import_with_where_to_resume(
    sessions, engine, manager, tmp_path
):
    path = people_file(tmp_path)
    sqlite = engine.dialect.name == "sqlite"
    refuse_p25 = (
        [
            "CREATE TRIGGER refuse BEFORE INSERT ON recipient "
            "WHEN NEW.email = 'p25@mail.example' "
            "BEGIN SELECT RAISE(ABORT, 'no room for p25'); END"
        ]
        if sqlite
        else [
            "CREATE FUNCTION refuse_p25() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'no room for p25'; END $$",
            "CREATE TRIGGER refuse BEFORE INSERT ON recipient FOR EACH ROW "
            "WHEN (NEW.email = 'p25@mail.example') EXECUTE FUNCTION refuse_p25()",
        ]
    )
    with engine.begin() as connection:
        for statement in refuse_p25:
            connection.execute(text(statement))
    with pytest.raises(ImportStopped) as caught:
        import_recipients(sessions, manager, path, batch_rows=BATCH)
    message = str(caught.value)
    assert "no room for p25" in message and "--resume" in message
    stopped = caught.value.report
    assert stopped.line == 2 * BATCH + 1  # p25 is on line 27, in the third batch
    assert stopped.imported == good_rows_through(stopped.line) == recipient_count(sessions)
    assert run_row(sessions, stopped.import_id).status == ImportStatus.INTERRUPTED

    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER refuse" + ("" if sqlite else " ON recipient")))
    resumed = import_recipients(sessions, manager, path, resume=ResumeChoice.RESUME)
    assert resumed.complete and recipient_count(sessions) == 47


def test_ctrl_c_mid_import_rolls_back_only_the_batch_being_written(sessions, manager, tmp_path):
    path = people_file(tmp_path)
    calls = []

    def interrupt_at_third(_at: ImportProgress) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_recipients(sessions, manager, path, progress=interrupt_at_third, batch_rows=BATCH)
    assert recipient_count(sessions) == good_rows_through(3 * BATCH + 1)
    with sessions() as session:
        (row,) = session.scalars(select(RecipientImport)).all()
    assert row.status == ImportStatus.INTERRUPTED and row.line == 3 * BATCH + 1
    assert row.inserted == recipient_count(sessions)
    resumed = import_recipients(sessions, manager, path, resume=ResumeChoice.RESUME)
    assert resumed.complete and recipient_count(sessions) == 47


def test_the_rejected_lines_are_kept_and_export_as_csv_safe_for_a_spreadsheet(
    sessions, manager, tmp_path
):
    path = tmp_path / "people.csv"
    path.write_text(
        "email,first_name,country\n"
        "a@mail.example,Ann,SE\n"
        "=1+cmd|' /C calc'!A0,Eve,FRA\n"
        "b@mail.example,Bo\n",
        encoding="utf-8",
    )
    report = import_recipients(sessions, manager, path)
    with sessions() as session:
        stored = session.scalars(
            select(RecipientImportIssue.line).where(
                RecipientImportIssue.import_id == report.import_id
            )
        ).all()
        out = io.StringIO()
        written = import_runs.export_issues(session, manager, report.import_id, out)
    assert sorted(stored) == [3, 4] and written == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["line", "kind", "reason", "content"]
    assert [row[0] for row in rows[1:]] == ["3", "4"]
    assert rows[1][3].startswith("'=1+cmd")  # read as text, never run as a formula
    assert "country" in rows[1][2] and "2 fields where the header has 3" in rows[2][2]


def test_the_lines_of_an_import_need_the_right_rights(sessions, manager, reviewer, tmp_path):
    report = import_recipients(sessions, manager, people_file(tmp_path))
    with sessions() as session:
        with pytest.raises(PermissionDenied, match="EXPORT"):
            import_runs.export_issues(session, reviewer, report.import_id, io.StringIO())
        with pytest.raises(PermissionDenied, match="IMPORT"):
            import_runs.list_imports(session, reviewer)
        with pytest.raises(NotFound):
            import_runs.export_issues(session, manager, 999, io.StringIO())
        (listed,) = import_runs.list_imports(session, manager)
    assert listed["import_id"] == report.import_id and listed["status"] == "finished"


def test_resuming_keeps_the_columns_chosen_at_the_start(sessions, manager, tmp_path):
    path = people_file(tmp_path)
    token = CancelToken()
    import_recipients(
        sessions,
        manager,
        path,
        targets=["email", "last_name", ""],
        progress=_cancelling(token, 1),
        cancel=token,
        batch_rows=BATCH,
    )
    with pytest.raises(ConsoleError, match="resumed with the columns chosen when it started"):
        import_recipients(
            sessions, manager, path, targets=["email", "first_name", ""], resume="resume"
        )
    resumed = import_recipients(sessions, manager, path, resume=ResumeChoice.RESUME)
    assert resumed.complete and resumed.rejected == []  # the country column is ignored
    with sessions() as session:
        names = set(session.scalars(select(Recipient.last_name)))
        first_names = set(session.scalars(select(Recipient.first_name)))
    assert "P54" in names and first_names == {""}

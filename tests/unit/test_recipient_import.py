"""CSV import of recipients: what lands in the database, what is reported, what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, PermissionDenied
from desktop.models import AuditEntry, Recipient
from desktop.services.access.rights import Actor
from desktop.services.audience.recipient_import import (
    BATCH_ROWS,
    ImportProgress,
    ImportReport,
    import_recipients,
)
from desktop.services.runtime.cancellation import CancelToken


def write(tmp_path: Path, text: str, name: str = "people.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(sessions: sessionmaker[Session], actor: Actor, path: Path) -> ImportReport:
    return import_recipients(sessions, actor, path)


def recipients(sessions: sessionmaker[Session]) -> list[Recipient]:
    with sessions() as session:
        return list(session.scalars(select(Recipient).order_by(Recipient.id)))


def count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Recipient)) or 0


def lines_of(issues) -> list[int]:
    return [issue.line for issue in issues]


def test_good_rows_are_imported_with_every_column(sessions, manager, tmp_path):
    path = write(
        tmp_path,
        "email,first_name,last_name,language,country,city,postal_address,denylisted,"
        "external_id,segment,loyalty_points\n"
        "anna.berg@mail.example,Anna,Berg,sv,se,Uppsala,Storgatan 1,no,CRM-1,gold,1200\n"
        'jean@mail.example,Jean,Dupont,fr,FR,Lyon,"12 rue X\n69001 Lyon",TRUE,CRM-2,,\n',
    )
    report = run_import(sessions, manager, path)
    assert (report.imported, report.updated, report.rejected, report.warnings) == (2, 0, [], [])
    anna, jean = recipients(sessions)
    assert (anna.email, anna.email_key, anna.first_name, anna.country) == (
        "anna.berg@mail.example",
        "anna.berg@mail.example",
        "Anna",
        "SE",
    )
    assert anna.custom_fields == {"segment": "gold", "loyalty_points": "1200"}
    assert anna.denylisted is False and anna.external_id == "CRM-1"
    assert jean.postal_address == "12 rue X\n69001 Lyon"
    assert jean.denylisted is True
    assert jean.custom_fields == {}


def test_a_bom_and_semicolons_from_a_spreadsheet_are_understood(sessions, manager, tmp_path):
    path = write(tmp_path, "\ufeffEmail;First_Name\nola@mail.example;Ola\n")
    report = run_import(sessions, manager, path)
    assert report.imported == 1
    assert recipients(sessions)[0].first_name == "Ola"


def test_rows_update_by_external_id(sessions, manager, tmp_path):
    run_import(
        sessions,
        manager,
        write(tmp_path, "external_id,email,city,segment\nC1,old@mail.example,Paris,silver\n"),
    )
    report = run_import(
        sessions,
        manager,
        write(tmp_path, "external_id,email,loyalty\nC1,New@Mail.example,50\n", "second.csv"),
    )
    assert (report.imported, report.updated) == (0, 1)
    (only,) = recipients(sessions)
    assert only.email == "New@Mail.example" and only.email_key == "new@mail.example"
    # Empty or absent cells keep what was there; custom fields are merged.
    assert only.city == "Paris"
    assert only.custom_fields == {"segment": "silver", "loyalty": "50"}


def test_rows_update_by_address_whatever_the_case_and_spaces(sessions, manager, tmp_path):
    run_import(sessions, manager, write(tmp_path, "email,first_name\nmaria@mail.example,Maria\n"))
    report = run_import(
        sessions,
        manager,
        write(tmp_path, "email,last_name\n  MARIA@Mail.Example  ,Lopez\n", "again.csv"),
    )
    assert (report.imported, report.updated) == (0, 1)
    (only,) = recipients(sessions)
    assert (only.first_name, only.last_name) == ("Maria", "Lopez")
    assert only.email_key == "maria@mail.example"


def test_an_empty_denylisted_cell_never_lifts_an_opt_out(sessions, manager, tmp_path):
    run_import(sessions, manager, write(tmp_path, "email,denylisted\nx@mail.example,yes\n"))
    run_import(sessions, manager, write(tmp_path, "email,denylisted\nx@mail.example,\n", "b.csv"))
    assert recipients(sessions)[0].denylisted is True


def test_bad_rows_are_rejected_by_line_and_good_rows_imported(sessions, manager, tmp_path):
    path = write(
        tmp_path,
        "email,first_name,country,denylisted\n"  # line 1
        "ok1@mail.example,Ok,FR,no\n"  # 2
        "short@mail.example,Short\n"  # 3: a field missing
        "long@mail.example,Long,FR,no,extra\n"  # 4: a field too many
        "maybe@mail.example,May,FR,maybe\n"  # 5: wrong type
        "fra@mail.example,Fra,FRA,no\n"  # 6: not 2 letters
        f"big@mail.example,{'x' * 129},FR,no\n"  # 7: over the column's length
        '"multi@mail.example","Two\nlines",SE,no\n'  # 8-9: one record on two lines
        "ok2@mail.example,Ok,de,0\n",  # 10
    )
    report = run_import(sessions, manager, path)
    assert report.imported == 3
    assert lines_of(report.rejected) == [3, 4, 5, 6, 7]
    reasons = [issue.reason for issue in report.rejected]
    assert "2 fields where the header has 4" in reasons[0]
    assert "5 fields where the header has 4" in reasons[1]
    assert "denylisted" in reasons[2] and "'maybe'" in reasons[2]
    assert "country" in reasons[3] and "'FRA'" in reasons[3]
    assert "first_name" in reasons[4] and "at most 128" in reasons[4]
    assert sorted(r.email for r in recipients(sessions)) == [
        "multi@mail.example",
        "ok1@mail.example",
        "ok2@mail.example",
    ]


def test_missing_and_malformed_addresses_are_kept_as_warnings(sessions, manager, tmp_path):
    path = write(
        tmp_path,
        "email,first_name,postal_address\n"
        ",Postal,1 High Street\n"
        "not-an-address,Broken,\n"
        "jean@,Half,\n"
        "fine@mail.example,Fine,\n",
    )
    report = run_import(sessions, manager, path)
    assert report.imported == 4 and report.rejected == []
    assert lines_of(report.warnings) == [2, 3, 4]
    assert "'not-an-address'" in report.warnings[1].reason
    assert {r.email for r in recipients(sessions)} == {
        "",
        "not-an-address",
        "jean@",
        "fine@mail.example",
    }


def test_a_key_repeated_in_the_file_updates_the_earlier_row(sessions, manager, tmp_path):
    path = write(
        tmp_path,
        "email,first_name,last_name\n"
        "dup@mail.example,First,\n"
        "other@mail.example,Other,\n"
        " DUP@mail.example ,,Later\n",
    )
    report = run_import(sessions, manager, path)
    assert (report.imported, report.updated) == (2, 1)
    assert lines_of(report.warnings) == [4]
    assert "line 2" in report.warnings[0].reason
    dup = next(r for r in recipients(sessions) if r.email_key == "dup@mail.example")
    assert (dup.first_name, dup.last_name) == ("First", "Later")


def test_postal_only_rows_are_matched_by_external_id(sessions, manager, tmp_path):
    text = "external_id,last_name,postal_address\nP-1,Smith,1 Road\nP-2,Jones,2 Road\n"
    first = run_import(sessions, manager, write(tmp_path, text))
    second = run_import(sessions, manager, write(tmp_path, text, "again.csv"))
    assert (first.imported, second.imported, second.updated) == (2, 0, 2)
    assert first.warnings == []  # no email column: nothing to warn about
    assert count(sessions) == 2


def test_header_only_imports_nothing(sessions, manager, tmp_path):
    report = run_import(sessions, manager, write(tmp_path, "email,first_name\n"))
    assert (report.imported, report.updated, report.rejected) == (0, 0, [])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"\nemail\na@mail.example\n", "line 1 is blank"),
        (b"first_name,last_name\nAnna,Berg\n", "needs an 'email' or an 'external_id' column"),
        (b"email,city,Email\na@mail.example,X,b@mail.example\n", "duplicate column names: email"),
        (b"email,,city\n", "column 2 of the header has no name"),
    ],
)
def test_file_level_errors_write_nothing(sessions, manager, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ConsoleError, match=message):
        run_import(sessions, manager, path)
    assert count(sessions) == 0


def test_a_file_that_is_not_utf8_names_the_line_and_byte(sessions, manager, tmp_path):
    # Good rows first: they were written when the bad byte is met, and must be rolled back.
    rows = "".join(f"r{i}@mail.example,Name\n" for i in range(BATCH_ROWS + 5))
    path = write(tmp_path, "email,first_name\n" + rows + "zoe@mail.example,Zoé\n", "latin1.csv")
    path.write_bytes(path.read_bytes().replace("Zoé".encode(), "Zoé".encode("latin-1")))
    bad_line = BATCH_ROWS + 7
    line_start = path.read_bytes().rindex(b"zoe@")
    with pytest.raises(ConsoleError) as caught:
        run_import(sessions, manager, path)
    message = str(caught.value)
    assert "not UTF-8" in message
    assert f"line {bad_line}" in message
    assert f"offset {line_start + len('zoe@mail.example,Zo')}" in message
    assert count(sessions) == 0


def test_a_missing_file_is_a_clear_error(sessions, manager, tmp_path):
    with pytest.raises(ConsoleError, match=r"cannot read .*nowhere\.csv"):
        run_import(sessions, manager, tmp_path / "nowhere.csv")


def test_a_reviewer_may_not_import(sessions, reviewer, tmp_path):
    path = write(tmp_path, "email\na@mail.example\n")
    with pytest.raises(PermissionDenied, match="IMPORT"):
        run_import(sessions, reviewer, path)
    assert count(sessions) == 0


def test_the_import_is_audited(sessions, manager, tmp_path):
    run_import(sessions, manager, write(tmp_path, "email\na@mail.example\nb@mail.example\n"))
    with sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
    assert entry is not None and entry.operator_name == "manager"
    assert entry.details["imported"] == 2


def test_large_files_go_in_batches_with_progress_and_can_be_cancelled(sessions, manager, tmp_path):
    rows = "".join(f"p{i}@mail.example,P{i}\n" for i in range(BATCH_ROWS * 2 + 10))
    path = write(tmp_path, "email,first_name\n" + rows)
    seen: list[ImportProgress] = []
    report = import_recipients(sessions, manager, path, progress=seen.append)
    assert report.imported == BATCH_ROWS * 2 + 10 and report.complete
    assert len(seen) >= 3 and seen[-1].offset == seen[-1].size == path.stat().st_size
    assert [p.inserted for p in seen] == sorted(p.inserted for p in seen)

    token = CancelToken()

    def cancel_after_first_batch(_progress: ImportProgress) -> None:
        token.cancel()

    again = write(tmp_path, "email,first_name\n" + rows.replace("@", "+2@"), "again.csv")
    stopped = import_recipients(
        sessions, manager, again, progress=cancel_after_first_batch, cancel=token
    )
    # The batch written before the cancel stays, whole; the report says where it stopped.
    assert not stopped.complete
    assert stopped.imported == BATCH_ROWS and stopped.line == BATCH_ROWS + 1
    assert count(sessions) == BATCH_ROWS * 3 + 10

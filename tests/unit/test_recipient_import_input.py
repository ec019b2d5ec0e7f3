"""Bad input to the recipient import: each problem is a clear error, or a rejected line with
its reason, and the good rows around it are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import ConsoleError
from desktop.models import Recipient, RecipientImport
from desktop.services.audience.csv_records import MAX_LINE_BYTES, MAX_RECORD_LINES
from desktop.services.audience.recipient_import import ImportReport, import_recipients


def write(tmp_path: Path, content: bytes | str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def emails(sessions) -> list[str]:
    with sessions() as session:
        return sorted(session.scalars(select(Recipient.email)))


def rejected(report: ImportReport) -> dict[int, str]:
    return {issue.line: issue.reason for issue in report.rejected}


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"], ids=["CR", "CRLF", "LF"])
def test_any_line_end_is_a_line_end(sessions, manager, tmp_path, ending):
    text = ending.join(["email,first_name", "a@mail.example,Ann", "b@mail.example,Bo", ""])
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert (report.imported, report.rejected, report.complete) == (2, [], True)
    assert emails(sessions) == ["a@mail.example", "b@mail.example"]


def test_mixed_line_ends_and_a_quoted_line_break_stay_in_their_field(sessions, manager, tmp_path):
    text = (
        "email,postal_address\r"
        'a@mail.example,"1 Road\rTown"\n'
        'b@mail.example,"2 Street\r\nCity"\r\n'
        "c@mail.example,3 Lane"
    )
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert report.imported == 3 and report.rejected == []
    with sessions() as session:
        addresses = dict(session.execute(select(Recipient.email, Recipient.postal_address)).all())
    assert addresses == {
        "a@mail.example": "1 Road\rTown",
        "b@mail.example": "2 Street\r\nCity",
        "c@mail.example": "3 Lane",
    }


def test_an_unclosed_quote_rejects_its_line_and_keeps_the_rows_after_it(
    sessions, manager, tmp_path
):
    text = (
        "email,first_name,city\n"  # 1
        'a@mail.example,"Ann,Paris\n'  # 2: the quote is never closed
        "b@mail.example,Bo,Lyon\n"  # 3
        "c@mail.example,Cy,Nice\n"  # 4
    )
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert list(rejected(report)) == [2]
    assert "quote" in report.rejected[0].reason and "never closed" in report.rejected[0].reason
    assert report.rejected[0].content == 'a@mail.example,"Ann,Paris'
    assert report.imported == 2
    assert emails(sessions) == ["b@mail.example", "c@mail.example"]


def test_a_stray_quote_closed_lines_later_does_not_swallow_them(sessions, manager, tmp_path):
    text = (
        "email,first_name,city\n"  # 1
        'a@mail.example,"Ann,Paris\n'  # 2: opens a quote...
        "b@mail.example,Bo,Lyon\n"  # 3
        'c@mail.example,Cy",Nice\n'  # 4: ...that this line closes (3 fields: it fits)
        "d@mail.example,Di,Metz\n"  # 5
    )
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert list(rejected(report)) == [2]
    assert "'first_name' holds what looks like rows" in report.rejected[0].reason
    # Read on its own, line 4's quote is a character of an unquoted field, as CSV says.
    assert emails(sessions) == ["b@mail.example", "c@mail.example", "d@mail.example"]


def test_a_record_that_spans_lines_with_the_wrong_count_is_read_again_line_by_line(
    sessions, manager, tmp_path
):
    text = (
        "email,first_name,city\n"  # 1
        'a@mail.example,"Ann\n'  # 2: a quote...
        'b@mail.example,Bo",Lyon,extra\n'  # 3: ...closed here, giving 4 fields
        "c@mail.example,Cy,Nice\n"  # 4
    )
    report = import_recipients(sessions, manager, write(tmp_path, text))
    reasons = rejected(report)
    assert list(reasons) == [2, 3]
    assert "runs from this line to line 3" in reasons[2]
    assert emails(sessions) == ["c@mail.example"]


def test_a_quote_open_over_too_many_lines_is_an_unclosed_quote(sessions, manager, tmp_path):
    rows = "".join(f"r{i}@mail.example,R{i}\n" for i in range(MAX_RECORD_LINES + 20))
    text = 'email,first_name\nstart@mail.example,"Start\n' + rows
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert list(rejected(report)) == [2]
    assert f"not closed within {MAX_RECORD_LINES} lines" in report.rejected[0].reason
    assert report.imported == MAX_RECORD_LINES + 20


def test_a_nul_character_is_rejected_and_never_stored(sessions, manager, tmp_path):
    content = (
        b"email,first_name\n"
        b"a@mail.example,A\x00nn\n"  # 2
        b"b@mail.example,Bo\n"  # 3
        b'c@mail.example,"C\x00\ny"\n'  # 4-5: in a field over two lines
        b"d@mail.example,Di\n"  # 6
    )
    report = import_recipients(sessions, manager, write(tmp_path, content))
    reasons = rejected(report)
    assert list(reasons) == [2, 4]
    assert "first_name" in reasons[2] and "NUL" in reasons[2]
    assert report.rejected[0].content == "a@mail.example,A\u2400nn"
    assert emails(sessions) == ["b@mail.example", "d@mail.example"]
    with sessions() as session:
        stored = session.scalars(select(Recipient.first_name)).all()
    assert all("\0" not in value for value in stored)


def test_a_quote_followed_by_other_characters_is_rejected(sessions, manager, tmp_path):
    text = 'email,first_name\na@mail.example,"Ann"e\nb@mail.example,Bo\n'
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert list(rejected(report)) == [2]
    assert "quoted field is followed by other characters" in report.rejected[0].reason
    assert emails(sessions) == ["b@mail.example"]


def test_an_over_long_line_is_rejected_without_being_read(sessions, manager, tmp_path):
    long_line = b"x@mail.example," + b"y" * (MAX_LINE_BYTES + 10) + b"\n"
    content = b"email,first_name\na@mail.example,Ann\n" + long_line + b"b@mail.example,Bo\n"
    report = import_recipients(sessions, manager, write(tmp_path, content))
    assert list(rejected(report)) == [3]
    assert "longer than 1,048,576 bytes" in report.rejected[0].reason
    assert emails(sessions) == ["a@mail.example", "b@mail.example"]


def test_a_field_over_the_csv_limit_is_rejected(sessions, manager, tmp_path):
    text = f'email,first_name\na@mail.example,"{"z" * 140_000}"\nb@mail.example,Bo\n'
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert list(rejected(report)) == [2]
    assert "longer than 131,072 characters" in report.rejected[0].reason
    assert emails(sessions) == ["b@mail.example"]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("email," + "n" * 200_000, "line 1 (the header): a field is longer than 131,072"),
        ("email," + "c" * (MAX_LINE_BYTES + 1), "line 1 (the header): longer than 1,048,576"),
        ("email," + "n" * 300, "the name of column 2 has 300 characters; at most 128"),
        ("email," + ",".join(f"c{i}" for i in range(600)), "601 columns; at most 500"),
        ('email,"first_name', "line 1 (the header): a quote opened on this line is never"),
        ("email,first\0name", "line 1 (the header): field 2 holds a NUL character"),
    ],
    ids=["long field", "long line", "long name", "many columns", "open quote", "NUL"],
)
def test_a_header_no_import_can_use_is_one_clear_error(
    sessions, manager, tmp_path, header, message
):
    path = write(tmp_path, header + "\na@mail.example,x\n")
    with pytest.raises(ConsoleError) as caught:
        import_recipients(sessions, manager, path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    assert emails(sessions) == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_file_is_named_as_such(sessions, manager, tmp_path, encoding):
    path = write(tmp_path, "email\na@mail.example\n".encode(encoding))
    with pytest.raises(ConsoleError, match=f"is {encoding.upper()} text; save it as UTF-8"):
        import_recipients(sessions, manager, path)


def test_a_byte_that_is_not_utf8_at_the_end_writes_nothing(sessions, manager, tmp_path):
    rows = "".join(f"r{i}@mail.example\r" for i in range(5000))
    path = write(tmp_path, ("email\r" + rows).encode() + b"last@mail.example\xc3")
    with pytest.raises(ConsoleError) as caught:
        import_recipients(sessions, manager, path)
    # CR-only line ends count as line ends in the message too.
    assert "line 5002" in str(caught.value) and "0xc3" in str(caught.value)
    assert emails(sessions) == []
    with sessions() as session:
        assert session.scalars(select(RecipientImport)).all() == []


def test_the_same_on_every_database_a_value_is_checked_before_it_is_stored(
    sessions, manager, tmp_path
):
    # Values PostgreSQL refuses, or that SQLite would store silently, are rejected in Python.
    text = (
        "email,country,language\n"
        f"a@mail.example,FR,{'l' * 9}\n"  # over VARCHAR(8)
        f"b@mail.example,F\u00e9,fr\n"  # not ASCII letters
        "c@mail.example,SE,sv\n"
    )
    report = import_recipients(sessions, manager, write(tmp_path, text))
    assert list(rejected(report)) == [2, 3]
    assert emails(sessions) == ["c@mail.example"]


MIXED = (
    "email,first_name,postal_address\r\n"
    "a@mail.example,Ann,1 Road\r\n"
    'b@mail.example,Bo,"2 Street\r\nTown"\r\n'
    "c@mail.example,Cy\r\n"  # a field missing
    'd@mail.example,"Di,3 Lane\r\n'  # a quote never closed
    "e@mail.example,Ed,4 Way\r"
    "f@mail.example,F\0,5 Row\n"  # a NUL
    "\n"
    + "".join(f"g{i}@mail.example,G{i},{i} Park\n" for i in range(60))
    + 'h@mail.example,Hal,"6 Hill"x\n'  # characters after a closing quote
    + "".join(f"k{i}@mail.example,K{i},{i} Close\r" for i in range(60))
)


def _outcome(sessions, report: ImportReport) -> tuple:
    with sessions() as session:
        stored = session.execute(
            select(Recipient.email, Recipient.first_name, Recipient.postal_address).order_by(
                Recipient.email
            )
        ).all()
    issues = [(i.line, i.reason) for i in report.rejected + report.warnings]
    return stored, sorted(issues), report.line, report.offset


@pytest.mark.parametrize("block", [23, 64, 97, 256, 4096])
def test_reading_in_blocks_of_any_size_reads_the_same(
    sessions, manager, tmp_path, monkeypatch, block
):
    """A file is read a block at a time, each block at once when all its lines are good
    and line by line otherwise: wherever the blocks end, the outcome is the same."""
    from desktop.services.audience import csv_records

    path = write(tmp_path, MIXED)
    report = import_recipients(sessions, manager, path)
    expected = _outcome(sessions, report)
    assert [issue.line for issue in report.rejected] == [5, 6, 8, 70]
    assert report.imported == 123

    with sessions.begin() as session:
        session.execute(Recipient.__table__.delete())
    monkeypatch.setattr(csv_records, "BLOCK_BYTES", block)
    again = import_recipients(sessions, manager, path, resume="restart")
    assert _outcome(sessions, again) == expected

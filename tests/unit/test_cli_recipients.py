"""`recipients import` and `quarantine ...` from the command line, as a script runs them."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from tests.conftest import MANAGER_PASSWORD, REVIEWER_PASSWORD


@pytest.fixture
def cli(database, db_url, monkeypatch, capsys):
    """Runs the CLI as `manager` (or another operator) and returns (exit code, out, err)."""

    def run(*argv: str, operator: str = "manager", password: str = MANAGER_PASSWORD):
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", password)
        code = main(["--db", db_url, "--operator", operator, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_import_prints_the_report_as_json(cli, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "email,first_name,country\n"
        "a@mail.example,Anna,SE\n"
        "b@mail.example,Bo,SWE\n"
        "not-an-address,Cy,SE\n",
        encoding="utf-8",
    )
    code, out, _ = cli("recipients", "import", str(path), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["imported"] == 2 and report["updated"] == 0
    assert [r["line"] for r in report["rejected"]] == [3]
    assert "country" in report["rejected"][0]["reason"]
    assert [w["line"] for w in report["warnings"]] == [4]

    code, out, _ = cli("recipients", "import", str(path), "--json")
    assert json.loads(out)["updated"] == 2


def test_import_errors_are_one_line_on_stderr_with_exit_code_2(cli, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, out, err = cli("recipients", "import", str(empty))
    assert code == 2 and out == ""
    assert err.strip().endswith("empty file") and err.count("\n") == 1


def test_a_reviewer_cannot_import(cli, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("email\na@mail.example\n", encoding="utf-8")
    code, _, err = cli(
        "recipients", "import", str(path), operator="reviewer", password=REVIEWER_PASSWORD
    )
    assert code == 2 and "lacks the right IMPORT" in err


def test_quarantine_add_list_remove(cli):
    code, out, _ = cli("quarantine", "add", " Gone@Mail.example", "--reason", "550", "--json")
    assert code == 0
    assert json.loads(out)["address"] == "gone@mail.example"
    cli("quarantine", "add", "gone@mail.example")

    code, out, _ = cli("quarantine", "list", "--json")
    (row,) = json.loads(out)
    assert (row["address"], row["error_count"], row["reason"]) == ("gone@mail.example", 2, "550")

    code, out, _ = cli("quarantine", "list")
    assert "address=gone@mail.example" in out

    code, out, _ = cli("quarantine", "remove", "GONE@mail.example", "--json")
    assert code == 0 and json.loads(out) == {"removed": "gone@mail.example"}
    code, out, _ = cli("quarantine", "list", "--json")
    assert json.loads(out) == []


def test_quarantine_refuses_an_invalid_address(cli):
    code, _, err = cli("quarantine", "add", "nobody")
    assert code == 2 and "address" in err and "'nobody'" in err

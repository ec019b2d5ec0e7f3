"""`delivery prepare | logs | exclusions | stop-preparation` as a script runs them."""

from __future__ import annotations

import csv
import json

import pytest

from desktop.cli import main
from tests.conftest import MANAGER_PASSWORD
from tests.unit.preparation_data import add_delivery, add_recipient


@pytest.fixture
def cli(database, db_url, monkeypatch, capsys):
    def run(*argv: str):
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
        code = main(["--db", db_url, "--operator", "manager", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def delivery_id(sessions) -> int:
    with sessions.begin() as s:
        for n in range(5):
            add_recipient(s, f"c{n}@example.com")
        add_recipient(s, "C1@example.com")
        add_recipient(s, "broken@")
        return add_delivery(s)


def test_prepare_prints_status_kpis_and_exclusions(cli, delivery_id):
    code, out, _ = cli("delivery", "prepare", str(delivery_id), "--json")

    assert code == 0
    result = json.loads(out)
    assert result["status"] == "pending_confirmation"
    assert (result["targeted"], result["to_deliver"], result["to_exclude"]) == (7, 5, 2)
    assert result["exclusions"] == {"invalid_address": 1, "duplicate": 1}


def test_show_carries_the_same_kpis_and_exclusions_afterwards(cli, delivery_id):
    cli("delivery", "prepare", str(delivery_id), "--json")

    code, out, _ = cli("delivery", "show", str(delivery_id), "--json")

    assert code == 0
    shown = json.loads(out)
    assert shown["status"] == "pending_confirmation"
    kpis = shown["kpis"]
    assert (kpis["targeted"], kpis["to_deliver"], kpis["to_exclude"]) == (7, 5, 2)
    assert shown["exclusions"] == {"invalid_address": 1, "duplicate": 1}


def test_logs_prints_the_journal_with_the_summary_last(cli, delivery_id):
    cli("delivery", "prepare", str(delivery_id), "--json")

    code, out, _ = cli("delivery", "logs", str(delivery_id), "--json")
    assert code == 0
    lines = json.loads(out)
    assert lines[0]["message"].startswith("Preparation started by manager")
    assert "5 messages to deliver; exclusions: 2" in lines[-1]["message"]

    code, text, _ = cli("delivery", "logs", str(delivery_id))
    assert code == 0
    assert "info" in text and "5 messages to deliver" in text.splitlines()[-1]


def test_exclusions_list_and_csv(cli, delivery_id, tmp_path):
    cli("delivery", "prepare", str(delivery_id), "--json")

    code, out, _ = cli("delivery", "exclusions", str(delivery_id), "--cause", "duplicate", "--json")
    assert code == 0
    assert [row["address"] for row in json.loads(out)] == ["C1@example.com"]

    target = tmp_path / "excluded.csv"
    code, out, _ = cli("delivery", "exclusions", str(delivery_id), "--csv", str(target), "--json")
    assert code == 0 and json.loads(out)["rows"] == 2
    with open(target, newline="", encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) == 3


def test_a_failed_preparation_reports_its_error_and_exits_1(cli, sessions):
    with sessions.begin() as s:
        add_recipient(s, "x@example.com")
        delivery_id = add_delivery(s, subject="{{ oops ")

    code, out, _ = cli("delivery", "prepare", str(delivery_id), "--json")

    assert code == 1  # a script running it sees the failure
    result = json.loads(out)
    assert result["status"] == "preparation_failed"
    assert "template syntax error in subject, line 1" in result["error"]


def test_errors_are_one_line_with_exit_code_2(cli, delivery_id):
    code, _, err = cli("delivery", "prepare", "nine")
    assert code == 2 and "argument ID: must be a delivery id, a whole number" in err

    code, _, err = cli("delivery", "prepare", "999")
    assert code == 2 and "delivery 999 does not exist" in err

    cli("delivery", "prepare", str(delivery_id), "--json")
    code, out, _ = cli("delivery", "stop-preparation", str(delivery_id), "--json")
    assert code == 0 and json.loads(out)["stopped"] is False

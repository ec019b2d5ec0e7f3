"""`campaign create | list` from the command line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.models import AuditEntry, Campaign
from desktop.services import entities
from desktop.services.access.rights import Actor
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD


@pytest.fixture
def run(
    sessions: sessionmaker[Session],
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)

    def run(*argv: str) -> tuple[int, Any, str]:
        code = main(["--db", db_url, "--operator", "manager", *argv])
        out, err = capsys.readouterr()
        return code, json.loads(out) if "--json" in argv and code == 0 else out, err

    return run


def test_create_owned_by_the_acting_operator(
    run, sessions: sessionmaker[Session], manager: Actor
) -> None:
    code, created, _ = run("campaign", "create", "--label", "Spring", "--start", "2026-03-01",
                           "--end", "2026-05-31", "--json")  # fmt: skip
    assert code == 0
    with sessions() as session:
        campaign = session.get(Campaign, created["id"])
        assert campaign is not None and campaign.label == "Spring"
        assert campaign.start_date.isoformat() == "2026-03-01"
        assert campaign.owner_id == manager.operator_id
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "campaign", AuditEntry.action == "create")
        ).one()
        assert audit.operator_name == "manager"


def test_create_with_another_owner_and_a_program(
    run, sessions: sessionmaker[Session], admin: Actor
) -> None:
    with sessions.begin() as session:
        program = entities.create(session, admin, "program", {"label": "2026"}).id
    code, created, _ = run("campaign", "create", "--label", "Summer", "--owner", "admin",
                           "--program", str(program), "--json")  # fmt: skip
    assert code == 0
    code, listed, _ = run("campaign", "list", "--json")
    assert listed == [
        {"id": created["id"], "label": "Summer", "owner": "admin", "program_id": program,
         "start_date": None, "end_date": None}
    ]  # fmt: skip
    code, text, _ = run("campaign", "list")
    assert "label=Summer" in text and "owner=admin" in text


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--owner", "nobody"], "operator 'nobody' does not exist"),
        (["--program", "77"], "Program: no program with this id (got 77)"),
        (["--start", "01/03/2026"], "Start: must be a date as YYYY-MM-DD"),
        (["--start", "2026-05-01", "--end", "2026-04-01"], "End: is before the start"),
    ],
)
def test_mistakes_are_one_line_and_create_nothing(
    run, sessions: sessionmaker[Session], argv: list[str], words: str
) -> None:
    code, out, err = run("campaign", "create", "--label", "Bad", *argv)
    assert code != 0 and out == "" and words in err and err.count("\n") == 1
    with sessions() as session:
        assert session.scalar(select(Campaign.id)) is None


def test_a_wrong_password_is_refused(
    sessions: sessionmaker[Session], db_url: str, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", ADMIN_PASSWORD + "x")
    assert main(["--db", db_url, "campaign", "create", "--label", "X"]) != 0
    assert "unknown operator or wrong password" in capsys.readouterr().err

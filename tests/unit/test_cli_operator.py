"""`operator add | list` from the command line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.services.access.rights import authenticate
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD


@pytest.fixture
def run(
    sessions: sessionmaker[Session],
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    def run(*argv: str, operator: str = "admin") -> tuple[int, Any, str]:
        password = ADMIN_PASSWORD if operator == "admin" else MANAGER_PASSWORD
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", password)
        code = main(["--db", db_url, "--operator", operator, *argv])
        out, err = capsys.readouterr()
        return code, json.loads(out) if "--json" in argv and code == 0 else out, err

    return run


def test_an_added_operator_is_a_campaign_manager_by_default(
    run, sessions: sessionmaker[Session]
) -> None:
    code, added, _ = run("operator", "add", "claire", "--password", "claire-secret", "--json")
    assert code == 0
    with sessions() as session:
        actor = authenticate(session, "claire", "claire-secret")
    assert actor.operator_id == added["id"]
    assert {r.value for r in actor.rights} == {
        "PREPARE DELIVERIES", "START DELIVERIES", "IMPORT", "EXPORT"
    }  # fmt: skip


def test_groups_are_named_and_listed(run) -> None:
    code, _, _ = run("operator", "add", "rita", "--password", "rita-secret", "--group",
                     "reviewers", "--group", "campaign_managers", "--label", "Rita")  # fmt: skip
    assert code == 0
    code, listed, _ = run("operator", "list", "--json")
    rita = next(op for op in listed if op["name"] == "rita")
    assert rita["groups"] == ["campaign_managers", "reviewers"] and rita["label"] == "Rita"
    assert rita["active"] is True
    assert {op["name"] for op in listed} == {"admin", "manager", "reviewer", "rita"}
    code, text, _ = run("operator", "list")
    assert code == 0 and "name=rita" in text


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--group", "wizards"], "operator group 'wizards' does not exist"),
        (["--password", "short"], "Password: must be at least 8 characters"),
        (["--email", "sam at example"], "E-mail: is not a valid e-mail address"),
    ],
)
def test_mistakes_are_one_line(run, argv: list[str], words: str) -> None:
    args = ["operator", "add", "sam", *argv]
    if "--password" not in argv:
        args += ["--password", "sam-secret-1"]
    code, out, err = run(*args)
    assert code != 0 and out == "" and words in err and err.count("\n") == 1
    _, listed, _ = run("operator", "list", "--json")
    assert "sam" not in {op["name"] for op in listed}


def test_an_existing_name_is_refused(run) -> None:
    code, _, err = run("operator", "add", "manager", "--password", "other-secret")
    assert code != 0 and "Operator: another one already has this name" in err


def test_a_campaign_manager_cannot_add_operators(run) -> None:
    code, _, err = run("operator", "add", "mallory", "--password", "mallory-secret",
                       operator="manager")  # fmt: skip
    assert code != 0 and "lacks the right ADMINISTRATION" in err

"""`option set | get` for the on/off options: 1, true, 0 and false all work, stored as 1/0
and read back as 1/0; anything else is refused with one line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.models import Option
from desktop.models.enums import OptionType
from desktop.services.settings import options
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD

OWNER_CONFIRMATION = "NmsCampaign_Activate_OwnerConfirmation"


@pytest.fixture
def run(
    sessions: sessionmaker[Session],  # the test's database, with its operators
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    def run(*argv: str, operator: str = "admin") -> tuple[int, Any, str]:
        password = {"admin": ADMIN_PASSWORD, "manager": MANAGER_PASSWORD}[operator]
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", password)
        code = main(["--db", db_url, "--operator", operator, *argv])
        out, err = capsys.readouterr()
        return code, json.loads(out) if "--json" in argv and code == 0 else out, err

    return run


def _stored(sessions: sessionmaker[Session], name: str) -> tuple[OptionType, str]:
    with sessions() as session:
        option = session.scalar(select(Option).where(Option.name == name))
        assert option is not None
        return option.data_type, option.value


def _flag(sessions: sessionmaker[Session], name: str) -> bool:
    with sessions() as session:
        return options.get_flag(session, name)


@pytest.mark.parametrize(
    ("typed", "stored", "on"),
    [("1", "1", True), ("true", "1", True), ("TRUE", "1", True),
     ("0", "0", False), ("false", "0", False), ("no", "0", False)],
)  # fmt: skip
def test_set_takes_1_true_0_false_and_stores_1_or_0(
    run, sessions, typed: str, stored: str, on: bool
) -> None:
    if not on:  # start from on, so that setting it off changes something
        run("option", "set", OWNER_CONFIRMATION, "1")

    code, result, _ = run("option", "set", OWNER_CONFIRMATION, typed, "--json")

    assert code == 0
    assert result["value"] == stored
    assert result["type"] == "boolean"  # setting the value keeps the type
    assert _stored(sessions, OWNER_CONFIRMATION) == (OptionType.BOOLEAN, stored)
    assert _flag(sessions, OWNER_CONFIRMATION) is on


def test_get_prints_1_or_0(run) -> None:
    code, text, _ = run("option", "get", OWNER_CONFIRMATION)
    assert (code, text.strip()) == (0, "0")

    run("option", "set", OWNER_CONFIRMATION, "true")

    code, text, _ = run("option", "get", OWNER_CONFIRMATION)
    assert (code, text.strip()) == (0, "1")
    code, result, _ = run("option", "get", OWNER_CONFIRMATION, "--json")
    assert result == {
        "name": OWNER_CONFIRMATION,
        "label": "Campaign owner may confirm a send when reviewers are named",
        "type": "boolean",
        "value": "1",
    }
    code, text, _ = run("option", "get", "NmsBroadcast_RemoveBlackList")
    assert text.strip() == "1"


@pytest.mark.parametrize("typed", ["2", "maybe", ""])
def test_a_value_that_is_not_on_or_off_is_refused_in_one_line(run, sessions, typed: str) -> None:
    code, out, err = run("option", "set", OWNER_CONFIRMATION, typed)

    assert code == 2
    assert out == ""
    assert OWNER_CONFIRMATION in err and "must be true or false" in err
    assert len(err.strip().splitlines()) == 1
    assert _stored(sessions, OWNER_CONFIRMATION) == (OptionType.BOOLEAN, "0")


def test_only_administrators_set_it(run, sessions) -> None:
    code, _out, err = run("option", "set", OWNER_CONFIRMATION, "1", operator="manager")

    assert code == 2
    assert "lacks the right ADMINISTRATION" in err
    assert _stored(sessions, OWNER_CONFIRMATION) == (OptionType.BOOLEAN, "0")
    code, text, _ = run("option", "get", OWNER_CONFIRMATION, operator="manager")
    assert (code, text.strip()) == (0, "0")  # every operator reads it

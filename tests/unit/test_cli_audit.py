"""`audit list` from the command line: a delivery's or a campaign's trail, filtered, paged,
as text or JSON, refused with one line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.delivery import lifecycle
from tests.conftest import MANAGER_PASSWORD, REVIEWER_PASSWORD


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    def run(*argv: str, operator: str = "reviewer") -> tuple[int, Any, str]:
        password = {"reviewer": REVIEWER_PASSWORD, "manager": MANAGER_PASSWORD}[operator]
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", password)
        code = main(["--db", db_url, "--operator", operator, *argv])
        out, err = capsys.readouterr()
        return code, json.loads(out) if "--json" in argv and code == 0 else out, err

    return run


@pytest.fixture
def trail(sessions: sessionmaker[Session], manager: Actor, admin: Actor) -> dict[str, int]:
    """A campaign with two deliveries; the first renamed by admin, then prepared."""
    with sessions.begin() as s:
        campaign = entities.create(s, manager, "campaign", {"label": "Spring"}).id
        first, second = (
            entities.create(s, manager, "delivery", {"label": label, "campaign_id": campaign}).id
            for label in ("Launch", "Reminder")
        )
        entities.update(s, admin, "delivery", first, {"label": "Launch day"})
        delivery = s.get(Delivery, first)
        lifecycle.transition(s, manager, delivery, DeliveryStatus.PREPARING, reason="prepare")
    return {"campaign": campaign, "first": first, "second": second}


def test_a_delivery_trail_as_json_newest_first(run, trail) -> None:
    code, result, _ = run("audit", "list", "--delivery", str(trail["first"]), "--json")

    assert code == 0
    assert result["total"] == 3
    rows = result["rows"]
    assert [(r["operator"], r["action"], r["from"], r["to"]) for r in rows] == [
        ("manager", "status", "being_edited", "preparing"),
        ("admin", "update", None, None),
        ("manager", "create", None, None),
    ]
    assert rows[0]["details"] == {"reason": "prepare"}
    assert (rows[0]["object"], rows[0]["object_id"], rows[0]["object_label"]) == (
        "delivery",
        trail["first"],
        "Launch day",
    )
    assert rows[0]["at"].endswith("+00:00")  # ISO time, UTC


def test_a_campaign_trail_as_text_names_each_object(run, trail) -> None:
    code, text, _ = run("audit", "list", "--campaign", str(trail["campaign"]))

    assert code == 0
    lines = text.splitlines()
    assert len(lines) == 6  # five rows and the footer
    assert "manager" in lines[0]
    assert f"delivery {trail['first']} “Launch day”" in lines[0]
    assert "status  being_edited -> preparing  reason: prepare" in lines[0]
    assert "admin" in lines[1] and "update  fields: label" in lines[1]
    assert f"delivery {trail['second']} “Reminder”" in lines[2]
    assert f"campaign {trail['campaign']} “Spring”" in lines[4]
    assert lines[-1] == "(1-5 of 5, newest first)"


def test_the_operator_filter_is_not_the_acting_operator(run, trail) -> None:
    # `--operator` before the command acts; after `audit list`, it filters.
    code, result, _ = run(
        "audit", "list", "--campaign", str(trail["campaign"]), "--operator", "admin", "--json"
    )
    assert code == 0
    assert [(r["operator"], r["action"]) for r in result["rows"]] == [("admin", "update")]

    code, result, _ = run(
        "audit", "list", "--campaign", str(trail["campaign"]), "--action", "status", "--json"
    )
    assert [r["to"] for r in result["rows"]] == ["preparing"]
    code, result, _ = run("audit", "list", "--delivery", str(trail["first"]),
                          "--search", "PREPARE", "--json")  # fmt: skip
    assert [r["action"] for r in result["rows"]] == ["status"]


def test_limit_and_offset_page_through_the_trail(run, trail) -> None:
    campaign = str(trail["campaign"])
    code, first_page, _ = run("audit", "list", "--campaign", campaign, "--limit", "2", "--json")
    code, second_page, _ = run("audit", "list", "--campaign", campaign, "--limit", "2",
                               "--offset", "2", "--json")  # fmt: skip
    assert first_page["total"] == second_page["total"] == 5
    ids = [r["id"] for r in first_page["rows"] + second_page["rows"]]
    assert len(ids) == 4 and ids == sorted(ids, reverse=True)

    code, text, _ = run("audit", "list", "--campaign", campaign, "--limit", "2", "--offset", "4")
    assert text.splitlines()[-1] == "(5-5 of 5, newest first)"
    code, text, _ = run("audit", "list", "--campaign", campaign, "--operator", "nobody")
    assert (code, text.strip()) == (0, "(no rows)")


@pytest.mark.parametrize(
    ("argv", "operator", "words"),
    [
        (["--delivery", "9999"], "reviewer", "delivery 9999 does not exist"),
        ([], "manager", "operator 'manager' lacks the right ADMINISTRATION"),
        (["--campaign", "1", "--limit", "0"], "reviewer", "argument --limit: must be a whole"),
    ],
)
def test_refusals_are_one_line_with_exit_2(run, trail, argv, operator, words) -> None:
    code, out, err = run("audit", "list", *argv, operator=operator)
    assert code == 2
    assert out == ""
    assert err.strip().startswith("campaign-console: error:")
    assert words in err
    assert len(err.strip().splitlines()) == 1


def test_delivery_and_campaign_together_are_refused_by_the_parser(run, trail) -> None:
    code, out, err = run("audit", "list", "--delivery", "1", "--campaign", "1")
    assert (code, out) == (2, "")
    assert "not allowed with argument" in err and len(err.strip().splitlines()) == 1

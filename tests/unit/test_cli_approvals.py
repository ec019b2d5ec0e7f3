"""`campaign approvals`, `delivery approvals`, `approval list | approve | reject` and
`delivery confirm` as a script runs them, each as the operator it names; refusals are
one line and exit 2."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD, REVIEWER_PASSWORD
from tests.unit.review_data import (
    OTHER_PASSWORD,
    add_campaign,
    add_campaign_delivery,
    add_people,
    approvals_of,
    notified,
    status_of,
)

PASSWORDS = {"admin": ADMIN_PASSWORD, "manager": MANAGER_PASSWORD, "reviewer": REVIEWER_PASSWORD}


class Cli:
    def __init__(self, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
        self.db_url = db_url
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def run(self, operator: str, *argv: str) -> tuple[int, str, str]:
        password = PASSWORDS.get(operator, OTHER_PASSWORD)
        self.monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", password)
        code = main(["--db", self.db_url, "--operator", operator, *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, operator: str, *argv: str) -> Any:
        code, out, err = self.run(operator, *argv, "--json")
        assert code == 0, err
        return json.loads(out)

    def refused(self, operator: str, *argv: str) -> str:
        """The one line of a refusal (exit 2, nothing on stdout)."""
        code, out, err = self.run(operator, *argv)
        assert (code, out) == (2, ""), err
        assert err.count("\n") == 1 and "Traceback" not in err
        return err.removeprefix("campaign-console: error: ").strip()


@pytest.fixture
def cli(sessions, db_url, capsys, monkeypatch) -> Cli:
    with sessions.begin() as session:
        add_people(session)
    return Cli(db_url, capsys, monkeypatch)


@pytest.fixture
def campaign(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as session:
        return add_campaign(session, owner="manager")


def _delivery(sessions: sessionmaker[Session], campaign_id: int, **fields: Any) -> int:
    with sessions.begin() as session:
        return add_campaign_delivery(session, campaign_id, **fields)


def test_campaign_approvals_sets_and_prints_the_settings(cli: Cli, campaign: int) -> None:
    settings = cli.json(
        "manager", "campaign", "approvals", str(campaign), "--steps", "content,targeting",
        "--reviewers", "reviewer,content:group:brand_team", "--confirmation-reviewers", "grace",
    )  # fmt: skip
    assert settings == {
        "campaign": campaign,
        "source": f"campaign {campaign}",
        "steps": ["targeting", "content"],
        "reviewers": ["reviewer", "content:group:brand_team"],
        "confirmation_reviewers": ["grace"],
    }

    code, out, _ = cli.run("reviewer", "campaign", "approvals", str(campaign))
    assert code == 0
    assert "steps:\n  targeting\n  content" in out and "confirmation_reviewers:\n  grace" in out

    # Reviewers only: the steps stay.
    changed = cli.json("manager", "campaign", "approvals", str(campaign), "--reviewers", "")
    assert (changed["steps"], changed["reviewers"]) == (["targeting", "content"], [])
    none = cli.json("manager", "campaign", "approvals", str(campaign), "--steps", "none")
    assert none["steps"] == []


def test_campaign_approvals_refusals_are_one_line(cli: Cli, campaign: int) -> None:
    assert cli.refused(
        "reviewer", "campaign", "approvals", str(campaign), "--steps", "targeting"
    ) == (
        "operator 'reviewer' lacks the right PREPARE DELIVERIES to edit the approval settings "
        "of a campaign"
    )
    assert (
        cli.refused("manager", "campaign", "approvals", str(campaign), "--steps", "budget")
        == "steps: budget is approved only with targeting: add targeting or remove budget"
    )
    assert (
        cli.refused("manager", "campaign", "approvals", str(campaign), "--reviewers", "erik")
        == "reviewers: no operator or group is named 'erik'"
    )
    assert "unknown step" in cli.refused(
        "manager", "campaign", "approvals", str(campaign), "--steps", "layout"
    )
    assert "campaign 999 does not exist" in cli.refused("manager", "campaign", "approvals", "999")


def test_delivery_approvals_override_the_campaign(cli: Cli, sessions, campaign: int) -> None:
    cli.json("manager", "campaign", "approvals", str(campaign), "--steps", "targeting")
    delivery = _delivery(sessions, campaign)
    assert cli.json("manager", "delivery", "approvals", str(delivery))["source"] == (
        f"campaign {campaign}"
    )

    own = cli.json(
        "manager", "delivery", "approvals", str(delivery), "--steps", "content",
        "--reviewers", "grace",
    )  # fmt: skip

    assert own["source"] == f"delivery {delivery}"
    assert (own["steps"], own["reviewers"]) == (["content"], ["grace"])
    assert cli.json("manager", "delivery", "prepare", str(delivery))["status"] == (
        "pending_approval"
    )
    assert approvals_of(sessions, delivery) == [("content", "pending")]


def test_a_review_from_the_command_line(cli: Cli, sessions, campaign: int) -> None:
    cli.json("manager", "campaign", "approvals", str(campaign), "--steps", "targeting,content",
             "--reviewers", "reviewer")  # fmt: skip
    delivery = _delivery(sessions, campaign)
    cli.json("manager", "delivery", "prepare", str(delivery))

    mine = cli.json("reviewer", "approval", "list", "--mine")
    assert [(row["delivery"], row["step"], row["reviewers"]) for row in mine] == [
        (delivery, "targeting", ["reviewer"]),
        (delivery, "content", ["reviewer"]),
    ]
    assert cli.json("manager", "approval", "list", "--mine") == []

    assert cli.refused("manager", "approval", "approve", str(delivery), "targeting") == (
        f"operator 'manager' may not approve targeting of delivery {delivery}: "
        "only reviewer or an administrator may"
    )
    approved = cli.json("reviewer", "approval", "approve", str(delivery), "targeting",
                        "--comment", "Right segment")  # fmt: skip
    assert (approved["status"], approved["still_pending"]) == ("approved", ["content"])
    assert notified(sessions, "targeting approved by reviewer") == {"manager"}

    assert cli.refused("reviewer", "approval", "reject", str(delivery), "content") == (
        "comment: a rejection needs a comment saying why"
    )
    rejected = cli.json("reviewer", "approval", "reject", str(delivery), "content",
                        "--comment", "Wrong prices")  # fmt: skip
    assert rejected["delivery_status"] == "being_edited"

    code, out, _ = cli.run("manager", "approval", "list", "--delivery", str(delivery))
    assert code == 0
    assert out.splitlines() == [
        f"delivery={delivery}  label=Summer sale: launch  step=content  status=rejected  "
        "reviewers=reviewer  decided_by=reviewer  comment=Wrong prices"
    ]
    assert "must be a delivery id, a whole number" in cli.refused(
        "reviewer", "approval", "approve", "x", "content"
    )


def test_delivery_confirm_applies_who_may_confirm(cli: Cli, sessions, campaign: int) -> None:
    cli.json("manager", "campaign", "approvals", str(campaign), "--steps", "",
             "--confirmation-reviewers", "group:brand_team")  # fmt: skip
    delivery = _delivery(sessions, campaign)
    cli.json("manager", "delivery", "prepare", str(delivery))
    assert notified(sessions, "ready to confirm") == {"grace"}

    refusal = (
        f"operator 'manager' may not confirm delivery {delivery}: "
        "only group brand_team or an administrator may"
    )
    assert cli.refused("manager", "delivery", "confirm", str(delivery)) == refusal
    assert cli.refused("manager", "delivery", "send", str(delivery), "--quiet") == refusal
    assert status_of(sessions, delivery).value == "pending_confirmation"

    confirmed = cli.json("grace", "delivery", "confirm", str(delivery))
    assert (confirmed["status"], confirmed["note"]) == (
        "in_progress",
        f"no process is sending it yet: run `delivery send {delivery}`",
    )


def test_delivery_confirm_with_a_contact_date_schedules(cli: Cli, sessions, campaign) -> None:
    later = datetime.now(UTC) + timedelta(days=2)
    delivery = _delivery(sessions, campaign, contact_date=later)
    cli.json("manager", "delivery", "prepare", str(delivery))

    assert cli.json("manager", "delivery", "confirm", str(delivery))["status"] == "scheduled"
    assert "is already confirmed and scheduled: confirmed by manager at " in cli.refused(
        "admin", "delivery", "confirm", str(delivery)
    )

"""A review from the command line, told by e-mail: each command sends what it queued
through the configured relay, a real SMTP server, to the right people."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Notification
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from tests.conftest import MANAGER_PASSWORD, REVIEWER_PASSWORD
from tests.integration.sending_support import RecordingHandler, set_option, smtp_server
from tests.unit.review_data import OTHER_PASSWORD, add_campaign, add_campaign_delivery, add_people

PASSWORDS = {"manager": MANAGER_PASSWORD, "reviewer": REVIEWER_PASSWORD}


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    def run(operator: str, *argv: str) -> Any:
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", PASSWORDS.get(operator, OTHER_PASSWORD))
        code = main(["--db", db_url, "--operator", operator, *argv, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert err == ""  # every notification left: no note
        return json.loads(out)

    return run


def _received(handler: RecordingHandler) -> list[tuple[str, str]]:
    """(recipient, subject) of what reached the server since the last look."""
    seen = sorted((r.rcpt, str(r.message["Subject"])) for r in handler.received)
    handler.received.clear()
    return seen


def test_each_step_of_a_review_reaches_the_right_people(sessions, admin, run) -> None:
    set_option(sessions, "NmsEmail_DefaultFromAddr", "console@acme.example")
    with sessions.begin() as session:
        add_people(session)
        campaign = add_campaign(session, owner="manager")
        delivery = add_campaign_delivery(session, campaign)
    title = f'[Campaign Console] Delivery {delivery} "Summer sale: launch"'
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            save_relay_settings(session, admin, RelaySettings(host="127.0.0.1", port=server.port))
        run("manager", "campaign", "approvals", str(campaign), "--steps", "targeting,content",
            "--reviewers", "targeting:reviewer,group:brand_team",
            "--confirmation-reviewers", "otto")  # fmt: skip

        run("manager", "delivery", "prepare", str(delivery))
        assert _received(handler) == [
            ("grace@console.example", f"{title}: targeting and content await your approval"),
            ("reviewer@console.example", f"{title}: targeting awaits your approval"),
        ]

        run("reviewer", "approval", "approve", str(delivery), "targeting")
        assert _received(handler) == [
            ("manager@console.example", f"{title}: targeting approved by reviewer"),
        ]

        run("grace", "approval", "approve", str(delivery), "content")
        assert _received(handler) == [
            ("manager@console.example", f"{title}: content approved by grace"),
            ("otto@console.example", f"{title}: ready to confirm"),
        ]

    with sessions() as session:
        assert session.scalar(select(Notification.id).where(Notification.sent_at.is_(None))) is (
            None
        )

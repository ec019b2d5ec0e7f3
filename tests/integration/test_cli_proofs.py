"""`delivery proof-target`, `delivery proof` and the CLI's sending of queued notifications,
against real SMTP servers and the local outbox a command starts."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.cli.context import CliContext
from desktop.models import Notification, Operator, RecipientList
from desktop.services.notifications.queue import notify
from desktop.services.servers.outbox import default_outbox_folder
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from tests.conftest import MANAGER_PASSWORD, REVIEWER_PASSWORD
from tests.integration.sending_support import (
    RecordingHandler,
    prepared_delivery,
    refusing_port,
    smtp_server,
)


class Cli:
    def __init__(self, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db_url = db_url
        self.capsys = capsys

    def run(self, *argv: str, operator: str = "manager") -> tuple[int, str, str]:
        code = main(["--db", self.db_url, "--operator", operator, *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str, expect: int = 0) -> Any:
        code, out, err = self.run(*argv, "--json")
        assert code == expect, err
        return json.loads(out)

    def error(self, *argv: str, operator: str = "manager") -> str:
        code, out, err = self.run(*argv, operator=operator)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "Traceback" not in err  # one line, no traceback
        return err


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
    return Cli(db_url, capsys)


@pytest.fixture
def delivery(sessions, manager) -> str:
    return str(prepared_delivery(sessions, manager, 3))


def test_proof_target_takes_addresses_or_a_proof_list(
    cli: Cli, delivery: str, sessions, monkeypatch
) -> None:
    result = cli.json("delivery", "proof-target", delivery, "--addresses", "a@example.com,B@x.org")
    assert result["proof_target"]["addresses"] == ["a@example.com", "B@x.org"]
    with sessions.begin() as session:
        seeds = RecipientList(label="Seeds", is_proof_target=True)
        other = RecipientList(label="Newsletter")
        session.add_all([seeds, other])
        session.flush()
        seeds_id, other_id = seeds.id, other.id
    result = cli.json("delivery", "proof-target", delivery, "--list", str(seeds_id))
    assert result["proof_target"] == {
        "list_id": seeds_id,
        "list": "Seeds",
        "addresses": [],
        "size": 0,
    }

    assert "not a valid e-mail address" in cli.error(
        "delivery", "proof-target", delivery, "--addresses", "a@example.com,oops"
    )
    assert "not flagged as a proof target" in cli.error(
        "delivery", "proof-target", delivery, "--list", str(other_id)
    )
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", REVIEWER_PASSWORD)
    assert "lacks the right PREPARE DELIVERIES" in cli.error(
        "delivery", "proof-target", delivery, "--addresses", "a@example.com", operator="reviewer"
    )


def test_proof_sends_numbered_proofs_through_the_configured_relay(
    cli: Cli, delivery: str, sessions, admin
) -> None:
    assert "no proof target" in cli.error("delivery", "proof", delivery)
    cli.json("delivery", "proof-target", delivery, "--addresses", "person1@example.org")
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        _configure_relay(sessions, admin, server.port)
        first = cli.json("delivery", "proof", delivery)
        second = cli.json("delivery", "proof", delivery, "--lang", "fr")
        # The console's own --lang chooses it too.
        cli.json("--lang", "sv", "delivery", "proof", delivery)
        assert "unknown language 'xx'" in cli.error("delivery", "proof", delivery, "--lang", "xx")
        # Choosing another relay is an administrator's decision.
        assert "lacks the right ADMINISTRATION to send through the relay" in cli.error(
            "delivery", "proof", delivery, "--smtp", f"127.0.0.1:{server.port}"
        )
    assert (first["number"], first["status"], second["number"]) == (1, "sent", 2)
    assert first["results"][0]["address"] == "person1@example.org"
    assert first["results"][0]["ok"] is True
    subjects = [r.message["Subject"] for r in handler.received]
    assert subjects == [
        "[Proof 1] Spring news for First1",
        "[BAT 2] Spring news for First1",
        "[Korrektur 3] Spring news for First1",
    ]
    shown = cli.json("delivery", "show", delivery)
    assert shown["kpis"]["delivered"] == 0  # a proof is no delivery


def test_a_proof_nobody_got_exits_1_with_the_reasons(
    cli: Cli, delivery: str, sessions, admin
) -> None:
    cli.json("delivery", "proof-target", delivery, "--addresses", "a@example.com")
    with refusing_port() as port:
        _configure_relay(sessions, admin, port)
        result = cli.json("delivery", "proof", delivery, expect=1)
    assert result["status"] == "failed"
    assert "cannot be reached" in result["results"][0]["detail"]


def test_without_a_relay_the_proof_goes_to_the_local_outbox(cli: Cli, delivery: str) -> None:
    cli.json("delivery", "proof-target", delivery, "--addresses", "seed@example.com")
    result = cli.json("delivery", "proof", delivery)
    assert result["relay"].endswith("(local outbox)")
    (message,) = mailbox.Maildir(default_outbox_folder(), create=False)
    assert message["Subject"] == "[Proof 1] Spring news for"


def _queue_for_reviewer(sessions) -> None:
    with sessions.begin() as session:
        reviewer = session.scalar(select(Operator).where(Operator.name == "reviewer"))
        reviewer.email = "reviewer@example.com"
        notify(session, [reviewer.id], "A step awaits you", "Open delivery 1.")


def _configure_relay(sessions, admin, port: int) -> None:
    with sessions.begin() as session:
        save_relay_settings(session, admin, RelaySettings(host="127.0.0.1", port=port))


def test_commands_send_queued_notifications_through_the_relay(
    db_url: str, sessions, admin, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = CliContext(db_url=db_url, operator_name="manager", json_output=False)
    try:
        ctx.deliver_notifications()  # nothing queued: no relay, no outbox is started
        assert not Path(default_outbox_folder()).exists()

        _queue_for_reviewer(sessions)
        handler = RecordingHandler()
        with smtp_server(handler) as server:
            _configure_relay(sessions, admin, server.port)
            ctx.deliver_notifications()
        assert [(r.rcpt, r.message["Subject"]) for r in handler.received] == [
            ("reviewer@example.com", "A step awaits you")
        ]
        assert capsys.readouterr().err == ""
    finally:
        ctx.close()


def test_a_relay_that_is_down_never_fails_the_command(
    db_url: str, sessions, admin, capsys: pytest.CaptureFixture[str]
) -> None:
    _queue_for_reviewer(sessions)
    ctx = CliContext(db_url=db_url, operator_name="manager", json_output=False)
    try:
        with refusing_port() as port:
            _configure_relay(sessions, admin, port)
            ctx.deliver_notifications()  # returns: the command's work is done
    finally:
        ctx.close()
    assert "1 notification(s) not sent now" in capsys.readouterr().err
    with sessions() as session:
        (queued,) = session.scalars(select(Notification)).all()
    assert queued.sent_at is None and "cannot be reached" in queued.error

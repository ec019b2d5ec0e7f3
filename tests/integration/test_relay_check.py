"""Testing the relay step by step (Test connection, `relay test`) against a real server
that answers like Postfix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.errors import PermissionDenied
from desktop.services.sending.relay_check import check_relay
from desktop.services.settings.relay_settings import PASSWORD_ENV, RelayTarget, Security
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD
from tests.integration.postfix_like import PostfixLike, Stages, private_ca, relay_kwargs
from tests.integration.sending_support import set_option

SENDER = "news@example.com"


def _steps(result) -> list[tuple[str, bool]]:
    return [(step.stage, step.ok) for step in result.steps]


def test_every_step_of_a_working_relay_is_reported(admin, tmp_path: Path) -> None:
    ca_file, certificate = private_ca(tmp_path)
    stages = Stages(login=("news", "right"))
    with PostfixLike(stages, security="starttls", certificate=certificate) as server:
        relay = RelayTarget(
            **relay_kwargs(server),
            security=Security.STARTTLS,
            login="news",
            password="right",
            helo_name="mail.example.com",
            ca_file=str(ca_file),
        )
        result = check_relay(admin, relay, SENDER)
    assert result.ok, result.steps
    assert _steps(result) == [
        ("connect", True),
        ("EHLO", True),
        ("STARTTLS", True),
        ("AUTH", True),
        ("MAIL FROM", True),
    ]
    assert "EHLO mail.example.com" in result.steps[1].detail
    assert "STARTTLS" in result.steps[1].detail  # what the relay offers
    assert server.handler.auth_attempts == 1
    assert server.handler.mail_commands == 1
    assert server.handler.received == []  # nothing sent


def test_a_refused_login_stops_the_test_there(admin) -> None:
    with PostfixLike(Stages(login=("news", "right"))) as server:
        relay = RelayTarget(**relay_kwargs(server), login="news", password="wrong")
        result = check_relay(admin, relay, SENDER)
    assert not result.ok
    assert _steps(result) == [("connect", True), ("EHLO", True), ("AUTH", False)]
    assert "535" in result.steps[-1].detail
    assert result.skipped == ["MAIL FROM"]
    assert server.handler.auth_attempts == 1
    assert server.handler.mail_commands == 0


def test_an_untrusted_certificate_and_a_refused_sender_are_named(admin, tmp_path) -> None:
    _ca_file, certificate = private_ca(tmp_path)
    with PostfixLike(Stages(), security="tls", certificate=certificate) as server:
        relay = RelayTarget(**relay_kwargs(server), security=Security.TLS)
        result = check_relay(admin, relay, SENDER)
    assert _steps(result) == [("connect", False)]
    assert "certificate verify failed" in result.steps[0].detail
    assert "NmsEmail_CaFile" in result.steps[0].detail
    assert result.skipped == ["EHLO", "MAIL FROM"]

    with PostfixLike(Stages(mail="451 4.7.1 Service unavailable")) as server:
        result = check_relay(admin, RelayTarget(**relay_kwargs(server)), SENDER)
    assert _steps(result)[-1] == ("MAIL FROM", False)
    assert "451 4.7.1 Service unavailable" in result.steps[-1].detail


def test_only_an_administrator_may_test_the_relay(manager) -> None:
    with PostfixLike(Stages()) as server, pytest.raises(PermissionDenied):
        check_relay(manager, RelayTarget(**relay_kwargs(server)), SENDER)


@pytest.fixture
def cli(database, db_url, monkeypatch, capsys):
    def run(*argv: str, operator: str = "admin", password: str = ADMIN_PASSWORD):
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", password)
        code = main(["--db", db_url, "--operator", operator, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_relay_test_on_the_command_line(cli, sessions, monkeypatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "right")
    with PostfixLike(Stages(login=("news", "right"))) as server:
        code, out, _ = cli("option", "set", "NmsEmail_RelayHost", server.host)
        assert code == 0
        cli("option", "set", "NmsEmail_RelayPort", str(server.port), "--type", "integer")
        cli("option", "set", "NmsEmail_RelayLogin", "news")
        set_option(sessions, "NmsEmail_HeloName", "mail.example.com")
        code, out, err = cli("relay", "test", "--sender", SENDER, "--json")
        assert code == 0, err
        report = json.loads(out)
        assert report["ok"] is True
        assert [s["stage"] for s in report["steps"]] == ["connect", "EHLO", "AUTH", "MAIL FROM"]
        assert server.handler.helo_names == ["mail.example.com"]

        monkeypatch.setenv(PASSWORD_ENV, "wrong")
        code, out, _ = cli("relay", "test", "--sender", SENDER)
        assert code == 1
        assert "AUTH" in out and "535" in out

        code, _, err = cli("relay", "test", operator="manager", password=MANAGER_PASSWORD)
        assert code == 2
        assert "ADMINISTRATION" in err

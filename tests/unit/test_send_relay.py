"""Which relay a send uses: --smtp, the Administration settings, or the local outbox."""

from __future__ import annotations

import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.services.settings.relay_settings import (
    PASSWORD_ENV,
    RelaySettings,
    Security,
    parse_host_port,
    read_password,
    resolve_relay,
    save_password,
    save_relay_settings,
)


def test_host_port_overrides_are_checked() -> None:
    assert parse_host_port("smtp.example.net:587") == ("smtp.example.net", 587)
    assert parse_host_port("[::1]:2525") == ("::1", 2525)
    for wrong in ("smtp.example.net", ":25", "host:0", "host:99999", "host:x", "[::1:25", "::1:25"):
        with pytest.raises(ValidationError, match="HOST:PORT"):
            parse_host_port(wrong)


def test_without_a_relay_the_local_outbox_is_used(sessions, admin) -> None:
    with sessions() as session:
        assert resolve_relay(session) is None  # the caller starts an outbox
        relay = resolve_relay(session, outbox=("127.0.0.1", 8025))
        assert relay is not None and relay.is_outbox and relay.port == 8025
        override = resolve_relay(
            session, override="10.0.0.1:25", outbox=("127.0.0.1", 8025), chosen_by=admin
        )
        assert override is not None and not override.is_outbox and override.host == "10.0.0.1"
        assert override.chosen and not relay.chosen


def test_a_configured_relay_logs_in_with_the_password_kept_outside(
    sessions, admin, monkeypatch
) -> None:
    with sessions.begin() as session:
        save_relay_settings(
            session,
            admin,
            RelaySettings("smtp.example.net", 465, Security.TLS, "mailer", timeout=12),
        )
    save_password(admin, "from-the-file")
    with sessions() as session:
        relay = resolve_relay(session, outbox=("127.0.0.1", 8025))
    assert relay is not None and not relay.is_outbox
    assert (relay.host, relay.port, relay.security, relay.login) == (
        "smtp.example.net",
        465,
        Security.TLS,
        "mailer",
    )
    assert (relay.password, relay.timeout) == ("from-the-file", 12.0)
    monkeypatch.setenv(PASSWORD_ENV, "from-the-environment")
    assert read_password() == "from-the-environment"


def test_relay_settings_are_for_administrators_and_checked(sessions, admin, manager) -> None:
    with sessions.begin() as session, pytest.raises(PermissionDenied):
        save_relay_settings(session, manager, RelaySettings("smtp.example.net"))
    with pytest.raises(PermissionDenied):
        save_password(manager, "x")
    with sessions.begin() as session, pytest.raises(ValidationError, match="port"):
        save_relay_settings(session, admin, RelaySettings("smtp.example.net", port=0))
    with sessions.begin() as session, pytest.raises(ValidationError, match="host"):
        save_relay_settings(session, admin, RelaySettings("smtp example.net"))

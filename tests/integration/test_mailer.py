"""The small mailer against a real aiosmtpd server: every message gets its own outcome,
whatever the relay does to the others."""

from __future__ import annotations

from desktop.services.sending.mailer import OutgoingMessage, send_messages
from desktop.services.settings.relay_settings import RelayTarget
from tests.integration.sending_support import (
    RecordingHandler,
    refusing_port,
    relay_of,
    smtp_server,
)


def _message(to: str) -> OutgoingMessage:
    data = f"From: news@example.com\r\nTo: {to}\r\nSubject: Hi\r\n\r\n.Hello\r\n".encode()
    return OutgoingMessage(to, data)


def test_each_recipient_gets_the_relays_answer() -> None:
    def answer(rcpt: str, attempt: int) -> str | None:
        if rcpt.startswith("gone"):
            return "550 5.1.1 No such user"
        if rcpt.startswith("flaky") and attempt == 1:
            return "drop"  # the connection is lost in the middle of the message
        return None

    handler = RecordingHandler(answer)
    addresses = ["ann@example.com", "gone@example.com", "flaky@example.com", "bad@", "z@x.org"]
    with smtp_server(handler) as server:
        outcomes = send_messages(
            relay_of(server), "news@example.com", [_message(a) for a in addresses]
        )

    assert [o.recipient for o in outcomes] == addresses
    assert [o.accepted for o in outcomes] == [True, False, True, False, True]
    assert outcomes[0].detail.startswith("250")
    assert outcomes[1].detail == "550 5.1.1 No such user"
    assert "not a valid address" in outcomes[3].detail
    # The dropped message went again on a new connection, and arrived once.
    assert handler.by_rcpt() == {"ann@example.com": 1, "flaky@example.com": 1, "z@x.org": 1}
    received = next(r for r in handler.received if r.rcpt == "ann@example.com")
    assert received.message.get_content().startswith(".Hello")  # dot-stuffing undone


def test_a_relay_that_cannot_be_used_fails_every_message_with_its_reason() -> None:
    messages = [_message("a@example.com"), _message("b@example.com")]
    with refusing_port() as port:
        outcomes = send_messages(
            RelayTarget("127.0.0.1", port, timeout=5), "n@example.com", messages
        )
    assert [o.accepted for o in outcomes] == [False, False]
    assert all(f"127.0.0.1:{port} cannot be reached" in o.detail for o in outcomes)

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        outcomes = send_messages(relay_of(server), "no sender", messages)
    assert all("sender address 'no sender' cannot be used" in o.detail for o in outcomes)
    assert handler.count() == 0

"""One message over a real aiosmtpd relay, the way the send engine puts it on the wire."""

from __future__ import annotations

import smtplib

import pytest

from desktop.services.sending.smtp_transmit import as_wire_data, envelope_address_problem, transmit
from tests.integration.sending_support import RecordingHandler, smtp_server

MESSAGE = (
    b"Subject: dots\r\nTo: ann@example.org\r\n\r\n"
    b"first line\r\n.a line starting with a dot\r\n..two dots\r\n.\r\nlast line"
)


def test_a_message_arrives_byte_for_byte_even_with_lines_starting_with_dots() -> None:
    handler = RecordingHandler()
    with smtp_server(handler) as server, smtplib.SMTP(server.host, server.port) as smtp:
        smtp.ehlo()
        transmit(smtp, "news@example.com", "ann@example.org", as_wire_data(MESSAGE))
        transmit(smtp, "news@example.com", "bob@example.org", as_wire_data(MESSAGE + b"\r\n"))
    assert [r.rcpt for r in handler.received] == ["ann@example.org", "bob@example.org"]
    # aiosmtpd keeps the message as sent, un-stuffed, with its final line break.
    assert handler.received[0].data == MESSAGE + b"\r\n"
    assert handler.received[1].data == MESSAGE + b"\r\n"


def test_refusals_raise_what_sendmail_raises_and_the_connection_goes_on() -> None:
    def answer(rcpt: str, attempt: int) -> str | None:
        return {"hard@example.org": "550 no such user", "soft@example.org": "451 later"}.get(rcpt)

    handler = RecordingHandler(answer)
    with smtp_server(handler) as server, smtplib.SMTP(server.host, server.port) as smtp:
        smtp.ehlo()
        with pytest.raises(smtplib.SMTPDataError) as hard:
            transmit(smtp, "news@example.com", "hard@example.org", as_wire_data(MESSAGE))
        with pytest.raises(smtplib.SMTPDataError) as soft:
            transmit(smtp, "news@example.com", "soft@example.org", as_wire_data(MESSAGE))
        transmit(smtp, "news@example.com", "ok@example.org", as_wire_data(MESSAGE))
    assert (hard.value.smtp_code, soft.value.smtp_code) == (550, 451)
    assert [r.rcpt for r in handler.received] == ["ok@example.org"]


@pytest.mark.parametrize(
    "address",
    ["", "ann@example.org>\r\nRCPT TO:<evil@example.net", "a b@example.org", "zoé@example.org"],
)
def test_an_address_that_would_change_the_smtp_commands_is_refused(address: str) -> None:
    assert envelope_address_problem(address) is not None


def test_an_ordinary_address_is_fine() -> None:
    assert envelope_address_problem("first.last+tag@mail.example.co.uk") is None


def test_the_data_payload_ends_with_the_terminator_whether_or_not_lines_had_dots() -> None:
    assert as_wire_data(b"a\r\nb") == b"a\r\nb\r\n.\r\n"
    assert as_wire_data(b"a\r\nb\r\n") == b"a\r\nb\r\n.\r\n"
    assert as_wire_data(b".a\r\n.\r\nb.c\r\n") == b"..a\r\n..\r\nb.c\r\n.\r\n"

"""A built message, DKIM-signed the way a relay signs it (dkimpy), still verifies once it
has crossed SMTP: dot-stuffing, trailing spaces and long lines must not change a byte the
signature covers, with relaxed or simple canonicalisation."""

from __future__ import annotations

import smtplib
from pathlib import Path

import dkim
import pytest
from dkim.dknewkey import ExtractRSADnsPublicKey, GenRSAKeys

from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.list_headers import ListHeaders
from desktop.services.messages.rendering import Rendered
from desktop.services.messages.tracking_links import LinkSigner
from desktop.services.sending.smtp_transmit import as_wire_data, transmit
from tests.integration.sending_support import RecordingHandler, smtp_server

SELECTOR = b"campaign"
DOMAIN = b"example.com"
SIGNED_HEADERS = [b"from", b"to", b"subject", b"date", b"message-id", b"list-unsubscribe"]

# Lines that break careless transports: a leading dot, trailing spaces, a 300-character line.
TEXT = (
    "Hello Åsa,\n.a line starting with a dot\n..two dots\n.\n"
    "trailing spaces   \n\ttab-led line\t\n" + "long " * 60 + "\nlast line"
)
HTML = (
    "<html><body><p>Hello Åsa,</p>\n.<p>a line starting with a dot</p>   \n"
    f"<p>{'word ' * 80}</p><a href='https://shop.example.com/x'>shop</a></body></html>"
)


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A fresh RSA key: the private key (PEM) and its DNS TXT record."""
    folder: Path = tmp_path_factory.mktemp("dkim")
    private, record = folder / "private.pem", folder / "record.txt"
    GenRSAKeys(str(private), verbose=False)
    ExtractRSADnsPublicKey(str(private), str(record), verbose=False)
    return private.read_bytes(), record.read_bytes().strip()


def message(text: str, html: str) -> bytes:
    builder = MessageBuilder(
        delivery_id=4,
        sender_address="news@example.com",
        sender_name="Åsa Öberg 春季 " * 10,
        signer=LinkSigner(b"k" * 32, "https://t.example.com"),
        list_headers=ListHeaders("Spring <campaign-4.example.com>", "unsubscribe@example.com"),
    )
    return builder.build(9, "ann@example.org", Rendered("Vårens erbjudanden 春季", html, text)).data


@pytest.mark.parametrize("canonicalize", [(b"relaxed", b"relaxed"), (b"simple", b"simple")])
@pytest.mark.parametrize("text", [TEXT, ""], ids=["own text", "text from the HTML"])
def test_a_signed_message_verifies_as_the_relay_received_it(
    key: tuple[bytes, bytes], canonicalize: tuple[bytes, bytes], text: str
) -> None:
    private, record = key

    def dns(name: bytes, timeout: int = 5) -> bytes:
        assert name == SELECTOR + b"._domainkey." + DOMAIN + b"."
        return record

    data = message(text, HTML)
    signature = dkim.sign(
        data, SELECTOR, DOMAIN, private, canonicalize=canonicalize, include_headers=SIGNED_HEADERS
    )
    signed = signature.replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n") + data
    assert dkim.verify(signed, dnsfunc=dns)

    handler = RecordingHandler()
    with smtp_server(handler) as server, smtplib.SMTP(server.host, server.port) as smtp:
        smtp.ehlo()
        transmit(smtp, "news@example.com", "ann@example.org", as_wire_data(signed))
    received = handler.received[0].data
    if text:  # the lines went out dot-stuffed and came back as signed
        assert b"\r\n.a line starting with a dot\r\n..two dots\r\n" in received
    assert dkim.verify(received, dnsfunc=dns)

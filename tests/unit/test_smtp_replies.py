"""Whose refusal an SMTP answer is, by stage and enhanced status code (RFC 3463)."""

from __future__ import annotations

import pytest

from desktop.services.sending.smtp_replies import (
    EnhancedCode,
    Party,
    Stage,
    enhanced_code,
    whose_refusal,
)

R, P = Party.RECIPIENT, Party.RELAY

CASES = [
    # Before any recipient: always the relay's, whatever the words.
    (Stage.CONNECT, 554, "5.7.1 Client host rejected", P),
    (Stage.EHLO, 504, "5.5.2 <box>: Helo command rejected: need fully-qualified hostname", P),
    (Stage.AUTH, 535, "5.7.8 Error: authentication failed", P),
    (Stage.STARTTLS, 454, "4.7.0 TLS not available due to local problem", P),
    (Stage.MAIL, 451, "4.7.1 Service unavailable - try again later", P),
    (Stage.MAIL, 553, "5.1.8 <news@example.com>: Sender address rejected: Domain not found", P),
    # RCPT TO about the recipient.
    (Stage.RCPT, 550, "5.1.1 <a@example.org>: Recipient address rejected: User unknown", R),
    (Stage.RCPT, 554, "5.7.1 <a@example.org>: Recipient address rejected: Access denied", R),
    (Stage.RCPT, 450, "4.2.0 <a@example.org>: Recipient address rejected: Greylisted", R),
    (Stage.RCPT, 552, "5.2.2 Mailbox full", R),
    (Stage.RCPT, 550, "5.7.1 This recipient does not accept mail from you", R),
    (Stage.RCPT, 450, "4.1.2 <a@nowhere.example>: Domain not found", R),
    (Stage.RCPT, 550, "No such user here", R),  # no enhanced code: as before
    # RCPT TO about the client: Postfix's delayed client, HELO and sender restrictions.
    (Stage.RCPT, 554, "5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied", P),
    (Stage.RCPT, 504, "5.5.2 <box>: Helo command rejected: need fully-qualified hostname", P),
    (Stage.RCPT, 554, "5.7.1 <a@example.org>: Relay access denied", P),
    (Stage.RCPT, 553, "5.7.1 <news@example.com>: Sender address rejected: not logged in", P),
    (Stage.RCPT, 530, "5.7.0 Authentication required", P),
    (Stage.RCPT, 554, "5.7.1 Service unavailable; Client host [1.2.3.4] blocked using zen", P),
    (Stage.RCPT, 451, "4.3.5 Server configuration problem", P),
    (Stage.RCPT, 550, "5.1.7 Bad sender address syntax", P),
    # DATA: the message's, unless it names the client.
    (Stage.DATA, 552, "5.3.4 Message size exceeds fixed limit", R),
    (Stage.DATA, 554, "5.7.1 Message rejected as spam", R),
    (Stage.DATA, 451, "4.3.0 Error: queue file write error", R),
    (Stage.DATA, 554, "5.7.1 <unknown[1.2.3.4]>: Client host rejected: Access denied", P),
]


@pytest.mark.parametrize(("stage", "code", "text", "party"), CASES)
def test_whose_refusal(stage: Stage, code: int, text: str, party: Party) -> None:
    assert whose_refusal(stage, code, text) is party


def test_enhanced_code_is_read_from_the_start_of_the_text() -> None:
    assert enhanced_code("5.7.1 <x>: Client host rejected") == EnhancedCode(5, 7, 1)
    assert str(enhanced_code("4.2.0 Greylisted")) == "4.2.0"
    assert enhanced_code("Greylisted for 5.7.1 minutes") is None
    assert enhanced_code("") is None

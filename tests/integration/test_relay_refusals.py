"""A relay's refusal is not a recipient's bounce: sends through a real SMTP server that
answers like Postfix at each stage (tests.integration.postfix_like)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import DeliveryLog, JournalLine, QuarantinedAddress
from desktop.models.enums import DeliveryStatus, LogStatus, OptionType
from desktop.services.sending import control
from desktop.services.sending.engine import SendReport, send_delivery
from desktop.services.sending.mailer import OutgoingMessage, send_messages
from desktop.services.sending.relay_session import helo_name
from desktop.services.settings.relay_settings import (
    PASSWORD_ENV,
    RelaySettings,
    RelayTarget,
    Security,
    relay_target,
    resolve_relay,
)
from tests.integration.postfix_like import PostfixLike, Stages, private_ca, relay_kwargs
from tests.integration.sending_support import (
    addresses,
    delivery_row,
    prepared_delivery,
    set_option,
    status_of,
)

CLIENT_HOST_REJECTED = (
    "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied"
)  # fmt: skip


def _confirmed(sessions, actor, recipients: int = 6, **fields) -> int:
    delivery_id = prepared_delivery(sessions, actor, recipients, **fields)
    with sessions.begin() as session:
        assert control.confirm(session, actor, delivery_id) is DeliveryStatus.IN_PROGRESS
    return delivery_id


def _send(sessions, actor, delivery_id: int, server: PostfixLike, **relay) -> SendReport:
    target = RelayTarget(**{**relay_kwargs(server), **relay})
    return send_delivery(sessions, actor, delivery_id, target)


def _logs(sessions, delivery_id: int) -> dict[str, DeliveryLog]:
    with sessions() as session:
        rows = session.scalars(select(DeliveryLog).where(DeliveryLog.delivery_id == delivery_id))
        return {row.address: row for row in rows}


def _quarantined(sessions) -> list[str]:
    with sessions() as session:
        return sorted(session.scalars(select(QuarantinedAddress.address)))


def _error_lines(sessions, delivery_id: int) -> list[str]:
    with sessions() as session:
        return list(
            session.scalars(
                select(JournalLine.message).where(
                    JournalLine.delivery_id == delivery_id, JournalLine.level == "error"
                )
            )
        )


def _assert_paused_and_nobody_bounced(sessions, delivery_id: int, *words: str) -> None:
    assert status_of(sessions, delivery_id) is DeliveryStatus.PAUSED
    delivery = delivery_row(sessions, delivery_id)
    for word in words:
        assert word in delivery.error_message
        assert any(word in line for line in _error_lines(sessions, delivery_id))
    assert (delivery.failed, delivery.hard_bounces, delivery.soft_bounces) == (0, 0, 0)
    assert delivery.delivered == 0
    assert _quarantined(sessions) == []
    logs = _logs(sessions, delivery_id)
    assert {row.status for row in logs.values()} == {LogStatus.TO_DELIVER}
    assert all(row.attempts == 0 for row in logs.values())


RELAY_REFUSALS = {
    "connect 554 (block list)": (
        Stages(greeting="554 5.7.1 Client host [127.0.0.1] blocked using zen.example"),
        ("at connect", "554 5.7.1 Client host [127.0.0.1] blocked"),
    ),
    "EHLO 504 (name not fully qualified)": (
        Stages(ehlo="504 5.5.2 <box>: Helo command rejected: need fully-qualified hostname"),
        ("at EHLO", "504 5.5.2", "need fully-qualified hostname"),
    ),
    "MAIL FROM 451 4.7.1 (relay-wide)": (
        Stages(mail="451 4.7.1 Service unavailable - try again later"),
        ("at MAIL FROM", "451 4.7.1 Service unavailable", "news@example.com"),
    ),
    "RCPT 554 5.7.1 client host rejected": (
        Stages(rcpt=lambda address: CLIENT_HOST_REJECTED),
        ("at RCPT TO", "Client host rejected"),
    ),
    "RCPT 504 5.5.2 HELO rejected (delayed)": (
        Stages(rcpt=lambda a: "504 5.5.2 <box>: Helo command rejected: need fully-qualified"),
        ("at RCPT TO", "Helo command rejected"),
    ),
    "RCPT 554 5.7.1 relay access denied": (
        Stages(rcpt=lambda address: f"554 5.7.1 <{address}>: Relay access denied"),
        ("at RCPT TO", "Relay access denied"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(RELAY_REFUSALS))
def test_a_relay_refusal_pauses_the_delivery_and_bounces_nobody(sessions, manager, case) -> None:
    stages, words = RELAY_REFUSALS[case]
    delivery_id = _confirmed(sessions, manager)
    with PostfixLike(stages) as server:
        report = _send(sessions, manager, delivery_id, server)
    assert report.status is DeliveryStatus.PAUSED
    assert server.handler.received == []
    _assert_paused_and_nobody_bounced(sessions, delivery_id, *words)


def test_after_a_relay_refusal_resume_sends_every_message(sessions, manager) -> None:
    delivery_id = _confirmed(sessions, manager)
    with PostfixLike(Stages(rcpt=lambda address: CLIENT_HOST_REJECTED)) as server:
        _send(sessions, manager, delivery_id, server)
    _assert_paused_and_nobody_bounced(sessions, delivery_id, "Client host rejected")

    with sessions.begin() as session:
        control.resume(session, manager, delivery_id)
    with PostfixLike(Stages()) as server:
        report = _send(sessions, manager, delivery_id, server)
    assert report.status is DeliveryStatus.FINISHED
    assert sorted(server.handler.received) == sorted(addresses(6))
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.failed) == (6, 0)


def test_recipient_refusals_bounce_that_recipient_only(sessions, manager) -> None:
    answers = {
        "person1@example.org": "550 5.1.1 <person1@example.org>: Recipient address rejected: "
        "User unknown in virtual mailbox table",
        "person2@example.org": "554 5.7.1 <person2@example.org>: Recipient address rejected: "
        "Access denied",
        "person3@example.org": "450 4.2.0 <person3@example.org>: Recipient address rejected: "
        "Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
    }
    greylisted: set[str] = set()

    def rcpt(address: str) -> str | None:
        if address == "person3@example.org" and address not in greylisted:
            greylisted.add(address)  # like postgrey: refused once, taken when tried again
            return answers[address]
        return answers.get(address) if address != "person3@example.org" else None

    data_answers = {"person4@example.org": "552 5.3.4 Message size exceeds fixed limit"}
    stages = Stages(rcpt=rcpt, data=data_answers.get)
    delivery_id = _confirmed(sessions, manager)
    set_option(sessions, "NmsEmail_RetryPeriod", "0")
    with PostfixLike(stages) as server:
        report = _send(sessions, manager, delivery_id, server)

    assert report.status is DeliveryStatus.FINISHED
    assert sorted(server.handler.received) == [
        "person0@example.org",
        "person3@example.org",
        "person5@example.org",
    ]
    logs = _logs(sessions, delivery_id)
    assert logs["person1@example.org"].status is LogStatus.FAILED
    assert logs["person1@example.org"].smtp_code == 550
    assert logs["person2@example.org"].status is LogStatus.FAILED
    assert logs["person4@example.org"].status is LogStatus.FAILED
    assert logs["person4@example.org"].smtp_code == 552
    assert logs["person3@example.org"].status is LogStatus.SENT
    assert logs["person3@example.org"].attempts == 2
    assert _quarantined(sessions) == [
        "person1@example.org",
        "person2@example.org",
        "person4@example.org",
    ]
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.hard_bounces, delivery.soft_bounces) == (3, 3, 0)
    assert delivery.error_message in ("", None)


def test_a_refused_login_is_tried_once_per_send(sessions, manager) -> None:
    delivery_id = _confirmed(sessions, manager, 12, max_connections=4)
    with PostfixLike(Stages(login=("news", "right"))) as server:
        report = _send(sessions, manager, delivery_id, server, login="news", password="wrong")
    assert report.status is DeliveryStatus.PAUSED
    # PLAIN and LOGIN are offered, four connections want a session: one AUTH in all.
    assert server.handler.auth_attempts == 1
    _assert_paused_and_nobody_bounced(sessions, delivery_id, "refused the login 'news'", "535")


def test_the_mailer_tries_a_refused_login_once_for_all_its_messages() -> None:
    messages = [
        OutgoingMessage(f"person{n}@example.org", b"Subject: proof\r\n\r\nHello\r\n")
        for n in range(3)
    ]
    with PostfixLike(Stages(login=("news", "right"))) as server:
        relay = RelayTarget(**relay_kwargs(server), login="news", password="wrong")
        outcomes = send_messages(relay, "news@example.com", messages)
    assert server.handler.auth_attempts == 1
    assert [o.accepted for o in outcomes] == [False] * 3
    assert all("refused the login 'news' at AUTH: 535" in o.detail for o in outcomes)


def test_a_good_login_sends(sessions, manager) -> None:
    delivery_id = _confirmed(sessions, manager, 4, max_connections=2)
    with PostfixLike(Stages(login=("news", "right"))) as server:
        report = _send(sessions, manager, delivery_id, server, login="news", password="right")
    assert report.status is DeliveryStatus.FINISHED
    assert sorted(server.handler.received) == sorted(addresses(4))
    assert 1 <= server.handler.auth_attempts <= 2  # one per connection opened


def _configure_relay(sessions, server: PostfixLike, **options: str) -> None:
    values = {
        "NmsEmail_RelayHost": server.host,
        "NmsEmail_RelayPort": str(server.port),
        "NmsEmail_RelaySecurity": server.security,
        **options,
    }
    with sessions.begin() as session:
        from desktop.models import Option

        for name, value in values.items():
            option = session.scalar(select(Option).where(Option.name == name))
            if option is None:
                session.add(Option(name=name, label=name, data_type=OptionType.TEXT, value=value))
            else:
                option.value = value


def test_the_ehlo_name_comes_from_the_option(sessions, manager) -> None:
    delivery_id = _confirmed(sessions, manager, 3)
    set_option(sessions, "NmsEmail_HeloName", "mail.shop.example.com")
    with PostfixLike(Stages()) as server:
        _configure_relay(sessions, server)
        with sessions() as session:
            relay = resolve_relay(session)
        assert relay is not None
        report = send_delivery(sessions, manager, delivery_id, relay)
    assert report.status is DeliveryStatus.FINISHED
    assert set(server.handler.helo_names) == {"mail.shop.example.com"}


def test_without_the_option_the_ehlo_name_is_fully_qualified(sessions, manager) -> None:
    delivery_id = _confirmed(sessions, manager, 2)
    with PostfixLike(Stages()) as server:
        _configure_relay(sessions, server)
        with sessions() as session:
            relay = resolve_relay(session)
        assert relay is not None
        send_delivery(sessions, manager, delivery_id, relay)
    said = set(server.handler.helo_names)
    assert said == {helo_name("", "news@example.com")}
    (name,) = said
    assert "." in name and name != "campaign-console"


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_a_private_certificate_authority_is_trusted_through_the_setting(
    sessions, manager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, security: str
) -> None:
    ca_file, certificate = private_ca(tmp_path)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv(PASSWORD_ENV, "right")
    delivery_id = _confirmed(sessions, manager, 3)
    stages = Stages(login=("news", "right"))
    with PostfixLike(stages, security=security, certificate=certificate) as server:
        _configure_relay(sessions, server, NmsEmail_RelayLogin="news")
        # Not trusted yet: the send pauses and says where to name the authority.
        with sessions() as session:
            relay = resolve_relay(session)
        assert relay is not None and relay.security is Security(security)
        report = send_delivery(sessions, manager, delivery_id, relay)
        assert report.status is DeliveryStatus.PAUSED
        _assert_paused_and_nobody_bounced(
            sessions, delivery_id, "certificate verify failed", "NmsEmail_CaFile"
        )
        assert server.handler.auth_attempts == 0  # no password over an untrusted channel

        set_option(sessions, "NmsEmail_CaFile", str(ca_file))
        with sessions.begin() as session:
            control.resume(session, manager, delivery_id)
        with sessions() as session:
            relay = resolve_relay(session)
        assert relay is not None
        report = send_delivery(sessions, manager, delivery_id, relay)
    assert report.status is DeliveryStatus.FINISHED
    assert sorted(server.handler.received) == sorted(addresses(3))


def test_ssl_cert_file_keeps_working(
    sessions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca_file, certificate = private_ca(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    message = OutgoingMessage("person0@example.org", b"Subject: proof\r\n\r\nHello\r\n")
    with PostfixLike(Stages(), security="tls", certificate=certificate) as server:
        settings = RelaySettings(host=server.host, port=server.port, security=Security.TLS)
        relay = relay_target(settings)
        (outcome,) = send_messages(relay, "news@example.com", [message])
    assert outcome.accepted, outcome.detail
    assert server.handler.received == ["person0@example.org"]

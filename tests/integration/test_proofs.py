"""Proofs (BAT) sent to a real aiosmtpd server: the real personalised message, marked and
numbered, written down, and never counted in the delivery's KPIs."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, insert, select

from desktop.errors import InvalidState, PermissionDenied
from desktop.models import (
    COUNTER_COLUMNS,
    Delivery,
    DeliveryLog,
    JournalLine,
    Operator,
    Proof,
    Recipient,
    RecipientList,
    TrackingLog,
    list_member,
    normalize_address,
)
from desktop.models.enums import DeliveryStatus, JournalLevel
from desktop.services.proofs.history import last_proof, proofs_sent
from desktop.services.proofs.sending import ProofRefused, send_proof
from desktop.services.proofs.target import set_proof_target
from desktop.services.servers.tracking import PIXEL, TrackingServer
from desktop.services.settings.relay_settings import RelayTarget
from tests.integration.sending_support import (
    RecordingHandler,
    prepared_delivery,
    refusing_port,
    relay_of,
    set_option,
    smtp_server,
)


def _request(url: str, method: str = "GET", body: str = "") -> tuple[int, dict, bytes]:
    """One real HTTP request, redirects not followed."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    connection.request(method, parts.path, body=body or None, headers=headers)
    response = connection.getresponse()
    result = response.status, dict(response.getheaders()), response.read()
    connection.close()
    return result


def _target(sessions, actor, delivery_id: int, **target) -> None:
    with sessions.begin() as session:
        set_proof_target(session, actor, delivery_id, **target)


def _footprint(sessions, delivery_id: int) -> tuple:
    """What a proof must leave as it was: counters, status, log rows, tracking rows."""
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        counters = {name: getattr(delivery, name) for name in COUNTER_COLUMNS}
        logs = session.execute(
            select(DeliveryLog.recipient_id, DeliveryLog.status, DeliveryLog.attempts)
            .where(DeliveryLog.delivery_id == delivery_id)
            .order_by(DeliveryLog.id)
        ).all()
        hits = session.scalar(select(func.count()).select_from(TrackingLog))
        return counters, delivery.status, [tuple(row) for row in logs], hits


def _add_recipient(sessions, email: str, **fields) -> int:
    with sessions.begin() as session:
        recipient = Recipient(email=email, email_key=normalize_address(email), **fields)
        session.add(recipient)
        session.flush()
        return recipient.id


def _proof_list(sessions, recipient_ids: list[int], label: str = "Seed team") -> int:
    with sessions.begin() as session:
        seed = RecipientList(label=label, is_proof_target=True)
        session.add(seed)
        session.flush()
        if recipient_ids:
            session.execute(
                insert(list_member),
                [{"list_id": seed.id, "recipient_id": r} for r in recipient_ids],
            )
        return seed.id


def test_a_proof_reaches_the_relay_marked_numbered_and_never_counted(sessions, manager) -> None:
    delivery_id = prepared_delivery(sessions, manager, 5)
    _add_recipient(sessions, "Anna.Seed@Example.com", first_name="Anna", last_name="Seed")
    _target(
        sessions,
        manager,
        delivery_id,
        addresses=["anna.seed@example.com", "person3@example.org", "nobody@example.net"],
    )
    before = _footprint(sessions, delivery_id)

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        first = send_proof(sessions, manager, delivery_id, relay_of(server), language="en")
        second = send_proof(sessions, manager, delivery_id, relay_of(server), language="en")

    assert (first.number, first.status, second.number, second.status) == (1, "sent", 2, "sent")
    assert [o.address for o in first.outcomes] == [
        "anna.seed@example.com",
        "person3@example.org",
        "nobody@example.net",
    ]
    assert all(o.ok and o.detail.startswith("250") for o in first.outcomes)
    assert handler.count() == 6
    by_subject = {(r.rcpt, r.message["Subject"]): r.message for r in handler.received}
    # Personalised per address: the recipient with the address, else only the address.
    anna = by_subject[("anna.seed@example.com", "[Proof 1] Spring news for Anna")]
    assert "Hello Anna Seed," in anna.get_body(("html",)).get_content()
    person = by_subject[("person3@example.org", "[Proof 2] Spring news for First3")]
    assert "Hello First3 Last3," in person.get_body(("html",)).get_content()
    assert person["From"] == "Example Shop <news@example.com>"
    assert ("nobody@example.net", "[Proof 1] Spring news for") in by_subject

    # Nothing of the delivery moved: counters, status, log rows, tracking rows.
    assert _footprint(sessions, delivery_id) == before
    with sessions() as session:
        proofs = proofs_sent(session, delivery_id)
        latest = last_proof(session, delivery_id)
        journal = session.scalars(
            select(JournalLine.message).where(
                JournalLine.delivery_id == delivery_id, JournalLine.message.like("Proof %")
            )
        ).all()
    assert [p.number for p in proofs] == [2, 1]
    assert latest is not None and latest.number == 2 and latest.sent_by == "manager"
    assert latest.addresses == [o.address for o in second.outcomes]
    assert latest.accepted == 3 and latest.status == "sent"
    assert len(journal) == 2 and journal[0].startswith("Proof 1 sent by manager")


def test_a_proof_to_a_list_uses_each_members_own_data(sessions, manager) -> None:
    with sessions.begin() as session:  # a draft: proofs come before any preparation too
        draft = Delivery(
            label="Loyalty",
            subject="{{ recipient.tier }} news for {{ recipient.first_name }}",
            sender_address="club@example.com",
            html="<p>Dear {{ recipient.first_name }}, tier {{ recipient.tier }}</p>",
            text="Dear {{ recipient.first_name }}",
        )
        session.add(draft)
        session.flush()
        delivery_id = draft.id
    gold = _add_recipient(
        sessions, "gold@example.com", first_name="Gus", custom_fields={"tier": "Gold"}
    )
    plain = _add_recipient(sessions, "plain@example.com", first_name="Pia", custom_fields={})
    _target(sessions, manager, delivery_id, list_id=_proof_list(sessions, [gold, plain]))

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        result = send_proof(sessions, manager, delivery_id, relay_of(server), language="fr")

    # A message that cannot be rendered for one member is that member's outcome only.
    assert result.status == "partly sent"
    outcomes = {o.address: o for o in result.outcomes}
    assert outcomes["gold@example.com"].ok
    assert not outcomes["plain@example.com"].ok
    assert "tier" in outcomes["plain@example.com"].detail
    (received,) = handler.received
    assert received.rcpt == "gold@example.com"
    assert received.message["Subject"] == "[BAT 1] Gold news for Gus"
    assert "Dear Gus, tier Gold" in received.message.get_body(("html",)).get_content()
    with sessions() as session:
        warning = session.scalar(
            select(JournalLine).where(
                JournalLine.delivery_id == delivery_id, JournalLine.message.like("Proof 1 %")
            )
        )
    assert warning is not None and warning.level is JournalLevel.WARNING
    assert "plain@example.com" in warning.message


@pytest.mark.parametrize(
    ("language", "word"),
    [("fr", "BAT"), ("sv", "Korrektur"), ("nl", "Proef"), ("zh_TW", "校樣"), (None, "校樣")],
)
def test_the_proof_word_is_the_operators_language(sessions, manager, language, word) -> None:
    delivery_id = prepared_delivery(sessions, manager, 1)
    with sessions.begin() as session:
        operator = session.scalar(select(Operator).where(Operator.name == "manager"))
        operator.language = "zh_TW"  # used when no language is given
    _target(sessions, manager, delivery_id, addresses="seed@example.com")
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        send_proof(sessions, manager, delivery_id, relay_of(server), language=language)
    assert handler.received[0].message["Subject"] == f"[{word} 1] Spring news for"


@pytest.fixture
def tracking(sessions) -> Iterator[TrackingServer]:
    server = TrackingServer(sessions, "127.0.0.1", 0).start()
    set_option(sessions, "NmsTracking_ServerUrl", server.base_url)
    yield server
    server.stop()


def test_opening_or_clicking_a_proof_counts_nothing(sessions, manager, tracking) -> None:
    delivery_id = prepared_delivery(sessions, manager, 3)
    _target(sessions, manager, delivery_id, addresses=["person1@example.org"])
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        send_proof(sessions, manager, delivery_id, relay_of(server))
    before = _footprint(sessions, delivery_id)

    message = handler.received[0].message
    html = message.get_body(("html",)).get_content()
    urls = re.findall(r'(?:href|src)="([^"]+)"', html)
    pixel = next(u for u in urls if "/o/" in u)
    clicks = [u for u in urls if "/c/" in u]
    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert urlsplit(pixel).port == tracking.port and len(clicks) == 2

    # The links work: the pixel is served, a click leads to its target...
    assert _request(pixel)[0::2] == (200, PIXEL)
    status, headers, _ = _request(clicks[1])
    assert (status, headers["Location"]) == (302, "https://example.com/about")
    _request(unsubscribe, "POST", "List-Unsubscribe=One-Click")
    assert tracking.writer.flush()

    # ...but nothing is counted, logged, or unsubscribed.
    assert _footprint(sessions, delivery_id) == before
    with sessions() as session:
        denylisted = session.scalar(
            select(func.count()).select_from(Recipient).where(Recipient.denylisted.is_(True))
        )
    assert denylisted == 0


def test_proofs_are_refused_without_a_target_sender_subject_or_right(
    sessions, manager, reviewer
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 1)
    with refusing_port() as port:
        _refusals(sessions, manager, reviewer, delivery_id, RelayTarget("127.0.0.1", port))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Proof)) == 0


def _refusals(sessions, manager, reviewer, delivery_id: int, relay: RelayTarget) -> None:
    """Each refusal comes before the relay is asked (it would refuse the connection)."""
    with pytest.raises(ProofRefused, match="no proof target"):
        send_proof(sessions, manager, delivery_id, relay)

    # A proof list that grew past 100 members since it was chosen.
    seed = _proof_list(sessions, [])
    _target(sessions, manager, delivery_id, list_id=seed)
    with sessions.begin() as session:
        for n in range(101):
            address = f"seed{n}@example.com"
            session.add(Recipient(email=address, email_key=address))
        session.flush()
        ids = session.scalars(select(Recipient.id).where(Recipient.email.like("seed%"))).all()
        session.execute(insert(list_member), [{"list_id": seed, "recipient_id": i} for i in ids])
    with pytest.raises(ProofRefused, match="101 addresses, more than the 100"):
        send_proof(sessions, manager, delivery_id, relay)

    _target(sessions, manager, delivery_id, addresses=["seed@example.com"])
    with pytest.raises(PermissionDenied, match="PREPARE DELIVERIES"):
        send_proof(sessions, reviewer, delivery_id, relay)
    for field, missing in (("subject", "no subject"), ("sender_address", "no sender address")):
        with sessions.begin() as session:
            delivery = session.get(Delivery, delivery_id)
            delivery.subject, delivery.sender_address = "Hello", "news@example.com"
            setattr(delivery, field, " ")
        with pytest.raises(ProofRefused, match=missing):
            send_proof(sessions, manager, delivery_id, relay)
    with sessions.begin() as session:
        delivery = session.get(Delivery, delivery_id)
        delivery.status = DeliveryStatus.PREPARING
        delivery.subject, delivery.sender_address = "Hello", "news@example.com"
    with pytest.raises(InvalidState, match="being prepared"):
        send_proof(sessions, manager, delivery_id, relay)


def test_a_relay_that_is_down_is_a_failed_proof_with_its_reason(sessions, manager) -> None:
    delivery_id = prepared_delivery(sessions, manager, 1)
    _target(sessions, manager, delivery_id, addresses="a@example.com, b@example.com")
    before = _footprint(sessions, delivery_id)
    with refusing_port() as port:
        result = send_proof(sessions, manager, delivery_id, RelayTarget("127.0.0.1", port))
    assert result.status == "failed"
    assert [o.ok for o in result.outcomes] == [False, False]
    assert all("cannot be reached" in o.detail for o in result.outcomes)
    assert _footprint(sessions, delivery_id) == before
    with sessions() as session:
        (record,) = proofs_sent(session, delivery_id)
    assert (record.number, record.status, record.addresses) == (
        1,
        "failed",
        ["a@example.com", "b@example.com"],
    )

"""The tracking server over real HTTP on 127.0.0.1: hits move the KPIs, forgeries get 404."""

from __future__ import annotations

import asyncio
import http.client
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import aiohttp
import pytest
from sqlalchemy import func, select

from desktop.models import Recipient, TrackingLog
from desktop.models.enums import TrackingKind
from desktop.services.delivery.kpis import delivery_kpis
from desktop.services.messages.tracking_links import LinkSigner
from desktop.services.sending import control
from desktop.services.sending.engine import send_delivery
from desktop.services.servers.tracking import PIXEL, TrackingServer
from tests.integration.sending_support import (
    RecordingHandler,
    prepared_delivery,
    relay_of,
    set_option,
    smtp_server,
)


@pytest.fixture
def tracking(sessions) -> Iterator[TrackingServer]:
    server = TrackingServer(sessions, "127.0.0.1", 0).start()
    set_option(sessions, "NmsTracking_ServerUrl", server.base_url)
    yield server
    server.stop()


@pytest.fixture
def sent(sessions, manager, tracking) -> tuple[int, RecordingHandler]:
    """A delivery of 10 messages, sent: their links point to the tracking server."""
    delivery_id = prepared_delivery(sessions, manager, 10)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        send_delivery(sessions, manager, delivery_id, relay_of(server))
    return delivery_id, handler


def _request(url: str, method: str = "GET", body: str | None = None) -> tuple[int, dict, bytes]:
    """One real HTTP request, redirects not followed."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    headers = {"User-Agent": "pytest-mail-client/1.0"}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, parts.path, body=body, headers=headers)
    response = connection.getresponse()
    result = response.status, dict(response.getheaders()), response.read()
    connection.close()
    return result


def _links(handler: RecordingHandler, rcpt: str) -> dict[str, list[str]]:
    received = next(r for r in handler.received if r.rcpt == rcpt)
    html = received.message.get_body(("html",)).get_content()
    urls = re.findall(r'(?:href|src)="([^"]+)"', html)
    return {kind: [u for u in urls if f"/{kind}/" in u] for kind in "ocum"}


def _kpis(sessions, delivery_id: int) -> dict[str, int]:
    with sessions() as session:
        return delivery_kpis(session, delivery_id).values


def test_opens_and_clicks_over_http_move_the_kpis(sessions, sent, tracking) -> None:
    delivery_id, handler = sent
    first = _links(handler, "person1@example.org")
    second = _links(handler, "person2@example.org")

    status, headers, body = _request(first["o"][0])
    assert (status, headers["Content-Type"], body) == (200, "image/gif", PIXEL)
    _request(first["o"][0])  # opened twice: one opener, two opens in total
    status, headers, _ = _request(first["c"][0])
    assert status == 302
    assert headers["Location"] == "https://shop.example.com/spring?ref=" + str(
        _recipient_id(sessions, "person1@example.org")
    )
    # A click without the pixel (images blocked) still proves an open.
    status, headers, _ = _request(second["c"][1])
    assert (status, headers["Location"]) == (302, "https://example.com/about")

    assert tracking.writer.flush()
    kpis = _kpis(sessions, delivery_id)
    assert (kpis["opens"], kpis["clicks"]) == (2, 2)
    assert (kpis["total_opens"], kpis["total_clicks"]) == (2, 2)
    with sessions() as session:
        rows = session.execute(
            select(TrackingLog.kind, TrackingLog.url, TrackingLog.user_agent).where(
                TrackingLog.delivery_id == delivery_id
            )
        ).all()
    assert sorted(r.kind.value for r in rows) == ["click", "click", "open", "open"]
    assert {r.user_agent for r in rows} == {"pytest-mail-client/1.0"}
    assert "https://example.com/about" in {r.url for r in rows}


def _recipient_id(sessions, address: str) -> int:
    with sessions() as session:
        return session.scalar(select(Recipient.id).where(Recipient.email == address))


def test_forged_or_altered_tokens_get_404_and_no_redirect(sessions, sent, tracking) -> None:
    delivery_id, handler = sent
    links = _links(handler, "person3@example.org")
    click = links["c"][0]
    base, token = click.rsplit("/", 1)
    payload, signature = token.split(".")

    altered_signature = (
        f"{base}/{payload}.{signature[:-2]}{'AA' if signature[-2:] != 'AA' else 'BB'}"
    )
    evil = LinkSigner(b"not the key" * 3, tracking.base_url).click_url(
        delivery_id, 1, "https://evil.example.net/"
    )
    # The right signature on another payload (another target URL).
    genuine = LinkSigner(b"x", "").token(
        delivery_id, 1, TrackingKind.CLICK, "https://evil.example.net/"
    )
    swapped = f"{base}/{genuine.split('.')[0]}.{signature}"
    wrong_kind = links["o"][0].replace("/o/", "/c/")
    for url in (altered_signature, evil, swapped, wrong_kind, f"{base}/garbage", f"{base}/a.b.c"):
        status, headers, _ = _request(url)
        assert status == 404, url
        assert "Location" not in headers

    assert tracking.writer.flush()
    kpis = _kpis(sessions, delivery_id)
    assert (kpis["opens"], kpis["clicks"]) == (0, 0)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(TrackingLog)) == 0


def test_unsubscribe_asks_on_get_and_opts_out_on_post(sessions, sent, tracking) -> None:
    delivery_id, handler = sent
    url = _links(handler, "person4@example.org")["u"][0]
    status, _, body = _request(url)
    assert status == 200 and b'method="post"' in body
    assert tracking.writer.flush()
    assert _kpis(sessions, delivery_id)["unsubscriptions"] == 0  # a GET changes nothing

    status, _, body = _request(url, "POST", "List-Unsubscribe=One-Click")
    assert status == 200 and b"You are unsubscribed" in body
    _request(url, "POST", "")  # twice: still one unsubscription
    assert tracking.writer.flush()
    assert _kpis(sessions, delivery_id)["unsubscriptions"] == 1
    with sessions() as session:
        recipient = session.scalar(
            select(Recipient).where(Recipient.email == "person4@example.org")
        )
        assert recipient.denylisted


def test_mirror_page_shows_the_recipients_message(sessions, sent, tracking) -> None:
    _delivery_id, handler = sent
    url = _links(handler, "person5@example.org")["m"][0]
    status, headers, body = _request(url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode()
    assert "Hello First5 Last5" in page
    assert f"{tracking.base_url}/c/" in page  # links still tracked


def test_a_burst_of_concurrent_hits_is_recorded_whole(sessions, sent, tracking) -> None:
    delivery_id, handler = sent
    urls = []
    for received in handler.received:
        links = _links(handler, received.rcpt)
        urls += links["o"] * 30 + links["c"] * 10  # 10 recipients: 500 hits

    async def hit_all() -> list[int]:
        connector = aiohttp.TCPConnector(limit=50)
        async with aiohttp.ClientSession(connector=connector) as client:

            async def one(url: str) -> int:
                async with client.get(url, allow_redirects=False) as response:
                    await response.read()
                    return response.status

            return await asyncio.gather(*(one(u) for u in urls))

    statuses = asyncio.run(hit_all())
    assert sorted(set(statuses)) == [200, 302]
    assert tracking.writer.flush()
    with sessions() as session:
        recorded = session.scalar(
            select(func.count())
            .select_from(TrackingLog)
            .where(TrackingLog.delivery_id == delivery_id)
        )
    assert recorded == len(urls) == 500
    kpis = _kpis(sessions, delivery_id)
    assert (kpis["opens"], kpis["clicks"]) == (10, 10)
    assert (kpis["total_opens"], kpis["total_clicks"]) == (300, 200)

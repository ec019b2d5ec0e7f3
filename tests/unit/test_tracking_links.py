"""Tracking links are signed: a forged or altered token is refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.enums import TrackingKind
from desktop.services.messages.tracking_links import LinkSigner, TrackingToken, signer_for


def test_a_signed_click_link_round_trips() -> None:
    signer = LinkSigner(b"k" * 32, "https://t.example.com/")
    url = signer.click_url(12, 345, "https://shop.example.com/?a=1&b=é")
    assert url.startswith("https://t.example.com/c/")
    token = url.rsplit("/", 1)[1]
    assert signer.verify(token) == TrackingToken(
        12, 345, TrackingKind.CLICK, "https://shop.example.com/?a=1&b=é"
    )


def _reference_token(secret: bytes, fields: list[object]) -> str:
    """The token format as specified: base64url(compact JSON) "." base64url(HMAC-SHA256[:16])."""
    payload = json.dumps(fields, separators=(",", ":")).encode()
    signature = hmac.new(secret, payload, hashlib.sha256).digest()[:16]

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    return f"{b64(payload)}.{b64(signature)}"


@pytest.mark.parametrize(
    ("kind", "code", "url"),
    [
        (TrackingKind.OPEN, "o", None),
        (TrackingKind.UNSUBSCRIBE, "u", None),
        (TrackingKind.MIRROR, "m", None),
        (TrackingKind.CLICK, "c", 'https://shop.example.com/?q="a"\\b&c=é字\u2028\t'),
    ],
)
def test_tokens_keep_their_format_so_links_already_sent_still_work(
    kind: TrackingKind, code: str, url: str | None
) -> None:
    secret = b"s" * 32
    signer = LinkSigner(secret, "https://t.example.com")
    fields: list[object] = [7, 123456, code] + ([url] if url is not None else [])
    reference = _reference_token(secret, fields)
    assert signer.token(7, 123456, kind, url) == reference
    assert signer.verify(reference) == TrackingToken(7, 123456, kind, url)


def test_altered_or_forged_tokens_are_refused() -> None:
    signer = LinkSigner(b"k" * 32, "https://t.example.com")
    token = signer.token(1, 2, TrackingKind.CLICK, "https://good.example.com")
    payload, signature = token.split(".")
    evil = LinkSigner(b"other-key" * 4, "https://t.example.com").token(
        1, 2, TrackingKind.CLICK, "https://evil.example.com"
    )
    assert signer.verify(evil) is None
    assert signer.verify(evil.split(".")[0] + "." + signature) is None
    assert signer.verify(payload + "." + signature[:-2] + "AA") is None
    assert signer.verify("garbage") is None
    assert signer.verify("") is None


def test_the_database_key_is_created_once_and_shared(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        first = signer_for(session).token(1, 1, TrackingKind.OPEN)
    with sessions.begin() as session:
        second_signer = signer_for(session)
    assert second_signer.verify(first) == TrackingToken(1, 1, TrackingKind.OPEN)

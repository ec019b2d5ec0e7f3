"""Signed tracking links: open pixel, click redirect, unsubscribe and mirror page.

A token carries the delivery, the recipient, the kind of hit and (for clicks) the target
URL, followed by an HMAC-SHA256 signature. The tracking server accepts only tokens whose
signature matches, so nobody can forge a hit or use it as an open redirect. The keys are
the database's tracking key ring (services.access.tracking_keys): the current key signs,
and a key replaced by a rotation still verifies until its grace period ends.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii

from sqlalchemy.orm import Session

from desktop.models.enums import TrackingKind
from desktop.services.access.tracking_keys import KeyRingWatch, load_ring
from desktop.services.settings.options import get_value

_KIND_CODES = {
    TrackingKind.OPEN: "o",
    TrackingKind.CLICK: "c",
    TrackingKind.UNSUBSCRIBE: "u",
    TrackingKind.MIRROR: "m",
}
_CODE_KINDS = {code: kind for kind, code in _KIND_CODES.items()}
_SIGNATURE_BYTES = 16
# The recipient a proof's links are signed for. No recipient has this id (ids start at 1):
# the tracking server records no hit for it, so opening or clicking a proof never moves
# the delivery's KPIs nor unsubscribes anyone, while its links still lead where they say.
UNTRACKED_RECIPIENT = 0


@dataclass(frozen=True)
class TrackingToken:
    delivery_id: int
    recipient_id: int
    kind: TrackingKind
    url: str | None = None


_URL_SAFE = bytes.maketrans(b"+/", b"-_")


def _b64(data: bytes) -> str:
    # base64.urlsafe_b64encode, without its Python-level wrappers: tokens are made eight
    # times per message sent.
    return binascii.b2a_base64(data, newline=False).translate(_URL_SAFE).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class LinkSigner:
    """Signs with `secret`; verifies with the keys `verifying_keys()` gives at the moment
    (by default `secret` alone)."""

    def __init__(
        self,
        secret: bytes,
        base_url: str,
        verifying_keys: Callable[[], Sequence[bytes]] | None = None,
    ) -> None:
        self._secret = secret
        self.base_url = base_url.rstrip("/")
        self._verifying_keys = verifying_keys or (lambda: (secret,))

    def _sign(self, payload: bytes, key: bytes | None = None) -> bytes:
        return hmac.digest(key or self._secret, payload, "sha256")[:_SIGNATURE_BYTES]

    def token(
        self, delivery_id: int, recipient_id: int, kind: TrackingKind, url: str | None = None
    ) -> str:
        # The compact JSON array [delivery, recipient, kind(, url)], written directly: the
        # same bytes as json.dumps(..., separators=(",", ":")) at a fraction of the cost.
        head = f'[{int(delivery_id)},{int(recipient_id)},"{_KIND_CODES[kind]}"'
        text = f"{head}]" if url is None else f"{head},{encode_basestring_ascii(url)}]"
        payload = text.encode("ascii")
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def verify(self, token: str) -> TrackingToken | None:
        """The token's content, or None when it is malformed or its signature is wrong."""
        try:
            payload_text, signature_text = token.split(".")
            payload = _unb64(payload_text)
            signature = _unb64(signature_text)
        except (ValueError, TypeError):
            return None
        if not any(
            hmac.compare_digest(signature, self._sign(payload, key))
            for key in self._verifying_keys()
        ):
            return None
        try:
            fields = json.loads(payload)
            delivery_id, recipient_id, code = int(fields[0]), int(fields[1]), fields[2]
            kind = _CODE_KINDS[code]
            url = fields[3] if len(fields) > 3 else None
        except (ValueError, KeyError, IndexError, TypeError):
            return None
        if kind is TrackingKind.CLICK and not isinstance(url, str):
            return None
        return TrackingToken(delivery_id, recipient_id, kind, url)

    def _url(self, path: str, token: str) -> str:
        return f"{self.base_url}/{path}/{token}"

    def open_pixel_url(self, delivery_id: int, recipient_id: int) -> str:
        return self._url("o", self.token(delivery_id, recipient_id, TrackingKind.OPEN))

    def click_url(self, delivery_id: int, recipient_id: int, url: str) -> str:
        return self._url("c", self.token(delivery_id, recipient_id, TrackingKind.CLICK, url))

    def unsubscribe_url(self, delivery_id: int, recipient_id: int) -> str:
        return self._url("u", self.token(delivery_id, recipient_id, TrackingKind.UNSUBSCRIBE))

    def mirror_url(self, delivery_id: int, recipient_id: int) -> str:
        return self._url("m", self.token(delivery_id, recipient_id, TrackingKind.MIRROR))


def signer_for(session: Session) -> LinkSigner:
    """The signer with this database's current key and the NmsTracking_ServerUrl option;
    it verifies with every key of the ring still valid when a link comes back. May create
    the ring (tracking_keys.load_ring): call it in a transaction that commits."""
    base_url = str(get_value(session, "NmsTracking_ServerUrl"))
    loaded = load_ring(session)
    return LinkSigner(loaded.ring.current, base_url, KeyRingWatch(loaded).verifying_keys)

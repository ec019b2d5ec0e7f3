"""A ring of signing keys: one signs, the keys it replaced still verify for a while.

Plain data, no storage (services.access.tracking_keys keeps the tracking links' ring).
Its text form, the same in a key file and in an environment variable:

    # comments
    <64 hexadecimal digits>                                  the key that signs
    <64 hexadecimal digits> until 2027-01-31T09:00:00+00:00  a retired key, verifying until then

Lines, or entries separated by commas (one line fits an environment variable). The first
entry without `until` signs; a retired key is dropped once its date has passed.
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.errors import ConsoleError

KEY_BYTES = 32
MIN_KEY_BYTES = 16
_ENTRY = re.compile(r"(?P<key>[0-9a-fA-F]+)(?:\s+until\s+(?P<until>\S+))?")
_HEADER = (
    "# Campaign Console tracking keys: keep secret. The first key signs new links; each\n"
    "# other key still verifies the links it signed until its date. Rotate with\n"
    "# `campaign-console secret rotate`.\n"
)


def fingerprint(key: bytes) -> str:
    """A name for a key that can be shown and stored: it reveals nothing of the key."""
    return hmac.digest(key, b"campaign-console key fingerprint", "sha256")[:8].hex()


@dataclass(frozen=True)
class RetiredKey:
    key: bytes
    until: datetime  # aware; links it signed verify before this moment, not after


@dataclass(frozen=True)
class KeyRing:
    current: bytes
    retired: tuple[RetiredKey, ...] = ()

    @classmethod
    def new(cls) -> KeyRing:
        return cls(secrets.token_bytes(KEY_BYTES))

    def verifying(self, now: datetime) -> tuple[bytes, ...]:
        """The keys a link may be signed with at `now`: the current one first."""
        return (self.current, *(r.key for r in self.retired if now < r.until))

    def holds(self, key: bytes) -> bool:
        return key == self.current or any(r.key == key for r in self.retired)

    def has_expired(self, now: datetime) -> bool:
        return any(now >= r.until for r in self.retired)

    def without_expired(self, now: datetime) -> KeyRing:
        return KeyRing(self.current, tuple(r for r in self.retired if now < r.until))

    def with_retired(self, key: bytes, until: datetime) -> KeyRing:
        return KeyRing(self.current, (*self.retired, RetiredKey(key, until)))

    def rotated(self, now: datetime, grace: timedelta) -> KeyRing:
        """A new key signs; the current one verifies until now + grace; expired ones go."""
        kept = self.without_expired(now).retired
        return KeyRing(
            secrets.token_bytes(KEY_BYTES), (RetiredKey(self.current, now + grace), *kept)
        )

    def text(self, *, one_line: bool = False) -> str:
        entries = [self.current.hex()] + [
            f"{r.key.hex()} until {r.until.astimezone(UTC).isoformat(timespec='seconds')}"
            for r in self.retired
        ]
        if one_line:
            return ",".join(entries)
        return _HEADER + "".join(f"{entry}\n" for entry in entries)

    @classmethod
    def parse(cls, text: str, source: str) -> KeyRing:
        """The ring of `text`; a ConsoleError naming `source` and the entry (never its key)
        when it is not one."""
        current: bytes | None = None
        retired: list[RetiredKey] = []
        position = 0
        for line in text.splitlines():
            if line.lstrip().startswith("#"):
                continue
            for entry in line.split(","):
                if not entry.strip():
                    continue
                position += 1
                key, until = _entry(entry.strip(), f"{source}, entry {position}")
                if until is None:
                    if current is not None:
                        raise ConsoleError(
                            f"{source}, entry {position}: a second key without 'until': "
                            "only the first key signs"
                        )
                    current = key
                else:
                    retired.append(RetiredKey(key, until))
        if current is None:
            raise ConsoleError(f"{source}: no key without 'until' (the one that signs)")
        return cls(current, tuple(retired))


def _entry(entry: str, where: str) -> tuple[bytes, datetime | None]:
    match = _ENTRY.fullmatch(entry)
    if match is None or len(match["key"]) % 2 or len(match["key"]) < 2 * MIN_KEY_BYTES:
        raise ConsoleError(
            f"{where}: not a key (at least {2 * MIN_KEY_BYTES} hexadecimal digits, "
            "optionally followed by 'until' and a date)"
        )
    until = None
    if match["until"] is not None:
        try:
            until = datetime.fromisoformat(match["until"])
        except ValueError:
            raise ConsoleError(
                f"{where}: 'until' must be followed by a date such as 2027-01-31T09:00:00+00:00"
            ) from None
        if until.tzinfo is None:
            until = until.replace(tzinfo=UTC)
    return bytes.fromhex(match["key"]), until

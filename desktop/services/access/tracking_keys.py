"""The keys that sign tracking links, kept outside the database.

Whoever reads the database (a copy of the SQLite file, a backup, a read-only account on
PostgreSQL) must not be able to forge opens, clicks or unsubscriptions: the keys live in
a key ring (services.access.key_ring) found, in this order,

1. in the environment variable CAMPAIGN_CONSOLE_TRACKING_KEYS (its text, one line: for
   servers and containers, set from a secret store);
2. in the file named by CAMPAIGN_CONSOLE_TRACKING_KEY_FILE (for several processes or
   machines: the same file on each, deployed like any other secret);
3. in the user's data folder, `tracking-keys/<ring id>.keys` (0600, in 0700 folders): the
   ring id, a random name stored in the database, keeps each database's keys apart.

The database keeps only the ring id and the fingerprint of the key that signs (the
`tracking_key_ring` application secret), so a process whose keys are missing or out of
date (rotated on another machine) says so instead of signing links nobody can verify. A
database from before, whose key is still in it, has it moved to the ring on first use,
and the links already sent keep working.

`rotate` makes a new key sign; the key it replaces still verifies for a grace period
(30 days unless told), then is dropped. A running tracking server reads the ring again
when its file changes.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, ValidationError
from desktop.models import AppSecret
from desktop.models.database import private_data_folder
from desktop.models.enums import Right
from desktop.services.access import audit
from desktop.services.access.key_ring import KeyRing, fingerprint
from desktop.services.access.rights import Actor, require

KEYS_ENV = "CAMPAIGN_CONSOLE_TRACKING_KEYS"
KEY_FILE_ENV = "CAMPAIGN_CONSOLE_TRACKING_KEY_FILE"
RING_RECORD = "tracking_key_ring"  # application secret: {"ring": id, "signs": fingerprint}
LEGACY_KEY = "tracking_signing_key"  # where a database from before keeps its key
DEFAULT_GRACE = timedelta(days=30)
KEYS_FOLDER = "tracking-keys"
RELOAD_INTERVAL = 1.0  # seconds: how often a running verifier looks at the key file


def utcnow() -> datetime:
    return datetime.now(UTC)


class TrackingKeysMissing(ConsoleError):
    """The database has keys, but not here: signing with new ones would break its links."""


# ---- where a ring lives ------------------------------------------------------------------


class EnvironmentKeys:
    """The ring in CAMPAIGN_CONSOLE_TRACKING_KEYS: read only (the environment is the
    administrator's to set)."""

    writable = False
    where = KEYS_ENV

    def load(self) -> KeyRing | None:
        return KeyRing.parse(os.environ[KEYS_ENV], KEYS_ENV)

    def stamp(self) -> object:
        return None  # a process's environment does not change under it

    def create(self, ring: KeyRing) -> KeyRing:
        return self.replace(ring)

    def replace(self, ring: KeyRing) -> KeyRing:
        raise ConsoleError(f"the tracking keys come from {KEYS_ENV}: they cannot be written")


class KeyFile:
    """The ring in a file readable by its owner only, replaced atomically."""

    writable = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)

    def load(self) -> KeyRing | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise ConsoleError(f"cannot read the tracking keys {self.path}: {reason}") from None
        return KeyRing.parse(text, str(self.path))

    def stamp(self) -> object:
        try:
            status = self.path.stat()
        except OSError:
            return None
        return (status.st_ino, status.st_mtime_ns, status.st_size)

    def create(self, ring: KeyRing) -> KeyRing:
        """Writes the ring if no file is there yet; returns the ring in the file (another
        process's, when it wrote first)."""
        temporary = self._written(ring)
        try:
            os.link(temporary, self.path)  # atomic, and refuses to replace
        except FileExistsError:
            theirs = self.load()
            assert theirs is not None
            return theirs
        except OSError as exc:
            raise ConsoleError(f"cannot write the tracking keys {self.path}: {exc}") from None
        finally:
            temporary.unlink(missing_ok=True)
        return ring

    def replace(self, ring: KeyRing) -> None:
        temporary = self._written(ring)
        try:
            os.replace(temporary, self.path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise ConsoleError(f"cannot write the tracking keys {self.path}: {exc}") from None

    def readable_by_others(self) -> bool:
        try:
            return bool(self.path.stat().st_mode & 0o077)
        except OSError:
            return False

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    def _written(self, ring: KeyRing) -> Path:
        folder = self.path.parent
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor, name = tempfile.mkstemp(dir=folder, prefix=".keys-")
        except OSError as exc:
            raise ConsoleError(
                f"cannot write the tracking keys in {folder}: {exc.strerror}"
            ) from None
        try:
            os.fchmod(descriptor, 0o600)  # before a byte of a key is written
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(ring.text())
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return Path(name)


KeyStore = EnvironmentKeys | KeyFile


def keys_from_environment() -> bool:
    return bool(os.environ.get(KEYS_ENV, "").strip())


def key_store(ring_id: str) -> KeyStore:
    """Where this process keeps the ring named `ring_id` (see the module's note)."""
    if keys_from_environment():
        return EnvironmentKeys()
    named = os.environ.get(KEY_FILE_ENV, "").strip()
    if named:
        return KeyFile(Path(named).expanduser())
    return KeyFile(private_data_folder() / KEYS_FOLDER / f"{ring_id}.keys")


# ---- the database's record ---------------------------------------------------------------


@dataclass(frozen=True)
class RingRecord:
    ring_id: str
    signs: str  # fingerprint of the key that signs


def _read_record(session: Session) -> RingRecord | None:
    row = session.get(AppSecret, RING_RECORD)
    if row is None:
        return None
    data = json.loads(row.value)
    return RingRecord(str(data["ring"]), str(data["signs"]))


def _write_record(session: Session, record: RingRecord, *, new: bool) -> None:
    value = json.dumps({"ring": record.ring_id, "signs": record.signs})
    if new:
        with session.begin_nested():  # IntegrityError: another process recorded first
            session.add(AppSecret(name=RING_RECORD, value=value))
    else:
        row = session.get(AppSecret, RING_RECORD)
        assert row is not None
        row.value = value
        session.flush()


# ---- the ring of a database --------------------------------------------------------------


@dataclass(frozen=True)
class LoadedRing:
    ring: KeyRing
    store: KeyStore
    ring_id: str


def load_ring(session: Session) -> LoadedRing:
    """The database's key ring, created on first use (from the key a database from before
    holds, which then leaves the database). Writes in the caller's transaction: call it in
    one that commits.

    Raises TrackingKeysMissing when the database's keys are not here, ConsoleError when
    they are not the ones it signs with now (rotated elsewhere) or cannot be read."""
    try:
        return _load_ring(session)
    except IntegrityError:
        # Another process created the database's ring at the same moment: use theirs.
        return _load_ring(session)


def _load_ring(session: Session) -> LoadedRing:
    now = utcnow()
    record = _read_record(session)
    legacy_row = session.get(AppSecret, LEGACY_KEY)
    legacy = bytes.fromhex(legacy_row.value) if legacy_row is not None else None
    ring_id = record.ring_id if record is not None else secrets.token_hex(8)
    store = key_store(ring_id)
    ring = store.load()
    created = False
    if ring is None:
        if record is not None and legacy is None:
            raise TrackingKeysMissing(_missing(store))
        ring = store.create(KeyRing(legacy) if legacy is not None else KeyRing.new())
        created = True
    if legacy is not None and not ring.holds(legacy):
        # Links were signed with the database's key: it verifies for a grace period more.
        if not store.writable:
            raise ConsoleError(_legacy_not_in_environment())
        ring = ring.with_retired(legacy, now + DEFAULT_GRACE)
        store.replace(ring)
    if store.writable and ring.has_expired(now):
        ring = ring.without_expired(now)
        store.replace(ring)

    signs = fingerprint(ring.current)
    try:
        if record is None:
            _write_record(session, RingRecord(ring_id, signs), new=True)
        elif record.signs != signs:
            if not any(fingerprint(r.key) == record.signs for r in ring.retired):
                raise ConsoleError(_out_of_date(store))
            # This ring replaced the recorded key (a rotation whose record was not written,
            # or a new value of the environment variable): it signs from now on.
            _write_record(session, RingRecord(ring_id, signs), new=False)
    except IntegrityError:
        if created and isinstance(store, KeyFile) and store.load() == ring:
            store.remove()  # our ring lost the race: nothing was signed with it
        raise
    if legacy_row is not None:
        session.delete(legacy_row)
        session.flush()
    return LoadedRing(ring, store, ring_id)


def _missing(store: KeyStore) -> str:
    return (
        f"this database's tracking keys are not here ({store.where} does not exist): copy "
        "that file from the machine where this database sent its first messages, or set "
        f"{KEY_FILE_ENV} or {KEYS_ENV}. `campaign-console secret rotate --start-over` "
        "makes new keys instead, and the tracking links already sent stop working"
    )


def _out_of_date(store: KeyStore) -> str:
    if isinstance(store, EnvironmentKeys):
        how = f"set {KEYS_ENV} to the value `campaign-console secret rotate --print` gave"
    else:
        how = f"copy {store.where} from the machine where `campaign-console secret rotate` ran"
    return (
        f"the tracking keys in {store.where} are not the ones this database signs with "
        f"(they were rotated elsewhere): {how}"
    )


def _legacy_not_in_environment() -> str:
    return (
        f"the database still holds the tracking key of the links already sent, and "
        f"{KEYS_ENV} does not: run `campaign-console secret status` once without "
        f"{KEYS_ENV} set (the key moves to a key file), then set {KEYS_ENV} to that file's "
        "keys"
    )


# ---- verifying in a long-running server ----------------------------------------------------


class KeyRingWatch:
    """The keys that verify a link now. Retired keys stop verifying when their date
    passes; the file is read again when it changes (a rotation by another process), at
    most once every RELOAD_INTERVAL."""

    def __init__(self, loaded: LoadedRing) -> None:
        self._store = loaded.store
        self._ring = loaded.ring
        self._stamp = loaded.store.stamp()
        self._keys = self._ring.verifying(utcnow())
        self._next_look = time.monotonic() + RELOAD_INTERVAL

    def verifying_keys(self) -> tuple[bytes, ...]:
        # Asked for every hit: the keys are worked out again once per interval only.
        if time.monotonic() >= self._next_look:
            self._next_look = time.monotonic() + RELOAD_INTERVAL
            self._reload_if_changed()
            self._keys = self._ring.verifying(utcnow())
        return self._keys

    def _reload_if_changed(self) -> None:
        stamp = self._store.stamp()
        if stamp == self._stamp:
            return
        try:
            ring = self._store.load()
        except ConsoleError:
            return  # half-edited by hand: keep the keys known, look again later
        if ring is not None:
            self._ring, self._stamp = ring, stamp


# ---- administration ----------------------------------------------------------------------


@dataclass(frozen=True)
class KeyState:
    fingerprint: str
    verifies_until: datetime | None  # None: the key that signs


@dataclass(frozen=True)
class RingStatus:
    where: str
    keys: list[KeyState]
    ring_id: str
    readable_by_others: bool  # the key file's mode lets other users read it


def status(session: Session, actor: Actor) -> RingStatus:
    """Where the keys are and which verify until when (fingerprints, never keys).
    Moves a database's key out of it, as any first use does."""
    require(actor, Right.ADMINISTRATION, "read the state of the tracking keys")
    loaded = load_ring(session)
    exposed = isinstance(loaded.store, KeyFile) and loaded.store.readable_by_others()
    return RingStatus(loaded.store.where, _states(loaded.ring), loaded.ring_id, exposed)


def _states(ring: KeyRing) -> list[KeyState]:
    return [KeyState(fingerprint(ring.current), None)] + [
        KeyState(fingerprint(r.key), r.until) for r in ring.retired
    ]


@dataclass(frozen=True)
class Rotation:
    where: str
    keys: list[KeyState]
    # The new ring's one-line text when the keys come from the environment: the
    # administrator sets it there; nothing was written.
    environment_value: str | None = None


def rotate(
    session: Session,
    actor: Actor,
    *,
    grace: timedelta = DEFAULT_GRACE,
    reveal: bool = False,
    start_over: bool = False,
    now: datetime | None = None,
) -> Rotation:
    """A new key signs from now on; the one it replaces verifies until now + grace.

    reveal: the keys come from the environment; return the new value to set there (it is
    refused otherwise). start_over: the keys are lost: make a ring that holds no old key.
    """
    require(actor, Right.ADMINISTRATION, "rotate the tracking key")
    if grace < timedelta(0):
        raise ValidationError("grace period", "must not be negative", grace.days)
    now = now or utcnow()
    if keys_from_environment() and not reveal:
        raise ConsoleError(
            f"the tracking keys come from {KEYS_ENV}: rotate with --print to get its new "
            "value, then set it in the environment of every process and restart them"
        )
    started_over = False
    try:
        loaded = load_ring(session)
        ring, store = loaded.ring.rotated(now, grace), loaded.store
    except TrackingKeysMissing:
        if not start_over:
            raise
        ring, started_over = KeyRing.new(), True
    record = _read_record(session)  # load_ring recorded the ring; missing keys had a record
    assert record is not None
    if started_over:
        store = key_store(record.ring_id)
    previous_until = None if started_over else ring.retired[0].until
    audit.record(
        session,
        actor,
        "tracking_key",
        None,
        "rotate",
        details={
            "signs": fingerprint(ring.current),
            "previous_verifies_until": _iso(previous_until) if previous_until else None,
            "started_over": started_over,
        },
    )
    if not store.writable:
        # Recorded by the first process that runs with the new value.
        return Rotation(store.where, _states(ring), ring.text(one_line=True))
    # The record first: its statement takes the database's write lock, so a database
    # another process keeps busy refuses here, before the file changes, and the whole
    # rotation can start over (services.runtime.busy_retry). The file is written last,
    # once, when nothing is left that waits for a lock.
    _write_record(session, RingRecord(record.ring_id, fingerprint(ring.current)), new=False)
    store.replace(ring)
    return Rotation(store.where, _states(ring))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")

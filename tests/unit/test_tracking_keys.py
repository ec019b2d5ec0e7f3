"""The tracking links' keys live outside the database, in a 0600 file or the environment;
a database from before has its key moved out on first use; a rotation keeps the links
already sent working for a grace period, then no longer."""

from __future__ import annotations

import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, PermissionDenied
from desktop.models import AppSecret, AuditEntry
from desktop.models.enums import TrackingKind
from desktop.services.access import tracking_keys
from desktop.services.access.key_ring import KeyRing, fingerprint
from desktop.services.access.tracking_keys import (
    KEY_FILE_ENV,
    KEYS_ENV,
    LEGACY_KEY,
    TrackingKeysMissing,
    load_ring,
    rotate,
    utcnow,
)
from desktop.services.messages.tracking_links import LinkSigner, TrackingToken, signer_for
from tests.databases import database_dump

OPEN = TrackingToken(7, 42, TrackingKind.OPEN)


def sign_open(sessions: sessionmaker[Session]) -> str:
    """A token as a message sent now carries it."""
    with sessions.begin() as session:
        return signer_for(session).token(7, 42, TrackingKind.OPEN)


def verified(sessions: sessionmaker[Session], token: str) -> TrackingToken | None:
    """What a tracking server started now makes of the token."""
    with sessions.begin() as session:
        return signer_for(session).verify(token)


def key_file(sessions: sessionmaker[Session]) -> Path:
    with sessions.begin() as session:
        store = load_ring(session).store
    assert isinstance(store, tracking_keys.KeyFile)
    return store.path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def database_bytes(engine, path: Path) -> bytes:
    """SQLite: the file's bytes, free pages included; another backend: every row."""
    if engine.dialect.name != "sqlite":
        return database_dump(engine).encode()
    with engine.connect() as connection:  # the WAL's pages into the file
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return path.read_bytes()


def test_the_key_is_in_a_0600_file_of_the_data_folder_and_not_in_the_database(
    sessions, engine, tmp_path: Path
) -> None:
    token = sign_open(sessions)
    path = key_file(sessions)
    assert path.is_relative_to(tmp_path / "data")  # XDG_DATA_HOME of the test
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    ring = KeyRing.parse(path.read_text(), str(path))
    assert LinkSigner(ring.current, "").verify(token) == OPEN
    with sessions() as session:
        assert session.get(AppSecret, LEGACY_KEY) is None
        values = " ".join(session.scalars(select(AppSecret.value)))
    assert ring.current.hex() not in values
    everything = database_bytes(engine, tmp_path / "console.db")
    assert ring.current not in everything and ring.current.hex().encode() not in everything


def test_a_database_from_before_has_its_key_moved_out_and_its_links_keep_working(
    sessions, engine, tmp_path: Path
) -> None:
    old_key = os.urandom(32)
    with sessions.begin() as session:  # as the console stored it until now
        session.add(AppSecret(name=LEGACY_KEY, value=old_key.hex()))
    sent_before = LinkSigner(old_key, "").token(7, 42, TrackingKind.OPEN)

    assert verified(sessions, sent_before) == OPEN
    assert LinkSigner(old_key, "").verify(sign_open(sessions)) == OPEN  # it still signs
    with sessions() as session:
        assert session.get(AppSecret, LEGACY_KEY) is None
    assert KeyRing.parse(key_file(sessions).read_text(), "").current == old_key
    assert old_key.hex().encode() not in database_bytes(engine, tmp_path / "console.db")


def test_links_signed_before_a_rotation_verify_through_the_grace_period(sessions, admin) -> None:
    sent_before = sign_open(sessions)
    with sessions.begin() as session:
        rotation = rotate(session, admin, grace=timedelta(days=30))
    sent_after = sign_open(sessions)
    assert sent_after != sent_before  # a new key signs
    assert verified(sessions, sent_before) == OPEN
    assert verified(sessions, sent_after) == OPEN
    signs, retired = rotation.keys
    assert signs.verifies_until is None
    assert retired.verifies_until is not None
    assert timedelta(days=29, hours=23) < retired.verifies_until - utcnow() <= timedelta(days=30)
    with sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "tracking_key")).one()
    assert (entry.action, entry.operator_name, entry.details["signs"]) == (
        "rotate",
        "admin",
        signs.fingerprint,
    )


@pytest.mark.parametrize(("days_ago", "still_verifies"), [(29, True), (31, False)])
def test_after_the_grace_period_the_old_key_is_dropped(
    sessions, admin, days_ago: int, still_verifies: bool
) -> None:
    sent_before = sign_open(sessions)
    with sessions.begin() as session:  # a rotation `days_ago` days ago, with 30 days of grace
        rotate(session, admin, grace=timedelta(days=30), now=utcnow() - timedelta(days=days_ago))
    assert (verified(sessions, sent_before) == OPEN) is still_verifies
    ring = KeyRing.parse(key_file(sessions).read_text(), "")
    assert len(ring.retired) == (1 if still_verifies else 0)  # dropped from the file too


def test_only_an_administrator_rotates(sessions, manager, reviewer) -> None:
    token = sign_open(sessions)
    for actor in (manager, reviewer):
        with sessions.begin() as session, pytest.raises(PermissionDenied):
            rotate(session, actor)
    assert verified(sessions, token) == OPEN


def test_keys_from_the_environment_are_used_and_never_written(
    sessions, admin, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ring = KeyRing.new()
    monkeypatch.setenv(KEYS_ENV, ring.text(one_line=True))
    token = sign_open(sessions)
    assert LinkSigner(ring.current, "").verify(token) == OPEN
    assert not (tmp_path / "data" / "campaign-console" / "tracking-keys").exists()

    with sessions.begin() as session, pytest.raises(ConsoleError, match="--print"):
        rotate(session, admin)
    with sessions.begin() as session:
        rotation = rotate(session, admin, reveal=True)
    assert rotation.environment_value is not None
    assert not (tmp_path / "data" / "campaign-console" / "tracking-keys").exists()

    # The administrator sets the new value: links sent before still verify, new ones are
    # signed with the new key, and a process left with the old value is told.
    monkeypatch.setenv(KEYS_ENV, rotation.environment_value)
    assert verified(sessions, token) == OPEN
    new_ring = KeyRing.parse(rotation.environment_value, KEYS_ENV)
    assert LinkSigner(new_ring.current, "").verify(sign_open(sessions)) == OPEN
    monkeypatch.setenv(KEYS_ENV, ring.text(one_line=True))
    with sessions.begin() as session, pytest.raises(ConsoleError, match="rotated elsewhere"):
        signer_for(session)


def test_a_shared_key_file_named_by_the_environment(
    sessions, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shared = tmp_path / "etc" / "tracking.keys"
    monkeypatch.setenv(KEY_FILE_ENV, str(shared))
    token = sign_open(sessions)
    assert mode(shared) == 0o600
    assert LinkSigner(KeyRing.parse(shared.read_text(), "").current, "").verify(token) == OPEN


def test_missing_keys_are_an_error_that_says_what_to_do_not_a_silent_new_key(
    sessions, admin
) -> None:
    token = sign_open(sessions)
    path = key_file(sessions)
    path.unlink()  # a database copied to another machine without its keys
    with sessions.begin() as session, pytest.raises(TrackingKeysMissing) as raised:
        signer_for(session)
    message = str(raised.value)
    assert str(path) in message and "--start-over" in message
    with sessions.begin() as session, pytest.raises(TrackingKeysMissing):
        rotate(session, admin)

    with sessions.begin() as session:
        rotate(session, admin, start_over=True)
    assert verified(sessions, token) is None  # what the administrator was warned of
    assert verified(sessions, sign_open(sessions)) == OPEN


def test_a_key_file_left_behind_by_a_rotation_elsewhere_is_refused(
    sessions, admin, tmp_path: Path
) -> None:
    sign_open(sessions)
    path = key_file(sessions)
    stale = path.read_bytes()  # the copy another machine has
    with sessions.begin() as session:
        rotate(session, admin)
    path.write_bytes(stale)
    with sessions.begin() as session, pytest.raises(ConsoleError, match="rotated elsewhere"):
        signer_for(session)


def test_a_damaged_key_file_is_named_and_its_keys_are_not_shown(sessions) -> None:
    sign_open(sessions)
    path = key_file(sessions)
    ring = KeyRing.parse(path.read_text(), "")
    path.write_text(f"{ring.current.hex()}\n{ring.current.hex()[:20]}zz until tomorrow\n")
    with sessions.begin() as session, pytest.raises(ConsoleError) as raised:
        signer_for(session)
    message = str(raised.value)
    assert f"{path}, entry 2: not a key" in message
    assert ring.current.hex()[:20] not in message


def test_a_running_verifier_follows_a_rotation_made_by_another_process(
    sessions, admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tracking_keys, "RELOAD_INTERVAL", 0.0)
    with sessions.begin() as session:
        server_side = signer_for(session)  # a tracking server started before the rotation
    with sessions.begin() as session:
        rotate(session, admin)
    assert server_side.verify(sign_open(sessions)) == OPEN


def test_fingerprints_name_keys_without_revealing_them() -> None:
    key = os.urandom(32)
    assert fingerprint(key) == fingerprint(key) != fingerprint(os.urandom(32))
    assert fingerprint(key) not in key.hex()

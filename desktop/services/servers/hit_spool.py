"""The tracking server's spool: every hit it answers is on disk before the answer leaves.

A hit is appended as one JSON line to this process's spool file before its handler
answers. From then on it survives the process (a crash, a kill, a database that stays
locked past the server's stop): the line is in the system's file cache at once, and the
writer thread fsyncs the file before each batch it records, so a power cut can cost at
most the hits of one batch (a twentieth of a second) rather than an fsync per hit. Once
every hit appended so far is recorded in the database the file is emptied; it is removed
when the server stops with nothing left to record.

A file left behind is replayed into the database at the next start of a tracking server
on the same database (the files live in one folder per database, in the user's data
folder); hit ids make recording a hit twice harmless (services.servers.hit_recording).
Each process holds an exclusive lock (flock) on its own file, so two tracking servers on
one machine (the application's and `tracking serve`) never replay each other's live file.
The files are readable by their owner only: they hold recipients' ids and user agents.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine

from desktop.models.database import APP_NAME
from desktop.models.enums import TrackingKind
from desktop.services.servers.hit_recording import Hit

log = logging.getLogger(__name__)

PREFIX, SUFFIX = "hits-", ".jsonl"


def spool_folder_for(engine: Engine) -> Path:
    """The spool folder of a database: one per database, in the user's data folder, so
    that a spool is only ever replayed into the database its hits belong to."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        identity = "sqlite:" + str(Path(url.database).expanduser().resolve())
    else:
        identity = url.render_as_string(hide_password=True)
    key = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "tracking-spool" / key


def encode(hit: Hit) -> bytes:
    return (
        json.dumps(
            {
                "id": hit.hit_id,
                "d": hit.delivery_id,
                "r": hit.recipient_id,
                "k": hit.kind.value,
                "u": hit.url,
                "a": hit.user_agent,
                "t": hit.at.isoformat(),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        + b"\n"
    )


def decode(line: bytes) -> Hit:
    data = json.loads(line)
    return Hit(
        delivery_id=int(data["d"]),
        recipient_id=int(data["r"]),
        kind=TrackingKind(data["k"]),
        url=str(data["u"]),
        user_agent=str(data["a"]),
        at=datetime.fromisoformat(data["t"]),
        hit_id=str(data["id"]),
    )


def _open_locked(path: Path, flags: int) -> int | None:
    """The file opened and exclusively locked, or None when another process holds it."""
    fd = os.open(path, flags, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


class HitSpool:
    """This process's spool file: `append` from the server's handlers, `sync` and
    `settle` from the writer thread."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = folder / f"{PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        fd = _open_locked(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL)
        assert fd is not None  # a new file nobody else knows
        self._fd = fd
        self._lock = threading.Lock()
        self._appended = 0  # hits in the file
        self._settled = 0  # of those, hits recorded (or found not to be recordable)
        self._unsynced = False

    def append(self, hit: Hit) -> None:
        """One line, in one write: it reaches the file before the hit is answered."""
        line = encode(hit)
        with self._lock:
            os.write(self._fd, line)
            self._appended += 1
            self._unsynced = True

    def sync(self) -> None:
        """Makes the lines appended so far durable (the writer, before each batch)."""
        with self._lock:
            if not self._unsynced:
                return
            self._unsynced = False
        os.fsync(self._fd)

    def settle(self, count: int) -> None:
        """`count` more hits of the file are recorded; once all are, the file is emptied."""
        with self._lock:
            self._settled += count
            if self._settled >= self._appended and self._appended:
                os.ftruncate(self._fd, 0)
                self._appended = self._settled = 0

    @property
    def unsettled(self) -> int:
        with self._lock:
            return self._appended - self._settled

    def close(self) -> None:
        """Closes the file; removes it when every hit in it is recorded (else it waits
        for the next start, which replays it)."""
        with self._lock:
            if self._fd < 0:
                return
            empty = self._appended == self._settled
            if empty:
                self.path.unlink(missing_ok=True)
            else:
                os.fsync(self._fd)
            os.close(self._fd)  # releases the lock
            self._fd = -1


@dataclass
class LeftSpool:
    """A spool file another process left, locked by this one while it is replayed."""

    path: Path
    fd: int

    def hits(self) -> Iterator[Hit]:
        with os.fdopen(os.dup(self.fd), "rb") as lines:
            lines.seek(0)
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    yield decode(line)
                except (ValueError, KeyError, TypeError) as exc:  # a line cut by a crash
                    log.warning("%s line %d: not a hit (%s); skipped", self.path, number, exc)

    def done(self) -> None:
        """Every hit recorded: the file goes."""
        self.path.unlink(missing_ok=True)
        self.release()

    def release(self) -> None:
        os.close(self.fd)


def left_spools(folder: Path) -> Iterator[LeftSpool]:
    """The spool files in `folder` no live process holds, each locked for the caller."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob(f"{PREFIX}*{SUFFIX}")):
        try:
            fd = _open_locked(path, os.O_RDONLY)
        except FileNotFoundError:  # replayed and removed by another process meanwhile
            continue
        if fd is None:
            continue
        if not path.exists():  # removed between our open and our lock
            os.close(fd)
            continue
        yield LeftSpool(path, fd)

"""Files that appear whole or not at all: written under a hidden temporary name in the
same folder, flushed to disk, then renamed over the target (os.replace, atomic within one
file system). A reader, or the router's robot watching a drop folder, never sees half a
file; a stop, an error or a killed process leaves no file under the target's name (a
killed one may leave its `.NAME.*.part`, which the next write of NAME removes)."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO

PART_SUFFIX = ".part"
COPY_CHUNK = 1024 * 1024


def part_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_leftovers(target: Path) -> None:
    """Removes what killed writes of `target` left behind."""
    for leftover in target.parent.glob(part_prefix(target) + "*" + PART_SUFFIX):
        with contextlib.suppress(OSError):
            leftover.unlink()


class AtomicFile:
    """A text file written whole: open() it, write to `handle`, then commit() to give it
    its name, or discard() to leave nothing."""

    def __init__(self, target: Path, *, newline: str | None = "") -> None:
        self.target = target
        self.newline = newline
        self.part: Path | None = None
        self.handle: IO[str] | None = None

    def open(self) -> IO[str]:
        folder = self.target.parent
        folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(self.target)
        descriptor, name = tempfile.mkstemp(
            prefix=part_prefix(self.target), suffix=PART_SUFFIX, dir=folder
        )
        self.part = Path(name)
        self.handle = os.fdopen(descriptor, "w", encoding="utf-8", newline=self.newline)
        return self.handle

    def commit(self) -> Path:
        """The file under its name, its bytes on disk first."""
        assert self.handle is not None and self.part is not None
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        self.handle = None
        os.replace(self.part, self.target)
        self.part = None
        _sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
            self.handle = None
        if self.part is not None:
            with contextlib.suppress(OSError):
                self.part.unlink()
            self.part = None


def copy_whole(source: Path, target: Path) -> Path:
    """Copies `source` to `target` whole (see the module): the copy appears complete or
    not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target)
    descriptor, name = tempfile.mkstemp(
        prefix=part_prefix(target), suffix=PART_SUFFIX, dir=target.parent
    )
    part = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as out, source.open("rb") as data:
            shutil.copyfileobj(data, out, COPY_CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk (POSIX; elsewhere the rename is enough)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

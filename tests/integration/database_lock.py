"""Another process holding a SQLite database's write lock, as a long import does.

`database_locked(path)` starts a process that opens the file, takes the write lock
(BEGIN IMMEDIATE) and keeps it until the test releases it (or ends): every other writer
meets "database is locked" for as long as the test wants, and the test knows the lock is
held when the context is entered. Run as a script: `python database_lock.py FILE`.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class HeldLock:
    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process

    @property
    def held(self) -> bool:
        return self.process.poll() is None

    def release(self) -> None:
        """Commits the holder's (empty) transaction and lets it end."""
        if self.held:
            assert self.process.stdin is not None
            self.process.stdin.write("release\n")
            self.process.stdin.flush()
            self.process.wait(30)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()


@contextmanager
def database_locked(path: Path) -> Iterator[HeldLock]:
    process = subprocess.Popen(
        [sys.executable, __file__, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    lock = HeldLock(process)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "holding"
        yield lock
    finally:
        lock.release()


def _hold(path: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None, timeout=60)
    connection.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    sys.stdin.readline()  # a line, or the end of the test's pipe
    connection.execute("COMMIT")
    connection.close()


if __name__ == "__main__":
    _hold(sys.argv[1])

"""Recipient CSV import: rows per second for a fresh import and for a re-import (updates).

Usage: .venv/bin/python bench/recipient_import.py [ROWS]   (default 50,000)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from desktop.services.access.rights import SYSTEM
from desktop.services.audience.recipient_import import import_recipients
from desktop.services.settings.setup import initialize, open_database


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(7)
    countries = ["FR", "SE", "NL", "TW", "GB", "DE", "US"]
    with path.open("w", encoding="utf-8") as out:
        out.write("external_id,email,first_name,last_name,country,city,denylisted,segment\n")
        for i in range(rows):
            country = rng.choice(countries)
            out.write(
                f"C{i},person{i}@mail.example,First{i},Last{i},{country},City {i % 300},"
                f"{'yes' if i % 50 == 0 else 'no'},{rng.choice(['gold', 'silver', 'bronze'])}\n"
            )


def timed_import(sessions, path: Path) -> tuple[float, dict]:
    start = time.perf_counter()
    with sessions.begin() as session:
        report = import_recipients(session, SYSTEM, path)
    return time.perf_counter() - start, report.as_dict()


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions = open_database(f"sqlite:///{folder}/bench.db")
        with sessions.begin() as session:
            initialize(session, "bench-password")
        path = Path(folder) / "recipients.csv"
        write_file(path, rows)
        size_mb = path.stat().st_size / 1e6
        first, report = timed_import(sessions, path)
        print(
            f"{rows:,} rows ({size_mb:.1f} MB), new:      {first:6.2f} s  "
            f"{rows / first:9,.0f} rows/s  imported={report['imported']}"
        )
        second, report = timed_import(sessions, path)
        print(
            f"{rows:,} rows ({size_mb:.1f} MB), updates:  {second:6.2f} s  "
            f"{rows / second:9,.0f} rows/s  updated={report['updated']}"
        )
        print(f"updates / new time ratio: {second / first:.2f}")
        engine.dispose()


if __name__ == "__main__":
    main()

"""Demo data: how long `init --demo` takes, phase by phase (the brief asks for well under 20 s).

Usage: .venv/bin/python bench/demo_data.py
"""

from __future__ import annotations

import tempfile
import time

from desktop.demo.builder import create_demo_data
from desktop.services.runtime.cancellation import Progress
from desktop.services.settings.setup import initialize, open_database


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        engine, sessions = open_database(f"sqlite:///{folder}/demo.db")
        with sessions.begin() as session:
            initialize(session, "bench-password")
        print(f"schema and administrator: {time.perf_counter() - start:6.2f} s")
        marks: dict[str, float] = {}

        def progress(report: Progress) -> None:
            marks.setdefault(f"{report.phase} started", time.perf_counter())
            if report.done == report.total:
                marks[f"{report.phase} done"] = time.perf_counter()

        begin = time.perf_counter()
        summary = create_demo_data(sessions, progress)
        total = time.perf_counter() - begin
        rows = summary["recipients"]
        recipients = marks["recipients done"] - marks["recipients started"]
        preparing = marks["preparation done"] - marks["preparation started"]
        print(f"recipients ({rows:,}):     {recipients:6.2f} s  {rows / recipients:9,.0f} rows/s")
        print(f"three preparations:       {preparing:6.2f} s")
        print(f"whole demo:               {total:6.2f} s  ({total / 20:.0%} of the 20 s budget)")
        engine.dispose()


if __name__ == "__main__":
    main()

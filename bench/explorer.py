"""The main window on a big database: 10,000 campaigns, 100,000 deliveries, 1,000,000
recipients.

    .venv/bin/python bench/explorer.py [--rebuild]

Prints, in a real QApplication (offscreen unless QT_QPA_PLATFORM says otherwise):
  - the time from a new process's start (every import included) to the main window
    showing the first rows of the deliveries list (median of three fresh processes);
  - the time to open each folder (its count and first page on screen), a program with its
    1,000 campaigns, and a campaign found deep inside one;
  - the time to scroll to the end of the deliveries list (scrollToBottom, then events until
    the last row's data is loaded) and which pages that read;
  - a few heavier list operations on the 1,000,000 recipients (sort, search);
  - the peak memory (ru_maxrss).
Goals: each time under one second, memory under 300 MB.
The database is a SQLite file in bench/out/, built once with INSERT ... SELECT from a
recursive CTE (a few seconds) and reused by the next runs.
"""

from __future__ import annotations

import time

PROCESS_STARTED = time.perf_counter()  # before any other import: they are part of the start

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from decimal import Decimal  # noqa: E402
from enum import Enum  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The bench never reads or writes the user's settings (last folder, column widths).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="explorer-bench-config-")

from sqlalchemy import Table, func, select  # noqa: E402

from desktop.models import Campaign, Delivery, Program, Recipient  # noqa: E402
from desktop.services.access.rights import load_actor  # noqa: E402
from desktop.services.settings.setup import initialize, open_database  # noqa: E402

OUT = ROOT / "bench" / "out"
DATABASE = OUT / "explorer.db"
PROGRAMS = 10
CAMPAIGNS = 10_000
DELIVERIES = 100_000
RECIPIENTS = 1_000_000
GOAL_SECONDS = 1.0
GOAL_MEMORY_MB = 300
STATUSES = (
    "being_edited",
    "pending_confirmation",
    "in_progress",
    "finished",
    "finished",
    "finished",
    "stopped",
    "preparation_failed",
)


# ---- the database --------------------------------------------------------------------


def _literal(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, dict | list):
        value = json.dumps(value)
    return "'" + str(value).replace("'", "''") + "'"


def insert_series(connection, table: Table, count: int, values: dict[str, str]) -> None:
    """INSERT INTO table SELECT ... FROM a recursive CTE of n = 1..count. `values` gives
    SQL expressions of n; other NOT NULL columns get their model default as a literal
    (INSERT ... SELECT does not apply Python-side defaults)."""
    names, expressions = [], []
    for column in table.columns:
        if column.name == "id":
            continue
        if column.name in values:
            expression = values[column.name]
        elif column.default is not None and column.default.is_scalar:
            expression = _literal(column.default.arg)
        elif column.nullable or column.server_default is not None:
            continue
        else:
            raise SystemExit(f"bench: no value for {table.name}.{column.name}")
        names.append(column.name)
        expressions.append(expression)
    connection.exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(names)}) "
        "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < "
        f"{int(count)}) SELECT {', '.join(expressions)} FROM seq"
    )


def _case(values: tuple[str, ...], index: str) -> str:
    whens = " ".join(f"WHEN {i} THEN {_literal(v)}" for i, v in enumerate(values))
    return f"CASE {index} {whens} END"


def build_database(url: str) -> None:
    engine, sessions = open_database(url)
    with sessions.begin() as session:
        initialize(session, "bench-admin-secret")
    first = ("Ann", "Bob", "Chloé", "David", "Emma", "Farid", "Greta", "Hugo", "Inès", "Jan")
    last = ("Martin", "Bernard", "Dubois", "Lindqvist", "de Vries", "Chen", "Lambert", "Moreau")
    cities = ("Paris", "Lyon", "Stockholm", "Amsterdam", "Taipei", "Nantes", "Utrecht")
    countries = ("FR", "SE", "NL", "TW", "GB", "DE", "US")
    started = time.perf_counter()
    with engine.begin() as connection:
        insert_series(
            connection, Program.__table__, PROGRAMS, {"label": "'Program ' || printf('%02d', n)"}
        )
        insert_series(
            connection,
            Campaign.__table__,
            CAMPAIGNS,
            {
                "label": "'Campaign ' || printf('%05d', n)",
                "program_id": f"((n - 1) % {PROGRAMS}) + 1",
                "owner_id": "1",
                "start_date": "date('2026-01-01', '+' || (n % 365) || ' days')",
            },
        )
        insert_series(
            connection,
            Delivery.__table__,
            DELIVERIES,
            {
                "label": "'Newsletter ' || printf('%06d', n)",
                "campaign_id": f"((n - 1) % {CAMPAIGNS}) + 1",
                "status": _case(STATUSES, f"n % {len(STATUSES)}"),
                "channel": "CASE WHEN n % 10 = 0 THEN 'direct_mail' ELSE 'email' END",
                "to_deliver": "(n * 37) % 50000",
                "delivered": "(n * 31) % 40000",
                "subject": "'Hello {{ recipient.first_name }}'",
            },
        )
        insert_series(
            connection,
            Recipient.__table__,
            RECIPIENTS,
            {
                "email": "'person' || n || '@mail.example'",
                "email_key": "'person' || n || '@mail.example'",
                "first_name": _case(first, f"n % {len(first)}"),
                "last_name": _case(last, f"(n / 7) % {len(last)}"),
                "city": _case(cities, f"(n / 3) % {len(cities)}"),
                "country": _case(countries, f"n % {len(countries)}"),
                "language": "'en'",
                "custom_fields": "'{}'",
            },
        )
    print(f"built {DATABASE.name} in {time.perf_counter() - started:.1f} s")
    engine.dispose()


def database_ready(url: str) -> bool:
    if not DATABASE.exists():
        return False
    engine, sessions = open_database(url)
    try:
        with sessions() as session:
            counts = [
                session.scalar(select(func.count()).select_from(model))
                for model in (Campaign, Delivery, Recipient)
            ]
        return counts == [CAMPAIGNS, DELIVERIES, RECIPIENTS]
    finally:
        engine.dispose()


# ---- the measures --------------------------------------------------------------------

results: list[tuple[str, float]] = []


def report(label: str, seconds: float, extra: str = "") -> None:
    results.append((label, seconds))
    flag = "" if seconds < GOAL_SECONDS else "   <-- over the goal"
    print(f"  {label:<52} {seconds * 1000:8.1f} ms {extra}{flag}")


def wait_until(app, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("bench: timed out waiting for the window")


def list_on_screen(app, window) -> None:
    """Events until the shown list has painted its first rows (or has none)."""
    window.repaint()
    model = window.list_panel.model
    wait_until(app, lambda: model is None or model.rowCount() == 0 or bool(model.cached_pages))


def open_window(url: str):
    """What `campaign-console` does after the login: the window on the deliveries list."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import configure_application
    from desktop.views.app_context import AppContext
    from desktop.views.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    configure_application(app)
    engine, sessions = open_database(url)
    with sessions() as session:
        actor = load_actor(session, "admin")  # the login, minus typing the password
    window = MainWindow(AppContext(sessions, engine, actor, url))
    window.resize(1280, 800)
    window.show()
    list_on_screen(app, window)
    assert window.current_node is not None and window.current_node.key == "deliveries"
    return app, engine, sessions, window


def measure_start(url: str, runs: int = 3) -> tuple[float, float]:
    """Median (inside the process, wall clock around it) of fresh processes' starts."""
    inside, wall = [], []
    for _ in range(runs):
        began = time.perf_counter()
        child = subprocess.run(
            [sys.executable, __file__, "--start-only"],
            capture_output=True,
            text=True,
            check=True,
        )
        wall.append(time.perf_counter() - began)
        inside.append(float(child.stdout.strip().splitlines()[-1]))
    return statistics.median(inside), statistics.median(wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--start-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    url = f"sqlite:///{DATABASE}"
    if args.start_only:  # a child of measure_start()
        open_window(url)
        print(f"{time.perf_counter() - PROCESS_STARTED:.4f}", flush=True)
        os._exit(0)  # the start is measured; tearing Qt down is not part of it
    OUT.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not database_ready(url):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DATABASE}{suffix}").unlink(missing_ok=True)
        build_database(url)
    print(
        f"database: {CAMPAIGNS:,} campaigns, {DELIVERIES:,} deliveries, "
        f"{RECIPIENTS:,} recipients ({DATABASE.stat().st_size / 1e6:.0f} MB)"
    )

    print("times:")
    inside, wall = measure_start(url)
    report(
        "new process to the deliveries list on screen",
        inside,
        f"(wall clock with interpreter start and exit: {wall * 1000:.0f} ms)",
    )
    window_started = time.perf_counter()
    app, engine, sessions, window = open_window(url)
    report("  the same in this process (libraries loaded)", time.perf_counter() - window_started)
    began = time.perf_counter()
    window.ensure_view_modules()
    report("then the forms, dashboard and tools (deferred)", time.perf_counter() - began)

    from PySide6.QtCore import Qt

    from desktop.views.folders import all_folders

    for folder in all_folders():
        if folder.listing is None and folder.special_view is None:
            continue
        began = time.perf_counter()
        window.select_folder(folder.key)
        list_on_screen(app, window)
        model = window.list_panel.model
        rows = f"({model.rowCount():,} rows)" if model is not None and folder.listing else ""
        report(f"open {folder.key}", time.perf_counter() - began, rows)

    began = time.perf_counter()
    window.select_folder("program:1")
    programs = window.explorer_model.find("program:1")
    window.explorer.expand(programs)
    list_on_screen(app, window)
    loaded = len(window.explorer_model.node(programs).children)
    report(
        "open a program (1,000 campaigns) and expand it",
        time.perf_counter() - began,
        f"({loaded:,} campaigns read, pages of {window.explorer_model.page_size})",
    )

    with sessions() as session:
        deep = session.scalar(
            select(Campaign.id)
            .where(Campaign.program_id == 7)
            .order_by(Campaign.label.desc())
            .limit(1)
        )
    began = time.perf_counter()
    window.select_folder(f"campaign:{deep}")
    list_on_screen(app, window)
    report("open the last campaign of a program (found by key)", time.perf_counter() - began)

    window.select_folder("deliveries")
    list_on_screen(app, window)
    model = window.list_panel.model
    model.pages_read.clear()
    began = time.perf_counter()
    window.list_panel.table.scrollToBottom()
    last_page = (model.rowCount() - 1) // model.page_size
    wait_until(app, lambda: last_page in model.cached_pages)
    window.list_panel.table.viewport().repaint()
    app.processEvents()
    report(
        "scroll to the end of 100,000 deliveries",
        time.perf_counter() - began,
        f"(pages read: {model.pages_read}, of {last_page + 1})",
    )
    began = time.perf_counter()
    window.list_panel.set_filter("status", "finished")
    list_on_screen(app, window)
    report("filter deliveries by status", time.perf_counter() - began, f"({model.total:,})")

    window.select_folder("recipients")
    list_on_screen(app, window)
    panel = window.list_panel
    for label, action in (
        ("sort 1,000,000 recipients by last name", lambda: panel.model.sort(3)),
        ("sort 1,000,000 recipients by city (no index)", lambda: panel.model.sort(6)),
        (
            "back to the newest first (id)",
            lambda: panel.model.sort(0, Qt.SortOrder.DescendingOrder),
        ),
        (
            "search recipients for 'person99999' (11 rows)",
            lambda: panel.model.set_search("person99999"),
        ),
        ("search recipients for 'martin'", lambda: panel.model.set_search("martin")),
        ("that search sorted by city (no index)", lambda: panel.model.sort(6)),
    ):
        began = time.perf_counter()
        action()
        list_on_screen(app, window)
        report(label, time.perf_counter() - began, f"({panel.model.total:,} rows)")

    window.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    over = [label for label, seconds in results if seconds >= GOAL_SECONDS]
    print(f"peak memory: {peak_mb:.0f} MB (goal < {GOAL_MEMORY_MB} MB)")
    print(
        f"slowest: {max(results, key=lambda r: r[1])[0]} "
        f"({max(r[1] for r in results) * 1000:.0f} ms); "
        f"over one second: {', '.join(over) if over else 'none'}"
    )
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

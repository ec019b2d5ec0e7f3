"""Recipient CSV import: a big file's time and peak memory against a bare executemany of the
same rows, measured in the same run, and how long other writers wait meanwhile.

Usage: .venv/bin/python bench/recipient_import.py [ROWS] [--rounds N] [--profile]
       [--no-updates] [--db sqlite|postgresql]     (default 1,000,000 rows, 2 rounds)

With --db postgresql, on a throwaway cluster (its data folder in bench/out/, removed at
the end): the import as it runs there (each batch sent with COPY into a staging table and
merged by one statement) against the import through the driver's executemany (the SQLite
path, forced), each on a fresh copy of one initialised database, --rounds times in turn;
then the same file again on each (every row an update).

Each measurement runs in its own process on its own copy of one initialised database, so
that each peak memory (the process's maximum resident set) is its own:

- bare executemany: the file's rows as the import writes them, with no check, streamed
  from the csv module into one driver executemany in one transaction (the least any
  import of the file does); and the insert alone: the same rows built in memory first
  (not timed), then the executemany;
- import: `import_recipients` on the file (new recipients), alone;
- import with other writers: the same on a fresh copy, while this process runs `delivery
  pause` and `delivery resume` on an in-progress delivery of the same database again and
  again, each in a new process (the real command's code, timed around its main() and
  around its statements: the statement time is the time it waited for the database, plus
  a few milliseconds of work); the same commands on the idle database first;
- updates: the same file imported again (every row updates a recipient).

The bare executemany, the import alone and the import with other writers run in turn,
--rounds times (interleaved, so that a change in the machine's load touches each), each
round on fresh copies; the ratios are per round, and the summary gives the best and worst.
How long a pause waited is its whole command (main(), connecting and the retries of a
busy database included) and, apart, its statements; the idle runs give the baseline.

--profile runs the import under cProfile in its process and prints where the time goes.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

PASSWORD = "bench-password"
IDLE_RUNS = 5

# A real CLI process whose main() and statements are timed (printed as JSON on stderr's
# last line); the command itself is the console's own.
TIMED_CLI = """
import json, sys, time
from sqlalchemy import event
from sqlalchemy.engine import Engine
from desktop.cli import main
waits = []
@event.listens_for(Engine, "before_cursor_execute")
def _before(conn, cursor, statement, parameters, context, executemany):
    conn.info["bench_started"] = time.perf_counter()
@event.listens_for(Engine, "after_cursor_execute")
def _after(conn, cursor, statement, parameters, context, executemany):
    waits.append(time.perf_counter() - conn.info.pop("bench_started"))
started = time.perf_counter()
code = main(sys.argv[1:])
total = time.perf_counter() - started
print(json.dumps({"code": code, "main": total, "statements": sum(waits),
                  "longest": max(waits, default=0.0)}), file=sys.stderr)
sys.exit(code)
"""


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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the measurements, each in its own process ---------------------------------------------


def child_baseline(db_url: str, path: Path, streamed: bool) -> dict:
    """The rows of the file as the import writes them for new recipients, in one driver
    executemany in one transaction, with no check at all: streamed from the CSV reader
    (timed from opening the file), or built in memory first (only the insert timed)."""
    from desktop.models import Recipient, utcnow
    from desktop.services.settings.setup import open_database

    engine, _ = open_database(db_url)
    table = Recipient.__table__
    order = (
        "email", "email_key", "first_name", "last_name", "language", "country", "city",
        "postal_address", "denylisted", "external_id", "custom_fields", "created_at",
        "updated_at",
    )  # fmt: skip
    compiled = table.insert().inline().compile(dialect=engine.dialect, column_keys=list(order))
    assert tuple(compiled.positiontup) == order, compiled.positiontup
    now = (
        compiled.binds["created_at"]
        .type.dialect_impl(engine.dialect)
        .bind_processor(engine.dialect)(utcnow())
    )

    def rows():
        with path.open(encoding="utf-8", newline="") as source:
            reader = csv.reader(source)
            next(reader)
            for external_id, email, first, last, country, city, denylisted, segment in reader:
                yield (
                    email, email.lower(), first, last, "", country, city, "",
                    1 if denylisted == "yes" else 0, external_id,
                    json.dumps({"segment": segment}), now, now,
                )  # fmt: skip

    built = 0.0
    source = rows()
    if not streamed:
        started = time.perf_counter()
        source = list(source)
        built = time.perf_counter() - started
    started = time.perf_counter()
    cpu = time.process_time()
    with engine.begin() as connection:
        cursor = connection.connection.dbapi_connection.cursor()
        cursor.executemany(compiled.string, source)
        count = cursor.rowcount
        cursor.close()
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    engine.dispose()
    return {"rows": count, "seconds": seconds, "cpu": cpu, "built": built, "peak_mb": peak_mb()}


def child_import(db_url: str, path: Path, profile: bool, executemany: bool = False) -> dict:
    from desktop.services.access.rights import SYSTEM
    from desktop.services.audience import recipient_import
    from desktop.services.audience.recipient_import import ResumeChoice, import_recipients
    from desktop.services.settings.setup import open_database

    if executemany:  # the path every database took before COPY
        recipient_import.COPY_DIALECTS = frozenset()
    engine, sessions = open_database(db_url)
    started = time.perf_counter()
    cpu = time.process_time()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        report = profiler.runcall(
            import_recipients, sessions, SYSTEM, path, resume=ResumeChoice.RESTART
        )
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(18)
    else:
        report = import_recipients(sessions, SYSTEM, path, resume=ResumeChoice.RESTART)
    seconds = time.perf_counter() - started
    engine.dispose()
    return {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "imported": report.imported,
        "updated": report.updated,
        "rejected": len(report.rejected),
        "peak_mb": peak_mb(),
    }


def run_child(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(HERE), "--child", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def child_result(process: subprocess.Popen) -> dict:
    stdout, _ = process.communicate()
    if process.returncode != 0:
        sys.exit(f"a measurement failed (exit {process.returncode})")
    return json.loads(stdout.strip().splitlines()[-1])


# -- other writers during the import -------------------------------------------------------


def timed_command(db_url: str, *args: str) -> dict:
    env = {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORD}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", TIMED_CLI, "--db", db_url, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        return {"code": done.returncode, "wall": wall, "error": done.stderr.strip()[-300:]}
    timing = json.loads(done.stderr.strip().splitlines()[-1])
    return {**timing, "wall": wall}


def prepare_database(folder: Path) -> tuple[Path, int]:
    """An initialised database with one delivery in progress; its path and the delivery."""
    from desktop.models import Delivery
    from desktop.models.enums import DeliveryStatus
    from desktop.services.settings.setup import initialize, open_database

    path = folder / "template.db"
    engine, sessions = open_database(f"sqlite:///{path}")
    with sessions.begin() as session:
        initialize(session, PASSWORD)
        delivery = Delivery(
            label="Paused and resumed during the import",
            subject="News",
            sender_address="news@example.com",
            html="<p>Hello</p>",
            text="Hello",
            audience_filter={"and": []},
            status=DeliveryStatus.IN_PROGRESS,
        )
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    engine.dispose()
    return path, delivery_id


def copy_database(template: Path, name: str) -> str:
    target = template.with_name(name)
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def pause_resume_while(process: subprocess.Popen, db_url: str, delivery_id: int) -> list[dict]:
    timings = []
    actions = ("pause", "resume")
    while process.poll() is None:
        action = actions[len(timings) % 2]
        timing = timed_command(db_url, "delivery", action, str(delivery_id))
        timings.append({**timing, "action": action})
    return timings


def describe_waits(label: str, timings: list[dict]) -> None:
    failed = [t for t in timings if t.get("code") != 0]
    ok = [t for t in timings if t.get("code") == 0]
    print(f"  {label}: {len(timings)} runs, {len(failed)} failed")
    for failure in failed[:3]:
        print(f"    failed: {failure.get('error')}")
    if not ok:
        return
    statements = [t["statements"] for t in ok]
    mains = [t["main"] for t in ok]
    print(
        f"    time in the database (waiting included): longest {max(statements):.3f} s, "
        f"median {statistics.median(statements):.3f} s"
    )
    print(
        f"    whole command (main()): longest {max(mains):.3f} s, "
        f"median {statistics.median(mains):.3f} s"
    )


# -- the run -------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds (default 2)")
    parser.add_argument("--profile", action="store_true", help="the import under cProfile")
    parser.add_argument("--no-updates", action="store_true", help="skip the re-import")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    if args.db == "postgresql":
        postgresql_main(args)
        return

    with tempfile.TemporaryDirectory(prefix="bench-import-") as name:
        folder = Path(name)
        template, delivery_id = prepare_database(folder)
        path = folder / "recipients.csv"
        write_file(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        print(f"{args.rows:,} rows, {size_mb:.1f} MB, SQLite {_sqlite_version()}, {_cpus()}")

        profile = "1" if args.profile else "0"
        floor = child_result(run_child("in_memory", copy_database(template, "floor.db"), str(path)))
        floor_rate = floor["rows"] / floor["seconds"]
        print(
            f"the insert alone:  {floor['seconds']:7.2f} s  {floor_rate:9,.0f} rows/s  "
            f"peak {floor['peak_mb']:6.0f} MB  (rows built in memory first, "
            f"{floor['built']:.1f} s, not counted)"
        )
        ratios: list[float] = []
        longest_pauses: list[float] = []
        db_url = ""
        for round_number in range(1, args.rounds + 1):
            print(f"-- round {round_number} of {args.rounds}")
            base_db = copy_database(template, f"base{round_number}.db")
            base = child_result(run_child("streamed", base_db, str(path)))
            base_rate = base["rows"] / base["seconds"]
            print(
                f"bare executemany:  {base['seconds']:7.2f} s  {base_rate:9,.0f} rows/s  "
                f"peak {base['peak_mb']:6.0f} MB  (the file's rows, no check)"
            )
            alone_db = copy_database(template, f"alone{round_number}.db")
            alone = child_result(run_child("import", alone_db, str(path), profile))
            rate = alone["imported"] / alone["seconds"]
            ratios.append(rate / base_rate)
            print(
                f"import (new rows): {alone['seconds']:7.2f} s  {rate:9,.0f} rows/s  "
                f"peak {alone['peak_mb']:6.0f} MB  imported={alone['imported']:,} "
                f"rejected={alone['rejected']}"
            )
            print(
                f"import / bare executemany, rows per second: {rate / base_rate:.2f} (goal: "
                f"0.50 or more); per CPU second: "
                f"{(alone['imported'] / alone['cpu']) / (base['rows'] / base['cpu']):.2f}; "
                f"import / the insert alone: {rate / floor_rate:.2f}"
            )
            for name in (base_db, alone_db):  # a million rows each: keep the disk free
                _remove_database(name)

            # Again on a fresh copy, while pause and resume run again and again.
            db_url = copy_database(template, f"import{round_number}.db")
            idle = [
                {**timed_command(db_url, "delivery", action, str(delivery_id)), "action": action}
                for action in ("pause", "resume") * ((IDLE_RUNS + 1) // 2)
            ]
            process = run_child("import", db_url, str(path), "0")
            during = pause_resume_while(process, db_url, delivery_id)
            busy = child_result(process)
            print(
                f"import with other writers: {busy['seconds']:7.2f} s  "
                f"{busy['imported'] / busy['seconds']:9,.0f} rows/s (the writers' processes "
                "share the CPU)"
            )
            print("other writers: delivery pause / resume, each a new CLI process")
            describe_waits("on an idle database", idle)
            describe_waits("during the import", during)
            pauses = [t for t in during if t.get("code") == 0 and t["action"] == "pause"]
            if pauses:
                longest = max(t["main"] for t in pauses)
                longest_pauses.append(longest)
                idle_pause = statistics.median(
                    t["main"] for t in idle if t.get("code") == 0 and t["action"] == "pause"
                )
                print(
                    f"longest a pause took during the import: {longest:.3f} s, "
                    f"{max(t['statements'] for t in pauses):.3f} s of it in statements "
                    f"({len(pauses)} pauses; {idle_pause:.3f} s on an idle database; "
                    "goal: under 1 s)"
                )
            if round_number < args.rounds:
                _remove_database(db_url)

        print(
            f"-- summary of {args.rounds} rounds: import / bare executemany "
            f"{min(ratios):.2f} to {max(ratios):.2f} (goal 0.50 or more); longest pause "
            + (f"{max(longest_pauses):.3f} s (goal: under 1 s)" if longest_pauses else "none ran")
        )

        if not args.no_updates:
            again = child_result(run_child("import", db_url, str(path), "0"))
            print(
                f"import (updates):  {again['seconds']:7.2f} s  "
                f"{again['updated'] / again['seconds']:9,.0f} rows/s  "
                f"peak {again['peak_mb']:6.0f} MB  updated={again['updated']:,}"
            )


def postgresql_main(args: argparse.Namespace) -> None:
    """COPY against executemany, on one throwaway PostgreSQL server."""
    import psycopg

    sys.path.insert(0, str(ROOT / "scripts"))
    from throwaway_postgresql import ThrowawayCluster

    from desktop.services.settings.setup import initialize, open_database

    out = ROOT / "bench" / "out"
    with (
        ThrowawayCluster(parent=out) as cluster,
        tempfile.TemporaryDirectory(prefix="bench-import-", dir=out) as name,
    ):
        server = cluster.url.replace("postgresql+psycopg", "postgresql") + "postgres"
        admin = psycopg.connect(server, autocommit=True)
        admin.execute("CREATE DATABASE template_import")
        engine, sessions = open_database(cluster.url + "template_import")
        with sessions.begin() as session:
            initialize(session, PASSWORD)
        engine.dispose()
        copies = iter(range(1, 1000))

        def fresh() -> str:
            database = f"import_{next(copies)}"
            admin.execute(f"CREATE DATABASE {database} TEMPLATE template_import")
            return cluster.url + database

        path = Path(name) / "recipients.csv"
        write_file(path, args.rows)
        version = admin.execute("SHOW server_version").fetchone()[0]
        print(
            f"{args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB, PostgreSQL {version}, "
            f"{_cpus()}"
        )
        ratios: list[float] = []
        last: dict[str, str] = {}
        for round_number in range(1, args.rounds + 1):
            print(f"-- round {round_number} of {args.rounds}")
            rates = {}
            for phase, label in (("import_executemany", "executemany"), ("import", "COPY")):
                last[phase] = fresh()
                result = child_result(run_child(phase, last[phase], str(path), "0"))
                rates[phase] = result["imported"] / result["seconds"]
                print(
                    f"import, {label:>11}: {result['seconds']:7.2f} s  {rates[phase]:9,.0f} "
                    f"rows/s  peak {result['peak_mb']:6.0f} MB  imported={result['imported']:,} "
                    f"rejected={result['rejected']}"
                )
            ratios.append(rates["import"] / rates["import_executemany"])
            print(f"COPY / executemany, rows per second: {ratios[-1]:.2f}")
        print(
            f"-- summary of {args.rounds} rounds: COPY / executemany {min(ratios):.2f} to "
            f"{max(ratios):.2f}"
        )
        if not args.no_updates:
            for phase, label in (("import_executemany", "executemany"), ("import", "COPY")):
                again = child_result(run_child(phase, last[phase], str(path), "0"))
                print(
                    f"import (updates), {label:>11}: {again['seconds']:7.2f} s  "
                    f"{again['updated'] / again['seconds']:9,.0f} rows/s  "
                    f"peak {again['peak_mb']:6.0f} MB  updated={again['updated']:,}"
                )
        admin.close()
        cluster.keep = False


def _remove_database(db_url: str) -> None:
    path = db_url.removeprefix("sqlite:///")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def _cpus() -> str:
    return f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"


def child_main(argv: list[str]) -> None:
    phase, db_url, path = argv[0], argv[1], Path(argv[2])
    if phase in ("streamed", "in_memory"):
        result = child_baseline(db_url, path, streamed=phase == "streamed")
    else:
        result = child_import(
            db_url, path, profile=argv[3] == "1", executemany=phase == "import_executemany"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
    else:
        main()

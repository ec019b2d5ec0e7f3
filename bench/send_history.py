"""The send history a dashboard reads when it opens on a delivery that went out: a
delivery of 1,000,000 messages sent over three hours, a quarter of them opened.

    .venv/bin/python bench/send_history.py [--messages N] [--db URL]

Prints the time of services.delivery.send_history (delivered per bucket from the delivery
log, first opens and clicks from the tracking rows) and, as the baseline measured in the
same run on the same rows, the time of counting the delivery's sent rows once
(SELECT count(*)); the ratio says what the history costs beyond reading those rows.
The database is a SQLite file in a temporary folder unless --db names one (an empty
PostgreSQL database, say), filled with INSERT ... SELECT.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from desktop.models import Delivery, DeliveryLog  # noqa: E402
from desktop.models.enums import DeliveryStatus, LogStatus  # noqa: E402
from desktop.services.delivery.send_history import send_history  # noqa: E402
from desktop.services.settings.setup import initialize, open_database  # noqa: E402

SERIES_SQL = {
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)"
    " SELECT i FROM n",
    "postgresql": "SELECT generate_series(1, :count) AS i",
}


def fill(sessions, dialect: str, count: int) -> int:
    series = SERIES_SQL[dialect]
    seconds = "datetime('2026-10-15 20:00:00', '+' || (i * 10800 / :count) || ' seconds')"
    if dialect == "postgresql":
        seconds = (
            "timestamptz '2026-10-15 20:00:00+00' + (i * 10800 / :count) * interval '1 second'"
        )
    opened = seconds.replace("i * 10800", "(i * 10800 + 7200)")
    with sessions.begin() as session:
        session.add(
            Delivery(
                id=1,
                label="Bench",
                status=DeliveryStatus.FINISHED,
                started_at=datetime(2026, 10, 15, 20, 0, tzinfo=UTC),
                finished_at=datetime(2026, 10, 15, 23, 0, tzinfo=UTC),
            )
        )
        session.flush()
        session.execute(
            text(
                "INSERT INTO recipient (id, email, email_key, first_name, last_name, language, "
                "country, city, postal_address, denylisted, custom_fields, version, updated_by,"
                " created_at, updated_at) "
                "SELECT i, 'p' || i || '@example.org', 'p' || i || '@example.org', '', '', '',"
                " '', '', '', false, '{}', 1, '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                f" FROM ({series}) AS s"
            ),
            {"count": count},
        )
        session.execute(
            text(
                "INSERT INTO delivery_log (delivery_id, recipient_id, status, address, attempts,"
                f" sent_at) SELECT 1, i, 'sent', '', 1, {seconds} FROM ({series}) AS s"
            ),
            {"count": count},
        )
        session.execute(
            text(
                "INSERT INTO tracking_first (delivery_id, kind, recipient_id, created_at)"
                f" SELECT 1, 'open', i, {opened} FROM ({series}) AS s WHERE i % 4 = 0"
            ),
            {"count": count},
        )
    return count


def timed(run, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{tempfile.mkdtemp(prefix='send-history-')}/bench.db"
    engine, sessions = open_database(url)
    with sessions.begin() as session:
        initialize(session, "bench-password-1")
    started = time.perf_counter()
    fill(sessions, engine.dialect.name, args.messages)
    print(f"{engine.dialect.name}: {args.messages:,} messages written in "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip

    def count_sent() -> None:
        with sessions() as session:
            session.scalar(
                select(func.count()).where(
                    DeliveryLog.delivery_id == 1, DeliveryLog.status == LogStatus.SENT
                )
            )

    def history() -> None:
        with sessions() as session:
            shown = send_history(session, 1)
        assert shown.values["delivered"][-1] == args.messages

    baseline = timed(count_sent)
    measured = timed(history)
    print(f"count of the sent rows (baseline): {baseline * 1000:8.1f} ms")
    print(f"send_history:                      {measured * 1000:8.1f} ms")
    print(f"ratio: {measured / baseline:.1f}x the baseline")
    engine.dispose()


if __name__ == "__main__":
    main()

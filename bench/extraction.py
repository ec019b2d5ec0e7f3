"""Writing a direct mailing's extraction file: the whole extraction (plan, rows streamed
into the CSV under a temporary name, fsync and rename, its costs, stock and status in one
transaction) against the baseline of the same query's rows written by csv.writer to a
plain file, measured in the same run.

    .venv/bin/python bench/extraction.py [--rows N] [--rounds R]

Builds a SQLite database of N recipients with postal addresses in a temporary folder,
prepares a mailing to them, then runs R interleaved rounds of each (going back to
extraction between two extractions) and prints the median rows/s and their ratio.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from desktop.models import (  # noqa: E402
    CostStructure,
    Delivery,
    DeliveryLog,
    Recipient,
    ServiceProvider,
)
from desktop.models.enums import Channel, CostCategory, CostFormula, LogStatus  # noqa: E402
from desktop.services.access.rights import SYSTEM  # noqa: E402
from desktop.services.direct_mail import proof_steps  # noqa: E402
from desktop.services.direct_mail.extraction import extract  # noqa: E402
from desktop.services.preparation.pipeline import PreparationSettings, prepare  # noqa: E402
from desktop.services.settings.setup import initialize, open_database  # noqa: E402

FORMAT = ["recipient.id", "recipient.first_name", "recipient.last_name",
          "recipient.postal_address", "recipient.city", "delivery.code"]  # fmt: skip


def build(folder: Path, rows: int):
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    engine, sessions = open_database(f"sqlite:///{folder / 'bench.db'}")
    with sessions.begin() as session:
        initialize(session, "bench-password-1")
    with sessions.begin() as session:
        session.execute(
            insert(Recipient),
            [
                {"email": f"r{n}@example.org", "email_key": f"r{n}@example.org",
                 "first_name": f"First{n}", "last_name": f"Last{n}", "city": "Nantes",
                 "postal_address": f"{n} rue des Lilas\n44000 Nantes", "custom_fields": {}}
                for n in range(rows)
            ],
        )  # fmt: skip
        provider = ServiceProvider(name="Bench", export_format=FORMAT)
        provider.cost_structures.append(
            CostStructure(category=CostCategory.POSTAGE, formula=CostFormula.LINEAR, bands=[])
        )
        session.add(provider)
        session.flush()
        delivery = Delivery(label="Bench", channel=Channel.DIRECT_MAIL, provider_id=provider.id,
                            audience_filter={"and": []})  # fmt: skip
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    prepare(sessions, SYSTEM, delivery_id, settings=PreparationSettings(processes=1))
    return engine, sessions, delivery_id


def baseline(sessions, delivery_id: int, path: Path) -> int:
    """The same rows, read by the same keyset query, written by csv.writer: no more."""
    columns = (Recipient.id, Recipient.first_name, Recipient.last_name,
               Recipient.postal_address, Recipient.city)  # fmt: skip
    written, last = 0, 0
    with sessions() as session, path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(FORMAT)
        while True:
            chunk = session.execute(
                select(*columns)
                .join(DeliveryLog, DeliveryLog.recipient_id == Recipient.id)
                .where(DeliveryLog.delivery_id == delivery_id,
                       DeliveryLog.status == LogStatus.TO_DELIVER,
                       DeliveryLog.recipient_id > last)
                .order_by(DeliveryLog.recipient_id)
                .limit(5000)
            ).all()  # fmt: skip
            if not chunk:
                return written
            writer.writerows((*row, "DM000001") for row in chunk)
            written += len(chunk)
            last = chunk[-1][0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        started = time.perf_counter()
        engine, sessions, delivery_id = build(folder, args.rows)
        print(f"built {args.rows} recipients and prepared them in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        extractions, baselines = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            rows = baseline(sessions, delivery_id, folder / "baseline.csv")
            baselines.append(rows / (time.perf_counter() - started))
            started = time.perf_counter()
            result = extract(sessions, SYSTEM, delivery_id, folder=folder / "out")
            extractions.append(result.rows / (time.perf_counter() - started))
            with sessions.begin() as session:
                proof_steps.back_to_extraction(session, SYSTEM, delivery_id)
        engine.dispose()
    base, whole = statistics.median(baselines), statistics.median(extractions)
    print(f"baseline (query + csv.writer): {base:,.0f} rows/s")
    print(f"extraction (whole, atomic, recorded): {whole:,.0f} rows/s")
    print(f"ratio extraction / baseline: {whole / base:.2f}")


if __name__ == "__main__":
    main()

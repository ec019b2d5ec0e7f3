"""An extraction killed in the middle of its file (kill -9 of `delivery extract`, a real
process) leaves no file under the extraction's name and changes nothing in the database;
the next extraction writes the whole file and clears what the killed one left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, insert, select

from desktop.models import Delivery, Extraction, Recipient
from desktop.models.enums import DeliveryStatus
from desktop.services.access.rights import SYSTEM
from desktop.services.direct_mail.extraction import extract
from desktop.services.preparation.pipeline import PreparationSettings, prepare
from desktop.services.settings.options import set_option
from tests.conftest import MANAGER_PASSWORD
from tests.unit.direct_mail_data import add_mailing, add_provider

ROWS = 100_000  # about a second of writing: long enough to be killed in the middle


def _mailing(sessions, manager, folder: Path) -> int:
    with sessions.begin() as session:
        session.execute(
            insert(Recipient),
            [
                {
                    "email": f"p{n}@example.org",
                    "email_key": f"p{n}@example.org",
                    "last_name": f"Last{n}",
                    "postal_address": f"{n} Long Street, Somewhere, a line long enough",
                    "custom_fields": {},
                }
                for n in range(ROWS)
            ],
        )
        provider_id = add_provider(session, stock=None)
        delivery_id = add_mailing(session, provider_id)
        set_option(session, SYSTEM, "NmsDirectMail_ExtractionFolder", str(folder))
    result = prepare(sessions, manager, delivery_id, settings=PreparationSettings(processes=1))
    assert result.status is DeliveryStatus.PENDING_EXTRACTION and result.to_deliver == ROWS
    return delivery_id


def test_a_killed_extraction_leaves_no_file_and_changes_nothing(
    sessions, manager, db_url, tmp_path
) -> None:
    folder = tmp_path / "out"
    delivery_id = _mailing(sessions, manager, folder)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", db_url, "--operator", "manager",
         "delivery", "extract", str(delivery_id), "--quiet"],
        env={**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": MANAGER_PASSWORD},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        part: list[Path] = []
        while time.monotonic() < deadline and process.poll() is None:
            part = [p for p in folder.glob(".*.part") if p.stat().st_size > 100_000]
            if part:
                break
            time.sleep(0.002)
        assert part, f"the file was never seen half written: {process.stderr.read()}"
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stderr.close()

    assert process.returncode == -signal.SIGKILL
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == []
    with sessions() as session:
        assert session.get(Delivery, delivery_id).status is DeliveryStatus.PENDING_EXTRACTION
        assert session.scalar(select(func.count()).select_from(Extraction)) == 0

    result = extract(sessions, manager, delivery_id)

    assert [p.name for p in folder.iterdir()] == [result.path.name]  # the leftover is gone
    with result.path.open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in handle) == ROWS + 1  # the header and every row

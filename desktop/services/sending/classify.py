"""What each outcome of a batch means for its delivery-log row and the delivery's counters.

Pure: no SMTP, no database. A hard bounce is final and quarantines its address; a soft
bounce is retried after the retry period, doubled at each attempt, unless that was the
last retry, the next attempt would fall after the validity end, or the delivery is being
stopped; rows not attempted go back to be claimed again (or are cancelled on a stop).
services.sending.claims writes the result in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.services.sending.jobs import Outcome, Result
from desktop.services.sending.send_settings import SendSettings

# Kinds of row update, each one statement run for all its rows (services.sending.claims).
ROW_KINDS = ("sent", "failed", "retry", "render", "release", "cancel")
# The delivery's counters an outcome moves (columns of the delivery).
COUNTER_NAMES = (
    "delivered", "failed", "hard_bounces", "soft_bounces", "render_errors", "cancelled",
    "processed",
)  # fmt: skip


@dataclass
class Classified:
    """A batch of outcomes, ready to write."""

    # Per row kind, the parameters of its UPDATE, one mapping per row.
    rows: dict[str, list[dict[str, Any]]]
    # What to add to each of the delivery's counters.
    counters: dict[str, int]
    # (address, reason) of each hard bounce, for the quarantine.
    hard_bounces: list[tuple[str, str]]


def classify(
    outcomes: Iterable[Outcome], settings: SendSettings, now: datetime, *, cancel: bool = False
) -> Classified:
    """Sorts outcomes into row updates, counter increments and addresses to quarantine;
    `cancel` (the delivery is stopped): nothing is retried and nothing goes back."""
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ROW_KINDS}
    sent, failed, retry = rows["sent"], rows["failed"], rows["retry"]
    counters = dict.fromkeys(COUNTER_NAMES, 0)
    hard_bounces: list[tuple[str, str]] = []
    for o in outcomes:
        job = o.job
        if o.result is Result.SENT:
            sent.append(
                {
                    "_id": job.log_id,
                    "code": o.code,
                    "msg": o.message,
                    "mid": o.message_id,
                    "at": o.at,
                    "n": job.attempts + 1,
                    "now": now,
                }
            )
            counters["delivered"] += 1
            counters["processed"] += 1
        elif o.result is Result.HARD:
            failed.append(
                {
                    "_id": job.log_id,
                    "code": o.code,
                    "msg": o.message,
                    "err": f"hard bounce: {o.code} {o.message}",
                    "n": job.attempts + 1,
                    "now": now,
                }
            )
            counters["failed"] += 1
            counters["hard_bounces"] += 1
            counters["processed"] += 1
            hard_bounces.append((job.address, f"{o.code} {o.message}"))
        elif o.result is Result.SOFT:
            attempts = job.attempts + 1
            next_at = now + settings.backoff(attempts)
            if attempts > settings.retry_count or next_at >= settings.validity_end or cancel:
                failed.append(
                    {
                        "_id": job.log_id,
                        "code": o.code,
                        "msg": o.message,
                        "err": f"soft bounce after {attempts} attempts: "
                        f"{o.code or ''} {o.message}".replace("  ", " "),
                        "n": attempts,
                        "now": now,
                    }
                )
                counters["failed"] += 1
                counters["soft_bounces"] += 1
                counters["processed"] += 1
            else:
                retry.append(
                    {
                        "_id": job.log_id,
                        "code": o.code,
                        "msg": o.message,
                        "next": next_at,
                        "n": attempts,
                        "now": now,
                    }
                )
        elif o.result is Result.RENDER_ERROR:
            rows["render"].append({"_id": job.log_id, "err": o.message, "now": now})
            counters["render_errors"] += 1
            counters["processed"] += 1
        elif cancel:
            rows["cancel"].append({"_id": job.log_id, "now": now})
            counters["cancelled"] += 1
            counters["processed"] += 1
        else:
            rows["release"].append({"_id": job.log_id, "next": o.not_before, "now": now})
    return Classified(rows, counters, hard_bounces)

"""A send's history from its logs: when each message was delivered (the delivery log's
`sent_at`), when each recipient first opened and first clicked (the tracking's first-hit
rows, the rows behind the distinct Opens and Clicks counters), as cumulative curves over
clock time, for a dashboard opened during or after the send.

The database counts the events per time bucket (one GROUP BY per series, whatever the size
of the delivery); buckets are as wide as it takes to keep at most MAX_POINTS points. The
throughput averages as many buckets as it takes to hold about RATE_SAMPLE messages: a slow
send's buckets hold a few messages each, and 6 or 7 in 15 s would read 0.40 or 0.47/s.
"""

from __future__ import annotations

import math
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, cast, func, literal_column, select, text
from sqlalchemy.orm import Session

from desktop.models import Delivery, DeliveryLog, TrackingFirst, TrackingLog
from desktop.models.enums import LogStatus, TrackingKind

MAX_POINTS = 600
SERIES = ("delivered", "opens", "clicks")
RATE_SAMPLE = 100


@dataclass(frozen=True)
class SendHistory:
    """Cumulative counts at the end of each bucket (epoch seconds), and the delivered
    messages per second within each bucket."""

    times: list[float] = field(default_factory=list)
    values: dict[str, list[int]] = field(default_factory=dict)
    rates: list[float] = field(default_factory=list)
    bucket_seconds: int = 1
    # When the reading began (time.time()): counters read later count at least as much.
    read_at: float = 0.0

    @property
    def last_time(self) -> float | None:
        return self.times[-1] if self.times else None


def _epoch_seconds(session: Session, column: Any) -> Any:
    """Whole seconds since 1970 (UTC) of a timestamp column, on either database."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(func.extract("epoch", column)), BigInteger)
    if sqlite3.sqlite_version_info >= (3, 38):  # twice as fast as strftime
        return cast(func.unixepoch(column), BigInteger)
    return cast(func.strftime("%s", column), BigInteger)


def _as_epoch(moment: datetime | None) -> float | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _span(session: Session, delivery_id: int) -> tuple[float, float] | None:
    """The first and last moment of the send's events (None: nothing happened yet). From
    the delivery row's start and end and the tracking log's index: reading the log rows'
    times would cost as much as the history itself."""
    started, finished = session.execute(
        select(Delivery.started_at, Delivery.finished_at).where(Delivery.id == delivery_id)
    ).one()
    hits = session.execute(
        select(func.min(TrackingLog.created_at), func.max(TrackingLog.created_at)).where(
            TrackingLog.delivery_id == delivery_id
        )
    ).one()
    if started is None:  # not started by a confirmation (rows written by hand): they say
        started, finished = session.execute(
            select(func.min(DeliveryLog.sent_at), func.max(DeliveryLog.sent_at)).where(
                DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.SENT
            )
        ).one()
    elif finished is None:
        finished = datetime.now(UTC)  # still sending
    moments = [epoch for epoch in map(_as_epoch, (started, finished, *hits)) if epoch is not None]
    if not moments:
        return None
    return min(moments), max(moments)


def _counts_per_bucket(session: Session, query: Any, column: Any, width: int) -> dict[int, int]:
    # The width is an integer of this module's, not user input: written into the SQL so
    # that the GROUP BY expression is the one selected, on PostgreSQL too.
    bucket = (_epoch_seconds(session, column) // literal_column(str(int(width)))).label("bucket")
    rows = session.execute(
        query.add_columns(bucket, func.count()).group_by(text("bucket")).order_by(text("bucket"))
    ).all()
    return {int(row.bucket): int(row[1]) for row in rows}


def send_history(session: Session, delivery_id: int, max_points: int = MAX_POINTS) -> SendHistory:
    """The delivery's send as cumulative curves (empty before its first event)."""
    read_at = time.time()
    span = _span(session, delivery_id)
    if span is None:
        return SendHistory(read_at=read_at)
    first, last = span
    width = max(1, math.ceil((last - first + 1) / max_points))
    per_bucket = {
        "delivered": _counts_per_bucket(
            session,
            select().where(
                DeliveryLog.delivery_id == delivery_id,
                DeliveryLog.status == LogStatus.SENT,
                DeliveryLog.sent_at.is_not(None),
            ),
            DeliveryLog.sent_at,
            width,
        ),
    }
    for name, kind in (("opens", TrackingKind.OPEN), ("clicks", TrackingKind.CLICK)):
        per_bucket[name] = _counts_per_bucket(
            session,
            select().where(TrackingFirst.delivery_id == delivery_id, TrackingFirst.kind == kind),
            TrackingFirst.created_at,
            width,
        )
    # Every bucket from the start (a flat stretch is a stretch of nothing happening), and
    # one before it: the curves start from zero.
    buckets = range(int(first) // width - 1, int(last) // width + 1)
    totals = dict.fromkeys(SERIES, 0)
    values: dict[str, list[int]] = {name: [] for name in SERIES}
    times: list[float] = []
    for bucket in buckets:
        for name in SERIES:
            totals[name] += per_bucket[name].get(bucket, 0)
            values[name].append(totals[name])
        times.append(float((bucket + 1) * width))
    sent = [per_bucket["delivered"].get(bucket, 0) for bucket in buckets]
    rates = smoothed_rates(sent, width)
    if len(times) > 1:  # the bucket under way ends now, not in the future
        times[-1] = max(times[-2], min(times[-1], read_at))
    return SendHistory(times, values, rates, width, read_at)


def smoothed_rates(counts: list[int], width: int) -> list[float]:
    """Messages per second at the end of each bucket: the mean over the buckets before it
    that hold about RATE_SAMPLE messages in all (one bucket for a fast send), from the
    first bucket with a message on (the curve starts at that bucket's own rate)."""
    active = [count for count in counts if count]
    if not active:
        return [0.0] * len(counts)
    window = max(1, math.ceil(RATE_SAMPLE * len(active) / sum(active)))
    first = counts.index(active[0])
    rates: list[float] = []
    running = 0
    for index, count in enumerate(counts):
        running += count
        if index - window >= first:
            running -= counts[index - window]
        spanned = min(window, index - first + 1)
        rates.append(running / (spanned * width) if spanned > 0 else 0.0)
    return rates

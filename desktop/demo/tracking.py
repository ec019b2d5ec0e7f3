"""The demo's opens, clicks and unsubscriptions, written as the tracking server writes them:
a tracking-log row per hit, and each recipient's first open, first click and
unsubscription (the rows behind the distinct counters; a click is an open too). So the
dashboard's history, the counters and the logs tell the same story.

Who opened is drawn among the recipients delivered; an open comes some time after the
message (a few hours, most often), never after now; clickers are among openers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.models import TrackingFirst, TrackingLog
from desktop.models.enums import TrackingKind

MEAN_DELAY = timedelta(hours=3)  # from the message to its first open
CLICK_AFTER = timedelta(minutes=2)  # from an open to the click that follows it
USER_AGENT = "Mozilla/5.0 (demo)"
LINK = "https://acme-outdoor.example/"


@dataclass(frozen=True)
class Reached:
    """A recipient delivered, and when."""

    recipient_id: int
    sent_at: datetime


@dataclass(frozen=True)
class Tracked:
    opens: int
    clicks: int
    total_opens: int
    total_clicks: int
    unsubscriptions: int


def _how_many(rng: random.Random, mean: float) -> int:
    """At least one hit, `mean` on average."""
    whole = int(mean)
    return max(1, whole + (rng.random() < mean - whole))


def _later(rng: random.Random, after: datetime) -> datetime:
    """When a hit comes after `after`; a moment past now is a hit that has not come yet
    (a recent send's opens keep arriving, not all at the moment the demo is built)."""
    return after + timedelta(seconds=rng.expovariate(1 / MEAN_DELAY.total_seconds()))


def _hits(rng: random.Random, first: datetime, mean: float, now: datetime) -> list[datetime]:
    """The moments of one recipient's hits of a kind: the first, then those come by now."""
    again = (_later(rng, first) for _ in range(_how_many(rng, mean) - 1))
    return [first, *(at for at in again if at <= now)]


def write_tracking(
    session: Session,
    delivery_id: int,
    reached: list[Reached],
    rates: dict[str, float],
    rng: random.Random,
    now: datetime,
) -> Tracked:
    """Writes the hits of a delivery's recipients; `rates`: open_rate (of the delivered),
    click_rate (of the openers), opens_per_opener, clicks_per_clicker, unsubscribe_rate."""
    openers = rng.sample(reached, round(len(reached) * rates["open_rate"]))
    clickers = openers[: round(len(openers) * rates["click_rate"])]
    leaving = rng.sample(reached, round(len(reached) * rates["unsubscribe_rate"]))
    logs: list[dict[str, Any]] = []
    firsts: list[dict[str, Any]] = []

    def hit(kind: TrackingKind, who: Reached, at: datetime, url: str = "") -> None:
        logs.append(
            {
                "delivery_id": delivery_id,
                "recipient_id": who.recipient_id,
                "kind": kind,
                "url": url,
                "user_agent": USER_AGENT,
                "created_at": at,
            }
        )

    def first(kind: TrackingKind, who: Reached, at: datetime) -> None:
        firsts.append(
            {"delivery_id": delivery_id, "kind": kind, "recipient_id": who.recipient_id,
             "created_at": at}
        )  # fmt: skip

    total_opens = total_clicks = opened_count = clicked_count = left_count = 0
    clicking = {who.recipient_id for who in clickers}
    for who in openers:
        opened = _later(rng, who.sent_at)
        if opened > now:
            continue  # will open later
        opened_count += 1
        first(TrackingKind.OPEN, who, opened)
        for at in _hits(rng, opened, rates["opens_per_opener"], now):
            hit(TrackingKind.OPEN, who, at)
            total_opens += 1
        clicked = opened + CLICK_AFTER
        if who.recipient_id not in clicking or clicked > now:
            continue
        clicked_count += 1
        first(TrackingKind.CLICK, who, clicked)
        for at in _hits(rng, clicked, rates["clicks_per_clicker"], now):
            hit(TrackingKind.CLICK, who, at, LINK)
            total_clicks += 1
    for who in leaving:
        left = _later(rng, who.sent_at)
        if left > now:
            continue
        left_count += 1
        first(TrackingKind.UNSUBSCRIBE, who, left)
        hit(TrackingKind.UNSUBSCRIBE, who, left)
    if logs:
        session.execute(insert(TrackingLog), logs)
    if firsts:
        session.execute(insert(TrackingFirst), firsts)
    return Tracked(opened_count, clicked_count, total_opens, total_clicks, left_count)

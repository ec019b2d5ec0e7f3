"""Capacity rules per day (domain.md §3.1): at most N messages on one day, across every
delivery of that day, not only this one.

The day is the one the delivery goes out on: its contact date, or today, as this
machine's clock and time zone tell it. What the others already took of it: the messages
other deliveries sent that day, and those they have prepared for that day and not sent
yet (to deliver, less processed), for the deliveries prepared and not over whose contact
date, or preparation when they have none, falls on that day. Two deliveries prepared at
the very same moment do not see each other's messages: each counts what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Delivery, DeliveryLog
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.preparation.typology_rules import RuleSet

S = DeliveryStatus
# Prepared and not over: their messages to deliver still count for their day.
WAITING_STATES = frozenset(
    {
        S.PENDING_APPROVAL,
        S.PENDING_CONFIRMATION,
        S.SCHEDULED,
        S.IN_PROGRESS,
        S.PAUSED,
        S.PENDING_EXTRACTION,
    }
)


@dataclass(frozen=True)
class Day:
    date: date
    start: datetime  # UTC
    end: datetime  # UTC, excluded


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite reads naive UTC


def day_of(moment: datetime) -> Day:
    """The local calendar day `moment` falls on, as UTC bounds."""
    local = _aware(moment).astimezone().replace(tzinfo=None)
    first = local.replace(hour=0, minute=0, second=0, microsecond=0)
    # Naive times are read as local ones: a day of a change of summer time has its 23 or
    # 25 hours.
    return Day(first.date(), first.astimezone(UTC), (first + timedelta(days=1)).astimezone(UTC))


def sending_day(delivery: Delivery, now: datetime | None = None) -> Day:
    return day_of(delivery.contact_date or now or datetime.now(UTC))


def messages_of_the_day(session: Session, day: Day, except_delivery: int) -> int:
    """Messages the other deliveries sent on `day`, or prepared for it and not sent yet."""
    started_by_then = and_(
        Delivery.id != except_delivery,
        Delivery.started_at < day.end,
        or_(Delivery.finished_at.is_(None), Delivery.finished_at >= day.start),
    )
    sent = session.scalar(
        select(func.count())
        .select_from(DeliveryLog)
        .where(
            DeliveryLog.delivery_id.in_(select(Delivery.id).where(started_by_then)),
            DeliveryLog.status == LogStatus.SENT,
            DeliveryLog.sent_at >= day.start,
            DeliveryLog.sent_at < day.end,
        )
    )
    planned_for = func.coalesce(Delivery.contact_date, Delivery.prepared_at)
    waiting = session.scalar(
        select(func.coalesce(func.sum(Delivery.to_deliver - Delivery.processed), 0)).where(
            Delivery.id != except_delivery,
            Delivery.status.in_(WAITING_STATES),
            planned_for >= day.start,
            planned_for < day.end,
        )
    )
    return int(sent or 0) + max(0, int(waiting or 0))


def with_the_days_messages(
    session: Session, delivery: Delivery, rules: RuleSet, now: datetime | None = None
) -> tuple[RuleSet, Day | None]:
    """The rules with each per-day capacity rule's `already_used` counted; the day, when
    one such rule applies."""
    if not any(rule.per_day for rule in rules.capacity):
        return rules, None
    day = sending_day(delivery, now)
    used = messages_of_the_day(session, day, delivery.id)
    capacity = tuple(replace(r, already_used=used) if r.per_day else r for r in rules.capacity)
    return replace(rules, capacity=capacity), day

"""The demo's deliveries that went out: prepared for real, then their send written down.

A delivery that was sent has, like any prepared delivery, one log row per targeted
recipient with its exclusion cause, and each message to deliver has its outcome (sent with
its time, bounced, cancelled by a stop, or still to send). So the dashboard's exclusion
chart, the exclusion log, the journal and the counters all agree, as after a real send;
its opens, clicks and unsubscriptions are tracking rows, as the tracking server writes
them (demo.tracking). How long a send took, its bounce, open and click rates and the
relay's replies are data (resources/demo/sends.toml).

Its history is told as the services tell it, at the story's times: the preparation (its
audit rows, journal lines and e-mails) moves to two hours before the send; an operator the
confirmation rule allows confirms it (the confirm service), and the same operator's send
ends in the life cycle's transition to finished or stopped, each with its audit row.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo import timeline, tracking
from desktop.demo.data_files import Range, Shape, read_toml
from desktop.errors import ConsoleError
from desktop.models import Delivery, DeliveryLog, Operator, utcnow
from desktop.models.enums import DeliveryStatus, JournalLevel, LogStatus
from desktop.services.access.rights import Actor, actor_for
from desktop.services.delivery import confirmation, journal, reviewers
from desktop.services.delivery.lifecycle import transition
from desktop.services.sending import control, stop_story

S = DeliveryStatus
SENT_STATUSES = (S.FINISHED, S.IN_PROGRESS, S.STOPPED)
DEMO_RELAY = "localhost:25"  # what the journal says the demo sends went through
# How long before its send a delivery that went out was prepared.
PREPARED_BEFORE = timedelta(hours=2)
BOUNCE = Shape({"smtp_code": int, "smtp_message": str, "error": str, "attempts": int})
SENDS = Shape(
    {
        "duration_hours": float,
        "connections": int,
        "hard_bounce_rate": Range,
        "soft_bounce_rate": Range,
        "open_rate": Range,
        "click_rate": Range,
        "opens_per_opener": Range,
        "clicks_per_clicker": Range,
        "unsubscribe_rate": Range,
        "hard_bounce": BOUNCE,
        "soft_bounce": BOUNCE,
        "accepted": Shape(
            {"smtp_code": int, "smtp_message": str, "attempts": int, "message_id_domain": str}
        ),
    }
)


def load_send_habits() -> dict[str, Any]:
    """How the demo's sends went (sends.toml): durations, rates, the relay's replies."""
    return read_toml("sends.toml", SENDS)


@dataclass(frozen=True)
class PastSend:
    delivery_id: int
    label: str
    status: DeliveryStatus  # one of SENT_STATUSES
    started: datetime
    share: float  # of the messages to deliver that were processed


def replay_sends(
    sessions: sessionmaker[Session],
    actor: Actor,
    sends: list[PastSend],
    rng: random.Random,
    habits: dict[str, Any],
    each_done: Callable[[], None] = lambda: None,
) -> dict[str, str]:
    """Prepares each delivery with the real service, oldest first (so pressure rules count
    the earlier sends), confirms it and writes its send (then calls `each_done`); returns
    {label: final status or problem}."""
    outcome: dict[str, str] = {}
    for send in sorted(sends, key=lambda s: s.started):
        outcome[send.label] = _replay(sessions, actor, send, rng, habits)
        each_done()
    return outcome


def _replay(
    sessions: sessionmaker[Session],
    actor: Actor,
    send: PastSend,
    rng: random.Random,
    habits: dict[str, Any],
) -> str:
    from desktop.services.preparation.pipeline import PreparationSettings, prepare

    settings = PreparationSettings(processes=1, parallel_threshold=10**9)
    with sessions() as session:
        before_preparation = timeline.mark(session)
    result = prepare(sessions, actor, send.delivery_id, settings=settings)
    if result.status is not S.PENDING_CONFIRMATION:
        return f"not sent: {result.status.value} {result.error}".strip()
    try:
        with sessions.begin() as session:
            prepared_at = send.started - PREPARED_BEFORE
            timeline.date_preparation(session, send.delivery_id, before_preparation, prepared_at)
            sender = _confirm(session, send)
            _write_send(session, send, sender, rng, habits)
    except ConsoleError as exc:  # the confirmation refused: it waits for one
        return f"not sent: {exc}"
    return send.status.value


def _confirmer(session: Session, delivery: Delivery) -> Actor:
    """Who confirmed the send: its owner when the rule lets them, else another operator it
    names, else an administrator."""
    allowed = confirmation.confirmers(session, delivery)
    owner = reviewers.owner_id(session, delivery)
    chosen = owner if owner in allowed else (allowed or reviewers.administrator_ids(session))[0]
    operator = session.get(Operator, chosen)
    assert operator is not None
    return actor_for(session, operator)


def _confirm(session: Session, send: PastSend) -> Actor:
    """Confirmed at its start, by the confirm service; returns who confirmed."""
    delivery = session.get(Delivery, send.delivery_id)
    assert delivery is not None
    confirmer = _confirmer(session, delivery)
    before = timeline.mark(session)
    control.confirm(session, confirmer, delivery.id, now=send.started)
    timeline.date_since(session, before, send.started)
    return confirmer


def _write_send(
    session: Session,
    send: PastSend,
    sender: Actor,
    rng: random.Random,
    habits: dict[str, Any],
) -> None:
    rows = session.execute(
        select(DeliveryLog.id, DeliveryLog.recipient_id)
        .where(
            DeliveryLog.delivery_id == send.delivery_id,
            DeliveryLog.status == LogStatus.TO_DELIVER,
        )
        .order_by(DeliveryLog.id)
    ).all()
    ids = [row.id for row in rows]
    recipient_of = {row.id: row.recipient_id for row in rows}
    processed = round(len(ids) * send.share)
    spacing = timedelta(hours=habits["duration_hours"]) / max(1, len(ids))
    hard_rate = rng.uniform(*habits["hard_bounce_rate"])
    soft_rate = rng.uniform(*habits["soft_bounce_rate"])
    hard_bounce, soft_bounce = habits["hard_bounce"], habits["soft_bounce"]
    accepted = {**habits["accepted"]}
    message_id_domain = accepted.pop("message_id_domain")
    outcomes: list[dict[str, Any]] = []
    reached: list[tracking.Reached] = []
    hard = soft = 0
    for n, log_id in enumerate(ids[:processed]):
        at = send.started + spacing * n
        draw = rng.random()
        row: dict[str, Any] = {"id": log_id, "updated_at": at}
        if draw < hard_rate:
            hard += 1
            row.update(status=LogStatus.FAILED, **hard_bounce)
        elif draw < hard_rate + soft_rate:
            soft += 1
            row.update(status=LogStatus.FAILED, **soft_bounce)
        else:
            row.update(
                status=LogStatus.SENT, **accepted, sent_at=at,
                message_id=f"<demo.{log_id}.{send.delivery_id}@{message_id_domain}>",
            )  # fmt: skip
            reached.append(tracking.Reached(recipient_of[log_id], at))
        outcomes.append(row)
    if outcomes:
        session.execute(update(DeliveryLog), outcomes)  # by primary key
    ended = send.started + spacing * processed
    cancelled = 0
    if send.status is S.STOPPED:
        cancelled = len(ids) - processed
        session.execute(
            update(DeliveryLog)
            .where(DeliveryLog.id.in_(ids[processed:]))
            .values(status=LogStatus.CANCELLED, updated_at=ended)
            .execution_options(synchronize_session=False)
        )

    delivery = session.get(Delivery, send.delivery_id)
    assert delivery is not None
    delivered = processed - hard - soft
    rates = {
        name: rng.uniform(*habits[name])
        for name in (
            "open_rate", "click_rate", "opens_per_opener", "clicks_per_clicker",
            "unsubscribe_rate",
        )
    }  # fmt: skip
    hits = tracking.write_tracking(session, send.delivery_id, reached, rates, rng, utcnow())
    delivery.finished_at = None if send.status is S.IN_PROGRESS else ended
    delivery.processed = processed + cancelled  # a stop counts what it cancelled
    delivery.cancelled = cancelled
    delivery.delivered = delivered
    delivery.failed = hard + soft
    delivery.hard_bounces, delivery.soft_bounces = hard, soft
    # The counters of the hits written, as the tracking server moves them.
    delivery.opens, delivery.clicks = hits.opens, hits.clicks
    delivery.total_opens, delivery.total_clicks = hits.total_opens, hits.total_clicks
    delivery.unsubscriptions = hits.unsubscriptions
    started = journal.add(
        session,
        delivery.id,
        JournalLevel.INFO,
        "send.started",
        relay=DEMO_RELAY,
        count=len(ids),
        connections=habits["connections"],
    )
    started.created_at = send.started
    if send.status is S.IN_PROGRESS:
        return
    if send.status is S.FINISHED:  # as the send engine ends a send
        line = journal.line(
            JournalLevel.INFO,
            "send.finished",
            delivered=delivered,
            failed=hard + soft,
            hard_bounces=hard,
            soft_bounces=soft,
            to_deliver=len(ids),
        )
        reason = line.text
    else:  # as a stop tells it
        reason = "stopped"
        line = stop_story.stop_line(sender.name, delivered, hard + soft, cancelled)
    before = timeline.mark(session)
    transition(session, sender, delivery, send.status, reason=reason)
    journal.add_line(session, delivery.id, line)
    timeline.date_since(session, before, ended)

"""Confirm, pause, resume and stop a send (domain.md §3, §3.2), from any process.

These only change the delivery's status (with its audit row and a journal line): the send
engine of whichever process is sending reads the status between batches and obeys.
Pausing, resuming and stopping need START DELIVERIES; who may confirm is decided by the
delivery's confirmation reviewers and owner (services.delivery.confirmation). Only the
scheduler starts a delivery without anyone confirming it now (start_due, as the system):
someone allowed confirmed it for its contact date.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, InvalidState, NotFound
from desktop.models import Delivery, utcnow
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.enums import Channel, DeliveryStatus, JournalLevel, Right
from desktop.services.access.rights import SYSTEM, Actor, require
from desktop.services.delivery import journal
from desktop.services.delivery.concurrency import concurrency_refusal
from desktop.services.delivery.confirmation import ensure_may_confirm
from desktop.services.delivery.lifecycle import Action, ensure_allows, transition
from desktop.services.sending import send_sessions, stop_story
from desktop.services.sending.send_rights import Confirmation
from desktop.services.sending.send_sessions import as_utc

S = DeliveryStatus


def _delivery(session: Session, delivery_id: int) -> Delivery:
    """The delivery as stored now. Not locked: a send's batches update its counters all
    the time, and an action must not queue behind them; two actions at once are settled
    by the compare-and-set of lifecycle.transition, which tells the second who acted."""
    delivery = session.get(Delivery, delivery_id, populate_existing=True)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    return delivery


def confirm(
    session: Session, actor: Actor, delivery_id: int, now: datetime | None = None
) -> DeliveryStatus:
    """Pending confirmation -> In progress, or Scheduled when its contact date is ahead.

    Only those domain.md §4 allows may confirm (services.delivery.confirmation); a send
    that would start at once also needs a free place under NmsOperation_LimitConcurrency."""
    return confirm_send(session, actor, delivery_id, now).status


def confirm_send(
    session: Session, actor: Actor, delivery_id: int, now: datetime | None = None
) -> Confirmation:
    """confirm(), returning the Confirmation that lets its confirmer start the send now
    (services.sending.send_rights) even without START DELIVERIES."""
    delivery = _delivery(session, delivery_id)
    ensure_may_confirm(session, actor, delivery)
    ensure_allows(delivery, Action.CONFIRM, "confirming the send")
    if delivery.channel is not Channel.EMAIL:
        raise InvalidState(f"delivery {delivery.id} is not an e-mail delivery")
    now = now or utcnow()
    if delivery.contact_date is not None and as_utc(delivery.contact_date) > now:
        transition(session, actor, delivery, S.SCHEDULED, reason="send confirmed")
        journal.add(
            session,
            delivery.id,
            JournalLevel.INFO,
            "send.confirmed_scheduled",
            operator=actor.name,
            contact_at=as_utc(delivery.contact_date).isoformat(timespec="minutes"),
        )
        return Confirmation(delivery.id, actor.operator_id, S.SCHEDULED)
    refusal = concurrency_refusal(session, delivery.id)
    if refusal is not None:
        raise ConsoleError(f"delivery {delivery.id} cannot start now: {refusal}")
    _start(
        session,
        actor,
        delivery,
        now,
        journal.line(JournalLevel.INFO, "send.confirmed", operator=actor.name),
    )
    return Confirmation(delivery.id, actor.operator_id, S.IN_PROGRESS)


def _start(
    session: Session, actor: Actor, delivery: Delivery, now: datetime, line: journal.Line
) -> None:
    transition(session, actor, delivery, S.IN_PROGRESS, reason=line.text)
    delivery.started_at = now
    delivery.error_message = ""
    journal.add_line(session, delivery.id, line)


def start_due(session: Session, now: datetime | None = None) -> list[int]:
    """Scheduled deliveries whose contact date has come -> In progress (by the system)."""
    now = now or utcnow()
    # Several schedulers (workstations, headless workers) may look at once: each takes the
    # rows no other holds (SKIP LOCKED on PostgreSQL; SQLite has one writer), and a start
    # another made first is left to it.
    due = session.scalars(
        select(Delivery)
        .where(Delivery.status == S.SCHEDULED, Delivery.contact_date <= now)
        .with_for_update(skip_locked=True, of=Delivery, **LOCK_FOR_CHANGE)
    ).all()
    started = []
    for delivery in due:
        try:
            _start(
                session,
                SYSTEM,
                delivery,
                now,
                journal.line(JournalLevel.INFO, "send.contact_date_reached"),
            )
        except InvalidState:  # moved meanwhile (started elsewhere, stopped, edited)
            continue
        started.append(delivery.id)
    return started


def pause(session: Session, actor: Actor, delivery_id: int) -> None:
    """No new message is handed out; those on the wire finish (by the sending process)."""
    require(actor, Right.START_DELIVERIES, "pause a delivery")
    delivery = _delivery(session, delivery_id)
    ensure_allows(delivery, Action.PAUSE, "pausing")
    transition(session, actor, delivery, S.PAUSED, reason="paused")
    journal.add(session, delivery.id, JournalLevel.INFO, "send.paused_by", operator=actor.name)


def resume(session: Session, actor: Actor, delivery_id: int) -> None:
    """Paused -> In progress: a running sender carries on; otherwise start one (send)."""
    require(actor, Right.START_DELIVERIES, "resume a delivery")
    delivery = _delivery(session, delivery_id)
    ensure_allows(delivery, Action.RESUME, "resuming")
    transition(session, actor, delivery, S.IN_PROGRESS, reason="resumed")
    delivery.error_message = ""
    journal.add(session, delivery.id, JournalLevel.INFO, "send.resumed_by", operator=actor.name)


def stop(session: Session, actor: Actor, delivery_id: int) -> int:
    """Final: what was not sent is cancelled. Returns how many rows were cancelled here;
    a running sender cancels the rows it still held once its messages on the wire end, and
    the last to leave says so in the journal (sending.stop_story)."""
    require(actor, Right.START_DELIVERIES, "stop a delivery")
    delivery = _delivery(session, delivery_id)
    ensure_allows(delivery, Action.STOP, "stopping")
    transition(session, actor, delivery, S.STOPPED, reason="stopped")
    send_sessions.release_dead_claims(session, delivery.id)
    cancelled = stop_story.cancel_queued(session, delivery.id)
    session.expire(delivery, ["processed", "cancelled"])  # counted in the database
    # Told now when nobody sends; else by the last sender, once its messages on the wire
    # are recorded: one line, with the true counts.
    stop_story.tell_stop(session, delivery.id, by=actor.name)
    return cancelled


def pause_for_problem(session: Session, delivery: Delivery, problem: str) -> None:
    """In progress -> Paused by the system, with the reason as an error in the journal."""
    transition(session, SYSTEM, delivery, S.PAUSED, reason=problem)
    delivery.error_message = problem
    journal.add(
        session, delivery.id, JournalLevel.ERROR, "send.paused_for_problem", problem=problem
    )


def is_sending(session: Session, delivery_id: int) -> bool:
    """True while a live process sends this delivery (here or elsewhere)."""
    return bool(send_sessions.live_sessions(session, delivery_id))

"""The send's statements on a prepared delivery's rows: claims, outcomes written back with
the counters, and the cancellation of what was not sent."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from desktop.models import Delivery, DeliveryLog, QuarantinedAddress, utcnow
from desktop.models.enums import LogStatus
from desktop.services.sending import claims, control, send_sessions
from desktop.services.sending.classify import classify
from desktop.services.sending.jobs import Outcome, Result
from desktop.services.sending.send_settings import send_settings_of
from tests.integration.sending_support import delivery_row, prepared_delivery


def _confirmed(sessions, manager, recipients: int) -> int:
    delivery_id = prepared_delivery(sessions, manager, recipients)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    return delivery_id


def _rows(sessions, delivery_id: int) -> list[DeliveryLog]:
    with sessions() as session:
        return list(
            session.scalars(
                select(DeliveryLog)
                .where(DeliveryLog.delivery_id == delivery_id)
                .order_by(DeliveryLog.id)
            )
        )


def _session_id(sessions, delivery_id: int) -> str:
    with sessions.begin() as session:
        return send_sessions.register(session, delivery_id)


def test_claims_take_due_rows_once_in_order_with_the_recipients_fields(sessions, manager) -> None:
    delivery_id = _confirmed(sessions, manager, 10)
    rows = _rows(sessions, delivery_id)
    later = rows[1].id
    with sessions.begin() as session:
        session.execute(
            update(DeliveryLog)
            .where(DeliveryLog.id == later)
            .values(next_attempt_at=utcnow() + timedelta(hours=1))
        )
    first, second = _session_id(sessions, delivery_id), _session_id(sessions, delivery_id)

    with sessions.begin() as session:
        jobs = claims.claim_due_rows(session, delivery_id, first, 4, utcnow())
    with sessions.begin() as session:
        more = claims.claim_due_rows(session, delivery_id, second, 100, utcnow())

    assert [job.log_id for job in jobs] == [rows[0].id, *(row.id for row in rows[2:5])]
    assert len(more) == 5 and not {j.log_id for j in jobs} & {j.log_id for j in more}
    assert later not in {job.log_id for job in jobs + more}  # not due yet
    job = jobs[0]
    assert (job.address, job.attempts) == (rows[0].address, 0)
    assert job.recipient is not None and job.recipient["id"] == rows[0].recipient_id
    assert job.recipient["first_name"] == "First0"
    claimed = {row.id: row for row in _rows(sessions, delivery_id)}
    assert {claimed[j.log_id].send_session_id for j in jobs} == {first}
    assert {claimed[j.log_id].status for j in jobs + more} == {LogStatus.SENDING}
    with sessions.begin() as session:
        assert claims.remaining(session, delivery_id)[0] == 10


def test_a_batch_of_outcomes_is_written_with_the_counters_and_the_quarantine(
    sessions, manager
) -> None:
    delivery_id = _confirmed(sessions, manager, 4)
    session_id = _session_id(sessions, delivery_id)
    with sessions.begin() as session:
        jobs = claims.claim_due_rows(session, delivery_id, session_id, 4, utcnow())
        settings = send_settings_of(session, session.get(Delivery, delivery_id))
    outcomes = [
        Outcome(jobs[0], Result.SENT, 250, "accepted", "<m0@example.com>"),
        Outcome(jobs[1], Result.HARD, 550, "No such user"),
        Outcome(jobs[2], Result.SOFT, 451, "Try again later"),
        Outcome(jobs[3], Result.RELEASED),
    ]
    now = utcnow()
    with sessions.begin() as session:
        claims.write_outcomes(session, delivery_id, session_id, classify(outcomes, settings, now))

    rows = {row.id: row for row in _rows(sessions, delivery_id)}
    sent, hard, soft, released = (rows[job.log_id] for job in jobs)
    assert (sent.status, sent.message_id, sent.attempts) == (
        LogStatus.SENT,
        "<m0@example.com>",
        1,
    )
    assert (hard.status, hard.smtp_code, hard.error) == (
        LogStatus.FAILED,
        550,
        "hard bounce: 550 No such user",
    )
    assert (soft.status, soft.attempts, soft.next_attempt_at is not None) == (
        LogStatus.TO_DELIVER,
        1,
        True,
    )
    assert (released.status, released.attempts) == (LogStatus.TO_DELIVER, 0)
    assert {row.send_session_id for row in rows.values()} == {None}
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.delivered, delivery.failed, delivery.hard_bounces) == (1, 1, 1)
    assert (delivery.soft_bounces, delivery.processed) == (0, 2)
    with sessions() as session:
        assert session.scalars(select(QuarantinedAddress.address)).all() == [hard.address]


def test_cancelling_what_was_not_sent_fails_retried_rows_and_cancels_the_others(
    sessions, manager
) -> None:
    delivery_id = _confirmed(sessions, manager, 8)
    rows = _rows(sessions, delivery_id)
    retried = {rows[0].id, rows[3].id}
    sent = rows[5].id
    with sessions.begin() as session:
        session.execute(
            update(DeliveryLog)
            .where(DeliveryLog.id.in_(retried))
            .values(attempts=2, next_attempt_at=utcnow() + timedelta(minutes=5))
        )
        session.execute(
            update(DeliveryLog).where(DeliveryLog.id == sent).values(status=LogStatus.SENT)
        )
    now = utcnow()

    with sessions.begin() as session:
        assert claims.cancel_unsent(session, delivery_id, "delivery stopped", now) == 7
    with sessions.begin() as session:
        assert claims.cancel_unsent(session, delivery_id, "delivery stopped", now) == 0

    for row in _rows(sessions, delivery_id):
        assert row.next_attempt_at is None or row.id == sent
        if row.id in retried:
            assert (row.status, row.error) == (
                LogStatus.FAILED,
                "soft bounce, not delivered: delivery stopped",
            )
        elif row.id == sent:
            assert row.status is LogStatus.SENT
        else:
            assert row.status is LogStatus.CANCELLED and not row.error
    delivery = delivery_row(sessions, delivery_id)
    assert (delivery.processed, delivery.failed, delivery.soft_bounces) == (7, 2, 2)
    assert (delivery.delivered, delivery.hard_bounces) == (0, 0)

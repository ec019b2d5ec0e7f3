"""What a batch of send outcomes means for the delivery-log rows and the delivery's counters,
decided without SMTP or a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.services.sending.classify import COUNTER_NAMES, Classified, classify
from desktop.services.sending.jobs import Job, Outcome, Result
from desktop.services.sending.send_settings import SendSettings

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _settings(
    retry_count: int = 3, retry_period: float = 60, valid_for: float = 86_400
) -> SendSettings:
    return SendSettings(
        connections=2,
        messages_per_connection=100,
        messages_per_hour=None,
        messages_per_hour_per_domain=None,
        retry_count=retry_count,
        retry_period=retry_period,
        validity_end=NOW + timedelta(seconds=valid_for),
    )


def _job(log_id: int = 7, attempts: int = 0, address: str = "ann@example.org") -> Job:
    return Job(log_id, recipient_id=100 + log_id, address=address, attempts=attempts)


def _counted(batch: Classified) -> dict[str, int]:
    """The counters that moved."""
    return {name: n for name, n in batch.counters.items() if n}


def _kinds(batch: Classified) -> dict[str, int]:
    """How many rows of each kind of update."""
    return {kind: len(rows) for kind, rows in batch.rows.items() if rows}


def test_a_sent_message_is_recorded_with_its_message_id_and_counted_delivered() -> None:
    at = NOW - timedelta(seconds=1)
    outcome = Outcome(_job(attempts=1), Result.SENT, 250, "accepted", "<m1@example.com>", at)
    batch = classify([outcome], _settings(), NOW)
    assert batch.rows["sent"] == [
        {"_id": 7, "code": 250, "msg": "accepted", "mid": "<m1@example.com>", "at": at, "n": 2,
         "now": NOW}
    ]  # fmt: skip
    assert _kinds(batch) == {"sent": 1}
    assert _counted(batch) == {"delivered": 1, "processed": 1}
    assert batch.hard_bounces == []
    assert set(batch.counters) == set(COUNTER_NAMES)


def test_a_hard_bounce_fails_at_once_and_its_address_goes_to_the_quarantine() -> None:
    outcome = Outcome(_job(), Result.HARD, 550, "5.1.1 No such user")
    batch = classify([outcome], _settings(), NOW)
    assert batch.rows["failed"] == [
        {"_id": 7, "code": 550, "msg": "5.1.1 No such user",
         "err": "hard bounce: 550 5.1.1 No such user", "n": 1, "now": NOW}
    ]  # fmt: skip
    assert _kinds(batch) == {"failed": 1}
    assert _counted(batch) == {"failed": 1, "hard_bounces": 1, "processed": 1}
    assert batch.hard_bounces == [("ann@example.org", "550 5.1.1 No such user")]


def test_a_soft_bounce_is_retried_after_the_retry_period_doubled_at_each_attempt() -> None:
    first = Outcome(_job(1, attempts=0), Result.SOFT, 451, "Try again later")
    third = Outcome(_job(2, attempts=2), Result.SOFT, 451, "Try again later")
    batch = classify([first, third], _settings(retry_period=60), NOW)
    assert batch.rows["retry"] == [
        {"_id": 1, "code": 451, "msg": "Try again later", "next": NOW + timedelta(seconds=60),
         "n": 1, "now": NOW},
        {"_id": 2, "code": 451, "msg": "Try again later", "next": NOW + timedelta(seconds=240),
         "n": 3, "now": NOW},
    ]  # fmt: skip
    assert _kinds(batch) == {"retry": 2}
    assert _counted(batch) == {}  # not processed yet
    assert batch.hard_bounces == []


def test_a_soft_bounce_after_the_last_retry_fails_as_a_soft_bounce() -> None:
    last = Outcome(_job(attempts=2), Result.SOFT, 452, "Mailbox full")
    batch = classify([last], _settings(retry_count=2), NOW)
    assert batch.rows["failed"] == [
        {"_id": 7, "code": 452, "msg": "Mailbox full",
         "err": "soft bounce after 3 attempts: 452 Mailbox full", "n": 3, "now": NOW}
    ]  # fmt: skip
    assert _kinds(batch) == {"failed": 1}
    assert _counted(batch) == {"failed": 1, "soft_bounces": 1, "processed": 1}
    assert batch.hard_bounces == []  # soft bounces never quarantine


def test_a_soft_bounce_whose_next_attempt_would_fall_after_the_validity_end_fails() -> None:
    # The second attempt would come 120 s from now; the delivery is valid 90 s more.
    lost = Outcome(_job(attempts=1), Result.SOFT, None, "connection lost: timed out")
    batch = classify([lost], _settings(retry_period=60, valid_for=90), NOW)
    assert [row["err"] for row in batch.rows["failed"]] == [
        "soft bounce after 2 attempts: connection lost: timed out"
    ]
    assert _counted(batch) == {"failed": 1, "soft_bounces": 1, "processed": 1}
    # With a longer validity the same outcome is retried.
    later = classify([lost], _settings(retry_period=60, valid_for=121), NOW)
    assert _kinds(later) == {"retry": 1}


def test_render_errors_are_recorded_with_their_reason_and_counted() -> None:
    outcomes = [
        Outcome(_job(1), Result.RENDER_ERROR, message="'dict object' has no attribute 'x'"),
        Outcome(_job(2), Result.RENDER_ERROR, message="division by zero"),
    ]
    batch = classify(outcomes, _settings(), NOW)
    assert batch.rows["render"] == [
        {"_id": 1, "err": "'dict object' has no attribute 'x'", "now": NOW},
        {"_id": 2, "err": "division by zero", "now": NOW},
    ]
    assert _kinds(batch) == {"render": 2}
    assert _counted(batch) == {"render_errors": 2, "processed": 2}


def test_released_and_deferred_rows_go_back_to_be_claimed_again_and_count_nothing() -> None:
    not_before = NOW + timedelta(minutes=30)
    outcomes = [
        Outcome(_job(1), Result.RELEASED),
        Outcome(_job(2), Result.DEFERRED, not_before=not_before),
    ]
    batch = classify(outcomes, _settings(), NOW)
    assert batch.rows["release"] == [
        {"_id": 1, "next": None, "now": NOW},
        {"_id": 2, "next": not_before, "now": NOW},
    ]
    assert _kinds(batch) == {"release": 2}
    assert _counted(batch) == {}


def test_on_stop_queued_rows_are_cancelled_and_nothing_is_retried() -> None:
    outcomes = [
        Outcome(_job(1), Result.SENT, 250, "accepted", "<m1@example.com>"),
        Outcome(_job(2), Result.RELEASED),
        Outcome(_job(3), Result.DEFERRED, not_before=NOW + timedelta(minutes=30)),
        Outcome(_job(4, attempts=0), Result.SOFT, 451, "Try again later"),
    ]
    batch = classify(outcomes, _settings(retry_count=3), NOW, cancel=True)
    assert batch.rows["cancel"] == [{"_id": 2, "now": NOW}, {"_id": 3, "now": NOW}]
    assert [row["err"] for row in batch.rows["failed"]] == [
        "soft bounce after 1 attempts: 451 Try again later"
    ]
    assert _kinds(batch) == {"sent": 1, "failed": 1, "cancel": 2}
    assert _counted(batch) == {
        "delivered": 1,
        "failed": 1,
        "soft_bounces": 1,
        "cancelled": 2,
        "processed": 4,
    }


def test_a_mixed_batch_adds_up() -> None:
    outcomes = [
        Outcome(_job(1), Result.SENT, 250, "accepted", "<m1@example.com>"),
        Outcome(_job(2, address="bob@example.org"), Result.HARD, 550, "No such user"),
        Outcome(_job(3), Result.SOFT, 451, "Try again later"),
        Outcome(_job(4), Result.RENDER_ERROR, message="bad template"),
        Outcome(_job(5), Result.RELEASED),
    ]
    batch = classify(outcomes, _settings(), NOW)
    assert _kinds(batch) == {"sent": 1, "failed": 1, "retry": 1, "render": 1, "release": 1}
    assert _counted(batch) == {
        "delivered": 1,
        "failed": 1,
        "hard_bounces": 1,
        "render_errors": 1,
        "processed": 3,
    }
    assert batch.hard_bounces == [("bob@example.org", "550 No such user")]

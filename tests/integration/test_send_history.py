"""A send's history from its logs: delivered messages and first opens and clicks counted
per time bucket by the database, as cumulative curves over clock time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

from sqlalchemy import select, update

from desktop.models import DeliveryLog
from desktop.models.enums import LogStatus, TrackingKind
from desktop.services.delivery.send_history import send_history, smoothed_rates
from desktop.services.servers.hit_recording import Hit, record_hits
from tests.integration.sending_support import prepared_delivery

START = datetime(2026, 10, 15, 20, 0, 0, tzinfo=UTC)


def test_the_history_counts_every_message_and_first_hit_in_its_bucket(sessions, manager):
    delivery_id = prepared_delivery(sessions, manager, 100)
    with sessions.begin() as session:
        rows = session.execute(
            select(DeliveryLog.id, DeliveryLog.recipient_id)
            .where(DeliveryLog.delivery_id == delivery_id)
            .order_by(DeliveryLog.id)
        ).all()
        for n, row in enumerate(rows):  # one a second, a few hundredths past it
            session.execute(
                update(DeliveryLog)
                .where(DeliveryLog.id == row.id)
                .values(
                    status=LogStatus.SENT, sent_at=START + timedelta(seconds=n, microseconds=37)
                )
            )
        opened = [
            Hit(delivery_id, row.recipient_id, TrackingKind.OPEN, "", "test",
                START + timedelta(seconds=n, milliseconds=500))
            for n, row in enumerate(rows[:30])
        ]  # fmt: skip
        record_hits(session, opened)

    with sessions() as session:
        history = send_history(session, delivery_id, max_points=10)

    assert history.bucket_seconds == 10
    delivered, opens = history.values["delivered"], history.values["opens"]
    assert delivered[0] == opens[0] == 0  # a point before the first event
    assert delivered[-1] == 100 and opens[-1] == 30 and history.values["clicks"][-1] == 0
    # Ten messages in every ten seconds: the cumulative curve climbs by ten a bucket.
    steps = [later - earlier for earlier, later in pairwise(delivered)]
    assert steps == [10] * 10
    assert history.rates[1:] == [1.0] * 10
    assert history.times[-1] == START.timestamp() + 100
    assert all(b - a == 10 for a, b in pairwise(history.times))


def test_a_delivery_not_sent_has_no_history(sessions, manager):
    delivery_id = prepared_delivery(sessions, manager, 3)
    with sessions() as session:
        assert send_history(session, delivery_id).times == []


def test_a_slow_sends_throughput_reads_steady_and_a_fast_ones_keeps_every_bucket():
    # 0.45 message a second in 15-second buckets: 6 or 7 a bucket, 0.40 or 0.47 read alone.
    slow = [0] + [7 if n % 2 else 6 for n in range(60)]
    rates = smoothed_rates(slow, 15)
    assert rates[0] == 0.0 and rates[1] == 6 / 15  # from the first message on
    steady = rates[20:]  # once a window's worth of buckets has gone by
    assert max(steady) - min(steady) < 0.01
    assert abs(sum(steady) / len(steady) - 6.5 / 15) < 0.01

    # Hundreds a second: each bucket is its own sample, so a stop shows at once.
    fast = [0, 400, 420, 380, 0, 0]
    assert smoothed_rates(fast, 1) == [0.0, 400.0, 420.0, 380.0, 0.0, 0.0]

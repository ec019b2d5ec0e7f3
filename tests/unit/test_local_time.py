"""Moments are stored in UTC and read by operators in their own time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.services.runtime.local_time import local_moment, shown_time


@pytest.fixture
def in_taipei() -> Iterator[None]:
    """UTC+8 all year, so no summer time to guess."""
    with pytest.MonkeyPatch.context() as zone:
        zone.setenv("TZ", "Asia/Taipei")
        time.tzset()
        try:
            yield
        finally:
            zone.undo()
            time.tzset()


def test_a_naive_moment_is_read_as_utc(in_taipei) -> None:
    # What SQLite hands back: the stored UTC moment without its zone.
    assert local_moment(datetime(2026, 12, 6, 23, 30, 15)) == "2026-12-07 07:30"
    assert local_moment(datetime(2026, 12, 6, 23, 30, 15), seconds=True) == "2026-12-07 07:30:15"


def test_an_aware_moment_keeps_its_zone(in_taipei) -> None:
    # What PostgreSQL hands back, in whatever zone the session has.
    paris = timezone(timedelta(hours=1))
    assert local_moment(datetime(2026, 12, 7, 0, 30, tzinfo=paris)) == "2026-12-07 07:30"


def test_a_one_line_message_gives_the_date_only_on_another_day(in_taipei) -> None:
    now = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)  # 09:00 in Taipei
    assert shown_time(datetime(2026, 12, 7, 0, 2, tzinfo=UTC), now) == "08:02"
    assert shown_time(datetime(2026, 12, 6, 15, 59, tzinfo=UTC), now) == "2026-12-06 23:59"
    assert shown_time(None, now) == ""

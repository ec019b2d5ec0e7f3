"""On PostgreSQL, a stop cancels the statement the preparation runs at that moment: Stop
takes effect within a second or two even in the middle of selecting a big target, from
this process (the GUI's Stop, Ctrl-C) as from another (`delivery stop-preparation`)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event, func, select, text

from desktop.models import Delivery, DeliveryLog, JournalLine
from desktop.models.enums import DeliveryStatus
from desktop.services.preparation.pipeline import (
    PreparationSettings,
    prepare,
    stop_preparation,
)
from desktop.services.preparation.statement_canceller import WATCHER_THREAD
from desktop.services.runtime.cancellation import CancelToken, Progress
from tests.unit.preparation_data import add_delivery, add_recipient

pytestmark = pytest.mark.postgresql_only  # SQLite's own way is its progress handler

RECIPIENTS = 500_000
# A stop ends the preparation within this long (its clean-up included).
WITHIN = 2.5
# Long enough for the statement under way to be well into its work.
STOP_AFTER = 0.5

_RECIPIENTS = text(
    "INSERT INTO recipient (email, email_key, first_name, last_name, language, country, "
    "city, postal_address, denylisted, custom_fields, created_at, updated_at) "
    "SELECT 'r' || n || '@mail.example', 'r' || n || '@mail.example', 'Ann', 'Smith', 'fr', "
    "'FR', 'Lyon', '', false, '{}', now(), now() FROM generate_series(1, :count) AS n"
)


@pytest.fixture
def big_target(engine, sessions) -> int:
    """A delivery to every one of RECIPIENTS recipients."""
    with engine.begin() as connection:
        connection.execute(_RECIPIENTS, {"count": RECIPIENTS})
        connection.execute(text("ANALYZE recipient"))
    with sessions.begin() as session:
        return add_delivery(session)


def _watch_statements(engine) -> tuple[list[str], list[float]]:
    """The errors of statements, and how long each statement ran."""
    errors: list[str] = []
    durations: list[float] = []

    @event.listens_for(engine, "handle_error")
    def failed(context) -> None:
        errors.append(str(context.original_exception))

    @event.listens_for(engine, "before_cursor_execute")
    def started(conn, *_args) -> None:
        conn.info["started"] = time.monotonic()

    @event.listens_for(engine, "after_cursor_execute")
    def ran(conn, *_args) -> None:
        durations.append(time.monotonic() - conn.info.pop("started", time.monotonic()))

    return errors, durations


def _prepare_and_stop(sessions, manager, delivery_id: int, stop) -> tuple[object, float]:
    """Prepares, calls stop() STOP_AFTER seconds into the targeting statement; the
    result and how long the preparation took to end after the stop."""
    token = CancelToken()
    stopped_at: list[float] = []

    def stop_later() -> None:
        time.sleep(STOP_AFTER)
        stopped_at.append(time.monotonic())
        stop(token)

    def progress(report: Progress) -> None:
        if report.phase == "targeting" and not stopped_at and not starter.is_alive():
            starter.start()

    starter = threading.Thread(target=stop_later)
    result = prepare(
        sessions,
        manager,
        delivery_id,
        token=token,
        progress=progress,
        settings=PreparationSettings(processes=1, stop_poll_seconds=0.5),
    )
    ended = time.monotonic()
    starter.join()
    return result, ended - stopped_at[0]


def _left_nothing(sessions, delivery_id: int) -> None:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery.status is DeliveryStatus.BEING_EDITED
        assert delivery.to_deliver == 0
        logs = select(func.count()).where(DeliveryLog.delivery_id == delivery_id)
        assert session.scalar(logs) == 0
        lines = session.scalars(
            select(JournalLine.message).where(JournalLine.delivery_id == delivery_id)
        ).all()
        assert "Preparation stopped by manager." in lines


def test_stop_cancels_the_targeting_statement_under_way(engine, sessions, manager, big_target):
    errors, _ = _watch_statements(engine)

    result, took = _prepare_and_stop(sessions, manager, big_target, lambda token: token.cancel())

    assert result.stopped and result.status is DeliveryStatus.BEING_EDITED
    assert took < WITHIN
    assert any("canceling statement due to user request" in error for error in errors)
    _left_nothing(sessions, big_target)


def test_a_stop_from_elsewhere_cancels_the_statement_under_way(
    engine, sessions, manager, big_target
):
    errors, _ = _watch_statements(engine)

    def stop_elsewhere(_token: CancelToken) -> None:
        with sessions.begin() as session:
            assert stop_preparation(session, manager, big_target)

    result, took = _prepare_and_stop(sessions, manager, big_target, stop_elsewhere)

    assert result.status is DeliveryStatus.BEING_EDITED
    assert took < WITHIN + 0.5  # the status is polled every half second here
    assert any("canceling statement due to user request" in error for error in errors)
    _left_nothing(sessions, big_target)


def test_without_a_stop_the_targeting_statement_runs_for_seconds(
    engine, sessions, manager, big_target
):
    # What the tests above stop: a statement long enough that waiting for it is no stop.
    token = CancelToken()
    targeting: list[float] = []

    @event.listens_for(engine, "before_cursor_execute")
    def started(conn, _cursor, statement: str, *_args) -> None:
        conn.info["started"] = time.monotonic()

    @event.listens_for(engine, "after_cursor_execute")
    def ran(conn, _cursor, statement: str, *_args) -> None:
        if statement.startswith("INSERT INTO preparation_staging"):
            targeting.append(time.monotonic() - conn.info["started"])
            token.cancel()  # the rest of the preparation is not what this test is about

    result = prepare(
        sessions, manager, big_target, token=token, settings=PreparationSettings(processes=1)
    )

    assert result.stopped
    assert targeting and targeting[0] > 2 * WITHIN, targeting


def test_a_preparation_leaves_no_watcher_behind(sessions, manager):
    # A watcher left running would keep polling (and connecting to) the database.
    with sessions.begin() as session:
        add_recipient(session, "ann@mail.example")
        delivery_id = add_delivery(session)

    result = prepare(sessions, manager, delivery_id, settings=PreparationSettings(processes=1))

    assert result.status is DeliveryStatus.PENDING_CONFIRMATION
    assert not [t for t in threading.enumerate() if t.name == WATCHER_THREAD]

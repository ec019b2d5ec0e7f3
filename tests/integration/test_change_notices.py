"""Change notices on PostgreSQL: a listener hears a committed change of a row an operator
may look at (table and id), nothing of a delivery's log rows, and listens again by itself
after the server restarts."""

from __future__ import annotations

import queue
import time

import pytest
from sqlalchemy import update

from desktop.models import Delivery, DeliveryLog, Recipient
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.runtime.change_listener import (
    EVERYTHING,
    ChangeListener,
    ChangeNotice,
)
from tests.databases import restart_server
from tests.unit.preparation_data import add_delivery, add_recipient

pytestmark = pytest.mark.postgresql_only

WAIT = 5.0


class Heard:
    def __init__(self) -> None:
        self.notices: queue.SimpleQueue[ChangeNotice] = queue.SimpleQueue()
        self.states: queue.SimpleQueue[tuple[bool, str]] = queue.SimpleQueue()

    def wait_state(self, listening: bool, timeout: float = WAIT) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            state, reason = self.states.get(timeout=max(0.01, end - time.monotonic()))
            if state is listening:
                return reason
        raise AssertionError(f"never {'listening' if listening else 'lost'}")

    def until(self, wanted: ChangeNotice, timeout: float = WAIT) -> list[ChangeNotice]:
        """Every notice heard up to `wanted` (included)."""
        seen: list[ChangeNotice] = []
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                notice = self.notices.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            seen.append(notice)
            if notice == wanted:
                return seen
        raise AssertionError(f"{wanted} not heard; heard {seen}")

    def rest(self, seconds: float = 0.5) -> list[ChangeNotice]:
        time.sleep(seconds)
        seen = []
        while not self.notices.empty():
            seen.append(self.notices.get())
        return seen


@pytest.fixture
def heard(engine):
    heard = Heard()
    listener = ChangeListener(engine, heard.notices.put, lambda *s: heard.states.put(s))
    listener.start()
    heard.wait_state(True)
    heard.listener = listener
    yield heard
    listener.stop()


def test_a_committed_status_change_is_heard_with_its_table_and_id(heard, sessions) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session)
    heard.until(ChangeNotice("delivery", delivery_id))
    with sessions.begin() as session:
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.PENDING_CONFIRMATION)
        )
    heard.until(ChangeNotice("delivery", delivery_id))


def test_nothing_is_heard_before_the_commit_nor_after_a_rollback(heard, sessions) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session)
    heard.until(ChangeNotice("delivery", delivery_id))
    with sessions() as session:
        session.execute(update(Delivery).where(Delivery.id == delivery_id).values(label="x"))
        session.flush()
        assert heard.rest(0.4) == []  # not committed yet
        session.rollback()
    assert heard.rest(0.4) == []


def test_delivery_log_rows_say_nothing_and_a_bulk_of_recipients_says_it_once(
    heard, sessions
) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session)
        recipient_ids = [add_recipient(session, f"r{n}@example.com") for n in range(20)]
    heard.until(ChangeNotice("delivery", delivery_id))
    heard.rest(0.3)
    with sessions.begin() as session:
        session.add_all(
            DeliveryLog(
                delivery_id=delivery_id,
                recipient_id=recipient_id,
                address=f"r{n}@example.com",
                status=LogStatus.TO_DELIVER,
            )
            for n, recipient_id in enumerate(recipient_ids)
        )
    assert heard.rest(0.5) == []
    with sessions.begin() as session:
        session.execute(update(Recipient).values(country="SE"))
    assert heard.rest(0.5) == [ChangeNotice("recipient", None)]


def test_it_listens_again_after_a_server_restart(heard, sessions) -> None:
    restart_server(1.0)
    reason = heard.wait_state(False, timeout=10)
    assert reason
    heard.wait_state(True, timeout=15)
    heard.until(EVERYTHING)  # what changed meanwhile is unknown: everyone reads again
    assert heard.listener.reconnects == 1
    with sessions.begin() as session:
        delivery_id = add_delivery(session)
    heard.until(ChangeNotice("delivery", delivery_id))

"""Two operators pressing the same button on the same delivery at the same moment, from
two processes (the real CLI, lined up right before the service call): one wins, the
other is refused in one line saying who acted first; the audit trail shows one move, and
the status never goes backwards (SQLite, and PostgreSQL in its run)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import AuditEntry, JournalLine
from desktop.models.enums import DeliveryStatus
from desktop.services.access.rights import Actor
from tests.integration.racing_commands import Outcome, race
from tests.integration.sending_support import add_recipients
from tests.unit.review_data import (
    add_campaign,
    add_campaign_delivery,
    add_people,
    approved_rows,
    prepared,
    status_of,
)

S = DeliveryStatus
EXIT_REFUSED = 2
TIME = r"\d\d:\d\d"


def _one_won(outcomes: list[Outcome]) -> tuple[Outcome, Outcome]:
    """The winner and the loser; neither printed a traceback."""
    for outcome in outcomes:
        assert "Traceback" not in outcome.stderr, outcome.stderr
    winners = [o for o in outcomes if o.code == 0]
    losers = [o for o in outcomes if o.code != 0]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert losers[0].code == EXIT_REFUSED, losers[0]
    assert len(losers[0].stderr.strip().splitlines()) == 1, losers[0].stderr
    return winners[0], losers[0]


def _moves_to(sessions: sessionmaker[Session], delivery_id: int, status: S) -> list[str]:
    """Who moved the delivery to `status`, as the audit trail says."""
    with sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry.operator_name).where(
                    AuditEntry.entity == "delivery",
                    AuditEntry.entity_id == delivery_id,
                    AuditEntry.action == "status",
                    AuditEntry.to_state == status.value,
                )
            )
        )


def _journal_count(sessions: sessionmaker[Session], delivery_id: int, text: str) -> int:
    with sessions() as session:
        return session.scalar(
            select(func.count()).where(
                JournalLine.delivery_id == delivery_id, JournalLine.message.contains(text)
            )
        )


@pytest.fixture
def campaign(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as session:
        add_people(session)
        return add_campaign(session, owner="manager")


def test_two_prepares_at_once_start_one_preparation(
    sessions: sessionmaker[Session], db_url: str, tmp_path: Path, campaign: int
) -> None:
    add_recipients(sessions, 2_000)  # long enough that the loser finds it preparing
    with sessions.begin() as session:
        delivery_id = add_campaign_delivery(session, campaign)
    outcomes = race(
        tmp_path / "barrier",
        db_url,
        ("desktop.cli.prepare_commands", "prepare"),
        ("manager", ("delivery", "prepare", str(delivery_id), "--quiet")),
        ("admin", ("delivery", "prepare", str(delivery_id), "--quiet")),
    )
    winner, loser = _one_won(outcomes)
    assert re.fullmatch(
        rf"campaign-console: error: delivery {delivery_id} is already being prepared:"
        rf" started by {winner.operator} at {TIME}",
        loser.stderr.strip(),
    ), loser.stderr
    assert _moves_to(sessions, delivery_id, S.PREPARING) == [winner.operator]
    assert _journal_count(sessions, delivery_id, "Preparation started by") == 1
    assert status_of(sessions, delivery_id) is S.PENDING_CONFIRMATION


def test_two_confirmations_at_once_start_one_send(
    sessions: sessionmaker[Session], db_url: str, tmp_path: Path, campaign: int, manager: Actor
) -> None:
    with sessions.begin() as session:
        delivery_id = add_campaign_delivery(session, campaign)
    assert prepared(sessions, manager, delivery_id) is S.PENDING_CONFIRMATION
    outcomes = race(
        tmp_path / "barrier",
        db_url,
        ("desktop.services.sending.control", "confirm"),
        ("manager", ("delivery", "confirm", str(delivery_id), "--json")),
        ("admin", ("delivery", "confirm", str(delivery_id), "--json")),
    )
    winner, loser = _one_won(outcomes)
    assert json.loads(winner.stdout)["status"] == S.IN_PROGRESS.value
    assert re.fullmatch(
        rf"campaign-console: error: delivery {delivery_id} is already being sent:"
        rf" started by {winner.operator} at {TIME}",
        loser.stderr.strip(),
    ), loser.stderr
    assert _moves_to(sessions, delivery_id, S.IN_PROGRESS) == [winner.operator]
    assert _journal_count(sessions, delivery_id, "Send confirmed by") == 1
    assert status_of(sessions, delivery_id) is S.IN_PROGRESS


def test_two_approvals_of_one_step_at_once_decide_it_once(
    sessions: sessionmaker[Session], db_url: str, tmp_path: Path, manager: Actor
) -> None:
    with sessions.begin() as session:
        add_people(session)
        campaign = add_campaign(session, owner="manager", steps=("targeting",))
        delivery_id = add_campaign_delivery(session, campaign)
    assert prepared(sessions, manager, delivery_id) is S.PENDING_APPROVAL
    outcomes = race(
        tmp_path / "barrier",
        db_url,
        ("desktop.cli.approval_commands", "approve"),
        ("manager", ("approval", "approve", str(delivery_id), "targeting")),
        ("admin", ("approval", "approve", str(delivery_id), "targeting")),
    )
    winner, loser = _one_won(outcomes)
    assert (
        f"targeting of delivery {delivery_id} was already approved by {winner.operator} at"
        in loser.stderr
    ), loser.stderr
    assert approved_rows(sessions, delivery_id) == 1
    assert _moves_to(sessions, delivery_id, S.PENDING_CONFIRMATION) == [winner.operator]
    assert status_of(sessions, delivery_id) is S.PENDING_CONFIRMATION

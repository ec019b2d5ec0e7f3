"""The command line's writers while another process keeps the database locked (a long
import): each waits and goes through once the lock is gone, or, past its deadline, says
so in one line, exits 1 and leaves nothing written (real CLI processes, a real lock
holder, a real SQLite file)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Approval,
    AuditEntry,
    Campaign,
    Delivery,
    DeliveryLog,
    JournalLine,
    Operator,
    Option,
)
from desktop.models.enums import ApprovalStatus, DeliveryStatus
from desktop.services.access import tracking_keys
from desktop.services.access.rights import Actor
from desktop.services.runtime.busy_retry import WAIT_ENV
from desktop.services.settings import options
from tests.integration.database_lock import database_locked
from tests.integration.sending_support import status_of, wait_for
from tests.integration.test_busy_commands import Command, _has_open
from tests.unit.review_data import add_campaign, add_campaign_delivery, add_people, prepared

SPARE_OPTION = "Shop_Banner"


@dataclass
class World:
    """What the commands act on: a delivery waiting for its targeting approval, one
    being edited (to prepare), the campaign they belong to, an option to delete."""

    campaign: int
    to_approve: int
    to_prepare: int


@pytest.fixture
def world(sessions: sessionmaker[Session], manager: Actor, admin: Actor) -> World:
    with sessions.begin() as session:
        add_people(session)
        campaign = add_campaign(session, owner="manager", steps=("targeting",))
        to_approve = add_campaign_delivery(session, campaign, label="To approve")
        to_prepare = add_campaign_delivery(session, campaign, label="To prepare")
        options.set_option(session, admin, SPARE_OPTION, "Spring", label="Banner")
        tracking_keys.status(session, admin)  # the keys exist: a rotation changes them
    assert prepared(sessions, manager, to_approve) is DeliveryStatus.PENDING_APPROVAL
    return World(campaign, to_approve, to_prepare)


@pytest.fixture
def commands() -> Iterator[list[Command]]:
    started: list[Command] = []
    yield started
    for command in started:
        command.kill()


def _runs(world: World, html: Path) -> dict[str, tuple[str, ...]]:
    """Each writer, as (operator, arguments), by what it says it could not do."""
    return {
        "create the campaign 'Autumn'": ("manager", "campaign", "create", "--label", "Autumn"),
        "add the operator 'otto2'": (
            "admin", "operator", "add", "otto2", "--password", "a-long-enough-password-42"
        ),
        "create the delivery 'Autumn news'": (
            "manager", "delivery", "create", "--campaign", str(world.campaign),
            "--label", "Autumn news", "--subject", "Autumn", "--html", str(html),
        ),
        f"approve the step targeting of delivery {world.to_approve}": (
            "admin", "approval", "approve", str(world.to_approve), "targeting"
        ),
        f"delete the option {SPARE_OPTION}": ("admin", "option", "delete", SPARE_OPTION),
        f"start the preparation of delivery {world.to_prepare}": (
            "manager", "delivery", "prepare", str(world.to_prepare), "--quiet"
        ),
        "rotate the tracking key": ("admin", "secret", "rotate"),
    }  # fmt: skip


def _html(tmp_path: Path) -> Path:
    path = tmp_path / "autumn.html"
    path.write_text("<p>Hello {{ recipient.first_name }}</p>", encoding="utf-8")
    return path


def _count(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def _approval(sessions: sessionmaker[Session], delivery_id: int) -> ApprovalStatus:
    with sessions() as session:
        return session.scalar(select(Approval.status).where(Approval.delivery_id == delivery_id))


def _option_exists(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return session.scalar(select(Option.id).where(Option.name == SPARE_OPTION)) is not None


def _signing_key(sessions: sessionmaker[Session], admin: Actor) -> str:
    with sessions() as session:
        keys = tracking_keys.status(session, admin).keys
    return next(key.fingerprint for key in keys if key.verifies_until is None)


def _key_files(tmp_path: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in (tmp_path / "data").rglob("*.keys")}


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_every_writer_waits_for_the_lock_then_goes_through(
    tmp_path: Path, db_url, sessions, admin, world: World, commands
) -> None:
    key_before = _signing_key(sessions, admin)
    path = tmp_path / "console.db"
    with database_locked(path) as lock:
        for _what, (operator, *args) in _runs(world, _html(tmp_path)).items():
            commands.append(Command(db_url, operator, *args, "--json"))
        wait_for(lambda: all(_has_open(c.process.pid, path) for c in commands), timeout=60)
        time.sleep(2.0)  # each has reached its write by now, and met the lock
        assert [c.process.poll() for c in commands] == [None] * len(commands)  # waiting
        lock.release()
        finished = [command.finish() for command in commands]

    for code, _stdout, stderr in finished:
        assert code == 0, stderr
        assert "locked" not in stderr and "Traceback" not in stderr
    campaign, operator, delivery, approval, deleted, preparation, _rotation = (
        json.loads(stdout) for _code, stdout, _stderr in finished
    )
    with sessions() as session:
        assert session.get(Campaign, campaign["id"]).label == "Autumn"
        assert session.get(Operator, operator["id"]).name == "otto2"
        assert session.get(Delivery, delivery["id"]).label == "Autumn news"
    assert approval["status"] == "approved"
    assert _approval(sessions, world.to_approve) is ApprovalStatus.APPROVED
    assert deleted == {"deleted": SPARE_OPTION}
    assert not _option_exists(sessions)
    assert preparation["status"] == "pending_approval"  # its campaign asks for one
    assert preparation["to_deliver"] == 3
    assert _signing_key(sessions, admin) != key_before


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_a_writer_that_cannot_wait_longer_says_so_in_one_line_and_writes_nothing(
    tmp_path: Path, db_url, sessions, admin, world: World, commands
) -> None:
    counted = (Campaign, Operator, Delivery, DeliveryLog, AuditEntry, JournalLine)
    before = {model: _count(sessions, model) for model in counted}
    keys_before, key_files = _signing_key(sessions, admin), _key_files(tmp_path)
    with database_locked(tmp_path / "console.db") as lock:
        for what, (operator, *args) in _runs(world, _html(tmp_path)).items():
            command = Command(db_url, operator, *args, **{WAIT_ENV: "1"})
            commands.append(command)
            code, stdout, stderr = command.finish()
            assert (code, stdout) == (1, ""), stderr
            assert stderr.splitlines() == [
                f"campaign-console: error: could not {what}: the database stayed locked by "
                "another process for 1 s; nothing was changed, try again once that work is done"
            ]
        assert lock.held  # each gave up at its own deadline

    assert {model: _count(sessions, model) for model in counted} == before
    assert _approval(sessions, world.to_approve) is ApprovalStatus.PENDING
    assert status_of(sessions, world.to_approve) is DeliveryStatus.PENDING_APPROVAL
    assert status_of(sessions, world.to_prepare) is DeliveryStatus.BEING_EDITED
    assert _option_exists(sessions)
    assert _signing_key(sessions, admin) == keys_before
    assert _key_files(tmp_path) == key_files  # the key file was not rewritten

"""How `delivery send` ends, as a script sees it: the exit status says whether the
delivery went out (0), ended paused, stopped or failed (1), was refused (2) or was
interrupted (130); and who may carry a send on. Real SMTP servers on 127.0.0.1, real
processes where a signal is sent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.models import Delivery, utcnow
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.access.rights import Actor
from desktop.services.sending import control
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from tests.conftest import MANAGER_PASSWORD
from tests.integration.sending_support import (
    RecordingHandler,
    log_statuses,
    prepared_delivery,
    refusing_port,
    smtp_server,
    status_of,
    wait_for,
)
from tests.unit.review_data import OTHER_PASSWORD, add_group, add_operator, name_reviewer

PASSWORDS = {"manager": MANAGER_PASSWORD, "grace": OTHER_PASSWORD}


def _send(
    db_url: str, delivery_id: int, operator: str, monkeypatch, capsys
) -> tuple[int, Any, str]:
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", PASSWORDS[operator])
    code = main(["--db", db_url, "--operator", operator, "delivery", "send", str(delivery_id),
                 "--quiet", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    return code, json.loads(out) if out else None, err


def _relay(sessions: sessionmaker[Session], admin: Actor, port: int) -> None:
    with sessions.begin() as session:
        save_relay_settings(session, admin, RelaySettings(host="127.0.0.1", port=port))


@pytest.fixture
def spawned() -> Iterator[list[subprocess.Popen]]:
    processes: list[subprocess.Popen] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


def _send_process(
    db_url: str, delivery_id: int, operator: str, spawned: list[subprocess.Popen]
) -> subprocess.Popen:
    argv = ["--db", db_url, "--operator", operator, "delivery", "send", str(delivery_id)]
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", *argv, "--json"],
        env={**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORDS[operator]},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    spawned.append(process)
    return process


def test_a_finished_send_exits_0(db_url, sessions, manager, admin, monkeypatch, capsys) -> None:
    delivery_id = prepared_delivery(sessions, manager, 5)
    with smtp_server(RecordingHandler()) as server:
        _relay(sessions, admin, server.port)
        code, result, err = _send(db_url, delivery_id, "manager", monkeypatch, capsys)
    assert code == 0, err
    assert (result["status"], result["sent_now"]) == ("finished", 5)


def test_a_send_the_relay_paused_exits_1(
    db_url, sessions, manager, admin, monkeypatch, capsys
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 5)
    with refusing_port() as port:
        _relay(sessions, admin, port)
        code, result, err = _send(db_url, delivery_id, "manager", monkeypatch, capsys)
    assert code == 1, err
    assert result["status"] == "paused" and "cannot be reached" in result["reason"]
    assert status_of(sessions, delivery_id) is DeliveryStatus.PAUSED


def test_a_send_that_failed_exits_1(db_url, sessions, manager, admin, monkeypatch, capsys) -> None:
    delivery_id = prepared_delivery(sessions, manager, 5, validity_seconds=60)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        delivery.started_at = utcnow() - timedelta(hours=1)  # its validity period is over
    with refusing_port() as port:
        _relay(sessions, admin, port)
        code, result, err = _send(db_url, delivery_id, "manager", monkeypatch, capsys)
    assert code == 1, err
    assert result["status"] == "failed"
    assert status_of(sessions, delivery_id) is DeliveryStatus.FAILED


def test_ctrl_c_exits_130_and_the_delivery_carries_on_later(
    db_url, sessions, manager, admin, spawned
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 200)
    handler = RecordingHandler(delay=0.04)
    with smtp_server(handler) as server:
        _relay(sessions, admin, server.port)
        sender = _send_process(db_url, delivery_id, "manager", spawned)
        wait_for(lambda: handler.count() >= 10)
        sender.send_signal(signal.SIGINT)
        out, err = sender.communicate(timeout=120)
    assert sender.returncode == 130, err
    result = json.loads(out)
    assert result["status"] == "in_progress"
    assert 0 < result["sent_now"] < 200
    assert status_of(sessions, delivery_id) is DeliveryStatus.IN_PROGRESS
    assert not log_statuses(sessions, delivery_id).get(LogStatus.SENDING)


def test_a_confirmer_without_the_right_starts_the_send_but_cannot_carry_it_on(
    db_url, sessions, manager, admin, monkeypatch, capsys, spawned
) -> None:
    """A named confirmation reviewer may confirm (domain.md §4), and the send their
    confirmation starts goes out; carrying a send on later needs START DELIVERIES."""
    delivery_id = prepared_delivery(sessions, manager, 200)
    with sessions.begin() as session:
        add_group(session, "brand_team")  # no right at all
        add_operator(session, "grace", "brand_team")
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        name_reviewer(session, "confirmation", campaign_id=delivery.campaign_id, operator="grace")
    handler = RecordingHandler(delay=0.04)
    with smtp_server(handler) as server:
        _relay(sessions, admin, server.port)
        sender = _send_process(db_url, delivery_id, "grace", spawned)
        wait_for(lambda: handler.count() >= 10)  # confirmed, and sending
        sender.send_signal(signal.SIGINT)
        sender.communicate(timeout=120)
        assert sender.returncode == 130
        sent_by_grace = handler.count()

        code, result, err = _send(db_url, delivery_id, "grace", monkeypatch, capsys)
        assert (code, result) == (2, None)
        assert err.strip() == (
            "campaign-console: error: operator 'grace' lacks the right START DELIVERIES to "
            f"send delivery {delivery_id}"
        )
        assert handler.count() == sent_by_grace

        code, result, err = _send(db_url, delivery_id, "manager", monkeypatch, capsys)
    assert code == 0, err
    assert result["status"] == "finished" and result["kpis"]["delivered"] == 200
    assert handler.count() == 200

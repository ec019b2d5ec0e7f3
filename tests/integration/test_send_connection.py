"""One SMTP connection thread's handling of jobs, through its EngineLink alone (no engine,
no database), against a real aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

import queue
import threading
from datetime import timedelta
from typing import Any

from desktop.models import utcnow
from desktop.services.sending.connection import EngineLink, SmtpConnection
from desktop.services.sending.jobs import Job, Result
from desktop.services.sending.message_pool import Built
from desktop.services.sending.pacing import Throttle
from desktop.services.sending.smtp_transmit import as_wire_data
from desktop.services.settings.relay_settings import RelayTarget
from tests.integration.sending_support import (
    RecordingHandler,
    refusing_port,
    relay_of,
    smtp_server,
)


def _build(log_id: int, recipient_id: int, address: str, person: dict[str, Any]) -> Built:
    if person.get("broken"):
        return Built(log_id, None, None, "'recipient' is undefined")
    data = f"Subject: hello\r\nTo: {address}\r\n\r\nHello {recipient_id}\r\n".encode()
    return Built(log_id, f"<{log_id}@example.com>", as_wire_data(data))


class _Engine:
    """What an engine would learn from its connection: relay problems and bugs."""

    def __init__(self) -> None:
        self.relay_problems: list[str] = []
        self.bugs: list[str] = []


def _connection(
    relay: RelayTarget, *, per_connection: int = 100, throttle: Throttle | None = None
) -> tuple[SmtpConnection, _Engine]:
    engine = _Engine()
    link = EngineLink(
        jobs=queue.Queue(),
        results=queue.Queue(),
        halt=threading.Event(),
        relay=relay,
        sender="news@example.com",
        messages_per_connection=per_connection,
        throttle=throttle or Throttle(None, None),
        build=_build,
        relay_down=engine.relay_problems.append,
        fatal=engine.bugs.append,
    )
    return SmtpConnection(link, "smtp-test", live_connections=lambda: 0), engine


def _job(n: int, address: str | None = None, **person: Any) -> Job:
    return Job(n, 100 + n, address or f"person{n}@example.org", 0, person)


def test_messages_go_out_on_reused_connections_renewed_after_the_set_number() -> None:
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        connection, engine = _connection(relay_of(server), per_connection=2)
        outcomes = [connection.handle(_job(n)) for n in range(5)]
        connection.close()
    assert [o.result for o in outcomes] == [Result.SENT] * 5
    assert [o.message_id for o in outcomes] == [f"<{n}@example.com>" for n in range(5)]
    per_connection: dict[Any, int] = {}
    for received in handler.received:
        per_connection[received.peer] = per_connection.get(received.peer, 0) + 1
    assert sorted(per_connection.values()) == [1, 2, 2]
    assert engine.relay_problems == engine.bugs == []


def test_refusals_and_render_errors_become_outcomes_and_the_connection_goes_on() -> None:
    def answer(rcpt: str, attempt: int) -> str | None:
        return {"hard@example.org": "550 5.1.1 No such user", "soft@example.org": "451 Later"}.get(
            rcpt
        )

    handler = RecordingHandler(answer)
    with smtp_server(handler) as server:
        connection, engine = _connection(relay_of(server))
        hard = connection.handle(_job(1, "hard@example.org"))
        soft = connection.handle(_job(2, "soft@example.org"))
        broken = connection.handle(_job(3, broken=True))
        envelope = connection.handle(_job(4, "a b@example.org"))
        sent = connection.handle(_job(5))
        connection.close()
    assert (hard.result, hard.code, hard.message) == (Result.HARD, 550, "5.1.1 No such user")
    assert (soft.result, soft.code, soft.message) == (Result.SOFT, 451, "Later")
    assert (broken.result, broken.message) == (Result.RENDER_ERROR, "'recipient' is undefined")
    assert (envelope.result, envelope.code) == (Result.HARD, 553)
    assert sent.result is Result.SENT
    assert [r.rcpt for r in handler.received] == ["person5@example.org"]
    assert engine.relay_problems == []


def test_a_domain_over_its_hourly_limit_is_deferred_without_waiting() -> None:
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        connection, _engine = _connection(relay_of(server), throttle=Throttle(None, 1))
        first = connection.handle(_job(1))
        second = connection.handle(_job(2))
        other_domain = connection.handle(_job(3, "someone@example.net"))
        connection.close()
    assert (first.result, other_domain.result) == (Result.SENT, Result.SENT)
    assert second.result is Result.DEFERRED
    assert second.not_before is not None
    assert second.not_before - utcnow() > timedelta(minutes=59)
    assert handler.count() == 2


def test_an_unreachable_relay_is_reported_and_the_job_handed_back() -> None:
    with refusing_port() as port:
        connection, engine = _connection(RelayTarget(host="127.0.0.1", port=port, timeout=2))
        outcome = connection.handle(_job(1))
    assert outcome.result is Result.RELEASED
    assert len(engine.relay_problems) == 1
    assert f"127.0.0.1:{port} cannot be reached" in engine.relay_problems[0]


def test_once_halted_nothing_more_is_attempted() -> None:
    with refusing_port() as port:
        connection, engine = _connection(RelayTarget(host="127.0.0.1", port=port, timeout=2))
        connection.link.halt.set()
        outcome = connection.handle(_job(1))
    assert outcome.result is Result.RELEASED
    assert engine.relay_problems == []  # no connection was even tried


def test_the_thread_takes_jobs_until_told_to_end_and_reports_each_outcome() -> None:
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        connection, engine = _connection(relay_of(server))
        link = connection.link
        for n in range(3):
            link.jobs.put(_job(n))
        link.jobs.put(None)
        connection.thread.start()
        connection.thread.join(30)
    assert not connection.thread.is_alive()
    outcomes = [link.results.get_nowait() for _ in range(3)]
    assert [o.job.log_id for o in outcomes] == [0, 1, 2]
    assert {o.result for o in outcomes} == {Result.SENT}
    assert connection.smtp is None  # closed on the way out
    assert engine.bugs == []

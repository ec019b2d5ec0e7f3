"""Which errors mean the database cannot be reached (the window's band), and which are the
database's answers (shown as they are)."""

from __future__ import annotations

import socket
import sqlite3

from sqlalchemy.exc import IntegrityError, OperationalError

from desktop.models.database import make_engine
from desktop.services.runtime.change_listener import ChangeNotice
from desktop.services.runtime.reachability import is_unreachable_error, probe, watch_unreachable


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_server_that_refuses_connections_is_unreachable_and_the_watch_hears_it() -> None:
    engine = make_engine(f"postgresql+psycopg://nobody@127.0.0.1:{closed_port()}/none")
    heard: list[str] = []
    stop = watch_unreachable(engine, heard.append)
    try:
        reason = probe(engine)
        assert reason is not None and "refused" in reason.lower()
        assert heard and "refused" in heard[0].lower()
    finally:
        stop()
        engine.dispose()


def test_a_reachable_database_answers_the_probe(engine) -> None:
    assert probe(engine) is None


def test_a_locked_sqlite_database_or_a_refused_constraint_is_an_answer() -> None:
    locked = OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))
    assert not is_unreachable_error(locked)
    refused = IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed"))
    assert not is_unreachable_error(refused)
    assert not is_unreachable_error(ValueError("not a database error"))


def test_a_notice_names_a_table_and_maybe_a_row() -> None:
    assert ChangeNotice.parse("delivery:12") == ChangeNotice("delivery", 12)
    assert ChangeNotice.parse("recipient:") == ChangeNotice("recipient", None)

"""Pooled connections after a PostgreSQL restart: one that sat idle is replaced before it is
handed out (the pool pings it), so nobody sees the restart once the server is back."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from desktop.models.database import PING_AFTER_IDLE_SECONDS, make_engine
from tests.databases import restart_server


@pytest.mark.postgresql_only
def test_a_connection_left_idle_across_a_server_restart_is_replaced_unseen(db_url) -> None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            before = connection.scalar(text("SELECT pg_backend_pid()"))
        restart_server(0.5)
        time.sleep(PING_AFTER_IDLE_SECONDS)
        with engine.connect() as connection:
            after = connection.scalar(text("SELECT pg_backend_pid()"))
        assert after != before  # a new connection, and no error on the way
    finally:
        engine.dispose()

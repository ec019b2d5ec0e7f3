"""The migrations build exactly the schema the models describe, on a fresh database."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

import desktop.models  # noqa: F401
from desktop.models.base import Base
from desktop.services.settings.setup import open_database


def test_migrations_match_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_every_model_table_exists(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


@pytest.mark.sqlite_only  # SQLite's pragmas
def test_sqlite_runs_in_wal_mode_with_foreign_keys(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_opening_twice_keeps_the_data(db_url: str, engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO program (label, description) VALUES ('P', '')"))
    engine2, _ = open_database(db_url)
    with engine2.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM program")).scalar() == 1
    engine2.dispose()


def test_schema_head_constant_is_alembics_head(engine: Engine) -> None:
    from alembic.script import ScriptDirectory

    from desktop.models.migrations import SCHEMA_HEAD, alembic_config, current_revision

    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == SCHEMA_HEAD
    assert current_revision(engine) == SCHEMA_HEAD


def test_upgrading_keeps_the_flags_values_as_booleans(new_database) -> None:
    """A database made before the options were booleans keeps what its flags said."""
    from alembic import command

    from desktop.models.database import make_engine
    from desktop.models.migrations import alembic_config, upgrade_to_head

    engine = make_engine(new_database("old"))
    command.upgrade(alembic_config(engine), "0004_partial_sent_index")
    flags = {
        "NmsCampaign_Activate_OwnerConfirmation": " 1 ",
        "NmsBroadcast_RemoveDuplicatesRecipients": "0",
        "NmsBroadcast_RemoveBlackList": "off",
        "NmsEmail_RetryCount": "5",  # not a flag: stays an integer
    }
    with engine.begin() as connection:
        for name, value in flags.items():
            connection.execute(
                text(
                    "INSERT INTO option (name, label, data_type, value, created_at, updated_at)"
                    " VALUES (:n, :n, 'integer', :v, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"n": name, "v": value},
            )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = dict(
            (name, (data_type, value))
            for name, data_type, value in connection.execute(
                text("SELECT name, data_type, value FROM option")
            )
        )
    assert rows == {
        "NmsCampaign_Activate_OwnerConfirmation": ("boolean", "1"),
        "NmsBroadcast_RemoveDuplicatesRecipients": ("boolean", "0"),
        "NmsBroadcast_RemoveBlackList": ("boolean", "0"),
        "NmsEmail_RetryCount": ("integer", "5"),
    }
    engine.dispose()


def test_upgrading_keeps_who_opened_so_that_nobody_counts_twice(engine, sessions) -> None:
    """Tracking logs recorded before the first opens were kept apart give their firsts;
    a later open of a recipient who had opened moves no distinct counter."""
    from datetime import UTC, datetime

    from alembic import command
    from sqlalchemy import select

    from desktop.models import Delivery, Recipient, TrackingFirst, TrackingLog
    from desktop.models.enums import TrackingKind
    from desktop.models.migrations import alembic_config, upgrade_to_head
    from desktop.services.servers.hit_recording import Hit, record_hits

    with sessions.begin() as session:
        delivery = Delivery(label="Spring")
        people = [
            Recipient(email=f"r{n}@example.org", email_key=f"r{n}@example.org") for n in range(3)
        ]
        session.add_all([delivery, *people])
        session.flush()
        for recipient, kind in zip(
            [people[0], people[0], people[1], people[2]],
            [TrackingKind.OPEN, TrackingKind.OPEN, TrackingKind.CLICK, TrackingKind.UNSUBSCRIBE],
            strict=True,
        ):
            session.add(TrackingLog(delivery_id=delivery.id, recipient_id=recipient.id, kind=kind))
        delivery_id, ids = delivery.id, [p.id for p in people]
    command.downgrade(alembic_config(engine), "0005_review_side")
    upgrade_to_head(engine)

    with sessions() as session:
        firsts = set(session.execute(select(TrackingFirst.kind, TrackingFirst.recipient_id)))
    assert firsts == {
        (TrackingKind.OPEN, ids[0]),
        (TrackingKind.OPEN, ids[1]),
        (TrackingKind.CLICK, ids[1]),
        (TrackingKind.UNSUBSCRIBE, ids[2]),
    }
    with sessions.begin() as session:
        hit = Hit(delivery_id, ids[0], TrackingKind.OPEN, "", "", datetime.now(UTC))
        assert record_hits(session, [hit]) == 1
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert (delivery.opens, delivery.total_opens) == (0, 1)

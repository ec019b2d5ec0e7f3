"""On PostgreSQL a recipient import sends each batch with COPY into a staging table and
applies it with one statement; what it leaves in the database and what it reports are
what the SQLite import of the same files gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Recipient
from desktop.services.access.rights import SYSTEM
from desktop.services.audience.recipient_import import ImportReport, import_recipients
from desktop.services.settings.setup import initialize, open_database

pytestmark = pytest.mark.postgresql_only  # the comparison runs SQLite beside it

FIRST = (
    "external_id,email,first_name,last_name,country,city,denylisted,segment,points\n"
    "CRM-1,anna@mail.example,Anna,Berg,SE,Uppsala,no,gold,1200\n"
    ",jean@mail.example,Jean,Dupont,FR,Lyon,yes,silver,\n"
    ",JEAN@mail.example ,Jeanne,,,,,,7\n"  # the same address: updates line 3's recipient
    "CRM-3,not-an-address,Ola,,NO,,,,\n"  # kept with a warning
    "CRM-4,ola@mail.example,Ola,,Norway,,,,\n"  # rejected: country
    "CRM-5,,Kim,Lee,KR,Seoul,,bronze,\n"  # no address
    ",,,,,,,,\n"  # skipped
)
SECOND = (
    "email,external_id,first_name,city,denylisted,segment,tier\n"
    "anna.new@mail.example,CRM-1,,Stockholm,,platinum,A\n"  # by external_id; empty cells kept
    "jean@mail.example,,Jean-Luc,,no,,B\n"  # by address
    "new@mail.example,CRM-9,New,,,,\n"  # a new recipient
    "kim@mail.example,CRM-5,,,,,\n"  # gives an address to the one that had none
)


def _import_both(
    pg_sessions: sessionmaker[Session], sqlite_sessions: sessionmaker[Session], path: Path
) -> tuple[ImportReport, ImportReport]:
    return (
        import_recipients(pg_sessions, SYSTEM, path, batch_rows=2),
        import_recipients(sqlite_sessions, SYSTEM, path, batch_rows=2),
    )


def _recipients(sessions: sessionmaker[Session]) -> list[tuple]:
    with sessions() as session:
        return [
            (
                r.id,
                r.email,
                r.email_key,
                r.first_name,
                r.last_name,
                r.language,
                r.country,
                r.city,
                r.postal_address,
                r.denylisted,
                r.external_id,
                r.custom_fields,
            )
            for r in session.scalars(select(Recipient).order_by(Recipient.id))
        ]


def _reported(report: ImportReport) -> dict:
    facts = report.as_dict()
    facts.pop("import_id")
    return facts


def test_the_postgresql_import_copies_its_batches_and_ends_as_on_sqlite(engine, sessions, tmp_path):
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql))
    sqlite_engine, sqlite_sessions = open_database(f"sqlite:///{tmp_path / 'beside.db'}")
    with sqlite_sessions.begin() as session:
        initialize(session, "sqlite-password")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    reports = []
    try:
        for path in (first, second):
            on_postgresql, on_sqlite = _import_both(sessions, sqlite_sessions, path)
            assert _reported(on_postgresql) == _reported(on_sqlite)
            assert _recipients(sessions) == _recipients(sqlite_sessions)
            reports.append(on_postgresql)
    finally:
        sqlite_engine.dispose()

    rows = _recipients(sessions)
    assert [(r[1], r[3], r[7], r[9], r[10], r[11]) for r in rows] == [
        ("anna.new@mail.example", "Anna", "Stockholm", False, "CRM-1",
         {"segment": "platinum", "points": "1200", "tier": "A"}),
        ("jean@mail.example", "Jean-Luc", "Lyon", False, None,
         {"segment": "silver", "points": "7", "tier": "B"}),
        ("not-an-address", "Ola", "", False, "CRM-3", {}),
        ("kim@mail.example", "Kim", "Seoul", False, "CRM-5", {"segment": "bronze"}),
        ("new@mail.example", "New", "", False, "CRM-9", {}),
    ]  # fmt: skip
    (rejected,) = reports[0].rejected
    assert rejected.line == 6 and rejected.reason.startswith("country")
    assert (reports[0].imported, reports[0].updated) == (4, 1)
    assert (reports[1].imported, reports[1].updated) == (1, 3)
    copied = [s for s in statements if s.startswith("WITH matched AS")]
    assert len(copied) >= 4  # one merge per batch of two rows
    assert not [s for s in statements if s.startswith("INSERT INTO recipient (")]

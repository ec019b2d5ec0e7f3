"""Opening the database at start: whether it awaits its first start, one readable error
when it cannot be opened, and its URL shown without the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import ConsoleError
from desktop.models.database import url_without_password
from desktop.services.settings.setup import open_at_start


def test_database_label_hides_the_password() -> None:
    shown = url_without_password("postgresql+psycopg://bob:s3cret@db.example/console")
    assert "s3cret" not in shown and "db.example/console" in shown


def test_a_new_database_awaits_its_first_start(new_database, db_url: str, admin) -> None:
    engine, _sessions, first_start = open_at_start(new_database("new"))
    engine.dispose()
    assert first_start
    engine, _sessions, first_start = open_at_start(db_url)  # initialised: has operators
    engine.dispose()
    assert not first_start


def test_a_database_that_cannot_be_opened_is_one_console_error(tmp_path: Path) -> None:
    folder = tmp_path / "a folder, not a file"
    folder.mkdir()
    with pytest.raises(ConsoleError, match="unable to open database file"):
        open_at_start(f"sqlite:///{folder}")

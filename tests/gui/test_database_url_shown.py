"""A database the console cannot open is named without its password."""

from __future__ import annotations

import pytest

from desktop import app


def test_the_gui_names_a_database_it_cannot_open_without_its_password(
    qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    # The modal box would wait for a click: record what it would show.
    monkeypatch.setattr(
        app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    code = app.run_gui("postgresql+nodriver://console:S3cret-pw@db.example/console", None)
    assert code != 0
    assert shown and "db.example/console" in shown[0]
    assert "S3cret-pw" not in shown[0] + capsys.readouterr().err

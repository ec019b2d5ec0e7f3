"""Profiles and Targets > Quarantine: the quarantined addresses with their reason, date and
error count, searched and sorted; a manager adds and removes, a reviewer only reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.models import QuarantinedAddress
from desktop.views.main_window import MainWindow
from desktop.views.quarantine_view import QuarantineView


@pytest.fixture
def quarantined(sessions) -> None:
    now = datetime.now(UTC)
    with sessions.begin() as session:
        session.add_all(
            [
                QuarantinedAddress(address="old@example.org", reason="550 unknown user",
                                   error_count=3, created_at=now - timedelta(days=3)),
                QuarantinedAddress(address="new@example.com", reason="added by hand",
                                   error_count=1, created_at=now),
            ]
        )  # fmt: skip


@pytest.fixture
def window_for(qtbot, context_for):
    def make(actor) -> MainWindow:
        window = MainWindow(context_for(actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _view(window: MainWindow) -> QuarantineView:
    assert window.select_folder("quarantine")
    view = window.special_widget()
    assert isinstance(view, QuarantineView)
    return view


def _addresses(view: QuarantineView) -> list[str]:
    model = view.list.model
    assert model is not None
    return [model.value(row, "address") for row in range(model.rowCount())]


def test_the_folder_shows_address_reason_date_and_errors_newest_first(
    window_for, manager, quarantined, qtmodeltester
) -> None:
    view = _view(window_for(manager))
    model = view.list.model
    assert model is not None
    qtmodeltester.check(model)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["ID", "Address", "Reason", "Date", "Error count"]
    assert _addresses(view) == ["new@example.com", "old@example.org"]
    assert model.value(1, "reason") == "550 unknown user"
    assert model.index(1, 4).data() == "3"
    # Sorted by a click on a column title, searched by address or reason.
    view.list.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert _addresses(view) == ["new@example.com", "old@example.org"]
    view.list.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
    assert _addresses(view)[0] == "old@example.org"
    view.list.search.setText("unknown")
    view.list._apply_search()
    assert _addresses(view) == ["old@example.org"]
    assert "Total: 1" in view.list.count_label.text()


def test_a_manager_adds_and_removes_addresses(
    window_for, manager, quarantined, sessions, monkeypatch
) -> None:
    view = _view(window_for(manager))
    view.address.setText("  Bounced@Example.NET ")
    view.reason.setText("mailbox full for months")
    assert view.add()
    assert "bounced@example.net is in quarantine" in view.message.text()
    assert "bounced@example.net" in _addresses(view)
    with sessions() as session:
        row = session.scalar(
            select(QuarantinedAddress).where(QuarantinedAddress.address == "bounced@example.net")
        )
        assert row is not None and row.reason == "mailbox full for months"

    # A bad address: said, with what was typed kept, and nothing stored.
    view.address.setText("not an address")
    assert not view.add()
    assert "address: not a valid e-mail address" in view.message.text()
    assert view.address.text() == "not an address"

    view.list.select_row(_addresses(view).index("old@example.org"))
    assert view.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.remove_selected()
    assert "old@example.org" not in _addresses(view)
    with sessions() as session:
        assert (
            session.scalar(
                select(QuarantinedAddress).where(QuarantinedAddress.address == "old@example.org")
            )
            is None
        )


def test_a_reviewer_reads_the_quarantine_but_changes_nothing(
    window_for, reviewer, quarantined
) -> None:
    view = _view(window_for(reviewer))
    assert _addresses(view) == ["new@example.com", "old@example.org"]
    view.list.select_row(0)
    for control in (view.address, view.reason, view.add_button, view.remove_button):
        assert not control.isEnabled()
    assert "PREPARE DELIVERIES" in view.add_button.toolTip()
    assert not view.add() and not view.remove_selected()

"""The logs window's CSV export, as a manager uses it: the file opens safely in a
spreadsheet, and the button says so."""

from __future__ import annotations

import csv

from desktop.services.preparation.pipeline import prepare
from desktop.views.logs_window import LogsWindow
from tests.unit.preparation_data import add_delivery, add_recipient

HYPERLINK = '=HYPERLINK("https://evil.example/","Your voucher")'


def test_the_export_neutralises_a_formula_and_its_button_says_so(
    qtbot, context_for, manager, sessions, tmp_path
):
    with sessions.begin() as s:
        add_recipient(s, "kept@example.com")
        evil = add_recipient(s, "evil@example.com", first_name=HYPERLINK, denylisted=True)
        delivery_id = add_delivery(s)
    prepare(sessions, manager, delivery_id)
    window = LogsWindow(context_for(manager), delivery_id)
    qtbot.addWidget(window)

    assert "formula" in window.export_button.toolTip()
    target = tmp_path / "exclusions.csv"
    window.export(str(target))
    qtbot.waitUntil(lambda: window.export_button.isEnabled(), timeout=10000)

    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:3] == [str(evil), f"'{HYPERLINK} Smith", "evil@example.com"]

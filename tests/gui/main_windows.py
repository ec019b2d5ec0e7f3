"""A main window shown on screen for a test, closed with the test (pytest-qt)."""

from __future__ import annotations

from desktop.views.app_context import AppContext
from desktop.views.main_window import MainWindow


def shown_main_window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window

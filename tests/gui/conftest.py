"""What the GUI tests share: Qt settings in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.app import configure_application


@pytest.fixture(autouse=True)
def _settings_in_tmp(qapp, tmp_path: Path) -> None:
    """The application's names, and QSettings in the test's folder: a test never reads or
    writes a developer's settings, nor another test's."""
    configure_application(qapp)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "qt"))

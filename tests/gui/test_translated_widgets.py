"""The real translation files, compiled as `make translations` does, turn a real delivery
dashboard into French or Traditional Chinese: buttons, KPIs, status and the form's field
labels (which come from the entity specs, through translatable_data.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop.views import translations
from desktop.views.app_context import AppContext
from desktop.views.dashboard import preparation_panel
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.translations import install_translators
from tests.unit.preparation_data import add_delivery, add_recipient

EXPECTED = {
    "fr": {
        "prepare": "Préparer",
        "stop": "Arrêter la préparation",
        "logs": "Logs",
        "send": "Envoyer",
        "status": "En cours d'édition",
        "subject": "Objet",
        "tab": "Tableau de bord",
    },
    "zh_TW": {
        "prepare": "準備",
        "stop": "停止準備",
        "logs": "記錄檔",
        "send": "傳送",
        "status": "編輯中",
        "subject": "主旨",
        "tab": "控制面板",
    },
}


@pytest.fixture
def context(database, manager, db_url) -> AppContext:
    engine, sessions = database
    return AppContext(sessions=sessions, engine=engine, actor=manager, db_url=db_url)


@pytest.fixture
def delivery_id(sessions) -> int:
    with sessions.begin() as s:
        add_recipient(s, "ada@example.com", first_name="Ada")
        return add_delivery(s, label="Autumn offers")


def _compile(language: str, folder: Path) -> None:
    name = f"{translations.FILE_PREFIX}{language}"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(translations.TRANSLATIONS_DIR / f"{name}.ts"),
            "-qm",
            str(folder / f"{name}.qm"),
        ],
        check=True,
    )


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_dashboard_speaks_the_chosen_language(
    qtbot, qapp, context, delivery_id, tmp_path, monkeypatch, language
) -> None:
    _compile(language, tmp_path)
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    installed = install_translators(qapp, language)
    try:
        assert installed, "the compiled translation should load"
        dashboard = DeliveryDashboard(context, delivery_id)
        qtbot.addWidget(dashboard)
        words = EXPECTED[language]
        panel = dashboard.preparation
        assert panel.prepare_button.text() == words["prepare"]
        assert panel.stop_button.text() == words["stop"]
        assert panel.logs_button.text() == words["logs"]
        sending = dashboard.findChild(type(panel.prepare_button), "sendButton")
        assert sending is not None and sending.text() == words["send"]
        assert words["status"] in dashboard.status_label.text()
        assert dashboard.tabs.tabText(0) == words["tab"]
        # A label from the delivery spec, not a literal in any view.
        assert dashboard.form.labels["subject"].text().startswith(words["subject"])
    finally:
        preparation_panel.stop_all_preparations()
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))

"""The real translation files, compiled as `make translations` does, turn real widgets into
French or Traditional Chinese: the delivery dashboard's buttons, KPIs and status, the
form's field labels (from the entity specs, through translatable_data.py), the built-in
options' labels, and the toolbar."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton, QToolBar

from desktop.models import Option
from desktop.models.enums import OptionType
from desktop.views import translations
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.forms.options_editor import OptionsEditor
from desktop.views.main_window import MainWindow
from desktop.views.translations import install_translators
from tests.unit.preparation_data import add_delivery, add_recipient

DASHBOARD_WORDS = {
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
def speak(qapp, tmp_path, monkeypatch) -> Iterator[Callable[[str], None]]:
    """speak(language): compiles the committed .ts file and installs it as the app does."""
    installed = []

    def install(language: str) -> None:
        name = f"{translations.FILE_PREFIX}{language}"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        source = translations.TRANSLATIONS_DIR / f"{name}.ts"
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / f"{name}.qm")],
            check=True,
        )
        monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
        installed.extend(install_translators(qapp, language))
        assert installed, "the compiled translation should load"

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize("language", sorted(DASHBOARD_WORDS))
def test_the_dashboard_speaks_the_chosen_language(
    qtbot, speak, context_for, sessions, manager, language
) -> None:
    with sessions.begin() as s:
        add_recipient(s, "ada@example.com", first_name="Ada")
        delivery_id = add_delivery(s, label="Autumn offers")
    speak(language)
    dashboard = DeliveryDashboard(context_for(manager), delivery_id)
    qtbot.addWidget(dashboard)
    words = DASHBOARD_WORDS[language]
    panel = dashboard.preparation
    assert panel.prepare_button.text() == words["prepare"]
    assert panel.stop_button.text() == words["stop"]
    assert panel.logs_button.text() == words["logs"]
    sending = dashboard.findChild(QPushButton, "sendButton")
    assert sending is not None and sending.text() == words["send"]
    assert words["status"] in dashboard.status_label.text()
    assert dashboard.tabs.tabText(0) == words["tab"]
    # A label from the delivery spec, not a literal in any view.
    assert dashboard.form.labels["subject"].text().startswith(words["subject"])


def test_built_in_option_labels_are_translated_and_typed_ones_kept(
    qtbot, speak, context_for, sessions, admin
) -> None:
    with sessions.begin() as s:
        s.add(Option(name="Team_Note", label="Seconds between retries!", data_type=OptionType.TEXT))
    speak("fr")
    editor = OptionsEditor(context_for(admin))
    qtbot.addWidget(editor)
    labels = {
        editor.proxy.index(row, 0).data(): editor.proxy.index(row, 1).data()
        for row in range(editor.proxy.rowCount())
    }
    assert labels["NmsEmail_RetryPeriod"] == "Secondes entre deux tentatives"
    assert labels["Team_Note"] == "Seconds between retries!"


def test_chinese_toolbar_buttons_show_no_mnemonic(qtbot, speak, context_for, admin) -> None:
    speak("zh_TW")
    window = MainWindow(context_for(admin))
    qtbot.addWidget(window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert window.new_action.text() == "新增(&N)"  # the menu keeps its Alt+N
    assert toolbar.widgetForAction(window.new_action).text() == "新增"
    assert toolbar.widgetForAction(window.refresh_action).text() == "重新整理"

"""Start-up: logging in, the first start on an empty database, the language."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialog

from desktop.app import run_gui
from desktop.errors import ConsoleError, ValidationError
from desktop.services.access.rights import authenticate
from desktop.services.runtime.cancellation import Progress
from desktop.services.settings.setup import is_initialized, open_database
from desktop.views import translations
from desktop.views.explorer_model import ExplorerModel
from desktop.views.first_start_dialog import CredentialsDialog, run_first_start
from desktop.views.login_dialog import LAST_OPERATOR_KEY, LoginDialog
from desktop.views.translations import (
    SETTINGS_KEY,
    choose_language,
    install_translators,
    normalize_language,
    system_language,
)
from desktop.workers import first_start_worker
from desktop.workers.background_work import BackgroundWork
from desktop.workers.first_start_worker import FirstStartWorker, create_first_database
from tests.conftest import MANAGER_PASSWORD


def _login(qtbot, dialog: LoginDialog, name: str, password: str) -> None:
    dialog.operator.clear()
    qtbot.keyClicks(dialog.operator, name)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_login_succeeds_and_remembers_the_operator(qtbot, sessions) -> None:
    dialog = LoginDialog(sessions, "sqlite:///console.db")
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, "manager", MANAGER_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.name == "manager"
    assert QSettings().value(LAST_OPERATOR_KEY) == "manager"

    again = LoginDialog(sessions)
    qtbot.addWidget(again)
    assert again.operator.text() == "manager"
    assert again.focusWidget() is again.password  # only the password is left to type


@pytest.mark.parametrize("name", ["manager", "nobody"])
def test_login_failure_says_so_and_keeps_the_dialog_open(qtbot, sessions, name) -> None:
    dialog = LoginDialog(sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, name, "wrong password")
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.error.isVisible()
    # the same words for an unknown name and a wrong password: no hint for a guesser
    assert dialog.error.text() == "Unknown operator or wrong password."
    assert QSettings().value(LAST_OPERATOR_KEY) is None

    _login(qtbot, dialog, "manager", MANAGER_PASSWORD)  # a second try works
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_login_without_a_name_asks_for_one(qtbot, sessions) -> None:
    dialog = LoginDialog(sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, "", "whatever")
    assert dialog.isVisible() and "name" in dialog.error.text()


def _empty_database(new_database):
    return open_database(new_database("first"))


def test_first_start_creates_admin_and_demo_operators(new_database) -> None:
    engine, sessions = _empty_database(new_database)
    with sessions() as session:
        assert not is_initialized(session)
    calls = []
    reports = []

    def fake_demo(sessions_, progress):
        calls.append(sessions_)
        progress(Progress("recipients", 0, 10))
        return {"passwords": {"manager": "manager-pw-1"}, "recipients": 10}

    # The real demo takes ~10 s (50,000 recipients): its own tests cover it.
    result = create_first_database(sessions, reports.append, fake_demo)
    assert calls == [sessions]
    assert reports == [Progress("recipients", 0, 10)]  # the dialog shows the demo's progress
    assert set(result.credentials) == {"admin", "manager"}
    assert result.credentials["manager"] == "manager-pw-1"
    assert result.demo == {"passwords": {"manager": "manager-pw-1"}, "recipients": 10}
    with sessions() as session:
        assert is_initialized(session)
        assert authenticate(session, "admin", result.credentials["admin"]).is_admin
    engine.dispose()


def test_first_start_runs_in_a_thread_and_reports_progress(qtlog, new_database) -> None:
    engine, sessions = _empty_database(new_database)
    threads = []

    def demo(_sessions, progress):
        threads.append(threading.current_thread())
        for done in range(3):
            progress(Progress("recipients", done, 2))
        return {"passwords": {"reviewer": "reviewer-pw-1"}}

    result = run_first_start(sessions, demo=demo, progress_interval=0.0)  # no throttle
    assert threads and threads[0] is not threading.main_thread()  # the window stays alive
    assert set(result.credentials) == {"admin", "reviewer"}
    # the progress dialog is only touched from the GUI thread
    assert not [record for record in qtlog.records if "thread" in record.message.lower()]
    engine.dispose()


@pytest.mark.parametrize(
    ("interval", "shown"),
    [(0.0, [0, 1, 2]), (3600.0, [0])],  # no throttle; a throttle no report gets past
)
def test_the_first_start_reports_progress_at_most_once_per_interval(
    qtbot, new_database, interval, shown
) -> None:
    engine, sessions = _empty_database(new_database)

    def demo(_sessions, progress):
        for done in range(3):
            progress(Progress("recipients", done, 2))
        return {"passwords": {}}

    worker = FirstStartWorker(sessions, demo, progress_interval=interval)
    progress = []
    worker.progress.connect(lambda phase, done, total: progress.append((phase, done, total)))
    work = BackgroundWork()
    with qtbot.waitSignal(worker.finished, timeout=20000):
        work.start(worker)
    assert progress == [("recipients", done, 2) for done in shown]
    assert work.wait(10000)
    engine.dispose()


def test_a_failing_demo_still_gives_the_admin_password(new_database) -> None:
    engine, sessions = _empty_database(new_database)

    def broken_demo(_sessions, progress):
        raise ConsoleError("demo data: disk full")

    result = create_first_database(sessions, demo=broken_demo)
    assert result.demo_error == "demo data: disk full"
    with sessions() as session:
        authenticate(session, "admin", result.credentials["admin"])
    engine.dispose()


def test_credentials_dialog_lists_every_operator_and_password(qtbot) -> None:
    result = first_start_worker.FirstStart(
        credentials={"admin": "a-secret-1", "manager": "m-secret-2"}, demo_error="disk full"
    )
    dialog = CredentialsDialog(result)
    qtbot.addWidget(dialog)
    rows = [
        (dialog.table.item(row, 0).text(), dialog.table.item(row, 1).text())
        for row in range(dialog.table.rowCount())
    ]
    assert rows == [("admin", "a-secret-1"), ("manager", "m-secret-2")]


def test_language_comes_from_the_option_then_settings_then_system() -> None:
    assert normalize_language("fr_FR") == "fr"
    assert normalize_language("zh-tw") == "zh_TW"
    assert normalize_language("SV") == "sv"
    with pytest.raises(ValidationError, match="xx"):
        normalize_language("xx")
    assert system_language(QLocale("nl_BE")) == "nl"
    assert system_language(QLocale("de_DE")) == "en"  # not translated: English

    QSettings().setValue(SETTINGS_KEY, "sv")
    assert choose_language(None) == "sv"
    assert choose_language("fr") == "fr"
    QSettings().setValue(SETTINGS_KEY, "")
    assert choose_language(None) == system_language()


def test_qt_strings_are_translated_with_the_chosen_language(qapp) -> None:
    installed = install_translators(qapp, "fr")
    try:
        assert installed, "Qt's own French translation should load"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
    english = install_translators(qapp, "en")  # Qt speaks English: no qtbase for it
    for translator in english:
        qapp.removeTranslator(translator)
    assert {Path(t.filePath()).name for t in english} <= {"campaign_console_en.qm"}


FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Folders</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
</context>
</TS>
"""


def test_the_applications_translation_file_is_loaded(qapp, tmp_path, monkeypatch) -> None:
    source = tmp_path / "campaign_console_fr.ts"
    source.write_text(FRENCH_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "campaign_console_fr.qm")],
        check=True,
    )
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    installed = install_translators(qapp, "fr")
    try:
        assert len(installed) == 2  # the application's and Qt's
        model = ExplorerModel(sessions=None)  # folder titles need no database
        profiles = model.index(0, 0)
        assert model.index(0, 0, profiles).data() == "Destinataires"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_english_installs_its_plural_forms(qapp, tmp_path, monkeypatch) -> None:
    name = f"{translations.FILE_PREFIX}en"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = translations.TRANSLATIONS_DIR / f"{name}.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / f"{name}.qm")], check=True
    )
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    installed = install_translators(qapp, "en")
    try:
        assert len(installed) == 1  # the application's; Qt needs none
        text = "%Ln step(s) wait for your approval."
        assert QCoreApplication.translate("ReviewPanel", text, None, 1) == (
            "1 step waits for your approval."
        )
        assert QCoreApplication.translate("ReviewPanel", text, None, 2) == (
            "2 steps wait for your approval."
        )
        # A message without a count stays the source, untouched.
        assert QCoreApplication.translate("ReviewPanel", "Approve") == "Approve"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_every_offered_language_has_its_translation_source() -> None:
    # English's holds its plural forms only.
    for language in translations.LANGUAGES:
        name = f"{translations.FILE_PREFIX}{language}.ts"
        assert (translations.TRANSLATIONS_DIR / name).is_file(), name


def test_an_unknown_language_is_refused_at_start(capsys) -> None:
    assert run_gui(db_url=None, language="xx") == 2
    assert "language" in capsys.readouterr().err

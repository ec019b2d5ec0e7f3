"""Every word in the operator's language: the journal read in French or Chinese, numbers
and percentages as the locale writes them, exclusion causes as words, built-in option
labels in the editor too."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services.preparation.pipeline import prepare
from desktop.views import translations
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.display_values import percent_text
from desktop.views.forms.options_editor import OptionsEditor
from desktop.views.journal_text import journal_text
from desktop.views.logs_window import LogsWindow
from desktop.views.translations import install_translators
from tests.unit.preparation_data import add_delivery, add_recipient

# What the journal's last line reads in each language: the count grouped as the locale
# groups it, the cause in words.
SUMMARY = {
    "fr": (r"1\s200 messages à envoyer", "Adresse non renseignée"),
    "zh_TW": (r"1,200 封郵件待傳遞", "未指定地址"),
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


@pytest.fixture(scope="module")
def big_audience() -> int:
    return 1_200


@pytest.fixture
def prepared(sessions, manager, big_audience) -> int:
    with sessions.begin() as s:
        for n in range(big_audience):
            add_recipient(s, f"w{n}@example.com")
        add_recipient(s, "")
        delivery_id = add_delivery(s)
    prepare(sessions, manager, delivery_id)
    return delivery_id


@pytest.mark.parametrize("language", sorted(SUMMARY))
def test_the_journal_reads_in_the_viewers_language(
    qtbot, speak, context_for, manager, prepared, language
) -> None:
    speak(language)
    window = LogsWindow(context_for(manager), prepared)
    qtbot.addWidget(window)
    lines = [window.journal_list.item(i).text() for i in range(window.journal_list.count())]
    count, cause = SUMMARY[language]
    assert re.search(count, lines[-1]), lines[-1]
    assert cause in lines[-1]
    assert not any("address_missing" in line for line in lines)
    english = ("Preparation started", "messages to deliver", "Targeting:")
    assert not any(word in line for line in lines for word in english), lines


def test_english_reads_without_machine_names_nor_either_number(
    qtbot, context_for, manager, sessions
) -> None:
    with sessions.begin() as s:
        add_recipient(s, "one@example.com")
        add_recipient(s, "")
        delivery_id = add_delivery(s)
    prepare(sessions, manager, delivery_id)
    window = LogsWindow(context_for(manager), delivery_id)
    qtbot.addWidget(window)
    last = window.journal_list.item(window.journal_list.count() - 1).text()
    assert "1 message to deliver" in last and "Address not specified: 1" in last
    assert "(s)" not in last and "address_missing" not in last


def test_a_line_without_a_key_reads_as_stored_and_an_unknown_key_too() -> None:
    assert journal_text(None, None, "Written long ago.") == "Written long ago."
    assert journal_text("a.newer.key", {"x": 1}, "From a newer version.") == (
        "From a newer version."
    )


def test_percentages_and_counts_follow_the_locale(
    qtbot, speak, context_for, manager, sessions
) -> None:
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
        delivery = s.get(Delivery, delivery_id)
        delivery.status = DeliveryStatus.FINISHED
        delivery.targeted = delivery.to_deliver = delivery.processed = 12_121
        delivery.delivered = 11_503  # 94.9 % of the targeted
    speak("fr")
    assert percent_text(94.9) == "94,9\u00a0%"
    dashboard = DeliveryDashboard(context_for(manager), delivery_id)
    qtbot.addWidget(dashboard)
    dashboard.sending.refresh()
    assert dashboard.sending.percents["delivered"].text().startswith("94,9\u00a0%")
    assert re.fullmatch(r"11\s503", dashboard.sending.values["delivered"].text())


def test_exclusion_causes_are_words_in_the_logs_window(
    qtbot, speak, context_for, manager, prepared
) -> None:
    speak("fr")
    window = LogsWindow(context_for(manager), prepared)
    qtbot.addWidget(window)
    causes = [window.cause_filter.itemText(i) for i in range(window.cause_filter.count())]
    assert "Adresse non renseignée" in causes
    assert not any("_" in cause for cause in causes)
    assert window.model.index(0, 3).data() == "Adresse non renseignée"
    assert window.count_label.text() == "1 ligne"


def test_a_built_in_option_label_reads_translated_in_the_editor_and_is_saved_unchanged(
    qtbot, speak, context_for, admin, sessions
) -> None:
    speak("fr")
    editor = OptionsEditor(context_for(admin))
    qtbot.addWidget(editor)
    editor.select("NmsEmail_RetryPeriod")
    assert editor.label_line.text() == "Secondes entre deux tentatives"
    assert editor.save()
    editor.select("NmsEmail_RetryPeriod")
    row = editor.model.rows[editor.model.row_named("NmsEmail_RetryPeriod")]
    assert row.label == "Seconds between retries"  # the English stays the stored label


def test_on_off_options_show_a_check_box_in_the_list(qtbot, context_for, admin) -> None:
    editor = OptionsEditor(context_for(admin))
    qtbot.addWidget(editor)
    row = editor.model.row_named("NmsBroadcast_RemoveBlackList")
    state = editor.model.index(row, 3).data(Qt.ItemDataRole.CheckStateRole)
    assert state in (Qt.CheckState.Checked, Qt.CheckState.Unchecked)
    text_row = editor.model.row_named("NmsEmail_DefaultFromAddr")
    assert editor.model.index(text_row, 3).data(Qt.ItemDataRole.CheckStateRole) is None

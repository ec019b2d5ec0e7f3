"""The GUI language: chosen once at start-up, one translator for the app plus Qt's own.

Files: resources/translations/campaign_console_<lang>.qm (see desktop.resource_files),
compiled from the .ts files by `make translations`; Qt's qtbase_<lang>.qm comes with PySide6.
English, the source language, has a file of plural forms only: "%n step(s)" in the code
reads "1 step" / "2 steps" once it is installed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.errors import ValidationError
from desktop.resource_files import TRANSLATIONS_DIR

FILE_PREFIX = "campaign_console_"
# Language code -> its name in that language (the settings dialog lists them so).
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "sv": "Svenska",
    "nl": "Nederlands",
    "zh_TW": "繁體中文",
}
SOURCE_LANGUAGE = "en"
SETTINGS_KEY = "ui/language"  # "" or absent: follow the system locale


def normalize_language(code: str) -> str:
    """A supported language code from what a user types (fr_FR, zh-TW, ZH_tw...)."""
    cleaned = code.strip().replace("-", "_")
    for known in LANGUAGES:
        if cleaned.lower() == known.lower():
            return known
    language = cleaned.split("_")[0].lower()
    if language == "zh":
        return "zh_TW"  # the only Chinese we have (Traditional)
    if language in LANGUAGES:
        return language
    allowed = ", ".join(LANGUAGES)
    raise ValidationError("language", f"is not supported (choose {allowed})", code)


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    try:
        return normalize_language(locale.name())
    except ValidationError:
        return SOURCE_LANGUAGE


def configured_language() -> str:
    """The language stored in the settings, or "" to follow the system."""
    value = QSettings().value(SETTINGS_KEY, "")
    return str(value or "")


def choose_language(requested: str | None) -> str:
    """--lang first, then the settings, then the system locale."""
    if requested:
        return normalize_language(requested)
    stored = configured_language()
    if stored:
        try:
            return normalize_language(stored)
        except ValidationError:
            pass  # a value from an older version: follow the system instead
    return system_language()


def current_language() -> str:
    """The language the GUI speaks now: install_translators made it the default locale
    (English when none was installed, as in a test)."""
    try:
        return normalize_language(QLocale().name())
    except ValidationError:
        return SOURCE_LANGUAGE


def translation_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"{FILE_PREFIX}{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs the application's and Qt's translators for `language`; returns those that
    loaded (keep them alive as long as the application). English needs only the
    application's, for its plural forms: Qt speaks English already."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    candidates = [(f"{FILE_PREFIX}{language}", str(TRANSLATIONS_DIR))]
    if language != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{language}", qt_folder))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed

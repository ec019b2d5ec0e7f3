"""The translation files a French, Swedish, Dutch or Chinese user depends on, and the
English one of plural forms.

Every message is translated (a developer who adds a string is told here to translate it),
the strings that come from data reach lupdate, the glossary of domain.md §8 is followed
word for word, and no translation loses a placeholder, an accelerator or a tag. English
has the singular and the plural of every message with a %n, so nobody reads "(s)".
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from desktop.views.translations import FILE_PREFIX, LANGUAGES, SOURCE_LANGUAGE, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [language for language in LANGUAGES if language != SOURCE_LANGUAGE]
# Every language has a file; English's holds only the messages with a %n (lupdate -pluralonly).
WITH_FILE = [*TRANSLATED, SOURCE_LANGUAGE]
# Plural forms Qt expects for each language (English, French, Swedish, Dutch: one / many;
# Chinese: one).
NUMERUS_FORMS = {"en": 2, "fr": 2, "sv": 2, "nl": 2, "zh_TW": 1}
# What a source says where English needs a singular and a plural: "step(s)", "address(es)".
EITHER_NUMBER = re.compile(r"\w\((?:s|es)\)")

# domain.md §8, with the blank cells filled in the register of the seeds. The GUI must use
# exactly these words wherever it shows the English one, in any context.
GLOSSARY: dict[str, dict[str, str]] = {
    "Prepare": {"fr": "Préparer", "sv": "Förbered", "nl": "Voorbereiden", "zh_TW": "準備"},
    "Stop preparation": {
        "fr": "Arrêter la préparation",
        "sv": "Stoppa förberedelse",
        "nl": "Voorbereiding stoppen",
        "zh_TW": "停止準備",
    },
    "Targeted": {"fr": "Ciblés", "sv": "Målinriktade", "nl": "Gericht", "zh_TW": "已鎖定目標"},
    "To deliver": {
        "fr": "À envoyer",
        "sv": "Att leverera",
        "nl": "Om te leveren",
        "zh_TW": "待傳遞",
    },
    "To exclude": {
        "fr": "À exclure",
        "sv": "Att exkludera",
        "nl": "Uit te sluiten",
        "zh_TW": "待排除",
    },
    "Logs": {"fr": "Logs", "sv": "Loggar", "nl": "Logboeken", "zh_TW": "記錄檔"},
    "Send": {"fr": "Envoyer", "sv": "Skicka", "nl": "Verzenden", "zh_TW": "傳送"},
    "Delivered": {"fr": "Diffusés", "sv": "Levererade", "nl": "Geleverd", "zh_TW": "已傳遞"},
    "Opens": {"fr": "Ouvertures", "sv": "Öppningar", "nl": "Openingen", "zh_TW": "開啟次數"},
    "Clicks": {"fr": "Clics", "sv": "Klickningar", "nl": "Klikken", "zh_TW": "點按次數"},
    "Pending confirmation": {
        "fr": "Confirmation en attente",
        "sv": "Väntar på bekräftelse",
        "nl": "Wacht op bevestiging",
        "zh_TW": "待確認",
    },
    "Confirm delivery": {
        "fr": "Confirmer l'envoi",
        "sv": "Bekräfta leverans",
        "nl": "Levering bevestigen",
        "zh_TW": "確認傳遞",
    },
    "Pending extraction": {
        "fr": "En attente d'extraction",
        "sv": "Väntar på extrahering",
        "nl": "Wacht op extractie",
        "zh_TW": "待擷取",
    },
    "Send a proof": {
        "fr": "Envoyer un BAT",
        "sv": "Skicka korrektur",
        "nl": "Proef verzenden",
        "zh_TW": "傳送校樣",
    },
    "Submit proofs": {
        "fr": "Soumettre les BAT",
        "sv": "Skicka in korrektur",
        "nl": "Proeven indienen",
        "zh_TW": "提交校樣",
    },
    "Proofs to validate": {
        "fr": "BAT à valider",
        "sv": "Korrektur att validera",
        "nl": "Te valideren proeven",
        "zh_TW": "待驗證的校樣",
    },
    "Calculated cost": {
        "fr": "Coût calculé",
        "sv": "Beräknad kostnad",
        "nl": "Berekende kosten",
        "zh_TW": "計算成本",
    },
    "Service providers": {
        "fr": "Prestataires",
        "sv": "Tjänsteleverantörer",
        "nl": "Dienstverleners",
        "zh_TW": "服務提供者",
    },
    "Stocks": {"fr": "Stocks", "sv": "Lager", "nl": "Voorraden", "zh_TW": "庫存"},
}
# Words the GUI shows today: a rename ("Prepare…") must not slip past the glossary.
SHOWN_NOW = (
    "Prepare",
    "Stop preparation",
    "Targeted",
    "To deliver",
    "To exclude",
    "Logs",
    "Send",
    "Delivered",
    "Opens",
    "Clicks",
    "Pending confirmation",
    "Confirm delivery",
    "Pending extraction",
    "Send a proof",
    "Proofs to validate",
    "Service providers",
    "Stocks",
)

# Words domain.md §8 retired because they read wrongly as labels: no longer text may bring
# them back (zh_TW 若要排除 "if you want to exclude", 交付 beside the folder's 傳遞, 已鎖定
# "locked" without its 目標).
RETIRED = {"zh_TW": re.compile(r"若要排除|交付|已鎖定(?!目標)")}

# Qt's (%1, %n, %Ln...) and a journal line's named parameters ({operator}).
PLACEHOLDER = re.compile(r"%(?:\d+|L?n|v|m|p)|\{\w+\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _load_extractor() -> ModuleType:
    path = ROOT / "scripts" / "extract_data_strings.py"
    spec = importlib.util.spec_from_file_location("extract_data_strings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context, message) of every message still in use (not vanished or obsolete)."""
    root = ET.parse(TRANSLATIONS_DIR / f"{FILE_PREFIX}{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind not in ("vanished", "obsolete"):
                found.append((name, message))
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def test_the_generated_data_strings_module_is_up_to_date() -> None:
    extractor = _load_extractor()
    expected = extractor.render(extractor.collect())
    current = extractor.TARGET.read_text(encoding="utf-8")
    assert current == expected, (
        "desktop/views/translatable_data.py is out of date with the entity specs: "
        "run `make lupdate` and translate the new strings"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_data_string_reaches_the_translation_file(language: str) -> None:
    strings = _load_extractor().collect()
    present = {(context, m.findtext("source")) for context, m in _messages(language)}
    missing = [
        f"{context}: {text!r}"
        for context, texts in strings.items()
        for text in texts
        if (context, text) not in present
    ]
    assert not missing, f"not in {language}.ts (run `make lupdate`): {missing}"


@pytest.mark.parametrize("language", WITH_FILE)
def test_no_message_is_left_unfinished(language: str) -> None:
    unfinished = [
        _where(context, message)
        for context, message in _messages(language)
        if message.find("translation").get("type") == "unfinished"
        or not all(form.strip() for form in _forms(message))
    ]
    assert not unfinished, (
        f"{len(unfinished)} message(s) to translate in {FILE_PREFIX}{language}.ts "
        f"(Qt Linguist, or edit the XML): {unfinished}"
    )


@pytest.mark.parametrize("language", WITH_FILE)
def test_plural_messages_have_the_languages_forms(language: str) -> None:
    wrong = [
        _where(context, message)
        for context, message in _messages(language)
        if message.get("numerus") == "yes" and len(_forms(message)) != NUMERUS_FORMS[language]
    ]
    assert not wrong, f"{language} needs {NUMERUS_FORMS[language]} plural form(s): {wrong}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_domain_words_are_translated_as_the_glossary_says(language: str) -> None:
    seen: set[str] = set()
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        if source in GLOSSARY:
            seen.add(source)
            expected = GLOSSARY[source][language]
            if _forms(message) != [expected]:
                wrong.append(f"{_where(context, message)} -> {_forms(message)}, not {expected!r}")
    assert not wrong, wrong
    absent = [word for word in SHOWN_NOW if word not in seen]
    assert not absent, f"the GUI no longer shows these glossary words: {absent}"


def _glossary_parts(source: str) -> list[str]:
    """The glossary words a label is made of ("of targeted", "Delivered, opens and clicks"),
    or [] when it is not made of them alone (or is one of them: the test above)."""
    words = {word.casefold(): word for word in GLOSSARY}
    text = source.removeprefix("of ")
    parts = [words.get(part.casefold()) for part in re.split(r", | and ", text)]
    if text == source and len(parts) == 1:
        return []
    return [part for part in parts if part] if all(parts) else []


@pytest.mark.parametrize("language", TRANSLATED)
def test_labels_made_of_domain_words_use_the_glossarys(language: str) -> None:
    checked, wrong = 0, []
    for context, message in _messages(language):
        parts = _glossary_parts(message.findtext("source") or "")
        if not parts:
            continue
        checked += 1
        for form in _forms(message):
            missing = [
                GLOSSARY[p][language]
                for p in parts
                if GLOSSARY[p][language].casefold() not in form.casefold()
            ]
            if missing:
                wrong.append(f"{_where(context, message)} -> {form!r} lacks {missing}")
    assert checked >= 4, "the KPIs' percentages and the charts' title should be checked"
    assert not wrong, wrong


@pytest.mark.parametrize("language", sorted(RETIRED))
def test_no_translation_uses_a_retired_word(language: str) -> None:
    found = [
        f"{_where(context, message)} -> {form!r}"
        for context, message in _messages(language)
        for form in _forms(message)
        if RETIRED[language].search(form)
    ]
    assert not found, f"domain.md §8 retired these words: {found}"


def _plural_messages(language: str) -> set[tuple[str, str]]:
    return {
        (context, message.findtext("source") or "")
        for context, message in _messages(language)
        if message.get("numerus") == "yes"
    }


def test_english_has_the_plural_forms_of_every_message_with_a_count() -> None:
    english = {(context, m.findtext("source") or "") for context, m in _messages(SOURCE_LANGUAGE)}
    counted = set().union(*(_plural_messages(language) for language in TRANSLATED))
    assert counted, "the GUI has messages with a %n"
    missing = sorted(counted - english)
    assert not missing, f"not in {FILE_PREFIX}en.ts (run `make lupdate`, then fill): {missing}"
    assert english == _plural_messages(SOURCE_LANGUAGE), "English holds plural forms only"


def test_english_plural_forms_say_one_or_many() -> None:
    wrong = [
        f"{_where(context, message)} -> {_forms(message)}"
        for context, message in _messages(SOURCE_LANGUAGE)
        if any(EITHER_NUMBER.search(form) for form in _forms(message))
    ]
    assert not wrong, f"write the singular and the plural, not (s): {wrong}"


@pytest.mark.parametrize("language", WITH_FILE)
def test_translations_keep_placeholders_accelerators_and_tags(language: str) -> None:
    broken = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        for form in _forms(message):
            if not form:
                continue  # reported as unfinished
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                broken.append(f"{_where(context, message)}: placeholders of {form!r}")
            if _accelerators(form) != _accelerators(source):
                broken.append(f"{_where(context, message)}: accelerator of {form!r}")
            if len(TAG.findall(form)) != len(TAG.findall(source)):
                broken.append(f"{_where(context, message)}: tags of {form!r}")
    assert not broken, broken

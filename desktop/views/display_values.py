"""How stored values read in lists: machine names as words, dates, numbers, flags.

The words are marked for translation here (lupdate reads the QT_TRANSLATE_NOOP calls) and
translated when shown, so a list shows "Confirmation en attente" for pending_confirmation.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.services.runtime.local_time import local_moment

CONTEXT = "Values"

# Machine name -> words; the same machine name means the same thing in every enum.
VALUE_WORDS: dict[str, str] = {
    # delivery status (domain.md §3 and §5)
    "being_edited": QT_TRANSLATE_NOOP("Values", "Being edited"),
    "preparing": QT_TRANSLATE_NOOP("Values", "Preparing"),
    "pending_approval": QT_TRANSLATE_NOOP("Values", "Pending approval"),
    "pending_confirmation": QT_TRANSLATE_NOOP("Values", "Pending confirmation"),
    "preparation_failed": QT_TRANSLATE_NOOP("Values", "Preparation failed"),
    "scheduled": QT_TRANSLATE_NOOP("Values", "Scheduled"),
    "in_progress": QT_TRANSLATE_NOOP("Values", "In progress"),
    "paused": QT_TRANSLATE_NOOP("Values", "Paused"),
    "finished": QT_TRANSLATE_NOOP("Values", "Finished"),
    "stopped": QT_TRANSLATE_NOOP("Values", "Stopped"),
    "failed": QT_TRANSLATE_NOOP("Values", "Failed"),
    "pending_extraction": QT_TRANSLATE_NOOP("Values", "Pending extraction"),
    "file_to_approve": QT_TRANSLATE_NOOP("Values", "File to approve"),
    "to_submit": QT_TRANSLATE_NOOP("Values", "To submit"),
    "proofs_to_validate": QT_TRANSLATE_NOOP("Values", "Proofs to validate"),
    "ready_to_hand_off": QT_TRANSLATE_NOOP("Values", "Ready for hand-off"),
    # channels
    "email": QT_TRANSLATE_NOOP("Values", "E-mail"),
    "direct_mail": QT_TRANSLATE_NOOP("Values", "Direct mail"),
    # option types
    "text": QT_TRANSLATE_NOOP("Values", "Text"),
    "integer": QT_TRANSLATE_NOOP("Values", "Integer"),
    "decimal": QT_TRANSLATE_NOOP("Values", "Decimal"),
    "date": QT_TRANSLATE_NOOP("Values", "Date"),
    "boolean": QT_TRANSLATE_NOOP("Values", "Boolean"),
    "memo": QT_TRANSLATE_NOOP("Values", "Long text"),
    # typology rule types, severities
    "control": QT_TRANSLATE_NOOP("Values", "Control"),
    "filtering": QT_TRANSLATE_NOOP("Values", "Filtering"),
    "pressure": QT_TRANSLATE_NOOP("Values", "Pressure"),
    "capacity": QT_TRANSLATE_NOOP("Values", "Capacity"),
    "warning": QT_TRANSLATE_NOOP("Values", "Warning"),
    "error": QT_TRANSLATE_NOOP("Values", "Error"),
}


def value_words(machine_name: str) -> str:
    """The translated words for a machine name; other names read as capitalised words,
    translated too (scripts/extract_data_strings.py marks those of the specs' choices)."""
    words = VALUE_WORDS.get(machine_name)
    if words is None:
        words = machine_name.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, words)


def yes_no(flag: bool) -> str:
    # Literal contexts: lupdate only reads string literals.
    if flag:
        return QCoreApplication.translate("Values", "Yes")
    return QCoreApplication.translate("Values", "No")


def format_value(value: Any) -> str:
    """Text for a list cell. Datetimes are stored in UTC and shown in local time."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return value_words(str(value.value))
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return local_moment(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", 2)
    if isinstance(value, list | tuple):
        return ", ".join(format_value(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {format_value(item)}" for key, item in value.items())
    return str(value)


# Languages that put a (no-break) space between a number and its percent sign.
SPACED_PERCENT = {QLocale.Language.French, QLocale.Language.Swedish}


def percent_text(value: float, decimals: int = 1) -> str:
    """`94.9%`, `94,9 %` in French: the locale's decimal point and its spacing."""
    locale = QLocale()
    number = locale.toString(float(value), "f", decimals)
    space = "\u00a0" if locale.language() in SPACED_PERCENT else ""
    return f"{number}{space}%"


def number_text(value: int) -> str:
    """`12,121`, `12 121` in French: grouped as the locale groups."""
    return QLocale().toString(int(value))


def is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)

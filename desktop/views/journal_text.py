"""A journal line in the viewer's language.

The journal stores a key and parameters (services.delivery.journal_messages); here the
wording is translated (context "Journal": scripts/extract_data_strings.py marks every
wording in translatable_data.py) and its parameters are filled in for the viewer: numbers,
percentages and dates in the locale's way, machine names as words (exclusion causes,
approval steps, fields, statuses). A line written before the keys reads as its stored text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from desktop.errors import ConsoleError
from desktop.services.delivery.journal_messages import MESSAGES, PLACEHOLDER
from desktop.services.entities import spec_for
from desktop.views.display_values import percent_text, value_words
from desktop.views.exclusion_words import cause_label
from desktop.views.review_words import step_words

CONTEXT = "Journal"
EITHER_NUMBER = re.compile(r"\((e?s)\)")


def journal_text(key: str | None, params: Mapping[str, Any] | None, stored: str) -> str:
    """The line as the viewer reads it; `stored` (the English text) when it has no key or
    its key is unknown here (a newer version wrote it)."""
    message = MESSAGES.get(key or "")
    if message is None or params is None:
        return stored
    if message.count is None:
        wording = QCoreApplication.translate(CONTEXT, message.text)
    else:
        count = int(params.get(message.count, 0))
        wording = QCoreApplication.translate(CONTEXT, message.text, None, count)
        # No plural forms installed (a test, a missing file): English without "(s)".
        wording = EITHER_NUMBER.sub(lambda found: "" if count == 1 else found.group(1), wording)
    try:
        return PLACEHOLDER.sub(
            lambda found: _shown(found.group(1), params[found.group(1)]), wording
        )
    except KeyError:  # a translation naming a parameter the line does not have
        return stored


def _shown(name: str, value: Any) -> str:
    locale = QLocale()
    if name == "exclusions" and isinstance(value, Mapping):
        return exclusions_text(value)
    if name == "step":
        return step_words(str(value))
    if name == "steps" and isinstance(value, list):
        return ", ".join(step_words(str(step)) for step in value)
    if name == "fields" and isinstance(value, list):
        return ", ".join(field_words(str(field)) for field in value)
    if name == "status":
        return value_words(str(value))
    if name == "percent" and isinstance(value, int | float):
        return percent_text(float(value), 0 if float(value).is_integer() else 1)
    if name.endswith("_at") and isinstance(value, str):
        return date_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    if isinstance(value, list):
        return ", ".join(_shown("", item) for item in value)
    return str(value)


def exclusions_text(counts: Mapping[str, Any]) -> str:
    """`Address not specified: 1, Duplicate: 2`, or `none`."""
    if not counts:
        return QCoreApplication.translate("Journal", "none")
    pattern = QCoreApplication.translate("Journal", "%1: %2")  # French: "%1 : %2"
    return ", ".join(
        pattern.replace("%2", QLocale().toString(int(n))).replace("%1", cause_label(cause))
        for cause, n in counts.items()
    )


def field_words(name: str) -> str:
    """A delivery field's label in the viewer's language; its name when it has none."""
    try:
        label = spec_for("delivery").field(name).label
    except ConsoleError:
        return name
    return QCoreApplication.translate("Fields", label)


def date_text(iso: str) -> str:
    """An ISO date (UTC) as local time, in the locale's short format."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), Qt.TimeSpec.LocalTime)
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)

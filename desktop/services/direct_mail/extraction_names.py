"""Where an extraction file is written and what it is called: the folder (the option
NmsDirectMail_ExtractionFolder; empty: `extractions` in the user data folder) and the name
(NmsDirectMail_ExtractionFileName, a pattern with {code} and {date}).

A delivery's code is DM and its id on six digits (DM000042): the file, its notification
and the router's results say it alike.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from platformdirs import user_data_dir

from desktop.errors import ValidationError
from desktop.models.database import APP_NAME

FOLDER_OPTION = "NmsDirectMail_ExtractionFolder"
NAME_OPTION = "NmsDirectMail_ExtractionFileName"
DEFAULT_PATTERN = "{code}_{date}.csv"
PLACEHOLDERS = {"code": "the delivery's code (DM000042)", "date": "the day, as 20261206"}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# Characters a file name may not hold on the systems a drop folder may be on.
_FORBIDDEN = set('/\\:*?"<>|') | {chr(n) for n in range(32)}


def delivery_code(delivery_id: int) -> str:
    return f"DM{delivery_id:06d}"


def user_data_folder() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_folder() -> Path:
    return user_data_folder() / "extractions"


def check_pattern(pattern: str, *, field: str = NAME_OPTION) -> str:
    """The pattern, when each {...} is a known placeholder and what it makes is a plain
    file name (no folder, not hidden)."""
    text = pattern.strip()
    for found in _PLACEHOLDER.findall(text):
        if found not in PLACEHOLDERS:
            known = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
            raise ValidationError(field, f"unknown placeholder {{{found}}} (known: {known})", text)
    sample = _PLACEHOLDER.sub("x", text)
    if "{" in sample or "}" in sample:
        raise ValidationError(field, "a brace that opens no placeholder", text)
    if not sample or sample.startswith(".") or _FORBIDDEN & set(sample):
        raise ValidationError(
            field, 'must make a plain file name: not empty, no "/", "\\", ":" nor leading "."',
            text,
        )  # fmt: skip
    if "{code}" not in text:
        raise ValidationError(field, "must hold {code}: each delivery's file its own name", text)
    return text


def file_name(pattern: str, delivery_id: int, day: date) -> str:
    """The file name the pattern makes for a delivery on a day."""
    values = {"code": delivery_code(delivery_id), "date": day.strftime("%Y%m%d")}
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], check_pattern(pattern))

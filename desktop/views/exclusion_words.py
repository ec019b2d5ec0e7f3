"""Exclusion causes as words: `address_missing` reads "Address not specified" (domain.md
§3.1), in the viewer's language, wherever a cause is shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ExclusionCauses"

# Machine name -> words (lupdate reads the QT_TRANSLATE_NOOP literals).
CAUSE_WORDS: dict[str, str] = {
    "address_missing": QT_TRANSLATE_NOOP("ExclusionCauses", "Address not specified"),
    "invalid_address": QT_TRANSLATE_NOOP("ExclusionCauses", "Invalid address"),
    "denylisted": QT_TRANSLATE_NOOP("ExclusionCauses", "Denylisted"),
    "quarantine": QT_TRANSLATE_NOOP("ExclusionCauses", "Address in quarantine"),
    "duplicate": QT_TRANSLATE_NOOP("ExclusionCauses", "Duplicate"),
    "typology_rule": QT_TRANSLATE_NOOP("ExclusionCauses", "Typology rule"),
    "pressure": QT_TRANSLATE_NOOP("ExclusionCauses", "Pressure rule"),
    "control_group": QT_TRANSLATE_NOOP("ExclusionCauses", "Control group"),
    "target_limit": QT_TRANSLATE_NOOP("ExclusionCauses", "Target limited in size"),
    "render_error": QT_TRANSLATE_NOOP("ExclusionCauses", "Personalisation error"),
}


def cause_label(machine_name: str) -> str:
    words = CAUSE_WORDS.get(machine_name)
    if words is None:
        return machine_name.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, words)

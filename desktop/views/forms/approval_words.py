"""How approval steps and reviewers read in the forms: a step's name, "Every step", an
operator or a group."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.enums import ApprovalKind

CONTEXT = "ApprovalWords"  # lupdate reads literal contexts: the calls below spell it out

STEP_WORDS: dict[ApprovalKind, str] = {
    ApprovalKind.TARGETING: QT_TRANSLATE_NOOP("ApprovalWords", "Targeting"),
    ApprovalKind.BUDGET: QT_TRANSLATE_NOOP("ApprovalWords", "Budget"),
    ApprovalKind.CONTENT: QT_TRANSLATE_NOOP("ApprovalWords", "Content"),
    ApprovalKind.EXTRACTION: QT_TRANSLATE_NOOP("ApprovalWords", "Extraction file"),
    ApprovalKind.PROOFS: QT_TRANSLATE_NOOP("ApprovalWords", "Proofs"),
}


def step_words(step: ApprovalKind | None) -> str:
    """A step's name; None is a reviewer of every step."""
    if step is None:
        return QCoreApplication.translate("ApprovalWords", "Every step")
    return QCoreApplication.translate(CONTEXT, STEP_WORDS[step])


def person_words(name: str, label: str) -> str:
    """`Full name (name)`; the name alone when the label adds nothing."""
    label = label.strip()
    if not label or label.casefold() == name.casefold():
        return name
    return f"{label} ({name})"


def reviewer_words(name: str, label: str, is_group: bool) -> str:
    """An operator as `Full name (name)`; a group marked as one."""
    shown = person_words(name, label)
    if is_group:
        return QCoreApplication.translate("ApprovalWords", "Group: %1").replace("%1", shown)
    return shown

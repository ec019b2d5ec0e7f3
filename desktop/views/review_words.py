"""How the review reads in the GUI's language: the approval steps, a step's status, its
reviewers, and who may approve a step or confirm a send.

The services say who may in English for the command line and the journal
(services.delivery.approvals.who_may_approve, confirmation.who_may_confirm); the GUI
says it from the same facts (the reviewers named, the owner) in the user's language.
Names of operators and groups are data and stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.enums import ApprovalKind, ApprovalStatus
from desktop.services.delivery.approval_list import ApprovalRow
from desktop.services.delivery.confirmation import ConfirmationRule
from desktop.services.delivery.reviewers import NamedReviewer
from desktop.services.runtime.local_time import local_moment

CONTEXT = "Review"
PLACEHOLDER = re.compile(r"%([12])")

STEP_WORDS: dict[ApprovalKind, str] = {
    ApprovalKind.TARGETING: QT_TRANSLATE_NOOP("Review", "Targeting"),
    ApprovalKind.BUDGET: QT_TRANSLATE_NOOP("Review", "Budget"),
    ApprovalKind.CONTENT: QT_TRANSLATE_NOOP("Review", "Content"),
    ApprovalKind.EXTRACTION: QT_TRANSLATE_NOOP("Review", "Extraction file"),
    ApprovalKind.PROOFS: QT_TRANSLATE_NOOP("Review", "Proofs"),
}

STATUS_WORDS: dict[ApprovalStatus, str] = {
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("Review", "Pending"),
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("Review", "Approved"),
    ApprovalStatus.REJECTED: QT_TRANSLATE_NOOP("Review", "Rejected"),
}


def _tr(text: str) -> str:
    """Words marked above with QT_TRANSLATE_NOOP (lupdate reads only literals)."""
    return QCoreApplication.translate(CONTEXT, text)


def step_words(step: ApprovalKind | str) -> str:
    try:
        return _tr(STEP_WORDS[ApprovalKind(step)])
    except ValueError:
        return str(step)


def status_words(status: ApprovalStatus) -> str:
    return _tr(STATUS_WORDS[status])


def moment_text(moment: datetime | None) -> str:
    """Local time to the minute (stored in UTC)."""
    if moment is None:
        return ""
    return local_moment(moment)


def decision_text(row: ApprovalRow) -> str:
    """`Pending`, `Approved by erik on 2024-06-01 10:12`, `Rejected by erik on ...`."""
    if row.status is ApprovalStatus.PENDING:
        return status_words(row.status)
    who = row.decided_by or QCoreApplication.translate("Review", "an operator since deleted")
    if row.status is ApprovalStatus.APPROVED:
        text = QCoreApplication.translate("Review", "Approved by %1 on %2")
    else:
        text = QCoreApplication.translate("Review", "Rejected by %1 on %2")
    return text.replace("%1", who).replace("%2", moment_text(row.decided_at))


def reviewer_words(reviewer: NamedReviewer) -> str:
    """An operator's name, or `group reviewers`."""
    if reviewer.is_group:
        return QCoreApplication.translate("Review", "group %1").replace("%1", reviewer.name)
    return reviewer.name


def owner_words(owner: str) -> str:
    return QCoreApplication.translate("Review", "its owner %1").replace("%1", owner)


def _filled(pattern: str, *values: str) -> str:
    """`%1`, `%2`... replaced in one pass: a value holding "%2" stays as it is."""
    return PLACEHOLDER.sub(lambda found: values[int(found.group(1)) - 1], pattern)


def listed(items: Iterable[str]) -> str:
    """`a, b, c` with the language's separator (Chinese: 、)."""
    separator = QCoreApplication.translate("Review", "%1, %2")
    shown = ""
    for item in items:
        shown = _filled(separator, shown, item) if shown else item
    return shown


def people_words(names: Sequence[str]) -> str:
    """`a`, `a or b`, `a, b or c` in the GUI's language."""
    if len(names) <= 1:
        return "".join(names)
    last = QCoreApplication.translate("Review", "%1 or %2")
    return _filled(last, listed(names[:-1]), names[-1])


def reviewers_text(row: ApprovalRow) -> str:
    """The step's reviewers, or its owner when nobody is named for it."""
    if row.reviewers:
        return listed(reviewer_words(reviewer) for reviewer in row.reviewers)
    return owner_words(row.owner) if row.owner else ""


def who_may_approve_text(row: ApprovalRow) -> str:
    """`Only reviewer, group reviewers or an administrator may approve or reject this step.`"""
    names = [reviewer_words(reviewer) for reviewer in row.reviewers]
    if not names and row.owner:
        names.append(owner_words(row.owner))
    names.append(QCoreApplication.translate("Review", "an administrator"))
    return QCoreApplication.translate("Review", "Only %1 may approve or reject this step.").replace(
        "%1", people_words(names)
    )


def waits_for_proof_text() -> str:
    return QCoreApplication.translate(
        "Review",
        "Send a proof first: the proofs step is decided on a proof sent since the preparation.",
    )


def who_may_confirm_text(rule: ConfirmationRule) -> str:
    """domain.md §4's table, said for one delivery: `Only reviewer or an administrator may
    confirm this delivery.`"""
    names = [reviewer_words(reviewer) for reviewer in rule.reviewers]
    if rule.owner_may and rule.owner:
        names.append(owner_words(rule.owner))
    names.append(QCoreApplication.translate("Review", "an administrator"))
    return QCoreApplication.translate("Review", "Only %1 may confirm this delivery.").replace(
        "%1", people_words(names)
    )

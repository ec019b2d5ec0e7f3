"""A pre-flight check's score and one-line verdict.

The score is a SpamAssassin-like total of points (catalogue.CHECKS): 0 is clean, and the
ratings follow SpamAssassin's own scale, where 5.0 is its default `required_score` (the
message is marked spam) and under 1.0 a message passes almost any filter set-up.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.services.deliverability.findings import Finding, Level

GOOD_BELOW = 1.0
SPAM_FROM = 5.0


class Rating(StrEnum):
    GOOD = "good"  # under 1.0
    AT_RISK = "at_risk"  # 1.0 up to 5.0: stricter filters may hold it
    LIKELY_SPAM = "likely_spam"  # 5.0 and over


def points(findings: list[Finding]) -> float:
    return round(sum(f.points for f in findings), 1)


def rating(total: float) -> Rating:
    if total < GOOD_BELOW:
        return Rating.GOOD
    return Rating.AT_RISK if total < SPAM_FROM else Rating.LIKELY_SPAM


_RATING_WORDS = {
    Rating.GOOD: "filters should let it through",
    Rating.AT_RISK: "stricter filters may hold it back",
    Rating.LIKELY_SPAM: "filters will likely mark it as spam",
}


def verdict(findings: list[Finding]) -> str:
    """One line: what must be fixed, and what a filter would make of the message."""
    total = points(findings)
    errors = sum(1 for f in findings if f.severity is Level.ERROR)
    warnings = sum(1 for f in findings if f.severity is Level.WARNING)
    score = f"score {total:.1f}: {_RATING_WORDS[rating(total)]}"
    if errors:
        return f"Not ready: {errors} error(s) to fix, {warnings} warning(s); {score}."
    if warnings:
        return f"Ready, with {warnings} warning(s); {score}."
    return f"Ready; {score}."

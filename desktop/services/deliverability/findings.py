"""What a pre-flight check reports: findings, each with a severity, a machine name, a label
(the GUI translates it by the machine name) and the details of this message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Level(StrEnum):
    ERROR = "error"  # fix it before sending: `delivery check` exits 1
    WARNING = "warning"  # hurts delivery or breaks a habit of good senders
    INFO = "info"  # worth knowing; costs nothing today


# Most severe first: the order findings are listed in.
LEVEL_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}


@dataclass(frozen=True)
class Finding:
    severity: Level
    name: str  # machine name: `text_part_empty`, `typology_rule`...
    label: str  # what the check is about, in English
    details: str  # what was found in this message, values included
    points: float = 0.0  # what a spam filter would add to the message's score

    @property
    def is_error(self) -> bool:
        return self.severity is Level.ERROR

    def as_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity.value,
            "name": self.name,
            "label": self.label,
            "details": self.details,
            "points": self.points,
        }


def in_order(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then information; the most points first within each."""
    return sorted(findings, key=lambda f: (LEVEL_ORDER[f.severity], -f.points))

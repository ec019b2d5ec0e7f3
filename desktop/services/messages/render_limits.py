"""How long one message may take to render and how large it may be: two platform options.

A template is code its author runs on every recipient. These limits turn a runaway one (a
loop without end, an output of gigabytes) into that recipient's render error, in the
preparation, the send, the preview and the mirror page alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.services.settings.options import get_value

SECONDS_OPTION = "NmsDelivery_RenderSeconds"
CHARACTERS_OPTION = "NmsDelivery_RenderCharacters"

DEFAULT_SECONDS = 2.0
DEFAULT_CHARACTERS = 2_000_000
# Below these, even a plain message could fail: an option set lower is raised to them.
LEAST_SECONDS = 0.1
LEAST_CHARACTERS = 10_000


@dataclass(frozen=True)
class RenderLimits:
    """The budget of one message's render (subject, HTML and text together)."""

    seconds: float = DEFAULT_SECONDS
    characters: int = DEFAULT_CHARACTERS


def render_limits(session: Session) -> RenderLimits:
    """The limits the options set (their defaults when absent)."""
    seconds = get_value(session, SECONDS_OPTION)
    characters = get_value(session, CHARACTERS_OPTION)
    assert isinstance(seconds, int | Decimal) and isinstance(characters, int)
    return RenderLimits(
        seconds=max(LEAST_SECONDS, float(seconds)),
        characters=max(LEAST_CHARACTERS, characters),
    )

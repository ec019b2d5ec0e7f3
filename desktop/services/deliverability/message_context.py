"""What the message checks need to know besides the message itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Gmail clips a message's HTML past 102 KB and hides the rest (and the open pixel) behind
# "View entire message"; other filters grow wary of big bulk messages too.
MESSAGE_SIZE_LIMIT = 102 * 1024


def _as_is(url: str) -> str:
    return url


@dataclass(frozen=True)
class MessageContext:
    tracking_base_url: str = ""
    # A real relay carries the send (not the local outbox): recipients elsewhere must reach
    # the tracking server, so what is fine for a test becomes a warning.
    real_send: bool = True
    size_limit: int = MESSAGE_SIZE_LIMIT
    # Where a link really leads: a tracked click URL gives its target, others themselves.
    link_target: Callable[[str], str] = _as_is

"""How a preparation ends early: refused before it starts, or failed on a critical error."""

from __future__ import annotations

from desktop.errors import ConsoleError


class PreparationFailed(ConsoleError):
    """A critical error (domain.md §3.1): the delivery ends in Preparation failed."""


class PreparationRefused(ConsoleError):
    """The preparation cannot start (state, concurrency); nothing changed."""

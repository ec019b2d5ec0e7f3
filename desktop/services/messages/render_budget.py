"""The budget of one render: a deadline and a number of characters, checked as it runs.

The sandbox (services.messages.bounded_sandbox) asks the budget of the render running on
its thread at every loop, call and join; a template past its deadline or its size stops
with RenderLimitExceeded, which the renderer reports as that recipient's render error.

In a worker process, a watchdog thread is the last resort: a render still running well
past its deadline is stuck where no check runs (one long operation in C), and the worker
ends itself; the pool that started it renders the chunk again, recipient by recipient,
and the one whose render ends a worker again gets a render error
(services.preparation.render_pool).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from threading import get_ident

from desktop.services.messages.render_limits import (
    CHARACTERS_OPTION,
    SECONDS_OPTION,
    RenderLimits,
)

# A worker's exit code when its watchdog ended it.
STUCK_EXIT_CODE = 86
# How far past its deadline a render may run before the watchdog ends the worker.
WATCHDOG_GRACE_SECONDS = 1.0
WATCHDOG_PERIOD_SECONDS = 0.25


class RenderLimitExceeded(Exception):
    """The template went past a limit; the message says which, in one line."""


class RenderStopped(Exception):
    """The work this render belongs to was stopped while it ran."""


class RenderBudget:
    """One render's deadline and size limit; `stopped()` says whether its work was stopped."""

    __slots__ = ("_buffers", "characters", "deadline", "limits", "stopped", "stored", "used")

    def __init__(self, limits: RenderLimits, stopped: Callable[[], bool] | None = None) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.seconds
        self.characters = limits.characters
        self.stopped = stopped
        self.used = 0  # characters of the message output so far
        self.stored = 0  # characters the template stored in lists, dicts and sets
        self._buffers: dict[int, list[int]] | None = None

    @property
    def buffers(self) -> dict[int, list[int]]:
        """What was counted of each buffer a loop writes into: id -> [items, characters]."""
        if self._buffers is None:
            self._buffers = {}
        return self._buffers

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderLimitExceeded(
                f"the render took longer than {self.limits.seconds:g} s, the most one "
                f"message may take (option {SECONDS_OPTION})"
            )
        if self.stopped is not None and self.stopped():
            raise RenderStopped()

    def check_size(self, characters: int, what: str = "the message") -> None:
        if characters > self.characters:
            raise RenderLimitExceeded(too_large(what, characters, self.characters))


def too_large(what: str, characters: int, limit: int) -> str:
    return (
        f"{what} would have {characters:,} characters, over the {limit:,} one message may "
        f"have (option {CHARACTERS_OPTION})"
    )


# The budget of the render running on each thread, by thread id, set by the renderer (a
# dict, not a threading.local: the watchdog reads the main thread's from its own).
active: dict[int, RenderBudget] = {}
_DEFAULT = RenderLimits()


def current() -> RenderBudget:
    """The budget of this thread's render; a fresh default one outside a render (a
    template evaluated while it compiles)."""
    budget = active.get(get_ident())
    return budget if budget is not None else RenderBudget(_DEFAULT)


# ---- in a worker process ----------------------------------------------------------------


def start_watchdog(grace: float = WATCHDOG_GRACE_SECONDS) -> None:
    """Ends this process when the main thread's render runs `grace` seconds past its
    deadline: nothing inside the render could stop it."""
    main = threading.main_thread().ident
    assert main is not None

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_PERIOD_SECONDS)
            budget = active.get(main)
            if budget is not None and time.monotonic() > budget.deadline + grace:
                os._exit(STUCK_EXIT_CODE)

    threading.Thread(target=watch, name="render-watchdog", daemon=True).start()


def ended_reason(exitcode: int | None) -> str:
    """Why a rendering process ended in the middle of a render, in one line."""
    if exitcode == STUCK_EXIT_CODE:
        return (
            "the render ran far past its time budget in an operation that cannot be "
            f"interrupted, and its process was ended (option {SECONDS_OPTION})"
        )
    if exitcode == -signal.SIGKILL:
        return "the rendering process was killed during this render (out of memory?)"
    if exitcode is not None and exitcode < 0:
        return f"the rendering process ended during this render (signal {-exitcode})"
    return f"the rendering process ended during this render (exit code {exitcode})"

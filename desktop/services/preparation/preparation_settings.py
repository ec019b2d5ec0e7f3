"""How a preparation spreads its work and how soon it sees a stop."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.services.messages.rendering import RenderSpec
from desktop.services.preparation.log_copy import (
    LogCopyDue,
    when_rendering_left_is_half_the_copy,
)
from desktop.services.preparation.render_pool import RenderPool


@dataclass(frozen=True)
class PreparationSettings:
    """The defaults suit a desktop and a server alike."""

    processes: int = field(default_factory=lambda: os.cpu_count() or 1)
    # Fewer messages than this render in the preparing process: no pool start-up to pay.
    parallel_threshold: int = 5000
    chunk_size: int = 1000
    # How often a running preparation looks whether someone stopped it from another process.
    stop_poll_seconds: float = 2.0
    # SQLite calls the stop check every this many virtual-machine steps of a long statement.
    interrupt_steps: int = 200_000
    # When the log rows start to be copied while the chunks rendered early are kept.
    log_copy_due: LogCopyDue = when_rendering_left_is_half_the_copy
    # Starts the worker processes: (render spec, database URL, processes) -> pool.
    render_pool: Callable[[RenderSpec, str, int], RenderPool] = RenderPool

"""How the services start their worker processes (preparation's renderers, a send's builder).

`forkserver` where there is one: a small server process, started once and importing the
worker modules once, forks each worker, so a pool is ready in a fraction of a second and
the window's process is never forked (forking a process holding a QApplication is unsafe,
and spawning from it stalled its event loop for up to ~90 ms; a spawned send builder also
spent half a second of CPU importing, at every start of a send). Else `spawn`.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

# Imported once by the fork server, so that every worker forked from it starts warm.
WORKER_MODULES = [
    "desktop.services.preparation.render_pool",
    "desktop.services.sending.message_pool",
]


def worker_context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(WORKER_MODULES)
        return context
    return multiprocessing.get_context("spawn")

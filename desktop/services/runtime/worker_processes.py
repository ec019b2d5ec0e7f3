"""How the services start their worker processes (preparation's renderers, a send's builder),
and how they end them.

`forkserver` where there is one: a small server process, started once and importing the
worker modules once, forks each worker, so a pool is ready in a fraction of a second and
the window's process is never forked (forking a process holding a QApplication is unsafe,
and spawning from it stalled its event loop for up to ~90 ms; a spawned send builder also
spent half a second of CPU importing, at every start of a send). Else `spawn`.

A worker runs templates, which are code the operators write: it ignores Ctrl-C (the
process that started it decides what a stop means), may not grow past a memory headroom
(an allocation past it is a MemoryError, not the whole machine swapping), and a pool that
is stopped ends its workers after a grace period, whatever they are doing.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext

# Imported once by the fork server, so that every worker forked from it starts warm
# (services.runtime.fork_server_main: the starting process's main script, named in
# MAIN_PATH_VARIABLE).
MAIN_PATH_VARIABLE = "CAMPAIGN_CONSOLE_WORKER_MAIN"
WORKER_MODULES = [
    "desktop.services.runtime.fork_server_main",
    "desktop.services.preparation.render_pool",
    "desktop.services.sending.message_pool",
]
# Memory a worker may take beyond what it holds when it starts.
MEMORY_HEADROOM = 1 << 30
# How long a stopped pool's workers have to finish what they are doing before they are
# terminated (then killed, a second later, if they ignore it).
STOP_GRACE_SECONDS = 2.0


def worker_context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(WORKER_MODULES)
        # Read by the server when it starts (a process this one starts sets its own).
        main_path = _main_script()
        if main_path is None:
            os.environ.pop(MAIN_PATH_VARIABLE, None)
        else:
            os.environ[MAIN_PATH_VARIABLE] = main_path
        return context
    return multiprocessing.get_context("spawn")


def warm_up_workers() -> None:
    """Starts the fork server and waits until it has imported the worker modules, so that
    the first preparation or send of a long-running process starts its workers at once."""
    context = worker_context()
    if context.get_start_method() == "forkserver":
        probe = context.Process(target=os.getpid, name="warm-up")
        probe.start()
        probe.join()


def _main_script() -> str | None:
    """The file a worker would run as its parent's `__main__` (as multiprocessing.spawn
    finds it), or None when it runs none (no main file, or `python -m`)."""
    main = sys.modules["__main__"]
    if getattr(getattr(main, "__spec__", None), "name", None) is not None:
        return None
    path = getattr(main, "__file__", None)
    if path is None:
        return None
    if not os.path.isabs(path) and multiprocessing.process.ORIGINAL_DIR is not None:
        path = os.path.join(multiprocessing.process.ORIGINAL_DIR, path)
    return os.path.normpath(path)


def protect_worker(memory_headroom: int = MEMORY_HEADROOM) -> None:
    """In a worker, at its start: Ctrl-C in the terminal reaches the whole process group,
    and only the process that started the worker acts on it; and the worker's memory is
    capped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(memory_headroom)


def limit_memory(headroom: int) -> None:
    """Caps this process's address space at its present size plus `headroom` (Linux)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError):
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = size + headroom
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def end_pool(executor: ProcessPoolExecutor, grace: float = STOP_GRACE_SECONDS) -> None:
    """Drops the work not started and ends the workers: those still busy after `grace`
    seconds (a render stuck or far too long) are terminated. Returns once they are gone."""
    # The executor forgets its processes on shutdown; Python 3.14 has terminate_workers().
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + grace
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(1.0)
        if process.is_alive():
            process.kill()
            process.join(1.0)

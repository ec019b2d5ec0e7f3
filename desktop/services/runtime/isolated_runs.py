"""Items run one at a time in a process of their own, to find the one that ends it.

When a worker process dies in the middle of a chunk (a render that ran out of memory, or
that its watchdog ended), its pool cannot say which item did it. The chunk runs again
here: a fresh process takes the items in order and sends back each result as it has it;
if the process ends early, the item it was on gets a ProcessEnded, and a new process
goes on from the next item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from desktop.services.runtime.worker_processes import worker_context

# How often a wait for the process looks whether the work was stopped.
STOP_CHECK_SECONDS = 0.2


@dataclass(frozen=True)
class ProcessEnded:
    """The process ended while it worked on this item."""

    exitcode: int | None


def run_isolated(
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    function: Callable[[Any], Any],
    items: Sequence[Any],
    check_stop: Callable[[], None],
) -> list[Any]:
    """function(item) for each item, in order, in a process started with
    initializer(*initargs); a ProcessEnded where the process ended. check_stop() runs
    while it waits and raises to stop (the process is then ended)."""
    results: list[Any] = []
    while len(results) < len(items):
        remaining = list(items[len(results) :])
        done, exitcode = _run_once(initializer, initargs, function, remaining, check_stop)
        results.extend(done)
        if len(done) < len(remaining):
            results.append(ProcessEnded(exitcode))
    return results


def _run_once(
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    function: Callable[[Any], Any],
    items: list[Any],
    check_stop: Callable[[], None],
) -> tuple[list[Any], int | None]:
    """The results until the process ends, and its exit code."""
    context = worker_context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_serve, args=(initializer, initargs, function, items, sender), daemon=True
    )
    process.start()
    sender.close()
    results: list[Any] = []
    started = False
    try:
        while True:
            if not receiver.poll(STOP_CHECK_SECONDS):
                check_stop()
                continue
            try:
                message = receiver.recv()
            except EOFError:
                break
            if started:
                results.append(message)
            started = True  # the first message says the process is ready
    finally:
        receiver.close()
        if process.is_alive() and len(results) < len(items):
            process.kill()
        process.join()
    if not started:
        raise RuntimeError(f"a worker process could not start (exit code {process.exitcode})")
    return results, process.exitcode


def _serve(
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    function: Callable[[Any], Any],
    items: list[Any],
    sender: Connection,
) -> None:
    initializer(*initargs)
    sender.send(None)  # ready
    for item in items:
        sender.send(function(item))
    sender.close()

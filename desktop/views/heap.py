"""Keeps the cyclic garbage collector's pauses short in the window's process.

A full collection walks every object the process holds, and the modules, classes and Qt
wrappers of a loaded application are most of them: a worker thread (preparation, send)
that triggers one holds the GIL, and so freezes the window, for 60 to 200 ms. Once the
application has loaded, those objects are moved out of the collector's way
(gc.freeze()): later collections only walk what was made since.
"""

from __future__ import annotations

import gc


def settle_loaded_objects() -> None:
    """Collects what is garbage now (frozen objects are never collected), then freezes the
    rest. Call once everything long-lived is loaded; a few tens of milliseconds, once."""
    gc.collect()
    gc.freeze()

"""Which widget opens an object in a tab: kind of object -> factory.

Views register themselves (the delivery dashboard for "delivery", forms for the rest);
the main window asks here when a row is double-clicked, so it needs to know none of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.views.app_context import AppContext

# factory(context, object id or None for a new object, parent) -> widget for a tab
OpenerFactory = Callable[[AppContext, int | None, QWidget | None], QWidget]

_openers: dict[str, OpenerFactory] = {}


def register_opener(kind: str, factory: OpenerFactory) -> None:
    """One opener a kind: a second one is a mistake that import order would hide."""
    registered = _openers.get(kind)
    if registered is not None and registered is not factory:
        raise RuntimeError(f"{kind!r} already opens with {registered.__qualname__}")
    _openers[kind] = factory


def opener_for(kind: str) -> OpenerFactory | None:
    return _openers.get(kind)

"""Specs of every kind of object the console edits; see base.py for the operations."""

from __future__ import annotations

import importlib

from desktop.services.entities.base import (
    ChildSpec,
    EntitySpec,
    FieldKind,
    FieldSpec,
    all_specs,
    create,
    delete,
    get,
    save,
    spec_for,
    update,
    values_of,
)

# Modules that register specs when imported.
SPEC_MODULES = (
    "desktop.services.entities.campaigns",
    "desktop.services.entities.deliveries",
    "desktop.services.entities.recipients",
    "desktop.services.entities.operators",
    "desktop.services.entities.typology",
    "desktop.services.entities.providers",
)

_loaded = False


def load_all() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in SPEC_MODULES:
            importlib.import_module(name)


__all__ = [
    "ChildSpec",
    "EntitySpec",
    "FieldKind",
    "FieldSpec",
    "all_specs",
    "create",
    "delete",
    "get",
    "load_all",
    "save",
    "spec_for",
    "update",
    "values_of",
]

"""Specs of every kind of object the console edits; see base.py for the operations.

Importing the package registers every spec: each module below registers its kinds.
"""

from __future__ import annotations

from desktop.services.entities import (  # noqa: F401  (each registers its specs)
    campaigns,
    deliveries,
    operators,
    providers,
    recipients,
    typology,
)
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

__all__ = [
    "ChildSpec",
    "EntitySpec",
    "FieldKind",
    "FieldSpec",
    "all_specs",
    "create",
    "delete",
    "get",
    "save",
    "spec_for",
    "update",
    "values_of",
]

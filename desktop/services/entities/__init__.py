"""What the forms and the CLI edit: one spec per kind of object (fields, rights, children),
generic create/read/update/delete, references, and the paged queries behind the lists.

Importing the package registers every spec (base.py has the operations).
"""

from __future__ import annotations

from desktop.services.entities import (  # noqa: F401  (each registers its specs)
    campaigns,
    deliveries,
    delivery_templates,
    operators,
    providers,
    recipients,
    typology,
)
from desktop.services.entities.base import (
    AfterSave,
    ChildSpec,
    EntitySpec,
    FieldKind,
    FieldSpec,
    all_specs,
    change_since,
    create,
    delete,
    get,
    save,
    spec_for,
    stored_version,
    update,
    values_of,
)

__all__ = [
    "AfterSave",
    "ChildSpec",
    "EntitySpec",
    "FieldKind",
    "FieldSpec",
    "all_specs",
    "change_since",
    "create",
    "delete",
    "get",
    "save",
    "spec_for",
    "stored_version",
    "update",
    "values_of",
]

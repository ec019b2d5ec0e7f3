"""Service providers and their cost structures as the command line writes them: a
provider with its router address, drop folder, export format and results flag; a cost
structure as a category, a fixed part, a stock item and a formula in JSON (formulas).
Both are an administrator's (ADMINISTRATION), checked here and by the entity specs."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desktop.errors import NotFound, ValidationError
from desktop.models import CostStructure, ServiceProvider
from desktop.models.enums import Right
from desktop.services import entities
from desktop.services.access.rights import Actor, require
from desktop.services.costs.formulas import money, parse_formula
from desktop.services.entities.base import find_by

FORMAT_EXAMPLE = '["last_name", "postal_address", "city"]'


def export_columns(written: str) -> list[str]:
    """`--format`: a JSON list of column names."""
    try:
        columns = json.loads(written)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "--format", f"is not JSON ({exc.msg} at column {exc.colno}); expected a list such "
            f"as {FORMAT_EXAMPLE}", written,
        ) from None  # fmt: skip
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise ValidationError("--format", f"must be a JSON list of column names such as "
                              f"{FORMAT_EXAMPLE}", columns)  # fmt: skip
    return columns


def create_provider(
    session: Session,
    actor: Actor,
    name: str,
    *,
    email: str = "",
    drop_folder: str = "",
    export_format: list[str] | None = None,
    returns_results: bool = False,
) -> ServiceProvider:
    require(actor, Right.ADMINISTRATION, "create a service provider")
    values: dict[str, Any] = {
        "name": name,
        "router_email": email,
        "drop_folder": drop_folder,
        "returns_results": returns_results,
    }
    if export_format is not None:
        values["export_format"] = export_format
    return entities.create(session, actor, "service_provider", values)


def add_cost_structure(
    session: Session,
    actor: Actor,
    provider_name: str,
    category: str,
    formula: Any,
    *,
    fixed: str = "0",
    stock_item: str = "",
    label: str = "",
) -> CostStructure:
    """A cost structure of the provider named `provider_name`; `formula` is its JSON (text
    or decoded), refused naming the key or band that is wrong."""
    require(actor, Right.ADMINISTRATION, "add a cost structure")
    provider = find_by(session, "service_provider", "name", provider_name)
    if provider is None:
        raise NotFound("service provider", provider_name)
    parsed = parse_formula(formula)
    values: dict[str, Any] = {
        "provider_id": provider.id,
        "label": label,
        "category": category,
        "formula": parsed.kind.value,
        "unit_price": parsed.unit_price,
        "batch_size": parsed.batch_size,
        "fixed_part": money(fixed, "--fixed", "the fixed part"),
        "bands": [[start, str(price)] for start, price in parsed.bands],
        "stock_item": stock_item.strip(),
    }
    return entities.create(session, actor, "cost_structure", values)

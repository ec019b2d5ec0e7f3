"""Service providers with their cost structures, and stocks with their lines (domain.md §6).

Administration objects: only ADMINISTRATION edits them. Cost structures and stock lines
are children, edited inside their provider's or stock's form.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import CostStructure, Delivery, ServiceProvider, Stock, StockLine
from desktop.models.enums import CostCategory, CostFormula, Right
from desktop.services.access.rights import Actor
from desktop.services.audience.conditions import CUSTOM_PREFIX, FIELDS
from desktop.services.entities.base import (
    ChildSpec,
    EntitySpec,
    FieldKind,
    FieldSpec,
    refuse_if_used,
    register,
)

BY_THRESHOLD = frozenset({CostFormula.LINEAR_BY_THRESHOLD, CostFormula.CONSTANT_BY_THRESHOLD})
BANDS_EXAMPLE = '[{"up_to": 1000, "price": "0.50"}, {"up_to": null, "price": "0.40"}]'


# ---- service providers ------------------------------------------------------------------


def _export_columns_known(_session: Session, provider: ServiceProvider) -> None:
    # The extraction file's columns are recipient fields, as in audience filters.
    for column in provider.export_format or []:
        if column not in FIELDS and not (
            column.startswith(CUSTOM_PREFIX) and len(column) > len(CUSTOM_PREFIX)
        ):
            known = ", ".join([*FIELDS, f"{CUSTOM_PREFIX}NAME"])
            raise ValidationError("Export format", f"unknown column (known: {known})", column)


def _provider_not_used(session: Session, _actor: Actor, provider: ServiceProvider) -> None:
    refuse_if_used(
        session,
        "Service provider",
        provider.name,
        "deliveries",
        select(Delivery.label).where(Delivery.provider_id == provider.id),
    )
    refuse_if_used(
        session,
        "Service provider",
        provider.name,
        "stocks",
        select(Stock.label).where(Stock.provider_id == provider.id),
    )


SERVICE_PROVIDER = register(
    EntitySpec(
        kind="service_provider",
        label="Service provider",
        plural="Service providers",
        model=ServiceProvider,
        edit_right=Right.ADMINISTRATION,
        title_field="name",
        fields=(
            FieldSpec("name", "Name", required=True, listed=True),
            FieldSpec("contact", "Contact", listed=True),
            FieldSpec(
                "router_email",
                "Router address",
                FieldKind.EMAIL,
                listed=True,
                help="receives the notification e-mail with the extraction file",
            ),
            FieldSpec("drop_folder", "Drop folder", help="folder or SFTP URL"),
            FieldSpec(
                "export_format",
                "Export format",
                FieldKind.TEXT_LIST,
                help="columns of the extraction file, in order: recipient fields, "
                "such as first_name, last_name, postal_address",
            ),
        ),
        children=(ChildSpec("cost_structure", "provider_id", "Cost structures"),),
        check=_export_columns_known,
        before_delete=_provider_not_used,
    )
)


# ---- cost structures --------------------------------------------------------------------


def _band_limit(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(where, "up_to must be a whole number or null", value)
    try:
        limit = int(value)
    except ValueError:
        raise ValidationError(where, "up_to must be a whole number or null", value) from None
    if limit < 1:
        raise ValidationError(where, "up_to must be at least 1", value)
    return limit


def _band_price(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValidationError(where, "price must be a number", value)
    try:
        price = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError(where, "price must be a number", value) from None
    if not price.is_finite() or price < 0:
        raise ValidationError(where, "price must be zero or more", value)
    return str(price)  # JSON holds no Decimal; a string keeps every digit


def clean_bands(bands: Any) -> list[dict[str, Any]]:
    """Quantity bands checked and normalised: ascending `up_to`, the last one open (null),
    prices as decimal strings. Raises ValidationError naming the band."""
    if bands is None:
        return []
    if not isinstance(bands, list):
        raise ValidationError("Bands", f"must be a list such as {BANDS_EXAMPLE}", bands)
    cleaned: list[dict[str, Any]] = []
    previous = 0
    for number, band in enumerate(bands, 1):
        where = f"Bands, band {number}"
        if not isinstance(band, dict) or set(band) != {"up_to", "price"}:
            raise ValidationError(where, 'must be {"up_to": ..., "price": ...}', band)
        limit = _band_limit(band["up_to"], where)
        last = number == len(bands)
        if limit is None and not last:
            raise ValidationError(where, "only the last band may be open-ended (up_to null)")
        if limit is not None and last:
            raise ValidationError(
                where, "the last band must be open-ended (up_to null) so every quantity is priced"
            )
        if limit is not None:
            if limit <= previous:
                raise ValidationError(where, f"up_to must be above {previous} (ascending)", limit)
            previous = limit
        cleaned.append({"up_to": limit, "price": _band_price(band["price"], where)})
    return cleaned


def _cost_structure_values(_session: Session, structure: CostStructure) -> None:
    structure.bands = clean_bands(structure.bands)
    if structure.formula in BY_THRESHOLD and not structure.bands:
        raise ValidationError(
            "Bands", f"are required with the formula {structure.formula.value}: {BANDS_EXAMPLE}"
        )


COST_STRUCTURE = register(
    EntitySpec(
        kind="cost_structure",
        label="Cost structure",
        plural="Cost structures",
        model=CostStructure,
        edit_right=Right.ADMINISTRATION,
        fields=(
            FieldSpec(
                "provider_id",
                "Provider",
                FieldKind.REFERENCE,
                required=True,
                reference="service_provider",
            ),
            FieldSpec("label", "Label", listed=True),
            FieldSpec(
                "category",
                "Category",
                FieldKind.CHOICE,
                required=True,
                choices=CostCategory,
                listed=True,
            ),
            FieldSpec(
                "formula",
                "Formula",
                FieldKind.CHOICE,
                required=True,
                choices=CostFormula,
                listed=True,
            ),
            FieldSpec(
                "unit_price",
                "Unit price",
                FieldKind.DECIMAL,
                minimum=0,
                listed=True,
                help="linear: price per message, or per batch",
            ),
            FieldSpec(
                "batch_size",
                "Batch size",
                FieldKind.INTEGER,
                required=True,
                minimum=1,
                help="linear: the unit price is per batch of this many messages",
            ),
            FieldSpec("fixed_part", "Fixed part", FieldKind.DECIMAL, minimum=0, listed=True),
            FieldSpec(
                "bands",
                "Bands",
                FieldKind.JSON,
                help=f"by threshold: price by quantity band, such as {BANDS_EXAMPLE}",
            ),
        ),
        check=_cost_structure_values,
    )
)


# ---- stocks -----------------------------------------------------------------------------


STOCK = register(
    EntitySpec(
        kind="stock",
        label="Stock",
        plural="Stocks",
        model=Stock,
        edit_right=Right.ADMINISTRATION,
        fields=(
            FieldSpec("label", "Label", required=True, listed=True),
            FieldSpec(
                "provider_id",
                "Provider",
                FieldKind.REFERENCE,
                reference="service_provider",
                listed=True,
            ),
        ),
        children=(ChildSpec("stock_line", "stock_id", "Stock lines"),),
    )
)


def _count(name: str, label: str, **options: Any) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.INTEGER, minimum=0, listed=True, **options)


STOCK_LINE = register(
    EntitySpec(
        kind="stock_line",
        label="Stock line",
        plural="Stock lines",
        model=StockLine,
        edit_right=Right.ADMINISTRATION,
        title_field="item",
        fields=(
            FieldSpec("stock_id", "Stock", FieldKind.REFERENCE, required=True, reference="stock"),
            FieldSpec("item", "Item", required=True, listed=True),
            _count("initial_stock", "Initial stock", required=True),
            _count("consumed", "Consumed", required=True),
            FieldSpec("in_stock", "In stock", FieldKind.INTEGER, read_only=True, listed=True),
            _count("ordered", "Ordered", required=True),
            _count(
                "alert_level",
                "Alert level",
                required=True,
                help="below this, the stock's operators are warned",
            ),
        ),
    )
)

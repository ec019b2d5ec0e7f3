"""Service providers with their cost structures, and stocks with their lines (domain.md §6).

Administration objects: only ADMINISTRATION edits them. Cost structures and stock lines
are children, edited inside their provider's or stock's form.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import CostStructure, Delivery, ServiceProvider, Stock, StockLine
from desktop.models.enums import CostCategory, CostFormula, Right
from desktop.services.access.rights import Actor
from desktop.services.costs.formulas import parse_bands
from desktop.services.direct_mail.export_columns import check_format
from desktop.services.entities.base import (
    ChildSpec,
    EntitySpec,
    FieldKind,
    FieldSpec,
    refuse_if_used,
    register,
)

BY_THRESHOLD = frozenset({CostFormula.LINEAR_BY_THRESHOLD, CostFormula.CONSTANT_BY_THRESHOLD})
BANDS_EXAMPLE = '[[1, "0.50"], [1001, "0.40"]] (from 1 to 1000: 0.50; from 1001: 0.40)'


# ---- service providers ------------------------------------------------------------------


def _export_columns_known(_session: Session, provider: ServiceProvider) -> None:
    # The extraction file's columns: recipient and delivery fields (services.direct_mail).
    # A provider may be saved before its format is written: only the names are checked.
    if provider.export_format:
        check_format(provider.export_format)


def provider_id(session: Session, name: str) -> int:
    """The id of the provider of this name (or id, as digits): what `--provider` names."""
    text = name.strip()
    found = session.scalar(select(ServiceProvider.id).where(ServiceProvider.name == text))
    if found is None and text.isascii() and text.isdigit() and len(text) <= 18:
        found = session.scalar(select(ServiceProvider.id).where(ServiceProvider.id == int(text)))
    if found is None:
        known = ", ".join(
            session.scalars(select(ServiceProvider.name).order_by(ServiceProvider.name))
        )
        raise ValidationError(
            "Provider", f"no service provider of this name (known: {known or 'none'})", text
        )
    return found


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
                "returns_results",
                "Returns a results file",
                FieldKind.BOOLEAN,
                help="messages count as sent once its results file is imported",
            ),
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


def clean_bands(bands: Any) -> list[list[Any]]:
    """Quantity bands checked and normalised: `[[FROM, PRICE], ...]` ascending, the first
    from 0 or 1, prices as decimal strings (JSON holds no Decimal; a string keeps every
    digit). Raises ValidationError naming the band."""
    if bands is None or bands == []:
        return []
    return [[start, str(price)] for start, price in parse_bands(bands, "Bands")]


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
            FieldSpec(
                "stock_item",
                "Stock item",
                listed=True,
                help="each message consumes one unit of this item from the provider's stocks",
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
            FieldSpec(
                "operators",
                "Operators",
                FieldKind.MULTI_REFERENCE,
                reference="operator",
                help="told by e-mail when a line falls below its alert level",
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
            # Moved by extractions only; orders are dated rows (`stock order`).
            FieldSpec("consumed", "Consumed", FieldKind.INTEGER, read_only=True, listed=True),
            FieldSpec("in_stock", "In stock", FieldKind.INTEGER, read_only=True, listed=True),
            _count(
                "alert_level",
                "Alert level",
                required=True,
                help="below this, the stock's operators are warned",
            ),
        ),
    )
)

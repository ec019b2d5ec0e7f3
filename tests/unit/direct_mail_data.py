"""A small direct mailing for the direct-mail tests: a provider with an export format, a
linear postage cost naming a stock item, a stock holding it, recipients with postal
addresses, and a delivery prepared to Pending extraction (or any step after it)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import CostStructure, Operator, ServiceProvider, Stock, StockLine
from desktop.models.enums import CostCategory, CostFormula, DeliveryStatus
from desktop.services.access.rights import Actor
from desktop.services.preparation.pipeline import prepare
from tests.unit.preparation_data import add_delivery, add_recipient

FORMAT = [
    "recipient.id",
    "recipient.last_name",
    "first_name",
    "recipient.postal_address",
    "recipient.custom.segment",
    "delivery.code",
]
# (e-mail, first name, last name, postal address, segment); the fourth has no address.
PEOPLE = (
    ("ann@example.com", "Ann", "Martin", "1 rue de la Paix\n75002 Paris", "gold"),
    ("", "Bo", "Ström, Jr.", 'Storgatan 2, "Hus B"\n111 22 Stockholm', "silver"),
    ("cai@example.com", "蔡", "Cai", "台北市信義路 5 號", ""),
    ("dan@example.com", "Dan", "Nowhere", "   ", "gold"),
)


def add_provider(
    session: Session,
    *,
    drop_folder: Path | str = "",
    export_format: list[str] | None = None,
    returns_results: bool = False,
    stock: int | None = 1000,  # None: no stock, and the cost takes none
    name: str = "Routage Atlantique",
) -> int:
    provider = ServiceProvider(
        name=name,
        router_email="production@routage.example",
        drop_folder=str(drop_folder),
        export_format=FORMAT if export_format is None else export_format,
        returns_results=returns_results,
    )
    provider.cost_structures.append(
        CostStructure(
            label="Postage",
            category=CostCategory.POSTAGE,
            formula=CostFormula.LINEAR,
            unit_price=Decimal("1.1600"),
            batch_size=1,
            fixed_part=Decimal("10.00"),
            bands=[],
            stock_item="Catalogue" if stock is not None else "",
        )
    )
    session.add(provider)
    session.flush()
    if stock is not None:
        session.add(
            Stock(
                label="Catalogue stock",
                provider_id=provider.id,
                lines=[StockLine(item="Catalogue", initial_stock=stock, alert_level=0)],
            )
        )
    session.flush()
    return provider.id


def add_people(session: Session) -> list[int]:
    return [
        add_recipient(
            session,
            email,
            first_name=first,
            last_name=last,
            postal_address=address,
            custom_fields={"segment": segment} if segment else {},
        )
        for email, first, last, address, segment in PEOPLE
    ]


def manager_id(session: Session) -> int:
    found = session.scalar(select(Operator.id).where(Operator.name == "manager"))
    assert found is not None
    return found


def add_mailing(
    session: Session,
    provider_id: int,
    *,
    file_approval: bool = False,
    proofs: bool = False,
    **fields: Any,
) -> int:
    """A direct-mail delivery owned by the manager, with its own approval settings."""
    values: dict[str, Any] = {
        "label": "Autumn catalogue",
        "channel": "direct_mail",
        "provider_id": provider_id,
        "subject": "",
        "html": "",
        "text": "",
        "sender_address": "",
        "created_by_id": manager_id(session),
        "override_approvals": True,
        "approve_extraction": file_approval,
        "approve_proofs": proofs,
        "proof_addresses": ["proofs@example.com"] if proofs else [],
    }
    values.update(fields)
    return add_delivery(session, **values)


def prepared_mailing(
    sessions: sessionmaker[Session],
    manager: Actor,
    *,
    provider: dict[str, Any] | None = None,
    **fields: Any,
) -> int:
    """The four people and a mailing to them, prepared: Pending extraction."""
    with sessions.begin() as session:
        add_people(session)
        provider_id = add_provider(session, **(provider or {}))
        delivery_id = add_mailing(session, provider_id, **fields)
    result = prepare(sessions, manager, delivery_id)
    assert result.status is DeliveryStatus.PENDING_EXTRACTION, result
    return delivery_id

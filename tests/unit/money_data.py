"""A provider with cost structures naming stock items, a stock, and a direct-mail delivery
in a campaign: the money tests' common ground."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Campaign,
    CostStructure,
    Delivery,
    Operator,
    ServiceProvider,
    Stock,
    StockLine,
)
from desktop.models.enums import Channel, CostCategory, CostFormula, DeliveryStatus


@dataclass(frozen=True)
class MoneyData:
    provider_id: int
    stock_id: int
    catalogue_line_id: int
    envelope_line_id: int
    campaign_id: int
    delivery_id: int


def make_money_data(
    sessions: sessionmaker[Session],
    *,
    catalogues: int = 1_000,
    envelopes: int = 5_000,
    alert_level: int = 100,
    status: DeliveryStatus = DeliveryStatus.PENDING_EXTRACTION,
) -> MoneyData:
    with sessions.begin() as session:
        provider = ServiceProvider(
            name="Routage",
            router_email="jobs@routage.example",
            cost_structures=[
                CostStructure(
                    label="Postage", category=CostCategory.POSTAGE,
                    formula=CostFormula.LINEAR_BY_THRESHOLD,
                    bands=[[1, "1.10"], [501, "0.90"]],
                ),
                CostStructure(
                    label="Printing", category=CostCategory.PRINTING,
                    formula=CostFormula.CONSTANT_BY_THRESHOLD,
                    bands=[[1, "400.00"], [1001, "700.00"]], fixed_part=Decimal("50.00"),
                    stock_item="Catalogue",
                ),
                CostStructure(
                    label="Envelopes", category=CostCategory.ENVELOPE,
                    formula=CostFormula.LINEAR, unit_price=Decimal("12.00"), batch_size=100,
                    stock_item="Envelope",
                ),
            ],
        )  # fmt: skip
        session.add(provider)
        session.flush()
        manager = session.scalar(select(Operator).where(Operator.name == "manager"))
        assert manager is not None
        manager.email = "manager@console.example"
        stock = Stock(
            label="Print stock",
            provider_id=provider.id,
            lines=[
                StockLine(item="Catalogue", initial_stock=catalogues, alert_level=alert_level),
                StockLine(item="Envelope", initial_stock=envelopes, alert_level=alert_level),
            ],
            operators=[manager],
        )
        campaign = Campaign(label="Catalogue", owner_id=manager.id)
        session.add_all([stock, campaign])
        session.flush()
        delivery = Delivery(
            label="Catalogue mailing", campaign_id=campaign.id, channel=Channel.DIRECT_MAIL,
            provider_id=provider.id, status=status,
        )  # fmt: skip
        session.add(delivery)
        session.flush()
        return MoneyData(
            provider.id, stock.id, stock.lines[0].id, stock.lines[1].id, campaign.id, delivery.id
        )

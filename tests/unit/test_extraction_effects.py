"""What an extraction does to costs and stocks, as the direct-mail flow calls it."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import CostLine, Notification, StockLine
from desktop.models.enums import CostLineKind, DeliveryStatus
from desktop.services.costs import extraction_effects
from tests.unit.money_data import make_money_data


def test_preview_tells_the_cost_and_the_lines_that_would_go_below_zero(
    sessions: sessionmaker[Session],
) -> None:
    data = make_money_data(sessions, catalogues=600)
    with sessions() as session:
        preview = extraction_effects.preview_extraction(session, data.delivery_id, 700)
    # postage 700 x 0.90; printing 400 + 50; envelopes 7 batches x 12
    assert preview.cost_by_category == {
        "postage": Decimal("630.00"), "printing": Decimal("450.00"), "envelope": Decimal("84.00"),
    }  # fmt: skip
    assert preview.total == Decimal("1164.00")
    [shortfall] = preview.stock_shortfalls
    assert (shortfall.stock, shortfall.item, shortfall.in_stock, shortfall.needed) == (
        "Print stock", "Catalogue", 600, 700,
    )  # fmt: skip
    with sessions() as session:  # a preview changes nothing
        assert session.scalars(select(CostLine)).all() == []
        assert session.get(StockLine, data.catalogue_line_id).consumed == 0


def test_an_extraction_costs_consumes_and_alerts_once_even_when_run_again(
    sessions: sessionmaker[Session],
) -> None:
    data = make_money_data(sessions, catalogues=1_000, alert_level=400)
    with sessions.begin() as session:
        effects = extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=None)
    assert effects.total == Decimal("1164.00")
    [alert] = effects.alerts
    assert (alert.item, alert.in_stock, alert.alert_level, alert.notified) == (
        "Catalogue", 300, 400, ("manager",),
    )  # fmt: skip
    with sessions.begin() as session:  # the file extracted again, with fewer rows
        again = extraction_effects.apply_extraction(session, data.delivery_id, 650, actor_id=None)
    assert again.alerts == []  # already below: no second alert
    with sessions() as session:
        assert session.get(StockLine, data.catalogue_line_id).consumed == 650
        assert session.get(StockLine, data.envelope_line_id).consumed == 650
        calculated = session.scalars(
            select(CostLine.amount).where(CostLine.kind == CostLineKind.CALCULATED)
        ).all()
        assert sum(calculated) == again.total == Decimal("585.00") + 450 + 84
        notifications = session.scalars(select(Notification)).all()
        assert [n.address for n in notifications] == ["manager@console.example"]
        assert "Catalogue" in notifications[0].subject


def test_committed_until_handed_off_and_real_cost_from_the_messages_sent(
    sessions: sessionmaker[Session],
) -> None:
    from desktop.models import Delivery

    data = make_money_data(sessions)
    with sessions.begin() as session:  # prepared: a calculated cost, nothing engaged yet
        delivery = session.get(Delivery, data.delivery_id)
        delivery.to_deliver = 700
        assert extraction_effects.calculate_after_preparation(session, delivery) == 1164
    with sessions.begin() as session:
        assert extraction_effects.committed_amount(session, data.delivery_id) == 0
        extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=None)
        assert extraction_effects.committed_amount(session, data.delivery_id) == 1164
        session.get(Delivery, data.delivery_id).status = DeliveryStatus.FILE_TO_APPROVE
    with sessions.begin() as session:
        assert extraction_effects.committed_amount(session, data.delivery_id) == Decimal("1164.00")
        session.get(Delivery, data.delivery_id).status = DeliveryStatus.FINISHED
        real = extraction_effects.apply_results(session, data.delivery_id, 480)
    # postage 480 x 1.10; printing 400 + 50; envelopes 5 batches x 12
    assert real == Decimal("528.00") + 450 + 60
    with sessions() as session:
        assert extraction_effects.committed_amount(session, data.delivery_id) == 0

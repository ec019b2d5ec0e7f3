"""The delivery summary: KPIs with the percentages of domain.md §3.2, exclusions by cause."""

from __future__ import annotations

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import NotFound
from desktop.models import COUNTER_COLUMNS, Delivery, DeliveryLog, Recipient
from desktop.models.enums import Channel, DeliveryStatus, ExclusionCause, LogStatus
from desktop.services.delivery.summary import error_message, overview, summary


def test_kpis_and_their_percentages(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        delivery = Delivery(
            label="June",
            channel=Channel.EMAIL,
            status=DeliveryStatus.FINISHED,
            targeted=200,
            to_deliver=160,
            to_exclude=40,
            delivered=150,
            failed=10,
            hard_bounces=4,
            soft_bounces=6,
            opens=60,
            clicks=15,
            total_opens=90,
            total_clicks=20,
            unsubscriptions=3,
            processed=160,
            error_message="",
        )
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    with sessions() as session:
        result = summary(session, delivery_id)
    assert (result["id"], result["label"], result["status"]) == (delivery_id, "June", "finished")
    assert result["channel"] == "email" and result["campaign_id"] is None
    kpis = result["kpis"]
    assert set(COUNTER_COLUMNS) <= set(kpis)
    assert kpis["delivered_percent"] == 75.0  # of targeted
    assert kpis["opens_percent"] == 40.0  # of delivered
    assert kpis["clicks_percent"] == 10.0
    assert kpis["unsubscriptions_percent"] == 2.0
    assert kpis["failed_percent"] == 6.2  # of to deliver: 10 / 160
    assert kpis["hard_bounces_percent"] == 2.5 and kpis["soft_bounces_percent"] == 3.8
    assert kpis["total_opens"] == 90 and result["exclusions"] == {} and result["error"] == ""


def test_percentages_are_zero_before_anything_happened(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        delivery = Delivery(label="Draft", error_message="Template syntax error, line 3")
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    with sessions() as session:
        result = summary(session, delivery_id)
    assert all(v == 0 for k, v in result["kpis"].items() if k.endswith("_percent"))
    assert result["error"] == "Template syntax error, line 3"


def test_exclusions_are_counted_by_cause_in_the_order_causes_apply(
    sessions: sessionmaker[Session],
) -> None:
    causes = [ExclusionCause.DUPLICATE] * 3 + [ExclusionCause.ADDRESS_MISSING] * 2
    with sessions.begin() as session:
        delivery = Delivery(label="June")
        session.add(delivery)
        session.flush()
        ids = session.scalars(
            insert(Recipient).returning(Recipient.id),
            [{"email": f"{i}@x.example"} for i in range(6)],
        ).all()
        rows = [
            {"delivery_id": delivery.id, "recipient_id": rid, "status": LogStatus.EXCLUDED,
             "exclusion_cause": cause}
            for rid, cause in zip(ids, causes, strict=False)
        ]  # fmt: skip
        rows.append({"delivery_id": delivery.id, "recipient_id": ids[5],
                     "status": LogStatus.TO_DELIVER, "exclusion_cause": None})  # fmt: skip
        session.execute(insert(DeliveryLog), rows)
        delivery_id = delivery.id
    with sessions() as session:
        exclusions = summary(session, delivery_id)["exclusions"]
    assert list(exclusions.items()) == [("address_missing", 2), ("duplicate", 3)]


def test_an_unknown_delivery_is_named(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, pytest.raises(NotFound) as error:
        summary(session, 404)
    assert str(error.value) == "delivery 404 does not exist"


def test_the_dashboards_overview_and_error_message(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        delivery = Delivery(
            label="July",
            channel=Channel.DIRECT_MAIL,
            status=DeliveryStatus.PREPARATION_FAILED,
            targeted=12,
            to_deliver=10,
            to_exclude=2,
            render_errors=1,
            error_message="no recipient in the audience",
        )
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    with sessions() as session:
        shown = overview(session, delivery_id)
        assert error_message(session, delivery_id) == "no recipient in the audience"
        assert overview(session, delivery_id + 1) is None
        assert error_message(session, delivery_id + 1) == ""
    assert shown is not None
    assert (shown.label, shown.status, shown.channel) == (
        "July",
        DeliveryStatus.PREPARATION_FAILED,
        Channel.DIRECT_MAIL,
    )
    assert (shown.targeted, shown.to_deliver, shown.to_exclude, shown.render_errors) == (
        12,
        10,
        2,
        1,
    )
    assert shown.error == "no recipient in the audience" and shown.prepared_at is None

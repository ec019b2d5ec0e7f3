"""One rule for a KPI's percentage (domain.md §3.2): what it is of, and how it is rounded,
the same in the dashboard's KPIs and in the delivery summary that `delivery show` prints."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Delivery
from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.delivery.kpis import PERCENT_OF, delivery_kpis, percentage
from desktop.services.delivery.summary import PERCENT_SUFFIX, summary

# The "percentage of" column of domain.md §3.2.
DOMAIN_TABLE = {
    "delivered": "targeted",
    "opens": "delivered",
    "clicks": "delivered",
    "failed": "to_deliver",
    "hard_bounces": "to_deliver",
    "soft_bounces": "to_deliver",
    "unsubscriptions": "delivered",
}


def test_the_table_is_the_domains() -> None:
    assert PERCENT_OF == DOMAIN_TABLE


def test_a_percentage_has_one_decimal_and_is_zero_without_a_whole() -> None:
    assert percentage(10, 160) == 6.2
    assert percentage(6, 160) == 3.8
    assert percentage(1, 3) == 33.3
    assert percentage(5, 0) == 0.0


def test_the_dashboard_and_the_summary_give_the_same_percentages(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        delivery = Delivery(
            label="Odd numbers",
            channel=Channel.EMAIL,
            status=DeliveryStatus.IN_PROGRESS,
            targeted=997,
            to_deliver=991,
            to_exclude=6,
            delivered=613,
            failed=17,
            hard_bounces=5,
            soft_bounces=12,
            opens=211,
            clicks=37,
            unsubscriptions=3,
            processed=630,
            error_message="",
        )
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    with sessions() as session:
        shown = delivery_kpis(session, delivery_id)
        printed = summary(session, delivery_id)["kpis"]
    expected = {
        name: percentage(shown.values[name], shown.values[base])
        for name, base in DOMAIN_TABLE.items()
    }
    assert shown.percentages == expected
    assert shown.as_dict()["percentages"] == expected
    assert {name: printed[name + PERCENT_SUFFIX] for name in DOMAIN_TABLE} == expected
    assert not {key for key in printed if key.endswith(PERCENT_SUFFIX)} - {
        name + PERCENT_SUFFIX for name in DOMAIN_TABLE
    }

"""The lists behind the explorer, without a window: count, pages, sort, filters, search,
and the programs and campaigns shown as folders, a page at a time."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Delivery, Operator, Program
from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.entities.list_query import ListQuery
from desktop.services.entities.listings import (
    CAMPAIGN_LEVEL,
    CAMPAIGNS,
    DELIVERIES,
    OPTIONS,
    PROGRAM_LEVEL,
)

STATUSES = [DeliveryStatus.BEING_EDITED, DeliveryStatus.FINISHED, DeliveryStatus.IN_PROGRESS]


def _deliveries(sessions: sessionmaker[Session], labels: list[str]) -> None:
    rows = [
        {
            "label": label,
            "status": STATUSES[n % 3],
            "channel": Channel.DIRECT_MAIL if n % 5 == 0 else Channel.EMAIL,
        }
        for n, label in enumerate(labels)
    ]
    with sessions.begin() as session:
        session.execute(insert(Delivery), rows)


def _labels(query: ListQuery) -> list[str]:
    label = query.column_index("label")
    assert label is not None
    return [row[label] for row in query.page(0, 100)]


def test_count_and_pages_follow_the_sort_then_the_id(sessions) -> None:
    _deliveries(sessions, ["delta", "alpha", "charlie", "alpha", "bravo"])
    query = ListQuery(sessions, DELIVERIES)
    assert query.count() == 5
    ids = [row[0] for row in query.page(0, 100)]
    assert ids == sorted(ids, reverse=True)  # newest first by default
    assert [row[0] for row in query.page(1, 2)] == ids[1:3]

    label = query.column_index("label")
    assert label is not None
    query.sort_column, query.descending = label, False
    rows = query.page(0, 100)
    assert [row[label] for row in rows] == ["alpha", "alpha", "bravo", "charlie", "delta"]
    assert rows[0][0] < rows[1][0]  # equal labels: ordered by id


def test_filters_are_the_tables_status_and_channel(sessions) -> None:
    _deliveries(sessions, [f"Newsletter {n}" for n in range(30)])
    query = ListQuery(sessions, DELIVERIES)
    assert [f.name for f in query.filters] == ["status", "channel"]
    query.filter_values = {"status": DeliveryStatus.FINISHED.value}
    assert query.count() == 10
    query.filter_values["channel"] = Channel.DIRECT_MAIL.value
    assert query.count() == sum(1 for n in range(30) if n % 3 == 1 and n % 5 == 0)
    assert ListQuery(sessions, CAMPAIGNS).filters == ()


def test_search_treats_wildcards_and_quotes_as_text(sessions) -> None:
    labels = ["Summer 50% off", "Summer 500 club", "Winter_sale", "WinterXsale", "autumn"]
    _deliveries(sessions, labels)
    query = ListQuery(sessions, DELIVERIES)
    query.search = "50%"
    assert _labels(query) == ["Summer 50% off"]
    query.search = "winter_"
    assert _labels(query) == ["Winter_sale"]
    query.search = "'; DROP TABLE delivery; --"
    assert query.count() == 0
    with sessions() as session:
        assert len(session.scalars(select(Delivery.id)).all()) == len(labels)


def test_columns_come_from_the_spec_and_references_show_titles(sessions) -> None:
    with sessions.begin() as session:
        owner = session.scalar(select(Operator).where(Operator.name == "manager"))
        assert owner is not None
        session.add(Campaign(label="Spring launch", owner_id=owner.id))
    query = ListQuery(sessions, CAMPAIGNS)
    assert [c.title for c in query.columns][:2] == ["ID", "Label"]
    owner_column = query.column_index("owner_id")
    assert owner_column is not None
    assert [row[owner_column] for row in query.page(0, 10)] == ["manager"]
    options = ListQuery(sessions, OPTIONS)
    assert [c.name for c in options.columns] == ["id", "name", "label", "data_type", "value"]


def test_a_scoped_list_shows_only_the_objects_children(sessions) -> None:
    with sessions.begin() as session:
        first, second = Campaign(label="First"), Campaign(label="Second")
        session.add_all([first, second])
        session.flush()
        session.add_all(
            [
                Delivery(label="of the first", campaign_id=first.id),
                Delivery(label="of the second", campaign_id=second.id),
            ]
        )
        first_id = first.id
    listing = CAMPAIGN_LEVEL.listing_for(first_id)
    assert listing is not None
    assert _labels(ListQuery(sessions, listing)) == ["of the first"]


def test_programs_and_campaigns_are_counted_paged_and_located(sessions) -> None:
    with sessions.begin() as session:
        program = Program(label="Outdoor")
        session.add_all([program, Program(label="Alpine")])
        session.flush()
        rows = [{"label": f"campaign {n:03d}", "program_id": program.id} for n in range(30)]
        session.execute(insert(Campaign), rows)
        program_id = program.id
        wanted = session.scalar(select(Campaign.id).where(Campaign.label == "campaign 012"))
    assert PROGRAM_LEVEL.count(sessions, None) == 2
    assert [label for _id, label in PROGRAM_LEVEL.page(sessions, None, 0, 10)] == [
        "Alpine",
        "Outdoor",
    ]
    assert CAMPAIGN_LEVEL.count(sessions, program_id) == 30
    page = CAMPAIGN_LEVEL.page(sessions, program_id, 10, 5)
    assert [label for _id, label in page] == [f"campaign {n:03d}" for n in range(10, 15)]
    assert CAMPAIGN_LEVEL.locate(sessions, wanted) == (program_id, 12)

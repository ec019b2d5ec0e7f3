"""Service providers, cost structures and stocks: Administration objects with children."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, PermissionDenied, ValidationError
from desktop.models import CostStructure, Delivery, ServiceProvider, Stock, StockLine
from desktop.models.enums import Channel
from desktop.services import entities
from desktop.services.access.rights import Actor

BANDS = [[1, "0.50"], [1001, 0.4]]


def create(sessions: sessionmaker[Session], actor: Actor, kind: str, **values: Any) -> int:
    with sessions.begin() as session:
        return entities.create(session, actor, kind, values).id


@pytest.fixture
def provider_id(sessions: sessionmaker[Session], admin: Actor) -> int:
    return create(
        sessions,
        admin,
        "service_provider",
        name="PrintCo",
        router_email="jobs@printco.example",
        drop_folder="/srv/drop",
        export_format="first_name, last_name, postal_address, custom.tier",
    )


def test_a_provider_lists_the_columns_of_its_extraction_file(
    sessions: sessionmaker[Session], admin: Actor, provider_id: int
) -> None:
    with sessions() as session:
        provider = entities.get(session, "service_provider", provider_id)
        assert provider.export_format == [
            "first_name",
            "last_name",
            "postal_address",
            "custom.tier",
        ]
    with pytest.raises(ValidationError) as error, sessions.begin() as session:
        entities.update(session, admin, "service_provider", provider_id, {"export_format": ["zip"]})
    assert "Export format: unknown column" in str(error.value) and "'zip'" in str(error.value)
    with pytest.raises(ValidationError) as error:
        create(sessions, admin, "service_provider", name="Bad", router_email="not an address")
    assert "Router address: is not a valid e-mail address" in str(error.value)


def test_threshold_formulas_keep_checked_bands(
    sessions: sessionmaker[Session], admin: Actor, provider_id: int
) -> None:
    structure = create(
        sessions,
        admin,
        "cost_structure",
        provider_id=provider_id,
        label="Postage",
        category="postage",
        formula="linear_by_threshold",
        fixed_part="12.50",
        bands=BANDS,
    )
    with sessions() as session:
        stored = session.get(CostStructure, structure)
        assert stored is not None
        assert stored.bands == [[1, "0.50"], [1001, "0.4"]]
        assert str(stored.fixed_part) == "12.50"
        assert [c.id for c in session.get(ServiceProvider, provider_id).cost_structures] == [
            structure
        ]


BAD_BANDS = [
    (None, "Bands: are required with the formula constant_by_threshold"),
    ({"from": 1, "price": 1}, "Bands: must be a non-empty list of [FROM, PRICE] bands"),
    ([[10, 1]], "band 1: the first band must start at 0 or 1"),
    ([[1, 1], [100, 1], [50, 1]], "band 3: FROM must be above the previous band's 100"),
    ([[1, 1], [1, 2]], "band 2: FROM must be above the previous band's 1"),
    ([[1, "-1"]], "band 1: PRICE must be zero or more"),
    ([[1, "cheap"]], "band 1: PRICE must be a number"),
    ([["one", 1]], "band 1: FROM must be a whole number"),
    ([{"from": 1, "price": 1}], "band 1: must be a pair [FROM, PRICE]"),
]


def test_bad_bands_are_refused_naming_the_band(
    sessions: sessionmaker[Session], admin: Actor, provider_id: int
) -> None:
    for bands, words in BAD_BANDS:
        with pytest.raises(ValidationError) as error:
            create(sessions, admin, "cost_structure", provider_id=provider_id,
                   category="printing", formula="constant_by_threshold", bands=bands)  # fmt: skip
        assert words in str(error.value), bands
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(CostStructure)) == 0


def test_a_linear_cost_needs_a_batch_of_at_least_one(
    sessions: sessionmaker[Session], admin: Actor, provider_id: int
) -> None:
    with pytest.raises(ValidationError) as error:
        create(sessions, admin, "cost_structure", provider_id=provider_id, category="envelope",
               formula="linear", unit_price="0.02", batch_size=0)  # fmt: skip
    assert "Batch size: must be at least 1" in str(error.value)


def test_a_provider_used_by_deliveries_cannot_be_deleted(
    sessions: sessionmaker[Session], admin: Actor, provider_id: int
) -> None:
    with sessions.begin() as session:
        session.add(
            Delivery(label="Catalogue", channel=Channel.DIRECT_MAIL, provider_id=provider_id)
        )
    with pytest.raises(ConsoleError) as error, sessions.begin() as session:
        entities.delete(session, admin, "service_provider", provider_id)
    assert str(error.value) == (
        "Service provider 'PrintCo' cannot be deleted: used by deliveries ('Catalogue')"
    )


def test_deleting_an_unused_provider_deletes_its_cost_structures(
    sessions: sessionmaker[Session], admin: Actor, provider_id: int
) -> None:
    create(sessions, admin, "cost_structure", provider_id=provider_id, category="email",
           formula="linear", unit_price="0.001")  # fmt: skip
    with sessions.begin() as session:
        entities.delete(session, admin, "service_provider", provider_id)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(CostStructure)) == 0


def test_stock_lines_show_what_is_left(
    sessions: sessionmaker[Session], admin: Actor, provider_id: int
) -> None:
    stock = create(sessions, admin, "stock", label="Envelopes", provider_id=provider_id)
    line = create(sessions, admin, "stock_line", stock_id=stock, item="C5 envelope",
                  initial_stock=10_000, alert_level=1_000)  # fmt: skip
    with sessions() as session:
        values = entities.values_of("stock_line", session.get(StockLine, line))
        assert values["in_stock"] == 10_000 and values["consumed"] == 0
    with pytest.raises(ValidationError) as error, sessions.begin() as session:
        entities.update(session, admin, "stock_line", line, {"consumed": 2_500})
    assert "Consumed: cannot be changed" in str(error.value)
    with pytest.raises(ValidationError) as error, sessions.begin() as session:
        entities.update(session, admin, "stock_line", line, {"alert_level": -1})
    assert "Alert level: must be at least 0" in str(error.value)
    with pytest.raises(ConsoleError) as error, sessions.begin() as session:
        entities.delete(session, admin, "service_provider", provider_id)
    assert "used by stocks ('Envelopes')" in str(error.value)
    with sessions.begin() as session:
        entities.delete(session, admin, "stock", stock)
    with sessions() as session:
        assert session.get(Stock, stock) is None and session.get(StockLine, line) is None


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("service_provider", {"name": "Other"}),
        ("stock", {"label": "Paper"}),
    ],
)
def test_only_administrators_edit_providers_and_stocks(
    sessions: sessionmaker[Session], manager: Actor, reviewer: Actor, kind: str, values: dict
) -> None:
    for actor in (manager, reviewer):
        with pytest.raises(PermissionDenied) as error:
            create(sessions, actor, kind, **values)
        assert "ADMINISTRATION" in str(error.value)

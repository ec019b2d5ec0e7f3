"""Stocks: in stock = initial - consumed + the orders arrived; an order enters stock on its
date; a line's level over time; what an administrator may do and others may not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import StockOrder
from desktop.services.access.rights import Actor
from desktop.services.costs import extraction_effects, stocks
from tests.unit.money_data import make_money_data

TODAY = date.today()


def test_an_order_enters_stock_on_its_date(sessions: sessionmaker[Session], admin: Actor) -> None:
    make_money_data(sessions, catalogues=1_000)
    arrives = TODAY + timedelta(days=3)
    with sessions.begin() as session:
        stocks.order(session, admin, "Print stock", "Catalogue", 500, arrives)
    with sessions() as session:
        for day, expected in (
            (TODAY, 1_000),
            (arrives - timedelta(days=1), 1_000),
            (arrives, 1_500),
            (arrives + timedelta(days=1), 1_500),
        ):
            [line, _] = stocks.stock_report(session, "Print stock", today=day)["lines"]
            assert line["in_stock"] == expected, day  # fmt: skip
        [line, _] = stocks.stock_report(session, "Print stock", today=TODAY)["lines"]
        assert line["ordered"] == 500
        assert line["orders"] == [{"quantity": 500, "date": arrives.isoformat(), "arrived": False}]


def test_an_extraction_would_go_below_zero_until_an_order_arrives(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    data = make_money_data(sessions, catalogues=100)
    with sessions.begin() as session:
        stocks.order(session, admin, "Print stock", "Catalogue", 1_000, TODAY + timedelta(days=1))
    with sessions() as session:
        now = extraction_effects.preview_extraction(session, data.delivery_id, 700)
        later = extraction_effects.preview_extraction(
            session, data.delivery_id, 700, today=TODAY + timedelta(days=1)
        )
    assert [(s.item, s.in_stock, s.needed) for s in now.stock_shortfalls] == [
        ("Catalogue", 100, 700)
    ]
    assert later.stock_shortfalls == []


def test_a_line_level_over_time_steps_at_each_consumption_and_order(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    data = make_money_data(sessions, catalogues=1_000)
    past, future = TODAY - timedelta(days=10), TODAY + timedelta(days=5)
    with sessions.begin() as session:
        stocks.order(session, admin, "Print stock", "Catalogue", 300, past)
        stocks.order(session, admin, "Print stock", "Catalogue", 400, future)
        extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=None)
    with sessions() as session:
        series = stocks.level_series(session, data.catalogue_line_id)
    assert [(p.day, p.level, p.planned) for p in series] == [
        (past, 1_000, False),  # the stock was created today: the past order comes first
        (past, 1_300, False),
        (TODAY, 600, False),
        (future, 1_000, True),
    ]


def test_stock_commands_are_an_administrators(
    sessions: sessionmaker[Session], manager: Actor, admin: Actor
) -> None:
    make_money_data(sessions)
    with pytest.raises(PermissionDenied) as refused, sessions.begin() as session:
        stocks.order(session, manager, "Print stock", "Catalogue", 10, TODAY)
    assert "lacks the right ADMINISTRATION to order stock" in str(refused.value)
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        stocks.create_stock(session, manager, "Mine", "Routage", [])
    with pytest.raises(ValidationError) as error, sessions.begin() as session:
        stocks.order(session, admin, "Print stock", "Leaflet", 10, TODAY)
    assert "--item: the stock 'Print stock' has no such line" in str(error.value)
    assert "'Catalogue', 'Envelope'" in str(error.value)
    with pytest.raises(NotFound), sessions.begin() as session:
        stocks.create_stock(session, admin, "New", "Routage", ["nobody"])
    with pytest.raises(ValidationError) as error, sessions.begin() as session:
        stocks.add_line(session, admin, "Print stock", "Catalogue", 10, 1)
    assert "already has this line" in str(error.value)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(StockOrder)) == 0

"""What forms read: reference choices, child rows, recipients to preview for, the preview."""

from __future__ import annotations

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import NotFound
from desktop.models import Delivery, Program, Recipient
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.audience.conditions import count_matching
from desktop.services.delivery.preview import find_recipients, render_preview
from desktop.services.entities.references import children_of, choices, title_of
from desktop.services.messages.rendering import TemplateSyntaxProblem


def test_choices_are_sorted_by_title_and_a_page_at_most(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        session.execute(insert(Program), [{"label": f"P{n:02d}"} for n in range(30, 0, -1)])
    with sessions() as session:
        page, more = choices(session, "program", limit=10)
        assert [c.title for c in page] == [f"P{n:02d}" for n in range(1, 11)]
        assert more
        found, more = choices(session, "program", "P2", limit=10)
        assert [c.title for c in found] == [f"P2{n}" for n in range(10)]
        assert not more
        assert choices(session, "program", "P2", limit=9)[1]
        by_id, _ = choices(session, "program", str(page[0].id))
        assert page[0] in by_id
        assert title_of(session, "program", page[0].id) == "P01"
        assert title_of(session, "program", 999_999) is None


def test_a_search_is_text_never_sql(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        session.execute(insert(Program), [{"label": "100% off"}, {"label": "1000 offers"}])
    with sessions() as session:
        found, _ = choices(session, "program", "0%")
        assert [c.title for c in found] == ["100% off"]  # % is a character, not a wildcard
        assert choices(session, "program", "'; DROP TABLE program; --")[0] == []


def test_children_are_read_for_their_parent_only(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    with sessions.begin() as session:
        ids = [
            entities.create(session, admin, "stock", {"label": label}).id
            for label in ("Envelopes", "Leaflets")
        ]
        for item in ("C5", "C4"):
            entities.create(
                session,
                admin,
                "stock_line",
                {
                    "stock_id": ids[0],
                    "item": item,
                    "initial_stock": 10,
                    "alert_level": 1,
                },
            )
    with sessions() as session:
        rows = children_of(session, "stock_line", "stock_id", ids[0])
        assert [r["item"] for r in rows] == ["C5", "C4"]
        assert children_of(session, "stock_line", "stock_id", ids[1]) == []


def test_recipients_are_found_by_id_address_or_last_name(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        session.add_all(
            [
                Recipient(email="Ada@Example.com", email_key="ada@example.com", last_name="Byron"),
                Recipient(email="bob@example.com", email_key="bob@example.com", last_name="Ada"),
            ]
        )
    with sessions() as session:
        assert [r.email for r in find_recipients(session, "  ADA@ex")] == ["Ada@Example.com"]
        assert [r.email for r in find_recipients(session, "Ada")] == [
            "Ada@Example.com",
            "bob@example.com",
        ]
        assert [r.email for r in find_recipients(session, "2")] == ["bob@example.com"]
        assert count_matching(session, {"field": "last_name", "op": "=", "value": "Ada"}) == 1
        assert count_matching(session, None) == 2


def test_the_preview_uses_the_draft_and_leaves_the_delivery_alone(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    with sessions.begin() as session:
        recipient = Recipient(email="a@example.com", email_key="a@example.com", first_name="Ada")
        session.add(recipient)
        delivery = entities.create(
            session, manager, "delivery", {"label": "D", "subject": "Stored {{ recipient.id }}"}
        )
        ids = recipient.id, delivery.id
    with sessions.begin() as session:
        rendered = render_preview(
            session, {"html": "<b>{{ recipient.first_name }}</b>"}, ids[0], ids[1]
        )
        assert rendered.html == "<b>Ada</b>"
        assert rendered.subject == f"Stored {ids[0]}"  # not in the draft: the stored one
        with pytest.raises(TemplateSyntaxProblem) as problem:
            render_preview(session, {"text": "ok\n{% if %}"}, ids[0], ids[1])
        assert problem.value.line == 2 and problem.value.part == "text content"
        with pytest.raises(NotFound):
            render_preview(session, {}, 424242, ids[1])
    with sessions() as session:
        assert session.get(Delivery, ids[1]).html == ""

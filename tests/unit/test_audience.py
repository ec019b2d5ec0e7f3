"""Audience conditions select the right recipients and name what is wrong in a bad tree."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ValidationError
from desktop.models import Recipient
from desktop.services.audience.conditions import compile_condition, describe

PEOPLE = [
    {
        "email": "anna@example.se",
        "first_name": "Anna",
        "country": "SE",
        "language": "sv",
        "custom_fields": {"segment": "vip"},
    },
    {
        "email": "Bert@example.fr",
        "first_name": "Bert",
        "country": "FR",
        "language": "fr",
        "custom_fields": {"segment": "new"},
    },
    {"email": "", "first_name": "Chen", "country": "TW", "language": "zh_TW", "custom_fields": {}},
    {
        "email": "100%_sure@example.nl",
        "first_name": "Daan",
        "country": "NL",
        "language": "nl",
        "custom_fields": {"segment": "vip"},
        "denylisted": True,
    },
]


@pytest.fixture
def people(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with sessions.begin() as session:
        session.execute(
            insert(Recipient),
            [{**p, "email_key": p["email"].strip().lower()} for p in PEOPLE],
        )
    return sessions


def names(sessions: sessionmaker[Session], condition: dict[str, Any]) -> list[str]:
    with sessions() as session:
        query = select(Recipient.first_name).where(compile_condition(condition))
        return sorted(session.scalars(query.order_by(Recipient.id)))


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ({"field": "country", "op": "=", "value": "FR"}, ["Bert"]),
        ({"field": "country", "op": "!=", "value": "FR"}, ["Anna", "Chen", "Daan"]),
        ({"field": "country", "op": "in", "value": ["SE", "NL"]}, ["Anna", "Daan"]),
        ({"field": "first_name", "op": "starts_with", "value": "Be"}, ["Bert"]),
        ({"field": "email", "op": "contains", "value": "%_"}, ["Daan"]),
        ({"field": "email", "op": "is_empty"}, ["Chen"]),
        ({"field": "first_name", "op": ">=", "value": "C"}, ["Chen", "Daan"]),
        ({"field": "denylisted", "op": "=", "value": "true"}, ["Daan"]),
        ({"field": "custom.segment", "op": "=", "value": "vip"}, ["Anna", "Daan"]),
        (
            {
                "and": [
                    {"field": "custom.segment", "op": "=", "value": "vip"},
                    {"not": {"field": "country", "op": "=", "value": "NL"}},
                ]
            },
            ["Anna"],
        ),
        (
            {
                "or": [
                    {"field": "language", "op": "=", "value": "fr"},
                    {"field": "language", "op": "=", "value": "zh_TW"},
                ]
            },
            ["Bert", "Chen"],
        ),
    ],
)
def test_conditions_select_the_matching_recipients(
    people: sessionmaker[Session], condition: dict[str, Any], expected: list[str]
) -> None:
    assert names(people, condition) == expected


def test_user_text_is_a_bound_value_never_sql(people: sessionmaker[Session]) -> None:
    hostile = {"field": "country", "op": "=", "value": "FR' OR '1'='1"}
    assert names(people, hostile) == []


@pytest.mark.parametrize(
    ("condition", "where"),
    [
        ({"field": "password", "op": "=", "value": "x"}, "audience.field"),
        ({"field": "country", "op": "~", "value": "x"}, "audience.op"),
        ({"field": "country", "op": "="}, "audience.value"),
        ({"and": [{"field": "id", "op": ">", "value": "ten"}]}, "audience.and[0].value"),
        ({"or": {"field": "id"}}, "audience.or"),
        ({"not": [1]}, "audience.not"),
        ({"field": "country", "op": "in", "value": []}, "audience.value"),
    ],
)
def test_a_bad_condition_names_where_it_is_wrong(condition: dict[str, Any], where: str) -> None:
    with pytest.raises(ValidationError) as error:
        compile_condition(condition)
    assert str(error.value).startswith(where + ":")


def test_conditions_read_as_text() -> None:
    condition = {
        "and": [
            {"field": "country", "op": "=", "value": "FR"},
            {"field": "email", "op": "is_empty"},
        ]
    }
    assert describe(condition) == "(country = 'FR' AND email is empty)"

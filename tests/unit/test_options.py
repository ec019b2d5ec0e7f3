"""Options: values are checked against their type; only administrators change them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import PermissionDenied, ValidationError
from desktop.models import AuditEntry, Option
from desktop.models.enums import OptionType
from desktop.services.access.rights import Actor
from desktop.services.settings import options


def test_init_creates_the_options_of_the_domain(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        names = {o.name for o in options.list_options(session)}
        assert {d.name for d in options.DEFAULT_OPTIONS} <= names
        assert options.get_flag(session, "NmsBroadcast_RemoveBlackList") is True
        assert options.get_value(session, "NmsBroadcast_MsgValidityDuration") == 432000


@pytest.mark.parametrize(
    ("data_type", "raw", "expected"),
    [
        (OptionType.INTEGER, " 42 ", 42),
        (OptionType.DECIMAL, "3.50", Decimal("3.50")),
        (OptionType.DATE, "2026-12-01", date(2026, 12, 1)),
        (OptionType.BOOLEAN, "Yes", True),
        (OptionType.BOOLEAN, "0", False),
        (OptionType.TEXT, "http://x", "http://x"),
        (OptionType.MEMO, "line 1\nline 2", "line 1\nline 2"),
    ],
)
def test_values_parse_to_their_type(data_type: OptionType, raw: str, expected: object) -> None:
    assert options.parse_value(data_type, raw) == expected


@pytest.mark.parametrize(
    ("data_type", "raw", "words"),
    [
        (OptionType.INTEGER, "4.5", "whole number"),
        (OptionType.DECIMAL, "abc", "decimal"),
        (OptionType.DECIMAL, "NaN", "finite"),
        (OptionType.DATE, "01/12/2026", "YYYY-MM-DD"),
        (OptionType.BOOLEAN, "maybe", "true or false"),
    ],
)
def test_wrong_values_are_refused_naming_the_value(
    data_type: OptionType, raw: str, words: str
) -> None:
    with pytest.raises(ValidationError) as error:
        options.parse_value(data_type, raw, field="MyOption")
    assert words in str(error.value)
    assert "MyOption" in str(error.value)
    assert repr(raw) in str(error.value)


def test_administrator_sets_an_option_with_an_audit_row(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    with sessions.begin() as session:
        options.set_option(session, admin, "NmsEmail_RetryCount", "7")
    with sessions() as session:
        assert options.get_value(session, "NmsEmail_RetryCount") == 7
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "option").order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None
        assert entry.operator_name == "admin"
        assert entry.details == {"from": "5", "to": "7"}


def test_a_wrong_value_keeps_the_stored_one(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ValidationError), sessions.begin() as session:
        options.set_option(session, admin, "NmsEmail_RetryCount", "often")
    with sessions() as session:
        assert options.get_value(session, "NmsEmail_RetryCount") == 5


def test_new_option_with_a_type_and_type_change_revalidates(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    with sessions.begin() as session:
        options.set_option(session, admin, "Launch_Day", "2027-01-15", OptionType.DATE)
    with sessions() as session:
        assert options.get_value(session, "Launch_Day") == date(2027, 1, 15)
    with pytest.raises(ValidationError), sessions.begin() as session:
        options.set_option(session, admin, "Launch_Day", "2027-01-15", OptionType.INTEGER)


@pytest.mark.parametrize("who", ["reviewer", "manager"])
def test_only_administrators_edit_options(
    sessions: sessionmaker[Session], who: str, request: pytest.FixtureRequest
) -> None:
    actor: Actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied) as error, sessions.begin() as session:
        options.set_option(session, actor, "NmsEmail_RetryCount", "9")
    assert "ADMINISTRATION" in str(error.value)
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        options.delete_option(session, actor, "NmsEmail_RetryCount")
    with sessions() as session:
        assert session.scalar(select(Option.value).where(Option.name == "NmsEmail_RetryCount"))


def test_option_names_are_checked(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ValidationError) as error, sessions.begin() as session:
        options.set_option(session, admin, "bad name; drop", "1")
    assert "name" in str(error.value)

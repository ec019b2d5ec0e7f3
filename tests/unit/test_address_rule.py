"""One rule of what a valid e-mail address is (services.audience.addresses), and the same
verdict on the same addresses from every path that judges one: a form's e-mail field, the
import's warnings, the quarantine, the preparation (inside SQLite, in its worker processes,
and as the regular expression other databases run), and the SMTP envelope."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ValidationError
from desktop.services.access.rights import Actor
from desktop.services.audience import quarantine
from desktop.services.audience.addresses import (
    ADDRESS_PATTERN,
    WHITESPACE,
    address_problem,
    is_valid_address,
)
from desktop.services.audience.recipient_import import import_recipients
from desktop.services.entities.base import FieldKind, FieldSpec, clean_value
from desktop.services.preparation.pipeline import PreparationSettings, prepare
from desktop.services.sending.smtp_transmit import envelope_address_problem
from tests.unit.preparation_data import add_delivery, add_recipient, causes

# address -> valid? Each a different address once trimmed and lower-cased.
VERDICTS = {
    "ann@example.com": True,
    "first.last+tag@mail.example.co.uk": True,
    "o'brien@example.ie": True,
    "  padded@example.com ": True,
    "UPPER@EXAMPLE.ORG": True,
    "zoe@xn--caf-dma.fr": True,  # an international domain, in its IDNA form
    "short@b.co": True,
    "a@b.c": False,  # a one-letter top-level domain
    "zoe@café.fr": False,  # not ASCII: the envelope could not carry it without SMTPUTF8
    "zoé@example.org": False,
    "dots..twice@example.com": False,
    ".lead@example.com": False,
    "no-at-sign.example.com": False,
    "two@@example.com": False,
    "a space@example.com": False,
    "nodot@localhost": False,
    "digits@example.123": False,
    "hyphen@-example.com": False,
    ("x" * 65) + "@example.com": False,  # a local part over 64 characters
    "long@" + ("d" * 60 + ".") * 5 + "com": False,  # over 254 characters
}
FIELD = FieldSpec("email", "E-mail", FieldKind.EMAIL)


def test_the_rule() -> None:
    assert {address: is_valid_address(address) for address in VERDICTS} == VERDICTS
    assert {a: address_problem(a) is None for a in VERDICTS} == VERDICTS
    assert "xn--caf-dma.fr" in (address_problem("zoe@café.fr") or "")  # says what to write
    assert address_problem("   ") == "empty" and address_problem(None) == "empty"
    # It trims what str.strip() trims, no more.
    assert "".join(c for c in map(chr, range(0x110000)) if c.isspace()) == WHITESPACE
    assert is_valid_address("\u3000ann@example.com\t\n")
    assert not is_valid_address("ann@example.com\u200b")


def test_a_forms_email_field(sessions: sessionmaker[Session]) -> None:
    verdicts = {}
    with sessions() as session:
        for address in VERDICTS:
            try:
                verdicts[address] = clean_value(session, FIELD, address) == address.strip()
            except ValidationError:
                verdicts[address] = False
    assert verdicts == VERDICTS


def test_the_quarantine(sessions: sessionmaker[Session], manager: Actor) -> None:
    verdicts = {}
    with sessions() as session:
        for address in VERDICTS:
            try:
                quarantine.add(session, manager, address)
                verdicts[address] = True
            except ValidationError:
                verdicts[address] = False
        session.rollback()
    assert verdicts == VERDICTS


def test_the_import(sessions: sessionmaker[Session], manager: Actor, tmp_path: Path) -> None:
    path = tmp_path / "recipients.csv"
    path.write_text("email;first_name\n" + "".join(f"{a};Ann\n" for a in VERDICTS))
    report = import_recipients(sessions, manager, path)
    warned = {issue.line for issue in report.warnings if "not a valid address" in issue.reason}
    verdicts = {a: line not in warned for line, a in enumerate(VERDICTS, start=2)}
    assert verdicts == VERDICTS


@pytest.mark.parametrize(
    "settings",
    [
        PreparationSettings(processes=1),  # checked inside the database
        PreparationSettings(processes=2, parallel_threshold=0),  # in the worker processes
    ],
    ids=["in the database", "in worker processes"],
)
def test_the_preparation_in_the_database_and_in_its_workers(
    sessions: sessionmaker[Session], manager: Actor, settings: PreparationSettings
) -> None:
    with sessions.begin() as session:
        ids = {add_recipient(session, address): address for address in VERDICTS}
        delivery_id = add_delivery(session)
    prepare(sessions, manager, delivery_id, settings=settings)
    found = causes(sessions, delivery_id)
    assert {ids[i]: found[i] != "invalid_address" for i in ids} == VERDICTS


def test_the_regular_expression_other_databases_run() -> None:
    # PostgreSQL's `~` reads this pattern as Python's re does (checked against a server
    # on thousands of generated addresses when it was written).
    pattern = re.compile(ADDRESS_PATTERN)
    assert {a: pattern.search(a) is not None for a in VERDICTS} == VERDICTS
    assert "(?=" in ADDRESS_PATTERN and r"\A" in ADDRESS_PATTERN and r"\Z" in ADDRESS_PATTERN


@pytest.mark.parametrize("address", list(VERDICTS))
def test_the_smtp_envelope_carries_every_valid_address_as_written(address: str) -> None:
    if VERDICTS[address]:
        assert envelope_address_problem(address.strip()) is None
        if address != address.strip():
            assert envelope_address_problem(address) == "the address has whitespace around it"
    else:
        assert envelope_address_problem(address) is not None

"""The quarantine: one row per normalised address, hard bounces up to the threshold, rights."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import AuditEntry, HardBounceCount, QuarantinedAddress
from desktop.services.access.rights import SYSTEM
from desktop.services.audience import quarantine
from desktop.services.settings.options import set_option


def test_an_address_is_stored_normalised_and_found_in_any_case(sessions, manager):
    with sessions.begin() as session:
        row = quarantine.add(session, manager, "  Bounced@Mail.Example ", "mailbox unknown")
        assert row.address == "bounced@mail.example"
    with sessions() as session:
        assert quarantine.is_quarantined(session, "BOUNCED@mail.example")
        assert not quarantine.is_quarantined(session, "other@mail.example")
        assert not quarantine.is_quarantined(session, "")


def test_adding_again_counts_one_more_error_and_keeps_one_row(sessions, manager):
    with sessions.begin() as session:
        quarantine.add(session, manager, "x@mail.example", "first")
    with sessions.begin() as session:
        again = quarantine.add(session, manager, "X@MAIL.EXAMPLE", "second")
        assert again.error_count == 2 and again.reason == "second"
    with sessions() as session:
        assert [r.address for r in quarantine.list_addresses(session)] == ["x@mail.example"]


@pytest.mark.parametrize("address", ["", "no-at-sign", "two@@mail.example", "a b@mail.example"])
def test_an_invalid_address_is_refused(sessions, manager, address):
    with pytest.raises(ValidationError, match="address"), sessions.begin() as session:
        quarantine.add(session, manager, address)
    with sessions() as session:
        assert quarantine.count(session) == 0


def test_removing_takes_the_address_out(sessions, manager):
    with sessions.begin() as session:
        quarantine.add(session, manager, "x@mail.example")
    with sessions.begin() as session:
        quarantine.remove(session, manager, " X@mail.example")
    with sessions() as session:
        assert not quarantine.is_quarantined(session, "x@mail.example")
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "quarantine"))
        )
    assert actions == ["add", "remove"]
    with pytest.raises(NotFound), sessions.begin() as session:
        quarantine.remove(session, manager, "x@mail.example")


def test_a_reviewer_may_not_add_or_remove(sessions, admin, reviewer):
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        quarantine.add(session, reviewer, "x@mail.example")
    with sessions.begin() as session:
        quarantine.add(session, admin, "x@mail.example")  # administrators may
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        quarantine.remove(session, reviewer, "x@mail.example")


def test_list_searches_and_pages(sessions, manager):
    with sessions.begin() as session:
        for name in ("carol", "alice", "bob"):
            quarantine.add(session, manager, f"{name}@mail.example")
    with sessions() as session:
        assert [r.address for r in quarantine.list_addresses(session, limit=2)] == [
            "alice@mail.example",
            "bob@mail.example",
        ]
        found = quarantine.list_addresses(session, search="CAR")
        assert [r.address for r in found] == ["carol@mail.example"]


def test_hard_bounces_quarantine_at_the_threshold(sessions):
    with sessions.begin() as session:
        assert not quarantine.record_hard_bounce(session, "U@mail.example", "550 unknown", 3)
        assert not quarantine.record_hard_bounce(session, "u@mail.example ", "550 unknown", 3)
        assert not quarantine.is_quarantined(session, "u@mail.example")
    with sessions.begin() as session:
        assert quarantine.record_hard_bounce(session, "u@mail.example", "550 no such user", 3)
    with sessions() as session:
        row = session.scalar(select(QuarantinedAddress))
        assert (row.address, row.error_count, row.reason) == (
            "u@mail.example",
            3,
            "550 no such user",
        )
        # The counter has done its work: the quarantine row now holds the count.
        assert session.scalar(select(HardBounceCount)) is None


def test_a_bounce_on_a_quarantined_address_counts_on_its_row(sessions, manager):
    with sessions.begin() as session:
        quarantine.add(session, manager, "q@mail.example", "by hand")
        assert quarantine.record_hard_bounce(session, "q@mail.example", "550 gone", 5)
    with sessions() as session:
        row = session.scalar(select(QuarantinedAddress))
        assert (row.error_count, row.reason) == (2, "550 gone")


def test_the_threshold_comes_from_the_option(sessions):
    with sessions.begin() as session:
        # Default NmsEmail_QuarantineThreshold is 1: the first hard bounce quarantines.
        assert quarantine.record_hard_bounce(session, "one@mail.example", "550")
        set_option(session, SYSTEM, "NmsEmail_QuarantineThreshold", "2")
        assert not quarantine.record_hard_bounce(session, "two@mail.example", "550")
        assert quarantine.record_hard_bounce(session, "two@mail.example", "550")


def test_removing_forgets_earlier_bounces(sessions, manager):
    with sessions.begin() as session:
        quarantine.record_hard_bounce(session, "r@mail.example", "550", 2)
        quarantine.record_hard_bounce(session, "r@mail.example", "550", 2)
        quarantine.remove(session, manager, "r@mail.example")
        assert not quarantine.record_hard_bounce(session, "r@mail.example", "550", 2)

"""Exclusion causes at preparation: each one, their order, and the two options."""

from __future__ import annotations

from desktop.models import Delivery, ServiceProvider
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.preparation.pipeline import prepare
from tests.unit.preparation_data import add_delivery, add_recipient, causes, quarantine, set_flag


def test_each_cause_is_counted_and_logged_per_recipient(sessions, manager):
    with sessions.begin() as s:
        kept = add_recipient(s, "ann@example.com")
        blank = add_recipient(s, "   ")
        invalid = add_recipient(s, "bob.example.com")
        denied = add_recipient(s, "carl@example.com", denylisted=True)
        quarantined = add_recipient(s, "dora@example.com")
        quarantine(s, "DORA@example.com")
        first = add_recipient(s, "eve@example.com")
        duplicate = add_recipient(s, "  Eve@Example.COM ")
        delivery_id = add_delivery(s)

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PENDING_CONFIRMATION
    assert causes(sessions, delivery_id) == {
        kept: None,
        blank: "address_missing",
        invalid: "invalid_address",
        denied: "denylisted",
        quarantined: "quarantine",
        first: None,
        duplicate: "duplicate",
    }
    assert result.exclusions == {
        "address_missing": 1,
        "invalid_address": 1,
        "denylisted": 1,
        "quarantine": 1,
        "duplicate": 1,
    }
    assert (result.targeted, result.to_deliver, result.to_exclude) == (7, 2, 5)
    with sessions() as s:
        delivery = s.get(Delivery, delivery_id)
        assert (delivery.targeted, delivery.to_deliver, delivery.to_exclude) == (7, 2, 5)


def test_a_recipient_is_counted_under_the_first_cause_that_applies(sessions, manager):
    with sessions.begin() as s:
        # invalid and denylisted -> invalid address (2 before 3)
        invalid_denied = add_recipient(s, "not-an-address", denylisted=True)
        # denylisted and quarantined -> denylisted (3 before 4)
        denied_quarantined = add_recipient(s, "fred@example.com", denylisted=True)
        quarantine(s, "fred@example.com")
        # quarantined twice -> quarantine for both, not duplicate (4 before 5)
        q1 = add_recipient(s, "gus@example.com")
        q2 = add_recipient(s, "GUS@example.com")
        quarantine(s, "gus@example.com")
        # duplicate of a kept recipient and matching a filtering rule -> duplicate (5 before 6)
        kept = add_recipient(s, "hal@example.com", country="DE")
        dup_filtered = add_recipient(s, "hal@example.com", country="DE")
        from tests.unit.preparation_data import add_typology

        typology = add_typology(
            s,
            "no-germany",
            {
                "name": "exclude_de",
                "rule_type": "filtering",
                "condition": {"field": "country", "op": "=", "value": "DE"},
                "priority": 10,
            },
        )
        other = add_recipient(s, "ivy@example.com")
        delivery_id = add_delivery(s, typology_id=typology)

    prepare(sessions, manager, delivery_id)

    found = causes(sessions, delivery_id)
    assert found[invalid_denied] == "invalid_address"
    assert found[denied_quarantined] == "denylisted"
    assert found[q1] == found[q2] == "quarantine"
    assert found[dup_filtered] == "duplicate"
    assert found[kept] == "typology_rule"
    assert found[other] is None


def test_an_opt_out_follows_the_address(sessions, manager):
    with sessions.begin() as s:
        opted_out = add_recipient(s, "jo@example.com", denylisted=True)
        same_address = add_recipient(s, " JO@example.com")
        other = add_recipient(s, "kim@example.com")
        delivery_id = add_delivery(s)

    prepare(sessions, manager, delivery_id)

    found = causes(sessions, delivery_id)
    assert found == {opted_out: "denylisted", same_address: "denylisted", other: None}


def test_the_lowest_recipient_id_is_kept_among_duplicates(sessions, manager):
    with sessions.begin() as s:
        ids = [
            add_recipient(s, email)
            for email in ("lu@example.com", "LU@example.com ", "lu@EXAMPLE.com")
        ]
        delivery_id = add_delivery(s)

    prepare(sessions, manager, delivery_id)

    assert causes(sessions, delivery_id) == {ids[0]: None, ids[1]: "duplicate", ids[2]: "duplicate"}


def test_option_remove_duplicates_off_keeps_every_duplicate(sessions, manager):
    with sessions.begin() as s:
        set_flag(s, "NmsBroadcast_RemoveDuplicatesRecipients", "0")
        a = add_recipient(s, "max@example.com")
        b = add_recipient(s, "Max@example.com")
        delivery_id = add_delivery(s)

    result = prepare(sessions, manager, delivery_id)

    assert causes(sessions, delivery_id) == {a: None, b: None}
    assert result.exclusions == {}


def test_option_remove_denylist_off_keeps_denylisted_recipients(sessions, manager):
    with sessions.begin() as s:
        set_flag(s, "NmsBroadcast_RemoveBlackList", "0")
        denied = add_recipient(s, "ned@example.com", denylisted=True)
        delivery_id = add_delivery(s)

    result = prepare(sessions, manager, delivery_id)

    assert causes(sessions, delivery_id) == {denied: None}
    assert result.to_deliver == 1


def test_audience_filter_and_list_select_the_target(sessions, manager):
    from desktop.models import RecipientList, list_member

    with sessions.begin() as s:
        fr = add_recipient(s, "olga@example.com", country="FR")
        fr_not_listed = add_recipient(s, "pam@example.com", country="FR")
        de_listed = add_recipient(s, "quin@example.com", country="DE")
        listed = RecipientList(label="VIP")
        s.add(listed)
        s.flush()
        s.execute(
            list_member.insert(),
            [{"list_id": listed.id, "recipient_id": r} for r in (fr, de_listed)],
        )
        by_filter = add_delivery(s, audience_filter={"field": "country", "op": "=", "value": "FR"})
        by_list = add_delivery(s, audience_filter=None, audience_list_id=listed.id)
        both = add_delivery(
            s,
            audience_filter={"field": "country", "op": "=", "value": "FR"},
            audience_list_id=listed.id,
        )

    for delivery_id in (by_filter, by_list, both):
        prepare(sessions, manager, delivery_id)

    assert set(causes(sessions, by_filter)) == {fr, fr_not_listed}
    assert set(causes(sessions, by_list)) == {fr, de_listed}
    assert set(causes(sessions, both)) == {fr}


def test_direct_mail_excludes_recipients_without_postal_address(sessions, manager):
    """A letter needs a postal address: without one (empty or blank) the recipient is
    excluded as address_missing, before the causes that follow it (denylisted); the
    e-mail's checks (missing, invalid, quarantined, duplicate) do not apply."""
    with sessions.begin() as s:
        with_address = add_recipient(s, "", postal_address="1 rue de la Paix, Paris")
        without = add_recipient(s, "rob@example.com", postal_address="  ")
        # missing address and denylisted -> address_missing (1 before 3)
        without_denied = add_recipient(s, "sue@example.com", postal_address="", denylisted=True)
        denied = add_recipient(s, "tom@example.com", postal_address="2 Main St", denylisted=True)
        invalid_email = add_recipient(s, "not-an-address", postal_address="3 Main St")
        quarantined = add_recipient(s, "uma@example.com", postal_address="4 Main St")
        quarantine(s, "uma@example.com")
        same_email = add_recipient(s, "UMA@example.com ", postal_address="5 Main St")
        provider = ServiceProvider(name="Printer & Co", router_email="jobs@printer.example")
        s.add(provider)
        s.flush()
        delivery_id = add_delivery(
            s, channel="direct_mail", sender_address="", provider_id=provider.id
        )

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PENDING_EXTRACTION
    assert causes(sessions, delivery_id) == {
        with_address: None,
        without: "address_missing",
        without_denied: "address_missing",
        denied: "denylisted",
        invalid_email: None,
        quarantined: None,
        same_email: None,
    }
    assert result.exclusions == {"address_missing": 2, "denylisted": 1}
    from tests.unit.preparation_data import log_rows

    rows = log_rows(sessions, delivery_id)
    assert rows[with_address].status is LogStatus.TO_DELIVER
    assert rows[with_address].address == "1 rue de la Paix, Paris"


def test_a_direct_mails_preparation_reports_to_deliver_once_its_rules_are_applied(
    sessions, manager
):
    """No message is rendered for a letter: the dashboard learns To deliver with the
    exclusions, not from a personalisation phase that never comes."""
    with sessions.begin() as s:
        add_recipient(s, "", postal_address="1 rue de la Paix, Paris")
        add_recipient(s, "", postal_address="2 Main St")
        add_recipient(s, "", postal_address="")
        provider = ServiceProvider(name="Printer & Co", router_email="jobs@printer.example")
        s.add(provider)
        s.flush()
        delivery_id = add_delivery(
            s, channel="direct_mail", sender_address="", provider_id=provider.id
        )
    known: dict[str, dict[str, int]] = {}

    def remember(progress) -> None:
        if progress.counts is not None:
            known[progress.phase] = dict(progress.counts)

    prepare(sessions, manager, delivery_id, progress=remember)

    assert known["rules"] == {"to_exclude": 1, "to_deliver": 2, "render_errors": 0}
    assert "personalisation" not in known

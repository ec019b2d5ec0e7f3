"""The pre-flight check of a delivery, on real databases: the message a send would build for
the right recipient, the delivery's control rules as preparation runs them, what changes
when the relay is a real one, that any operator may run it and that it writes nothing; and
`delivery check` with its exit status."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.errors import InvalidState
from desktop.models import Delivery
from desktop.models.enums import Channel, ControlCheck, ControlPhase, Severity, TypologyRuleType
from desktop.services.access.rights import load_actor
from desktop.services.deliverability.catalogue import CHECKS
from desktop.services.deliverability.findings import Level
from desktop.services.deliverability.preflight import run_preflight
from desktop.services.proofs.target import set_proof_target
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from tests.conftest import REVIEWER_PASSWORD
from tests.databases import database_dump
from tests.demo_database import demo_copy
from tests.integration.sending_support import prepared_delivery, set_option
from tests.unit.preparation_data import add_delivery, add_recipient, add_typology


def _dump(engine) -> str:
    return hashlib.sha256(database_dump(engine).encode()).hexdigest()


def _by_name(report) -> dict[str, list]:
    found: dict[str, list] = {}
    for f in report.findings:
        found.setdefault(f.name, []).append(f)
    return found


def test_the_demos_delivery_ready_to_confirm_is_checked_end_to_end(tmp_path_factory) -> None:
    with demo_copy(tmp_path_factory) as (sessions, _):
        with sessions() as session:
            delivery_id = session.scalar(
                select(Delivery.id).where(Delivery.label == "Summer sale: teaser")
            )
            actor = load_actor(session, "admin")
        report = run_preflight(sessions, actor, delivery_id)
    # Built for the first recipient the send starts with, as a relay would receive it.
    assert report.recipient_source == "to_deliver" and "@" in report.recipient
    assert report.message_size and report.message_size > 1000
    assert all(f.name in CHECKS for f in report.findings)
    severities = [f.severity for f in report.findings]
    assert severities == sorted(severities, key=[Level.ERROR, Level.WARNING, Level.INFO].index)
    # The demo sends through the local outbox: its loopback tracking URL is only a note.
    loopback = _by_name(report)["tracking_url_loopback"][0]
    assert loopback.severity is Level.INFO
    assert report.as_dict()["verdict"] == report.verdict and report.verdict.endswith(".")
    assert not [f for f in report.findings if f.name in ("template_syntax", "render_error")]
    # The message checked carries the headers a send gives it: the campaign's List-Id.
    assert "list_id_missing" not in _by_name(report)


def test_the_recipient_is_the_first_to_deliver_else_the_proof_target_else_the_audience(
    sessions, manager, admin
) -> None:
    with sessions.begin() as session:
        add_recipient(session, "zoe@example.org", first_name="Zoe")
        delivery_id = add_delivery(session, subject="Hello {{ recipient.first_name }}")
    report = run_preflight(sessions, manager, delivery_id)
    assert (report.recipient, report.recipient_source) == ("zoe@example.org", "audience")
    with sessions.begin() as session:
        set_proof_target(session, manager, delivery_id, addresses=["qa@example.net"])
    report = run_preflight(sessions, manager, delivery_id)
    assert (report.recipient, report.recipient_source) == ("qa@example.net", "proof_target")
    prepared = prepared_delivery(sessions, admin, 3)
    report = run_preflight(sessions, manager, prepared)
    assert report.recipient_source == "to_deliver"


def test_an_empty_audience_still_checks_a_message_for_an_address_alone(sessions, manager) -> None:
    with sessions.begin() as session:
        nobody = {"field": "country", "op": "=", "value": "XX"}
        delivery_id = add_delivery(session, audience_filter=nobody)
    report = run_preflight(sessions, manager, delivery_id)
    assert report.recipient == "recipient@example.invalid"
    assert _by_name(report)["no_sample_recipient"][0].severity is Level.INFO
    assert report.message_size is not None


def test_control_rules_run_as_preparation_runs_them(sessions, manager) -> None:
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org")
        typology = add_typology(
            session,
            "strict",
            {
                "name": "unsubscribe",
                "rule_type": TypologyRuleType.CONTROL,
                "control_check": ControlCheck.UNSUBSCRIBE_LINK,
                "severity": Severity.ERROR,
            },
            {
                "name": "small",
                "rule_type": TypologyRuleType.CONTROL,
                "control_check": ControlCheck.MESSAGE_SIZE,
                "control_phase": ControlPhase.AFTER_TARGETING,
                "control_threshold": 10,
                "severity": Severity.WARNING,
            },
        )
        delivery_id = add_delivery(
            session, typology_id=typology, html="<p>Hello</p>", text="Hello", sender_address=""
        )
    report = run_preflight(sessions, manager, delivery_id)
    rules = {f.details: f.severity for f in _by_name(report)["typology_rule"]}
    no_link = "typology rule unsubscribe: the content has no unsubscribe link"
    assert rules == {
        f"{no_link} ({{{{ unsubscribe_url }}}})": Level.ERROR,
        next(
            d for d in rules if d.startswith("typology rule small: the largest message is")
        ): Level.WARNING,
    }
    assert _by_name(report)["sender_missing"][0].is_error
    assert report.errors >= 2 and report.verdict.startswith("Not ready")


def test_a_template_that_does_not_compile_is_an_error_and_no_message_is_checked(
    sessions, manager
) -> None:
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org")
        delivery_id = add_delivery(session, html="<p>{% if x %}open</p>")
    report = run_preflight(sessions, manager, delivery_id)
    assert "template syntax error in HTML content, line 1" in (
        _by_name(report)["template_syntax"][0].details
    )
    assert report.message_size is None


def test_a_real_relay_turns_the_tracking_url_notes_into_warnings(sessions, manager, admin) -> None:
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org")
        delivery_id = add_delivery(session)
        save_relay_settings(session, admin, RelaySettings(host="smtp.shop.example", port=587))
    found = _by_name(run_preflight(sessions, manager, delivery_id))
    assert found["tracking_url_loopback"][0].severity is Level.WARNING
    assert found["tracking_url_not_https"][0].severity is Level.WARNING
    set_option(sessions, "NmsTracking_ServerUrl", "https://t.example.com")
    found = _by_name(run_preflight(sessions, manager, delivery_id))
    assert "tracking_url_loopback" not in found and "tracking_url_not_https" not in found


def test_any_operator_may_run_it_and_it_writes_nothing(sessions, reviewer, engine) -> None:
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org")
        delivery_id = add_delivery(session)
    run_preflight(sessions, reviewer, delivery_id)  # the tracking key ring exists from now
    before = _dump(engine)
    report = run_preflight(sessions, reviewer, delivery_id)
    assert report.message_size and _dump(engine) == before


def test_a_direct_mail_delivery_has_no_message_to_check(sessions, manager) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session, channel=Channel.DIRECT_MAIL)
    with pytest.raises(InvalidState, match="only an e-mail delivery has a message to check"):
        run_preflight(sessions, manager, delivery_id)


def _cli(db_url: str, capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, "--operator", "reviewer", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_delivery_check_exits_1_on_an_error_finding_and_0_otherwise(
    sessions, db_url, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", REVIEWER_PASSWORD)
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org")
        fine = add_delivery(session)
        broken = add_delivery(session, label="No sender", sender_address="")
    code, out, err = _cli(db_url, capsys, "delivery", "check", str(fine), "--json")
    result = json.loads(out)
    assert code == 0, err
    assert result["errors"] == 0 and result["recipient"] == "ann@example.org"
    assert {"severity", "name", "label", "details", "points"} == set(result["findings"][0])
    code, out, _ = _cli(db_url, capsys, "delivery", "check", str(broken))
    assert code == 1
    assert "verdict: Not ready: 1 error(s) to fix" in out
    assert "name=sender_missing" in out
    code, _, err = _cli(db_url, capsys, "delivery", "check", "999")
    assert code == 2 and "delivery 999 does not exist" in err

"""Rights on every path: every command of the command line and every service entry point,
walked as a reviewer and as a campaign manager (domain.md §1 and §4).

The commands are read from the argparse parser itself, the service entry points from the
services' signatures (a parameter `actor`, or `chosen_by` for a relay someone chose), so
a command or an entry point added without a case here fails
test_every_command_has_a_case or test_every_service_entry_point_has_a_case.

A case says, for each of the two operators, what they get: refused, with the words of the
refusal (the right they lack, or that the delivery does not name them), or allowed. A
refusal is exit status 2 and one line naming the right, and leaves no trace (no audit
row, journal line, proof or message); what is allowed runs (exit 0, or 1 when the work
itself did not succeed). The reviewer belongs to the reviewers group (APPROVAL), the
manager to the campaign managers (PREPARE DELIVERIES, START DELIVERIES, IMPORT, EXPORT)
and owns the campaigns. Real SQLite files, a real SMTP server on 127.0.0.1, real processes
for the commands that serve until Ctrl-C.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import io
import os
import pkgutil
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

import desktop.services
from desktop.cli import build_parser, main
from desktop.errors import PermissionDenied
from desktop.models import (
    AuditEntry,
    Budget,
    Campaign,
    Delivery,
    DeliveryLog,
    DeliveryTemplate,
    JournalLine,
    Program,
    Proof,
    QuarantinedAddress,
    Recipient,
    RecipientList,
    ServiceProvider,
    Stock,
    StockLine,
    normalize_address,
)
from desktop.models.enums import Channel, DeliveryStatus, LogStatus
from desktop.services.access import audit_trail, tracking_keys
from desktop.services.access.rights import SYSTEM, Actor, authenticate, load_actor
from desktop.services.access.tracking_keys import KEY_FILE_ENV, KeyFile, load_ring
from desktop.services.audience import import_runs, list_membership, quarantine, recipient_import
from desktop.services.costs import provider_setup, stocks
from desktop.services.deliverability.preflight import run_preflight
from desktop.services.delivery import approval_decisions, approval_settings, exclusion_log
from desktop.services.direct_mail import proof_steps
from desktop.services.direct_mail.extraction import extract, plan_extraction
from desktop.services.direct_mail.hand_off import hand_off
from desktop.services.direct_mail.results_import import import_results
from desktop.services.entities import base as entities
from desktop.services.entities import delivery_templates
from desktop.services.preparation.pipeline import PreparationSettings, prepare, stop_preparation
from desktop.services.proofs.sending import send_proof
from desktop.services.proofs.target import set_proof_target
from desktop.services.sending import control
from desktop.services.sending.engine import SendEngine, send_delivery
from desktop.services.sending.relay_check import check_relay
from desktop.services.servers.outbox import SmtpServerThread
from desktop.services.settings import options, relay_settings
from desktop.services.settings.relay_settings import RelaySettings, RelayTarget
from desktop.services.settings.setup import open_database
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD, REVIEWER_PASSWORD
from tests.integration.sending_support import (
    HTML,
    TEXT,
    RecordingHandler,
    add_recipients,
    smtp_server,
)
from tests.unit.review_data import name_reviewer

PASSWORDS = {"reviewer": REVIEWER_PASSWORD, "manager": MANAGER_PASSWORD}
OPERATORS = ("reviewer", "manager")
ALLOWED = "allowed"


def lacks(right: str) -> str:
    return f"lacks the right {right}"


PREPARE = lacks("PREPARE DELIVERIES")
START = lacks("START DELIVERIES")
ADMIN = lacks("ADMINISTRATION")
IMPORT = lacks("IMPORT")
EXPORT = lacks("EXPORT")
NOT_NAMED = "may not"  # the delivery names others: domain.md §4


# -- the world every case starts from -----------------------------------------------------


@dataclass(frozen=True)
class World:
    """Ids of what the cases act on, all in campaigns the manager owns."""

    campaign: int
    edit: int  # Being edited, with a proof target
    pending: int  # Pending confirmation
    progress: int  # In progress, nobody sending it
    paused: int  # Paused
    preparing: int  # Preparing (its process gone)
    approval: int  # Pending approval of its targeting, which `reviewer` reviews
    recipient_list: int
    recipient: int
    recipient_import: int  # an import that rejected a line
    budget: int  # the walk campaign's budget
    program: int  # the walk campaign's program
    # Direct mail, in a campaign asking for the router's proofs (reviewed by its owner):
    extract: int  # Pending extraction
    submit: int  # To submit, a router proof sent
    validate: int  # Proofs to validate
    hand_off: int  # Ready for hand-off
    results: int  # Finished, waiting for its provider's results file
    template: int  # a delivery template


def _delivery(session: Session, campaign_id: int, label: str) -> int:
    delivery = Delivery(
        campaign_id=campaign_id,
        label=label,
        subject="News for {{ recipient.first_name }}",
        sender_address="news@example.com",
        html=HTML,
        text=TEXT,
        audience_filter={"and": []},
        proof_addresses=["seed@example.com"],
    )
    session.add(delivery)
    session.flush()
    return delivery.id


def _build_world(url: str, folder: Path, relay_port: int) -> World:
    engine, sessions = open_database(url)
    with sessions() as session:
        manager = load_actor(session, "manager")
    add_recipients(sessions, 3)
    with sessions.begin() as session:
        relay_settings.save_relay_settings(
            session, SYSTEM, RelaySettings(host="127.0.0.1", port=relay_port)
        )
        campaign = Campaign(label="Walk", owner_id=manager.operator_id)
        reviewed = Campaign(label="Reviewed", owner_id=manager.operator_id, approve_targeting=True)
        session.add_all([campaign, reviewed])
        session.flush()
        name_reviewer(session, "approval", campaign_id=reviewed.id, operator="reviewer")
        ids = {
            name: _delivery(session, campaign.id, name)
            for name in ("edit", "pending", "progress", "paused", "preparing")
        }
        ids["approval"] = _delivery(session, reviewed.id, "approval")
        recipient_list = RecipientList(label="Seeds")
        template = DeliveryTemplate(label="Newsletter", subject="News", html=HTML)
        session.add_all([recipient_list, template])
        budget = Budget(label="Walk budget", allocated=100)
        session.add(budget)
        session.flush()
        campaign.budget_id = budget.id
        program = Program(label="Walk program")
        session.add(program)
        session.flush()
        campaign.program_id = program.id
        provider = ServiceProvider(name="Walk provider")
        session.add(provider)
        session.flush()
        session.add(
            Stock(label="Walk stock", provider_id=provider.id, lines=[StockLine(item="Card")])
        )
        session.add(QuarantinedAddress(address=normalize_address("q@example.org"), reason="test"))
        session.flush()
    for name in ("pending", "progress", "paused", "approval"):
        prepare(sessions, manager, ids[name], settings=PreparationSettings(processes=1))
    with sessions.begin() as session:
        control.confirm(session, manager, ids["progress"])
        control.confirm(session, manager, ids["paused"])
        control.pause(session, manager, ids["paused"])
        preparing = session.get(Delivery, ids["preparing"])
        assert preparing is not None
        preparing.status = DeliveryStatus.PREPARING
        recipient = session.scalar(select(func.min(DeliveryLog.recipient_id)))
    mailings = _direct_mailings(sessions, manager, folder, relay_port)
    people = folder / "imported.csv"
    people.write_text("email,first_name\nkept@example.com,Kept\nnot an address,Bad\n")
    report = recipient_import.import_recipients(sessions, manager, people)
    engine.dispose()
    return World(
        campaign=campaign.id,
        recipient_list=recipient_list.id,
        recipient=recipient,
        recipient_import=report.import_id,
        budget=budget.id,
        program=program.id,
        template=template.id,
        **ids,
        **mailings,
    )


def _direct_mailings(
    sessions: sessionmaker[Session], manager: Actor, folder: Path, relay_port: int
) -> dict[str, int]:
    """One direct mailing at each step of its flow, owned by the manager."""
    relay = RelayTarget(host="127.0.0.1", port=relay_port)
    with sessions.begin() as session:
        session.execute(update(Recipient).values(postal_address="1 Main Street"))
        options.set_option(session, SYSTEM, "NmsDirectMail_ExtractionFolder", str(folder / "x"))
        campaign = Campaign(label="Mailing", owner_id=manager.operator_id, approve_proofs=True)
        providers = [
            ServiceProvider(
                name=name,
                router_email="router@example.com",
                drop_folder=str(folder / "drop"),
                export_format=["recipient.id", "recipient.postal_address"],
                returns_results=results,
            )
            for name, results in (("Printer", False), ("Printer with results", True))
        ]
        session.add_all([campaign, *providers])
        session.flush()
        ids = {}
        for name in ("extract", "submit", "validate", "hand_off", "results"):
            delivery = Delivery(
                campaign_id=campaign.id,
                label=name,
                channel=Channel.DIRECT_MAIL,
                provider_id=providers[name == "results"].id,
                audience_filter={"and": []},
                proof_addresses=["seed@example.com"],
            )
            session.add(delivery)
            session.flush()
            ids[name] = delivery.id
    for name, delivery_id in ids.items():
        prepare(sessions, manager, delivery_id, settings=PreparationSettings(processes=1))
        if name != "extract":
            extract(sessions, manager, delivery_id)
            send_proof(sessions, manager, delivery_id, relay)
        if name in ("validate", "hand_off", "results"):
            with sessions.begin() as session:
                proof_steps.submit_proofs(session, manager, delivery_id)
        if name in ("hand_off", "results"):
            with sessions.begin() as session:
                proof_steps.accept_proofs(session, manager, delivery_id)
        if name == "results":
            hand_off(sessions, manager, delivery_id, relay)
    return ids


@dataclass
class Walk:
    """One case's copy of the world."""

    world: World
    sessions: sessionmaker[Session]
    db_url: str
    folder: Path
    relay: RelayTarget

    def arguments(self) -> dict[str, Any]:
        csv_file = self.folder / "people.csv"
        csv_file.write_text("email,first_name\nnew@example.com,New\n", encoding="utf-8")
        results = self.folder / "results.csv"
        with self.sessions() as session:
            extracted = session.scalars(
                select(DeliveryLog.recipient_id).where(
                    DeliveryLog.delivery_id == self.world.results,
                    DeliveryLog.status == LogStatus.TO_DELIVER,
                )
            ).all()
        results.write_text(
            "recipient.id,status\n" + "".join(f"{rid},sent\n" for rid in extracted),
            encoding="utf-8",
        )
        return {
            **asdict(self.world),
            "results_csv": str(results),
            "csv": str(csv_file),
            "html": str(self.folder / "mail.html"),
            "out": str(self.folder / "out.csv"),
        }

    def footprint(self) -> tuple[int, ...]:
        """What any change leaves: audit rows, journal lines, proofs, sent messages."""
        with self.sessions() as session:
            return tuple(
                session.scalar(select(func.count()).select_from(model).where(*where)) or 0
                for model, where in (
                    (AuditEntry, ()),
                    (JournalLine, ()),
                    (Proof, ()),
                    (DeliveryLog, (DeliveryLog.status == LogStatus.SENT,)),
                )
            )


@pytest.fixture(scope="module")
def sink() -> Iterator[SmtpServerThread]:
    with smtp_server(RecordingHandler()) as server:
        yield server


@pytest.fixture(scope="module")
def world_file(
    run_database, tmp_path_factory: pytest.TempPathFactory, sink: SmtpServerThread
) -> tuple[str, Path, World]:
    """The world's database (its URL) and its tracking keys' file."""
    url = run_database()
    folder = tmp_path_factory.mktemp("walk")
    world = _build_world(url, folder, sink.port)
    # Its tracking keys live outside the database, in the data folder of the test that
    # built it: kept beside it for every test's copy.
    engine, sessions = open_database(url)
    with sessions.begin() as session:
        store = load_ring(session).store
    engine.dispose()
    assert isinstance(store, KeyFile)
    keys = folder / "tracking.keys"
    shutil.copyfile(store.path, keys)
    return url, keys, world


@pytest.fixture
def walk(
    world_file: tuple[str, Path, World],
    tmp_path: Path,
    db_url: str,
    database_copy,
    sink: SmtpServerThread,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Walk]:
    source, keys, world = world_file
    database_copy(source, db_url)
    shutil.copyfile(keys, tmp_path / "tracking.keys")
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "tracking.keys"))
    (tmp_path / "mail.html").write_text("<p>Hello</p>", encoding="utf-8")
    engine, sessions = open_database(db_url)
    yield Walk(world, sessions, db_url, tmp_path, RelayTarget(host=sink.host, port=sink.port))
    engine.dispose()


def _actor(walk: Walk, name: str) -> Actor:
    with walk.sessions() as session:
        return load_actor(session, name)


# -- the command line ------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """One way to run a command: its arguments ({edit} and the like from the World), and
    what each operator gets. `serving`: the command runs until Ctrl-C; this is the line it
    prints once it runs."""

    argv: tuple[str, ...]
    reviewer: str
    manager: str
    serving: str | None = None
    check: Callable[[Walk], None] | None = None


def _admin_password_unchanged(walk: Walk) -> None:
    with walk.sessions() as session:
        assert authenticate(session, "admin", ADMIN_PASSWORD).is_admin


def _c(*argv: str, reviewer: str, manager: str, **more: Any) -> Command:
    return Command(tuple(argv), reviewer, manager, **more)


CLI_CASES: dict[tuple[str, ...], list[Command]] = {
    # No login: it creates the first administrator; on a database that has one it only
    # adds what is missing, and never changes a password.
    ("init",): [
        _c("init", "--admin-password", "taken-over-1", reviewer=ALLOWED, manager=ALLOWED,
           check=_admin_password_unchanged),
    ],
    ("option", "list"): [_c("option", "list", reviewer=ALLOWED, manager=ALLOWED)],
    ("secret", "status"): [_c("secret", "status", reviewer=ADMIN, manager=ADMIN)],
    ("secret", "rotate"): [_c("secret", "rotate", reviewer=ADMIN, manager=ADMIN)],
    ("option", "get"): [
        _c("option", "get", "NmsEmail_RetryCount", reviewer=ALLOWED, manager=ALLOWED)
    ],
    ("option", "set"): [
        _c("option", "set", "NmsEmail_RetryCount", "9", reviewer=ADMIN, manager=ADMIN)
    ],
    ("option", "delete"): [
        _c("option", "delete", "NmsEmail_RetryCount", reviewer=ADMIN, manager=ADMIN)
    ],
    ("recipients", "import"): [
        _c("recipients", "import", "{csv}", reviewer=IMPORT, manager=ALLOWED)
    ],
    ("recipients", "imports"): [_c("recipients", "imports", reviewer=IMPORT, manager=ALLOWED)],
    ("recipients", "rejected"): [
        _c("recipients", "rejected", "{recipient_import}", reviewer=EXPORT, manager=ALLOWED)
    ],
    ("quarantine", "add"): [
        _c("quarantine", "add", "bounced@example.org", reviewer=PREPARE, manager=ALLOWED)
    ],
    ("quarantine", "list"): [_c("quarantine", "list", reviewer=ALLOWED, manager=ALLOWED)],
    ("quarantine", "remove"): [
        _c("quarantine", "remove", "q@example.org", reviewer=PREPARE, manager=ALLOWED)
    ],
    ("quarantine", "release"): [
        _c("quarantine", "release", "--delivery", "{progress}", reviewer=PREPARE, manager=ALLOWED)
    ],
    ("relay", "test"): [_c("relay", "test", reviewer=ADMIN, manager=ADMIN)],
    ("campaign", "create"): [
        _c("campaign", "create", "--label", "New", reviewer=PREPARE, manager=ALLOWED)
    ],
    ("campaign", "list"): [_c("campaign", "list", reviewer=ALLOWED, manager=ALLOWED)],
    ("campaign", "approvals"): [
        _c("campaign", "approvals", "{campaign}", reviewer=ALLOWED, manager=ALLOWED),
        _c("campaign", "approvals", "{campaign}", "--steps", "content",
           reviewer=PREPARE, manager=ALLOWED),
    ],
    ("delivery", "create"): [
        _c("delivery", "create", "--campaign", "{campaign}", "--label", "New",
           "--subject", "Hi", "--html", "{html}", reviewer=PREPARE, manager=ALLOWED),
        _c("delivery", "create", "--template", "{template}", "--campaign", "{campaign}",
           reviewer=PREPARE, manager=ALLOWED),
    ],
    ("template", "list"): [_c("template", "list", reviewer=ALLOWED, manager=ALLOWED)],
    ("template", "show"): [
        _c("template", "show", "{template}", reviewer=ALLOWED, manager=ALLOWED)
    ],
    ("template", "create"): [
        _c("template", "create", "--from-delivery", "{edit}", "--label", "Mine",
           reviewer=PREPARE, manager=ALLOWED),
    ],
    ("delivery", "show"): [_c("delivery", "show", "{pending}", reviewer=ALLOWED, manager=ALLOWED)],
    ("delivery", "list"): [_c("delivery", "list", reviewer=ALLOWED, manager=ALLOWED)],
    ("delivery", "check"): [
        _c("delivery", "check", "{pending}", reviewer=ALLOWED, manager=ALLOWED)
    ],
    ("delivery", "prepare"): [
        _c("delivery", "prepare", "{edit}", "--quiet", reviewer=PREPARE, manager=ALLOWED)
    ],
    ("delivery", "stop-preparation"): [
        _c("delivery", "stop-preparation", "{preparing}", reviewer=PREPARE, manager=ALLOWED)
    ],
    ("delivery", "logs"): [_c("delivery", "logs", "{pending}", reviewer=ALLOWED, manager=ALLOWED)],
    ("delivery", "exclusions"): [
        _c("delivery", "exclusions", "{pending}", reviewer=ALLOWED, manager=ALLOWED),
        _c("delivery", "exclusions", "{pending}", "--csv", "{out}",
           reviewer=EXPORT, manager=ALLOWED),
    ],
    ("delivery", "send"): [
        # Carrying on a send nobody runs any more: the reported hole.
        _c("delivery", "send", "{progress}", "--quiet", reviewer=START, manager=ALLOWED),
        _c("delivery", "send", "{progress}", "--quiet", "--smtp", "127.0.0.1:25",
           reviewer=ADMIN, manager=ADMIN),
        _c("delivery", "send", "{pending}", "--quiet", reviewer=NOT_NAMED, manager=ALLOWED),
        _c("delivery", "send", "{pending}", "--quiet", "--smtp", "127.0.0.1:25",
           reviewer=ADMIN, manager=ADMIN),
    ],
    ("delivery", "confirm"): [
        _c("delivery", "confirm", "{pending}", reviewer=NOT_NAMED, manager=ALLOWED)
    ],
    ("delivery", "pause"): [
        _c("delivery", "pause", "{progress}", reviewer=START, manager=ALLOWED)
    ],
    ("delivery", "resume"): [
        _c("delivery", "resume", "{paused}", reviewer=START, manager=ALLOWED)
    ],
    ("delivery", "stop"): [_c("delivery", "stop", "{progress}", reviewer=START, manager=ALLOWED)],
    ("delivery", "proof-target"): [
        _c("delivery", "proof-target", "{edit}", "--addresses", "a@example.com",
           reviewer=PREPARE, manager=ALLOWED),
    ],
    ("delivery", "proof"): [
        _c("delivery", "proof", "{edit}", reviewer=PREPARE, manager=ALLOWED),
        _c("delivery", "proof", "{edit}", "--smtp", "127.0.0.1:25", reviewer=ADMIN, manager=ADMIN),
    ],
    ("delivery", "approvals"): [
        _c("delivery", "approvals", "{edit}", reviewer=ALLOWED, manager=ALLOWED),
        _c("delivery", "approvals", "{edit}", "--steps", "content",
           reviewer=PREPARE, manager=ALLOWED),
    ],
    ("delivery", "extract"): [
        _c("delivery", "extract", "{extract}", reviewer=PREPARE, manager=ALLOWED)
    ],
    ("delivery", "proofs"): [
        _c("delivery", "proofs", "{submit}", "submit", reviewer=PREPARE, manager=ALLOWED),
        _c("delivery", "proofs", "{validate}", "accept", reviewer=NOT_NAMED, manager=ALLOWED),
        _c("delivery", "proofs", "{validate}", "reject", "--comment", "No",
           reviewer=NOT_NAMED, manager=ALLOWED),
        _c("delivery", "proofs", "{submit}", "back-to-extraction",
           reviewer=NOT_NAMED, manager=ALLOWED),
    ],
    ("delivery", "hand-off"): [
        _c("delivery", "hand-off", "{hand_off}", reviewer=NOT_NAMED, manager=ALLOWED),
        _c("delivery", "hand-off", "{hand_off}", "--smtp", "127.0.0.1:25",
           reviewer=ADMIN, manager=ADMIN),
    ],
    ("delivery", "results"): [
        _c("delivery", "results", "{results}", "{results_csv}",
           reviewer=NOT_NAMED, manager=ALLOWED),
    ],
    ("approval", "list"): [_c("approval", "list", reviewer=ALLOWED, manager=ALLOWED)],
    ("approval", "approve"): [
        _c("approval", "approve", "{approval}", "targeting", reviewer=ALLOWED, manager=NOT_NAMED)
    ],
    ("approval", "reject"): [
        _c("approval", "reject", "{approval}", "targeting", "--comment", "No",
           reviewer=ALLOWED, manager=NOT_NAMED),
    ],
    ("provider", "create"): [
        _c("provider", "create", "New provider", reviewer=ADMIN, manager=ADMIN)
    ],
    ("provider", "cost"): [
        _c("provider", "cost", "Walk provider", "--category", "postage",
           "--formula", '{{"linear": "0.5"}}', reviewer=ADMIN, manager=ADMIN),
    ],
    ("stock", "create"): [
        _c("stock", "create", "New stock", "--provider", "Walk provider",
           reviewer=ADMIN, manager=ADMIN),
    ],
    ("stock", "add-line"): [
        _c("stock", "add-line", "Walk stock", "--item", "Leaflet", "--initial", "10",
           "--alert", "1", reviewer=ADMIN, manager=ADMIN),
    ],
    ("stock", "order"): [
        _c("stock", "order", "Walk stock", "--item", "Card", "--quantity", "10",
           "--date", "2030-01-01", reviewer=ADMIN, manager=ADMIN),
    ],
    ("stock", "show"): [_c("stock", "show", "Walk stock", reviewer=ALLOWED, manager=ALLOWED)],
    ("delivery", "cost"): [
        _c("delivery", "cost", "{pending}", reviewer=ALLOWED, manager=ALLOWED)
    ],
    ("campaign", "cost"): [
        _c("campaign", "cost", "{campaign}", reviewer=ALLOWED, manager=ALLOWED)
    ],
    ("program", "cost"): [
        _c("program", "cost", "{program}", reviewer=ALLOWED, manager=ALLOWED)
    ],
    ("budget", "show"): [_c("budget", "show", "{budget}", reviewer=ALLOWED, manager=ALLOWED)],
    ("operator", "add"): [
        _c("operator", "add", "mallory", "--password", "mallory-secret-1",
           "--group", "administrators", reviewer=ADMIN, manager=ADMIN),
    ],
    ("operator", "list"): [_c("operator", "list", reviewer=ALLOWED, manager=ALLOWED)],
    ("audit", "list"): [
        _c("audit", "list", reviewer=ADMIN, manager=ADMIN),
        _c("audit", "list", "--delivery", "{pending}", reviewer=ALLOWED, manager=ALLOWED),
    ],
    # Serves hits from the internet; it needs the database, not a login.
    ("tracking", "serve"): [
        _c("tracking", "serve", "--port", "0", reviewer=ALLOWED, manager=ALLOWED,
           serving="tracking server on"),
    ],
    # The deliveries it starts were confirmed for their date by someone allowed; it sends
    # them as the system. Choosing its relay is an administrator's.
    ("scheduler",): [
        _c("scheduler", "--poll", "0.5", reviewer=ALLOWED, manager=ALLOWED,
           serving="scheduler running"),
        _c("scheduler", "--smtp", "127.0.0.1:25", reviewer=ADMIN, manager=ADMIN),
    ],
    # The scheduler of a server with no GUI, which also sends the deliveries In progress
    # that nobody sends: as the system, like the scheduler.
    ("worker",): [
        _c("worker", "--poll", "0.5", reviewer=ALLOWED, manager=ALLOWED,
           serving="worker running"),
        _c("worker", "--smtp", "127.0.0.1:25", reviewer=ADMIN, manager=ADMIN),
    ],
}  # fmt: skip


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))
            return
    yield path


def test_every_command_has_a_case() -> None:
    commands = set(_commands(build_parser()))
    assert commands - set(CLI_CASES) == set(), "a command without a case in CLI_CASES"
    assert set(CLI_CASES) - commands == set(), "a case for a command that does not exist"


def _run_serving(walk: Walk, operator: str, argv: list[str], ready: str) -> tuple[int, str]:
    """Runs the command in a process of its own until it says it runs, then Ctrl-C."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", walk.db_url, "--operator", operator, *argv],
        env={**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORDS[operator]},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        seen = []
        assert process.stderr is not None
        for line in process.stderr:
            seen.append(line)
            if ready in line:
                process.send_signal(signal.SIGINT)
                break
        rest = process.stderr.read()
        return process.wait(), "".join(seen) + rest
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
        process.wait()
        if process.stderr is not None:
            process.stderr.close()


def _cli_params() -> Iterator[Any]:
    for command, ways in CLI_CASES.items():
        for number, way in enumerate(ways):
            for operator in OPERATORS:
                yield pytest.param(way, operator, id=f"{' '.join(command)}#{number + 1}-{operator}")


def _refusal_words(operator: str, words: str) -> str:
    return f"operator '{operator}' {words}"


@pytest.mark.parametrize(("way", "operator"), list(_cli_params()))
def test_each_command_as_a_reviewer_and_as_a_manager(
    walk: Walk, way: Command, operator: str, capsys, monkeypatch
) -> None:
    expected = getattr(way, operator)
    argv = [part.format(**walk.arguments()) for part in way.argv]
    before = walk.footprint()
    if way.serving is not None and expected == ALLOWED:
        code, err = _run_serving(walk, operator, argv, way.serving)
        out = ""
    else:
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", PASSWORDS[operator])
        code = main(["--db", walk.db_url, "--operator", operator, *argv])
        out, err = capsys.readouterr()
    if expected == ALLOWED:
        assert code in (0, 1), err
        assert " lacks the right " not in err and " may not " not in err, err
    else:
        assert (code, out) == (2, ""), err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert _refusal_words(operator, expected) in err, err
        assert walk.footprint() == before  # nothing was done
    if way.check is not None:
        way.check(walk)


# -- the services ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One call of a service entry point, and what each operator gets."""

    call: Callable[[Walk, Actor], object]
    reviewer: str
    manager: str


def _in(walk: Walk, work: Callable[[Session], object]) -> object:
    with walk.sessions.begin() as session:
        return work(session)


def _chosen(walk: Walk) -> RelayTarget:
    return RelayTarget(host=walk.relay.host, port=walk.relay.port, chosen=True)


def _csv(walk: Walk) -> str:
    return str(walk.arguments()["csv"])


def _w(call: Callable[[Walk, Actor], object], reviewer: str, manager: str) -> Call:
    return Call(call, reviewer, manager)


S = "desktop.services."
SERVICE_CASES: dict[str, list[Call]] = {
    S + "access.tracking_keys.status": [
        _w(lambda w, a: _in(w, lambda s: tracking_keys.status(s, a)), ADMIN, ADMIN),
    ],
    S + "access.tracking_keys.rotate": [
        _w(lambda w, a: _in(w, lambda s: tracking_keys.rotate(s, a)), ADMIN, ADMIN),
    ],
    S + "sending.control.confirm": [
        _w(lambda w, a: _in(w, lambda s: control.confirm(s, a, w.world.pending)),
           NOT_NAMED, ALLOWED),
    ],
    S + "sending.control.confirm_send": [
        _w(lambda w, a: _in(w, lambda s: control.confirm_send(s, a, w.world.pending)),
           NOT_NAMED, ALLOWED),
    ],
    S + "sending.control.pause": [
        _w(lambda w, a: _in(w, lambda s: control.pause(s, a, w.world.progress)), START, ALLOWED),
    ],
    S + "sending.control.resume": [
        _w(lambda w, a: _in(w, lambda s: control.resume(s, a, w.world.paused)), START, ALLOWED),
    ],
    S + "sending.control.stop": [
        _w(lambda w, a: _in(w, lambda s: control.stop(s, a, w.world.progress)), START, ALLOWED),
    ],
    S + "sending.engine.SendEngine": [
        _w(lambda w, a: SendEngine(w.sessions, a, w.world.progress, w.relay).run(),
           START, ALLOWED),
        _w(lambda w, a: SendEngine(w.sessions, a, w.world.progress, _chosen(w)).run(),
           START, ADMIN),
    ],
    S + "sending.engine.send_delivery": [
        _w(lambda w, a: send_delivery(w.sessions, a, w.world.progress, w.relay), START, ALLOWED),
    ],
    S + "preparation.pipeline.prepare": [
        _w(lambda w, a: prepare(w.sessions, a, w.world.edit,
                                settings=PreparationSettings(processes=1)), PREPARE, ALLOWED),
    ],
    S + "preparation.pipeline.stop_preparation": [
        _w(lambda w, a: _in(w, lambda s: stop_preparation(s, a, w.world.preparing)),
           PREPARE, ALLOWED),
    ],
    S + "deliverability.preflight.run_preflight": [
        _w(lambda w, a: run_preflight(w.sessions, a, w.world.pending), ALLOWED, ALLOWED),
    ],
    S + "proofs.sending.send_proof": [
        _w(lambda w, a: send_proof(w.sessions, a, w.world.edit, w.relay), PREPARE, ALLOWED),
        _w(lambda w, a: send_proof(w.sessions, a, w.world.edit, _chosen(w)), PREPARE, ADMIN),
    ],
    S + "proofs.target.set_proof_target": [
        _w(lambda w, a: _in(w, lambda s: set_proof_target(s, a, w.world.edit,
                                                          addresses="a@example.com")),
           PREPARE, ALLOWED),
    ],
    S + "settings.relay_settings.resolve_relay": [
        _w(lambda w, a: _in(w, lambda s: relay_settings.resolve_relay(
            s, override="127.0.0.1:25", chosen_by=a)), ADMIN, ADMIN),
    ],
    S + "settings.relay_settings.save_relay_settings": [
        _w(lambda w, a: _in(w, lambda s: relay_settings.save_relay_settings(
            s, a, RelaySettings(host="relay.example.net"))), ADMIN, ADMIN),
    ],
    S + "settings.relay_settings.save_password": [
        _w(lambda w, a: relay_settings.save_password(a, "secret"), ADMIN, ADMIN),
    ],
    S + "settings.options.set_option": [
        _w(lambda w, a: _in(w, lambda s: options.set_option(s, a, "NmsEmail_RetryCount", "9")),
           ADMIN, ADMIN),
    ],
    S + "settings.options.delete_option": [
        _w(lambda w, a: _in(w, lambda s: options.delete_option(s, a, "NmsEmail_RetryCount")),
           ADMIN, ADMIN),
    ],
    S + "entities.base.create": [
        _w(lambda w, a: _in(w, lambda s: entities.create(s, a, "delivery", {
            "campaign_id": w.world.campaign, "label": "New", "subject": "Hi",
            "html": "<p>Hi</p>"})), PREPARE, ALLOWED),
        _w(lambda w, a: _in(w, lambda s: entities.create(s, a, "operator", {
            "name": "mallory", "password": "mallory-secret-1"})), ADMIN, ADMIN),
    ],
    S + "entities.base.update": [
        _w(lambda w, a: _in(w, lambda s: entities.update(s, a, "delivery", w.world.edit,
                                                         {"label": "Renamed"})),
           PREPARE, ALLOWED),
    ],
    S + "entities.base.save": [
        _w(lambda w, a: entities.save(w.sessions, a, "delivery", w.world.edit,
                                      {"label": "Renamed"}), PREPARE, ALLOWED),
    ],
    S + "entities.base.delete": [
        _w(lambda w, a: _in(w, lambda s: entities.delete(s, a, "delivery", w.world.edit)),
           PREPARE, ALLOWED),
    ],
    S + "entities.delivery_templates.save_as_template": [
        _w(lambda w, a: _in(w, lambda s: delivery_templates.save_as_template(
            s, a, w.world.edit, "Mine")), PREPARE, ALLOWED),
    ],
    S + "entities.delivery_templates.create_delivery": [
        _w(lambda w, a: _in(w, lambda s: delivery_templates.create_delivery(
            s, a, w.world.template, {"campaign_id": w.world.campaign})), PREPARE, ALLOWED),
    ],
    S + "audience.list_membership.add_recipients": [
        _w(lambda w, a: _in(w, lambda s: list_membership.add_recipients(
            s, a, w.world.recipient_list, [w.world.recipient])),
           lacks("IMPORT or PREPARE DELIVERIES"), ALLOWED),
    ],
    S + "audience.list_membership.add_matching": [
        _w(lambda w, a: _in(w, lambda s: list_membership.add_matching(
            s, a, w.world.recipient_list, {"and": []})),
           lacks("IMPORT or PREPARE DELIVERIES"), ALLOWED),
    ],
    S + "audience.list_membership.remove_recipients": [
        _w(lambda w, a: _in(w, lambda s: list_membership.remove_recipients(
            s, a, w.world.recipient_list, [w.world.recipient])),
           lacks("IMPORT or PREPARE DELIVERIES"), ALLOWED),
    ],
    S + "audience.list_membership.clear": [
        _w(lambda w, a: _in(w, lambda s: list_membership.clear(s, a, w.world.recipient_list)),
           lacks("IMPORT or PREPARE DELIVERIES"), ALLOWED),
    ],
    S + "audience.quarantine.add": [
        _w(lambda w, a: _in(w, lambda s: quarantine.add(s, a, "bounced@example.org")),
           PREPARE, ALLOWED),
    ],
    S + "audience.quarantine.remove": [
        _w(lambda w, a: _in(w, lambda s: quarantine.remove(s, a, "q@example.org")),
           PREPARE, ALLOWED),
    ],
    S + "audience.quarantine.release_delivery": [
        _w(lambda w, a: _in(w, lambda s: quarantine.release_delivery(s, a, w.world.progress)),
           PREPARE, ALLOWED),
    ],
    S + "sending.relay_check.check_relay": [
        _w(lambda w, a: check_relay(a, w.relay, "news@example.com"), ADMIN, ADMIN),
    ],
    S + "audience.recipient_import.import_recipients": [
        _w(lambda w, a: recipient_import.import_recipients(w.sessions, a, _csv(w)),
           IMPORT, ALLOWED),
    ],
    S + "audience.import_runs.list_imports": [
        _w(lambda w, a: _in(w, lambda s: import_runs.list_imports(s, a)), IMPORT, ALLOWED),
    ],
    S + "audience.import_runs.export_issues": [
        _w(lambda w, a: _in(w, lambda s: import_runs.export_issues(
            s, a, w.world.recipient_import, io.StringIO())), EXPORT, ALLOWED),
    ],
    S + "delivery.approval_decisions.approve": [
        _w(lambda w, a: _in(w, lambda s: approval_decisions.approve(
            s, a, w.world.approval, "targeting")), ALLOWED, NOT_NAMED),
    ],
    S + "delivery.approval_decisions.reject": [
        _w(lambda w, a: _in(w, lambda s: approval_decisions.reject(
            s, a, w.world.approval, "targeting", "No")), ALLOWED, NOT_NAMED),
    ],
    S + "delivery.approval_settings.set_approval_settings": [
        _w(lambda w, a: _in(w, lambda s: approval_settings.set_approval_settings(
            s, a, "delivery", w.world.edit, ["content"])), PREPARE, ALLOWED),
    ],
    S + "delivery.exclusion_log.export_csv": [
        _w(lambda w, a: _in(w, lambda s: exclusion_log.export_csv(
            s, a, w.world.pending, io.StringIO())), EXPORT, ALLOWED),
    ],
    S + "access.audit_trail.check_readable": [
        _w(lambda w, a: _in(w, lambda s: audit_trail.check_readable(
            s, a, audit_trail.TrailSubject())), ADMIN, ADMIN),
        _w(lambda w, a: _in(w, lambda s: audit_trail.check_readable(
            s, a, audit_trail.TrailSubject("delivery", w.world.pending))), ALLOWED, ALLOWED),
    ],
    S + "direct_mail.extraction.plan_extraction": [
        _w(lambda w, a: _in(w, lambda s: plan_extraction(s, a, w.world.extract)),
           PREPARE, ALLOWED),
    ],
    S + "direct_mail.extraction.extract": [
        _w(lambda w, a: extract(w.sessions, a, w.world.extract), PREPARE, ALLOWED),
    ],
    S + "direct_mail.proof_steps.submit_proofs": [
        _w(lambda w, a: _in(w, lambda s: proof_steps.submit_proofs(s, a, w.world.submit)),
           PREPARE, ALLOWED),
    ],
    S + "direct_mail.proof_steps.accept_proofs": [
        _w(lambda w, a: _in(w, lambda s: proof_steps.accept_proofs(s, a, w.world.validate)),
           NOT_NAMED, ALLOWED),
    ],
    S + "direct_mail.proof_steps.reject_proofs": [
        _w(lambda w, a: _in(w, lambda s: proof_steps.reject_proofs(s, a, w.world.validate, "No")),
           NOT_NAMED, ALLOWED),
    ],
    S + "direct_mail.proof_steps.back_to_extraction": [
        _w(lambda w, a: _in(w, lambda s: proof_steps.back_to_extraction(s, a, w.world.submit)),
           NOT_NAMED, ALLOWED),
    ],
    S + "direct_mail.hand_off.hand_off": [
        _w(lambda w, a: hand_off(w.sessions, a, w.world.hand_off, w.relay), NOT_NAMED, ALLOWED),
        _w(lambda w, a: hand_off(w.sessions, a, w.world.hand_off, _chosen(w)), ADMIN, ADMIN),
    ],
    S + "direct_mail.results_import.import_results": [
        _w(lambda w, a: import_results(w.sessions, a, w.world.results,
                                       w.arguments()["results_csv"]), NOT_NAMED, ALLOWED),
    ],
    S + "access.audit_trail.AuditTrailQuery": [
        _w(lambda w, a: audit_trail.AuditTrailQuery(w.sessions, a, audit_trail.TrailSubject()),
           ADMIN, ADMIN),
    ],
    S + "access.audit_trail.trail_page": [
        _w(lambda w, a: audit_trail.trail_page(w.sessions, a, audit_trail.TrailSubject()),
           ADMIN, ADMIN),
    ],
    S + "costs.provider_setup.create_provider": [
        _w(lambda w, a: _in(w, lambda s: provider_setup.create_provider(s, a, "New")),
           ADMIN, ADMIN),
    ],
    S + "costs.provider_setup.add_cost_structure": [
        _w(lambda w, a: _in(w, lambda s: provider_setup.add_cost_structure(
            s, a, "Walk provider", "postage", {"linear": "1"})), ADMIN, ADMIN),
    ],
    S + "costs.stocks.create_stock": [
        _w(lambda w, a: _in(w, lambda s: stocks.create_stock(s, a, "New", "Walk provider", [])),
           ADMIN, ADMIN),
    ],
    S + "costs.stocks.add_line": [
        _w(lambda w, a: _in(w, lambda s: stocks.add_line(s, a, "Walk stock", "Leaflet", 10, 1)),
           ADMIN, ADMIN),
    ],
    S + "costs.stocks.order": [
        _w(lambda w, a: _in(w, lambda s: stocks.order(
            s, a, "Walk stock", "Card", 10, date(2030, 1, 1))), ADMIN, ADMIN),
    ],
}  # fmt: skip

# Functions that take an actor without being a way in: the checks themselves, questions
# the GUI asks, what records who acted inside an action that checked its right, and reads
# that show each operator what concerns them.
NOT_ENTRY_POINTS = {
    S + "access.rights.require": "the check itself",
    S + "sending.send_rights.ensure_may_send": "the check the send engine runs",
    S + "sending.send_rights.ensure_may_use_relay": "the check the engine and proofs run",
    S + "delivery.confirmation.ensure_may_confirm": "the check confirm runs",
    S + "delivery.confirmation.may_confirm": "a question (the Confirm button asks it)",
    S + "delivery.approvals.may_approve": "a question (approve and reject ask it)",
    S + "access.audit.record": "writes who did an action its caller checked",
    S + "audience.import_runs.start": "records a run inside a checked import",
    S + "delivery.lifecycle.transition": "moves a status inside a checked action",
    S + "delivery.lifecycle.transition_to_edit": "moves a status inside a checked action",
    S + "delivery.lifecycle.invalidate_preparation": "inside a checked edit",
    S + "delivery.typology_invalidation.after_rule_edit": "inside a checked edit of a rule",
    S + "delivery.typology_invalidation.after_typology_edit": "inside a checked edit",
    S + "delivery.approval_list.approval_rows": "a read: each operator's steps",
    S + "delivery.approval_list.count_mine": "a read: each operator's steps",
    S + "direct_mail.hand_off.ensure_may_hand_off": "the check hand-off and results run",
    S + "direct_mail.mailing_state.mailing_state": "a read: which buttons the operator may press",
    S + "direct_mail.after_decisions.after_approval": "inside a checked approval",
    S + "direct_mail.after_decisions.after_rejection": "inside a checked rejection",
    S + "access.rights.operator_language": "a read: the operator's own language",
}


def _service_entry_points() -> set[str]:
    found = set()
    for module_info in pkgutil.walk_packages(desktop.services.__path__, S):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if not (inspect.isfunction(value) or inspect.isclass(value)):
                continue
            try:
                parameters = inspect.signature(value).parameters
            except (TypeError, ValueError):
                continue
            if "actor" in parameters or "chosen_by" in parameters:
                found.add(f"{module.__name__}.{name}")
    return found


def test_every_service_entry_point_has_a_case() -> None:
    found = _service_entry_points()
    known = set(SERVICE_CASES) | set(NOT_ENTRY_POINTS)
    assert found - known == set(), "an entry point without a case in SERVICE_CASES"
    assert known - found == set(), "a case for an entry point that does not exist"


def _service_params() -> Iterator[Any]:
    for name, calls in SERVICE_CASES.items():
        for number, call in enumerate(calls):
            for operator in OPERATORS:
                short = name.removeprefix(S)
                yield pytest.param(call, operator, id=f"{short}#{number + 1}-{operator}")


@pytest.mark.parametrize(("call", "operator"), list(_service_params()))
def test_each_service_entry_point_as_a_reviewer_and_as_a_manager(
    walk: Walk, call: Call, operator: str
) -> None:
    expected = getattr(call, operator)
    actor = _actor(walk, operator)
    before = walk.footprint()
    if expected == ALLOWED:
        call.call(walk, actor)
        return
    with pytest.raises(PermissionDenied) as refused:
        call.call(walk, actor)
    assert _refusal_words(operator, expected) in str(refused.value)
    assert walk.footprint() == before


def test_the_reported_send_is_refused_and_nothing_leaves(
    walk: Walk, sink: SmtpServerThread, capsys, monkeypatch
) -> None:
    """A reviewer sent 2,508 messages of a delivery In progress, through a relay of their
    choice: refused either way, before a message is built."""
    handler = sink.handler
    received = handler.count()
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", REVIEWER_PASSWORD)
    for extra in ([], ["--smtp", f"127.0.0.1:{sink.port}"]):
        code = main(["--db", walk.db_url, "--operator", "reviewer", "delivery", "send",
                     str(walk.world.progress), *extra])  # fmt: skip
        assert code == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"campaign-console: error: operator 'reviewer' lacks the right START DELIVERIES to "
        f"send delivery {walk.world.progress}",
        f"campaign-console: error: operator 'reviewer' lacks the right ADMINISTRATION to "
        f"send through the relay 127.0.0.1:{sink.port} (--smtp)",
    ]
    assert handler.count() == received
    with walk.sessions() as session:
        delivery = session.get(Delivery, walk.world.progress)
        assert delivery is not None and delivery.status is DeliveryStatus.IN_PROGRESS

"""Hostile or careless input on the command line: one line saying what is wrong and where,
exit status 2, nothing written, never a traceback (the real main(), a real SQLite file)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import build_parser, main
from desktop.models import Campaign, Delivery, Option
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD
from tests.unit.preparation_data import add_delivery, add_recipient

PASSWORDS = {"admin": ADMIN_PASSWORD, "manager": MANAGER_PASSWORD}
TOO_BIG = "99999999999999999999"  # 10**20 - 1: no 64-bit column holds it
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(database, db_url: str, capsys, monkeypatch) -> Run:
    def run(*argv: str, operator: str = "manager") -> tuple[int, str, str]:
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", PASSWORDS[operator])
        code = main(["--db", db_url, "--operator", operator, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def refused(run: Run, *argv: str, operator: str = "manager") -> str:
    """The one line a refused command prints; asserts exit 2, no output, no traceback."""
    code, out, err = run(*argv, operator=operator)
    assert (code, out) == (2, ""), err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("campaign-console: error: ")
    return err.strip()


@pytest.fixture
def campaign(sessions: sessionmaker[Session]) -> str:
    with sessions.begin() as session:
        campaign = Campaign(label="Spring")
        session.add(campaign)
        session.flush()
        return str(campaign.id)


@pytest.fixture
def html(tmp_path: Path) -> str:
    path = tmp_path / "mail.html"
    path.write_text("<p>Hello {{ recipient.first_name }}</p>", encoding="utf-8")
    return str(path)


def _deliveries(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Delivery)) or 0


# -- ids and counts ----------------------------------------------------------------------

ID_COMMANDS = [
    ("delivery", "show"),
    ("delivery", "logs"),
    ("delivery", "exclusions"),
    ("delivery", "prepare"),
    ("delivery", "stop-preparation"),
    ("delivery", "send"),
    ("delivery", "confirm"),
    ("delivery", "pause"),
    ("delivery", "resume"),
    ("delivery", "stop"),
    ("delivery", "proof"),
    ("delivery", "approvals"),
    ("campaign", "approvals"),
    ("approval", "approve"),
]


@pytest.mark.parametrize("command", ID_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("wrong", [TOO_BIG, "0", "-1", "٣", "1e3", "12abc"])
def test_an_id_no_column_holds_is_refused_before_the_database(
    run: Run, command: tuple[str, ...], wrong: str
) -> None:
    extra = ["targeting"] if command == ("approval", "approve") else []
    err = refused(run, *command, wrong, *extra)
    kind = command[0] if command[0] == "campaign" else "delivery"
    assert f"must be a {kind} id, a whole number from 1 to 9223372036854775807" in err
    assert f"(got {wrong!r})" in err


def test_the_largest_id_is_looked_up(run: Run) -> None:
    biggest = str(2**63 - 1)
    assert f"delivery {biggest} does not exist" in refused(run, "delivery", "show", biggest)
    assert "delivery 9223372036854775807 does not exist" in refused(
        run, "delivery", "send", biggest
    )


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["delivery", "list", "--limit", TOO_BIG], "argument --limit: must be a whole number"),
        (["delivery", "list", "--limit", "-5"], "from 0 to 9223372036854775807 (got '-5')"),
        (["delivery", "exclusions", "1", "--limit", "0"], "from 1 to 9223372036854775807"),
        (["audit", "list", "--offset", TOO_BIG], "argument --offset: must be a whole number"),
        (["approval", "list", "--delivery", TOO_BIG], "argument --delivery: must be a delivery id"),
        (["delivery", "proof-target", "1", "--list", TOO_BIG], "must be a list id"),
        (["tracking", "serve", "--port", "70000"], "must be a port, a whole number from 0 to"),
        (["scheduler", "--poll", "nan"], "must be a number of seconds from 0.1 to 3600"),
        (["scheduler", "--poll", "-1"], "(got '-1')"),
        (["scheduler", "--poll", "1e400"], "(got '1e400')"),
    ],
)
def test_counts_ports_and_durations_out_of_range(run: Run, argv: list[str], words: str) -> None:
    assert words in refused(run, *argv)


def test_an_id_given_to_a_service_as_a_reference_is_checked(
    run: Run, html: str, sessions: sessionmaker[Session]
) -> None:
    err = refused(run, "delivery", "create", "--campaign", TOO_BIG, "--label", "X",
                  "--subject", "S", "--html", html)  # fmt: skip
    assert f"Campaign: no campaign with this id (got {TOO_BIG})" in err
    err = refused(run, "campaign", "create", "--label", "X", "--program", TOO_BIG)
    assert f"Program: no program with this id (got {TOO_BIG})" in err
    assert _deliveries(sessions) == 0


# -- audiences -----------------------------------------------------------------------------

LEAF = '{"field": "country", "op": "=", "value": "FR"}'


def _nested(levels: int) -> str:
    """A condition of `levels` levels of objects: `not` around `not` around a leaf."""
    return '{"not": ' * (levels - 1) + LEAF + "}" * (levels - 1)


@pytest.mark.parametrize(
    ("audience", "words"),
    [
        (_nested(65), "--audience: is nested deeper than 64 levels (at line 1 column 513)"),
        ("[" * 100_000 + "]" * 100_000, "--audience: is nested deeper than 64 levels"),
        (
            '{"field": "id", "op": ">", "value": 1e400}',
            "--audience: has a number out of range: 1e400 (at line 1 column 37)",
        ),
        (
            '{"field": "id", "op": ">",\n "value": ' + "7" * 5000 + "}",
            "--audience: has a number too long to be read: 777777777777... (5000 characters) "
            "(at line 2 column 11)",
        ),
        (
            '{"field": "id", "op": ">", "value": 100000000000000000000000}',
            "audience.value: must be a whole number from -9223372036854775808 to "
            "9223372036854775807 (got 100000000000000000000000)",
        ),
        (
            '{"field": "id", "op": "in", "value": [1, 1e300]}',
            "audience.value: must be a whole number from -9223372036854775808",
        ),
        ('{"field": "id", "op": "=", "value": 3.5}', "audience.value: must be a whole number"),
        ('{"field": "country", "op": "=", "value": NaN}', "has NaN, which is not a JSON number"),
        (
            '{"field": "country", "op": "=", "value": -Infinity}',
            "has -Infinity, which is not a JSON number",
        ),
        (
            '{"field": "created_at", "op": ">", "value": "last week"}',
            "audience.value: must be a date as YYYY-MM-DD",
        ),
        (
            '{"field": "city", "op": "contains", "value": {"x": 1}}',
            "audience.value: must be a single value",
        ),
        ('{"field": "id", "op": "=",', "--audience: is not valid JSON"),
        (
            '{"field": "denylisted", "op": "<", "value": false}',
            "audience.op: a true/false field takes = or !=, not <",
        ),
        (
            '{"field": "id", "op": "contains", "value": "5"}',
            "audience.op: contains applies to text fields only",
        ),
    ],
)
def test_a_hostile_audience_is_one_line_and_nothing_is_stored(
    run: Run,
    campaign: str,
    html: str,
    sessions: sessionmaker[Session],
    audience: str,
    words: str,
) -> None:
    err = refused(run, "delivery", "create", "--campaign", campaign, "--label", "X",
                  "--subject", "S", "--html", html, "--audience", audience)  # fmt: skip
    assert words in err
    assert len(err) < 400  # the value is quoted cut, not whole
    assert _deliveries(sessions) == 0


def test_an_audience_at_the_depth_limit_is_kept(
    run: Run, campaign: str, html: str, sessions: sessionmaker[Session]
) -> None:
    code, out, err = run("delivery", "create", "--campaign", campaign, "--label", "X",
                         "--subject", "S", "--html", html, "--audience", _nested(64),
                         "--json")  # fmt: skip
    assert code == 0, err
    with sessions() as session:
        stored = session.get(Delivery, json.loads(out)["id"])
        assert stored is not None and stored.audience_filter == json.loads(_nested(64))


def test_without_an_audience_the_delivery_goes_to_every_recipient(
    run: Run, campaign: str, html: str, sessions: sessionmaker[Session], capsys
) -> None:
    """What `delivery create --help` says, as the filter builder says it."""
    with sessions.begin() as session:
        for n in range(4):
            add_recipient(session, f"all{n}@example.com")
    code, out, err = run("delivery", "create", "--campaign", campaign, "--label", "All",
                         "--subject", "Hi", "--html", html, "--sender", "news@example.com",
                         "--json")  # fmt: skip
    assert code == 0, err
    delivery = str(json.loads(out)["id"])
    code, out, err = run("delivery", "prepare", delivery, "--quiet", "--json")
    assert code == 0, err
    prepared = json.loads(out)
    assert (prepared["status"], prepared["targeted"], prepared["to_deliver"]) == (
        "pending_confirmation",
        4,
        4,
    )
    with pytest.raises(SystemExit):
        run("delivery", "create", "--help")
    assert "default: every recipient" in " ".join(capsys.readouterr().out.split())


# -- files and options ------------------------------------------------------------------------


def test_content_files_that_never_end_or_are_not_text(
    run: Run, campaign: str, tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    pipe = tmp_path / "pipe.html"
    os.mkfifo(pipe)  # opening it would wait for a writer, reading it for ever
    binary = tmp_path / "picture.html"
    binary.write_bytes(b"<p>\nPNG\x00\x00</p>")
    huge = tmp_path / "huge.html"
    with huge.open("wb") as out:
        out.truncate(10_000_001)  # sparse: costs no disk
    create = ["delivery", "create", "--campaign", campaign, "--label", "X", "--subject", "S"]
    for path, words in (
        ("/dev/zero", "HTML file /dev/zero: not a regular file"),
        (str(pipe), f"HTML file {pipe}: not a regular file"),
        (str(binary), f"HTML file {binary}: not text (a NUL byte on line 2)"),
        (str(huge), f"HTML file {huge}: larger than 10 MB"),
    ):
        assert words in refused(run, *create, "--html", path)
    assert _deliveries(sessions) == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (
            ["NmsBroadcast_MsgValidityDuration", TOO_BIG],
            "NmsBroadcast_MsgValidityDuration: must be a whole number from 1 to 315360000 "
            f"(got '{TOO_BIG}')",
        ),
        (["NmsOperation_LimitConcurrency", "-5"], "must be a whole number from 1 to 1000"),
        (["NmsEmail_RetryCount", "1e3"], "NmsEmail_RetryCount: must be a whole number (got"),
        (["NmsTracking_ServerUrl", "javascript:alert(1)"], "must be an http:// or https:// URL"),
        (["Custom_Number", "9" * 5000, "--type", "integer"], "(5000 characters)"),
    ],
)
def test_options_the_console_reads_keep_to_their_range(
    run: Run, argv: list[str], words: str
) -> None:
    assert words in refused(run, "option", "set", *argv, operator="admin")


def test_an_option_stored_out_of_range_is_named_when_read(
    run: Run, sessions: sessionmaker[Session]
) -> None:
    """A value written before the ranges existed: the send says which option, in one line,
    instead of an OverflowError from timedelta."""
    with sessions.begin() as session:
        add_recipient(session, "one@example.com")
        delivery = str(add_delivery(session))
        session.execute(
            update(Option)
            .where(Option.name == "NmsBroadcast_MsgValidityDuration")
            .values(value=TOO_BIG)
        )
    code, _, err = run("delivery", "prepare", delivery, "--quiet")
    assert code == 0, err
    err = refused(run, "delivery", "send", delivery, operator="admin")
    assert "NmsBroadcast_MsgValidityDuration: must be a whole number from 1 " in err


# -- text that is not UTF-8 ------------------------------------------------------------------


def test_a_password_in_the_environment_that_is_not_utf8(db_url: str, database) -> None:
    """The bytes a shell puts in the environment, in a real process."""
    environment = {key.encode(): value.encode() for key, value in os.environ.items()}
    environment[b"CAMPAIGN_CONSOLE_PASSWORD"] = b"caf\xe9-secret"  # Latin-1
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", db_url, "delivery", "list"],
        env=environment,  # type: ignore[arg-type]
        capture_output=True,
        timeout=120,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and done.stdout == b""
    assert err.strip() == (
        "campaign-console: error: CAMPAIGN_CONSOLE_PASSWORD: not UTF-8 text; set it again "
        "from a UTF-8 terminal or file"
    )


def test_an_argument_that_is_not_utf8_is_named(run: Run, sessions: sessionmaker[Session]) -> None:
    # Python reads the bytes b"Caf\xe9" of argv as "Caf\udce9".
    err = refused(run, "campaign", "create", "--label", "Caf\udce9")
    assert "--label: not UTF-8 text (byte 0xe9 in " in err
    code, _, err = run("--operator", "man\udcffager", "campaign", "list")
    assert code == 2 and "--operator: not UTF-8 text (byte 0xff" in err
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Campaign)) == 0


# -- usage ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["delivery", "show"], "delivery show: the following arguments are required: ID"),
        (["nonsense"], "argument COMMAND: invalid choice: 'nonsense'"),
        (["delivery", "send", "1", "--smpt", "x:25"], "unrecognized arguments: --smpt x:25"),
        (["delivery", "send", "1", "--smtp", "[::1:25"], "--smtp: must be HOST:PORT"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(run: Run, argv: list[str], words: str) -> None:
    assert words in refused(run, *argv, operator="admin")


def test_help_lists_the_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    assert "exit status:" in shown
    for code, words in (
        ("0", "done"),
        ("1", "the work ended without success"),
        ("2", "refused or bad input"),
        ("130", "interrupted by Ctrl-C"),
    ):
        assert f"  {code.ljust(4)} {words}" in shown


# -- every command, with odd arguments ----------------------------------------------------------

ODD_VALUES = [TOO_BIG, "-1", "٣", "1e400", "", "\x7f", "x" * 300, '{"and": [' * 70]
# Commands that run until Ctrl-C: their options are filled too, so they refuse and return.
SERVING = {("tracking", "serve"), ("scheduler",), ("worker",)}


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, its parser) for every command the parser has."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))
            return
    yield path, parser


def _filled(path: tuple[str, ...], parser: argparse.ArgumentParser, value: str) -> list[str]:
    argv = list(path)
    for action in parser._actions:
        if action.option_strings:
            takes_value = action.nargs != 0
            if takes_value and (action.required or path in SERVING):
                argv += [action.option_strings[-1], value]
        elif not isinstance(action, argparse._SubParsersAction):
            argv.append(value)
    return argv


@pytest.mark.parametrize("value", ODD_VALUES, ids=lambda v: repr(v[:12]))
def test_every_command_survives_odd_arguments(run: Run, value: str) -> None:
    for path, parser in _commands(build_parser()):
        argv = _filled(path, parser, value)
        code, _, err = run(*argv, operator="admin")
        assert "Traceback" not in err, (argv, err)
        assert code in (0, 1, 2), (argv, code, err)
        assert len(err.strip().splitlines()) <= 1, (argv, err)

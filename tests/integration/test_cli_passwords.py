"""Passwords reach the console without the process list or the shell history: from the
first line of standard input, or typed at a terminal's prompt; `--password` stays for
scripts and its help warns. `init` prints the database without its password."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import build_parser
from desktop.errors import AuthenticationFailed
from desktop.services.access.rights import authenticate
from desktop.services.settings.setup import open_database
from tests.conftest import ADMIN_PASSWORD

TIMEOUT = 60


def console(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--db", db_url, *args]


def as_admin() -> dict[str, str]:
    return {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": ADMIN_PASSWORD}


def logs_in(sessions: sessionmaker[Session], name: str, password: str) -> bool:
    with sessions() as session:
        try:
            authenticate(session, name, password)
        except AuthenticationFailed:
            return False
    return True


def test_an_operator_password_read_from_standard_input(sessions, db_url: str) -> None:
    done = subprocess.run(
        console(db_url, "operator", "add", "claire", "--password-stdin", "--json"),
        input=b"claire secret \xc3\xa9\nnot read\n",
        env=as_admin(),
        capture_output=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr.decode()
    # Its first line, as typed: spaces inside and at the end belong to the password.
    assert logs_in(sessions, "claire", "claire secret é")


@pytest.mark.parametrize(
    ("given", "words"),
    [
        (b"", "--password-stdin: the first line of standard input is empty"),
        (b"\n", "--password-stdin: the first line of standard input is empty"),
        (b"caf\xe9-secret\n", "--password-stdin: the first line of standard input is not valid"),
    ],
)
def test_a_missing_or_unreadable_stdin_password_is_one_line(
    sessions, db_url: str, given: bytes, words: str
) -> None:
    done = subprocess.run(
        console(db_url, "operator", "add", "dan", "--password-stdin"),
        input=given,
        env=as_admin(),
        capture_output=True,
        timeout=TIMEOUT,
    )
    err = done.stderr.decode()
    assert done.returncode == 2 and words in err and err.count("\n") == 1
    assert not logs_in(sessions, "dan", "caf\xe9-secret")


def test_without_a_password_nor_a_terminal_the_error_says_how(sessions, db_url: str) -> None:
    done = subprocess.run(
        console(db_url, "operator", "add", "erin"),
        stdin=subprocess.DEVNULL,
        env=as_admin(),
        capture_output=True,
        timeout=TIMEOUT,
    )
    err = done.stderr.decode()
    assert done.returncode == 2 and "--password-stdin" in err and err.count("\n") == 1


class Terminal:
    """A command run on a pseudo-terminal, as a user at a shell runs it."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.seen = b""

    def wait_for(self, text: bytes) -> None:
        deadline = time.monotonic() + TIMEOUT
        while text not in self.seen:
            assert time.monotonic() < deadline, f"never asked {text!r}: {self.seen!r}"
            try:
                self.seen += os.read(self.master, 4096)
            except OSError:  # the command ended and closed the terminal
                break
        assert text in self.seen, self.seen

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def finish(self) -> int:
        code = self.process.wait(TIMEOUT)
        try:
            while chunk := os.read(self.master, 4096):
                self.seen += chunk
        except OSError:
            pass
        os.close(self.master)
        return code


def test_at_a_terminal_the_password_is_asked_twice_without_echo(sessions, db_url: str) -> None:
    terminal = Terminal(console(db_url, "operator", "add", "fay"), as_admin())
    terminal.wait_for(b"Password for the new operator fay: ")
    terminal.type("fay-typed-secret")
    terminal.wait_for(b"Again, to confirm: ")
    terminal.type("fay-typed-secret")
    assert terminal.finish() == 0, terminal.seen
    assert b"fay-typed-secret" not in terminal.seen  # not echoed
    assert logs_in(sessions, "fay", "fay-typed-secret")


def test_two_different_passwords_at_the_prompt_add_nobody(sessions, db_url: str) -> None:
    terminal = Terminal(console(db_url, "operator", "add", "gus"), as_admin())
    terminal.wait_for(b"Password for the new operator gus: ")
    terminal.type("gus-secret-one")
    terminal.wait_for(b"Again, to confirm: ")
    terminal.type("gus-secret-two")
    assert terminal.finish() == 2
    assert b"the two passwords differ" in terminal.seen
    assert not logs_in(sessions, "gus", "gus-secret-one")


def _help(*argv: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        build_parser().parse_args([*argv, "--help"])
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    ("command", "flag"),
    [(("operator", "add"), "--password"), (("init",), "--admin-password")],
)
def test_the_password_options_help_warns_and_offers_stdin(
    command: tuple[str, ...], flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _help(*command, capsys=capsys)
    assert f"{flag} PW" in text and f"{flag}-stdin" in text
    assert "visible to every user of this machine (process list)" in text


def test_init_reads_the_admin_password_from_stdin_and_prints_no_secret(new_database) -> None:
    db_url = new_database("fresh")
    env = {k: v for k, v in os.environ.items() if k != "CAMPAIGN_CONSOLE_PASSWORD"}
    done = subprocess.run(
        console(db_url, "init", "--admin-password-stdin", "--json"),
        input=b"chosen-admin-secret\n",
        env=env,
        capture_output=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr.decode()
    printed = json.loads(done.stdout)
    assert printed == {"database": db_url, "admin": "admin"}  # no password generated, none shown
    engine, sessions = open_database(db_url)
    try:
        assert logs_in(sessions, "admin", "chosen-admin-secret")
    finally:
        engine.dispose()


def test_init_at_a_terminal_asks_for_the_admin_password(new_database) -> None:
    db_url = new_database("fresh")
    env = {k: v for k, v in os.environ.items() if k != "CAMPAIGN_CONSOLE_PASSWORD"}
    terminal = Terminal(console(db_url, "init"), env)
    terminal.wait_for(b"Password for admin (empty: one is generated and shown once): ")
    terminal.type("typed-admin-secret")
    terminal.wait_for(b"Again, to confirm: ")
    terminal.type("typed-admin-secret")
    assert terminal.finish() == 0, terminal.seen
    assert b"typed-admin-secret" not in terminal.seen
    engine, sessions = open_database(db_url)
    try:
        assert logs_in(sessions, "admin", "typed-admin-secret")
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+nodriver://console:S3cret-pw@db.example:5432/console",
        "console:S3cret-pw@db.example",  # not even a URL
    ],
)
def test_a_database_url_with_a_password_is_never_printed_with_it(url: str) -> None:
    env = {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": "whatever-secret"}
    done = subprocess.run(
        console(url, "init"), env=env, capture_output=True, timeout=TIMEOUT, text=True
    )
    assert done.returncode == 2
    assert "S3cret-pw" not in done.stdout + done.stderr
    assert done.stderr.count("\n") == 1

"""Passwords a command is given without the process list or the shell history seeing them.

A command that takes a password (`operator add`, `init`) offers three ways, checked in
this order: `--X-stdin` reads the first line of standard input (`pass show x |
campaign-console operator add bob --password-stdin`); `--X PW` stays for scripts, but any
user of the machine sees it in `ps` and it stays in the shell history (its help says so);
with neither, a terminal asks for it twice, without echo.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.errors import ConsoleError

_VISIBLE_WARNING = (
    "visible to every user of this machine (process list) and kept in the shell history: "
    "prefer {stdin_flag} or the prompt"
)


def add_password_options(parser: argparse.ArgumentParser, flag: str, what: str) -> None:
    """Adds `flag PW` and `flag-stdin` (one or the other) for `what` (e.g. "the password")."""
    stdin_flag = f"{flag}-stdin"
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        flag,
        metavar="PW",
        dest=_dest(flag),
        help=f"{what}; " + _VISIBLE_WARNING.format(stdin_flag=stdin_flag),
    )
    group.add_argument(
        stdin_flag,
        action="store_true",
        dest=_stdin_dest(flag),
        help=f"read {what} from the first line of standard input",
    )


def password_given(args: argparse.Namespace, flag: str) -> str | None:
    """The password of `flag PW` or `flag-stdin`; None when neither was used."""
    if getattr(args, _stdin_dest(flag)):
        return read_stdin_line(f"{flag}-stdin")
    return getattr(args, _dest(flag))


def terminal_attached() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_new_password(prompt: str, *, allow_empty: bool = False) -> str:
    """Asks at the terminal, without echo, twice; '' only when allow_empty (and then once)."""
    first = getpass.getpass(prompt)
    if not first and allow_empty:
        return ""
    if not first:
        raise ConsoleError("no password given")
    if getpass.getpass("Again, to confirm: ") != first:
        raise ConsoleError("the two passwords differ: nothing was changed")
    return first


def read_stdin_line(option: str) -> str:
    """The first line of standard input, without its line end; a clear error when there is
    none or it is not UTF-8."""
    stream = sys.stdin
    if stream is None:
        raise ConsoleError(f"{option}: there is no standard input to read the password from")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        raw = buffer.readline()
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ConsoleError(
                f"{option}: the first line of standard input is not valid UTF-8"
            ) from None
    else:  # a text stream without bytes underneath
        line = stream.readline()
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise ConsoleError(f"{option}: the first line of standard input is empty")
    return password


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def _stdin_dest(flag: str) -> str:
    return _dest(flag) + "_stdin"

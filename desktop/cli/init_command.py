"""`init [--demo] [--admin-password-stdin | --admin-password PW]`: create the schema, the
administrator, demo data.

The administrator's password comes from --admin-password-stdin or --admin-password, else
CAMPAIGN_CONSOLE_PASSWORD, else a terminal's prompt; with none of them (or an empty answer)
one is generated and printed once. The database is printed without its password.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from desktop.cli.context import PASSWORD_ENV, CliContext
from desktop.cli.password_input import (
    add_password_options,
    ask_new_password,
    password_given,
    terminal_attached,
)
from desktop.models.database import url_without_password
from desktop.services.access.passwords import generate_password
from desktop.services.runtime import busy_retry
from desktop.services.settings.setup import initialize


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "init", parents=[json_parent], help="create the schema and the administrator 'admin'"
    )
    parser.add_argument("--demo", action="store_true", help="fill the database with demo data")
    add_password_options(parser, "--admin-password", "the password of 'admin'")
    parser.set_defaults(handler=run_init)


def _admin_password(args: argparse.Namespace) -> str | None:
    """The password chosen for admin; None: generate one."""
    password = password_given(args, "--admin-password")
    if password is None:
        password = os.environ.get(PASSWORD_ENV)
    if password is None and terminal_attached():
        password = ask_new_password(
            "Password for admin (empty: one is generated and shown once): ", allow_empty=True
        )
    return password or None


def run_init(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    password = _admin_password(args)
    generated = password is None
    if password is None:
        password = generate_password()
    busy_retry.write(
        ctx.sessions,
        lambda session: initialize(session, password),
        what="create the schema and the administrator",
    )
    result: dict[str, Any] = {"database": url_without_password(ctx.url), "admin": "admin"}
    if generated:
        result["admin_password"] = password  # printed once; not stored in clear anywhere
    if args.demo:
        from desktop.demo.builder import create_demo_data

        result["demo"] = create_demo_data(ctx.sessions)
    return result

"""`init [--demo] [--admin-password PW]`: create the schema, the administrator, demo data."""

from __future__ import annotations

import argparse
import os
from typing import Any

from desktop.cli.context import PASSWORD_ENV, CliContext
from desktop.services.access.passwords import generate_password
from desktop.services.settings.setup import initialize


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "init", parents=[json_parent], help="create the schema and the administrator 'admin'"
    )
    parser.add_argument("--demo", action="store_true", help="fill the database with demo data")
    parser.add_argument("--admin-password", metavar="PW", help="password of 'admin'")
    parser.set_defaults(handler=run_init)


def run_init(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    password = args.admin_password or os.environ.get(PASSWORD_ENV)
    generated = password is None
    if generated:
        password = generate_password()
    with ctx.sessions.begin() as session:
        initialize(session, password)
    result: dict[str, Any] = {"database": ctx.url, "admin": "admin"}
    if generated:
        result["admin_password"] = password  # printed once; not stored in clear anywhere
    if args.demo:
        from desktop.demo.builder import create_demo_data

        result["demo"] = create_demo_data(ctx.sessions)
    return result

"""`operator add NAME [--password-stdin | --password PW] [--group GROUP ...]`, `operator list`.

Without a password option, a terminal asks for the new operator's password."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import CliContext
from desktop.cli.password_input import (
    add_password_options,
    ask_new_password,
    password_given,
    terminal_attached,
)
from desktop.errors import ConsoleError, NotFound
from desktop.services import entities
from desktop.services.entities.base import find_by
from desktop.services.entities.rows import operator_rows
from desktop.services.runtime import busy_retry

DEFAULT_GROUP = "campaign_managers"


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("operator", help="add and list operators")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[json_parent], help="add an operator")
    add.add_argument("name", metavar="NAME", help="log-in name")
    add_password_options(add, "--password", "the operator's password")
    add.add_argument(
        "--group",
        metavar="GROUP",
        action="append",
        help=f"group name, repeatable (default {DEFAULT_GROUP})",
    )
    add.add_argument("--label", help="full name")
    add.add_argument("--email", metavar="ADDR")
    add.set_defaults(handler=run_add)

    actions.add_parser("list", parents=[json_parent], help="every operator").set_defaults(
        handler=run_list
    )


def _new_password(args: argparse.Namespace) -> str:
    password = password_given(args, "--password")
    if password is not None:
        return password
    if terminal_attached():
        return ask_new_password(f"Password for the new operator {args.name}: ")
    raise ConsoleError(
        f"no password for {args.name}: give --password-stdin (the first line of standard "
        "input), or run from a terminal to be asked"
    )


def run_add(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor  # logged in first: a wrong password of ours asks nothing more
    password = _new_password(args)

    def add(session: Any) -> dict[str, Any]:
        group_ids = []
        for name in args.group or [DEFAULT_GROUP]:
            group = find_by(session, "operator_group", "name", name)
            if group is None:
                raise NotFound("operator group", name)
            group_ids.append(group.id)
        operator = entities.create(
            session,
            actor,
            "operator",
            {
                "name": args.name,
                "password": password,
                "groups": group_ids,
                "label": args.label,
                "email": args.email,
            },
        )
        return {"id": operator.id}

    return busy_retry.write(ctx.sessions, add, what=f"add the operator {args.name!r}")


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        return operator_rows(session)

"""`operator add NAME --password PW [--group GROUP ...]`, `operator list`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import CliContext
from desktop.errors import NotFound
from desktop.services import entities
from desktop.services.entities.base import find_by
from desktop.services.entities.rows import operator_rows

DEFAULT_GROUP = "campaign_managers"


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("operator", help="add and list operators")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[json_parent], help="add an operator")
    add.add_argument("name", metavar="NAME", help="log-in name")
    add.add_argument("--password", metavar="PW", required=True)
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


def run_add(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    with ctx.sessions.begin() as session:
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
                "password": args.password,
                "groups": group_ids,
                "label": args.label,
                "email": args.email,
            },
        )
        return {"id": operator.id}


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        return operator_rows(session)

"""`campaign create --label L [--owner NAME] [--program ID] [--start D] [--end D]`,
`campaign list`, and the subcommands of CAMPAIGN_SUBCOMMAND_MODULES."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import approval_settings_commands, cost_commands
from desktop.cli.context import CliContext
from desktop.errors import NotFound
from desktop.services import entities
from desktop.services.entities.base import find_by
from desktop.services.entities.rows import campaign_rows
from desktop.services.runtime import busy_retry

# Modules whose add_campaign_subcommands(actions, json_parent) join the `campaign` group.
CAMPAIGN_SUBCOMMAND_MODULES = (approval_settings_commands, cost_commands)


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "campaign", help="create and list campaigns, set their approvals"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", parents=[json_parent], help="create a campaign")
    create.add_argument("--label", required=True)
    create.add_argument(
        "--owner", metavar="NAME", help="owner's operator name (default: the acting operator)"
    )
    create.add_argument("--program", metavar="ID", help="id of the program it belongs to")
    create.add_argument("--start", metavar="YYYY-MM-DD", help="start date")
    create.add_argument("--end", metavar="YYYY-MM-DD", help="end date")
    create.set_defaults(handler=run_create)

    actions.add_parser("list", parents=[json_parent], help="every campaign").set_defaults(
        handler=run_list
    )

    for module in CAMPAIGN_SUBCOMMAND_MODULES:
        module.add_campaign_subcommands(actions, json_parent)


def run_create(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor

    def create(session: Any) -> dict[str, Any]:
        owner = actor.operator_id
        if args.owner:
            operator = find_by(session, "operator", "name", args.owner)
            if operator is None:
                raise NotFound("operator", args.owner)
            owner = operator.id
        campaign = entities.create(
            session,
            actor,
            "campaign",
            {
                "label": args.label,
                "owner_id": owner,
                "program_id": args.program,
                "start_date": args.start,
                "end_date": args.end,
            },
        )
        return {"id": campaign.id}

    return busy_retry.write(ctx.sessions, create, what=f"create the campaign {args.label!r}")


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        return campaign_rows(session)

"""`delivery cost ID`, `campaign cost ID`, `program cost ID` and `budget show ID`:
calculated, committed and real amounts by category, computed from the deliveries' cost
lines."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import record_id
from desktop.cli.context import CliContext
from desktop.services.costs import budgets, rollups


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("budget", help="budgets against what their campaigns cost")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", parents=[json_parent],
        help="allocated, calculated, committed and real amounts, by category",
    )  # fmt: skip
    show.add_argument("id", metavar="ID", type=record_id("budget"))
    show.set_defaults(handler=run_budget)

    program = subparsers.add_parser("program", help="what a program's campaigns cost")
    program_actions = program.add_subparsers(dest="action", metavar="ACTION", required=True)
    cost = program_actions.add_parser(
        "cost", parents=[json_parent],
        help="the program's cost: the sum of its campaigns', by category",
    )  # fmt: skip
    cost.add_argument("id", metavar="ID", type=record_id("program"))
    cost.set_defaults(handler=run_program_cost)


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    cost = actions.add_parser(
        "cost", parents=[json_parent],
        help="the delivery's calculated, committed and real cost by category",
    )  # fmt: skip
    cost.add_argument("id", metavar="ID", type=record_id("delivery"))
    cost.set_defaults(handler=run_delivery_cost)


def add_campaign_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    cost = actions.add_parser(
        "cost", parents=[json_parent],
        help="the campaign's cost: the sum of its deliveries', by category",
    )  # fmt: skip
    cost.add_argument("id", metavar="ID", type=record_id("campaign"))
    cost.set_defaults(handler=run_campaign_cost)


def run_delivery_cost(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        shown = rollups.delivery_cost(session, args.id).as_json()
        shown["over_budget"] = budgets.over_budget_warning(session, args.id)
        return shown


def run_campaign_cost(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    _ = ctx.actor
    with ctx.sessions() as session:
        return rollups.campaign_cost(session, args.id).as_json()


def run_program_cost(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    _ = ctx.actor
    with ctx.sessions() as session:
        return rollups.program_cost(session, args.id).as_json()


def run_budget(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    _ = ctx.actor
    with ctx.sessions() as session:
        return budgets.budget_report(session, args.id).as_json()

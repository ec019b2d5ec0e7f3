"""`provider create NAME [--email ADDR] [--drop-folder DIR] [--format JSON] [--results yes|no]`
and `provider cost NAME --category C [--fixed AMOUNT] [--stock-item ITEM] --formula JSON`."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from desktop.cli.arguments import yes_no
from desktop.cli.context import CliContext
from desktop.models.enums import CostCategory
from desktop.services.costs import provider_setup
from desktop.services.costs.formulas import CENT, FORMULA_EXAMPLES, stored_formula
from desktop.services.runtime import busy_retry


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "provider", help="create service providers (routers) and their cost structures"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", parents=[json_parent], help="create a service provider")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--email", metavar="ADDR", default="", help="router address")
    create.add_argument("--drop-folder", metavar="DIR", default="", help="folder or SFTP URL")
    create.add_argument(
        "--format", metavar="JSON", help=f"extraction file columns, such as "
        f"{provider_setup.FORMAT_EXAMPLE}",
    )  # fmt: skip
    create.add_argument(
        "--results", metavar="yes|no", type=yes_no, default=False,
        help="the provider sends back a results file (default no)",
    )  # fmt: skip
    create.set_defaults(handler=run_create)

    cost = actions.add_parser(
        "cost", parents=[json_parent], help="add a cost structure to a provider"
    )
    cost.add_argument("name", metavar="NAME", help="the provider's name")
    cost.add_argument(
        "--category", required=True, metavar="C",
        help="one of " + ", ".join(category.value for category in CostCategory),
    )  # fmt: skip
    cost.add_argument("--fixed", metavar="AMOUNT", default="0", help="added once (default 0)")
    cost.add_argument(
        "--stock-item", metavar="ITEM", default="",
        help="each message consumes one unit of this item from the provider's stocks",
    )  # fmt: skip
    cost.add_argument("--label", default="", help="what the cost lines are called")
    cost.add_argument("--formula", required=True, metavar="JSON", help=f"one of {FORMULA_EXAMPLES}")
    cost.set_defaults(handler=run_cost)


def run_create(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    columns = provider_setup.export_columns(args.format) if args.format is not None else None

    def create(session: Any) -> dict[str, Any]:
        provider = provider_setup.create_provider(
            session, actor, args.name, email=args.email, drop_folder=args.drop_folder,
            export_format=columns, returns_results=args.results,
        )  # fmt: skip
        return {
            "id": provider.id,
            "name": provider.name,
            "email": provider.router_email,
            "drop_folder": provider.drop_folder,
            "format": list(provider.export_format or []),
            "results": provider.returns_results,
        }

    return busy_retry.write(ctx.sessions, create, what=f"create the provider {args.name!r}")


def run_cost(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor

    def add(session: Any) -> dict[str, Any]:
        structure = provider_setup.add_cost_structure(
            session, actor, args.name, args.category, args.formula,
            fixed=args.fixed, stock_item=args.stock_item, label=args.label,
        )  # fmt: skip
        formula = stored_formula(
            structure.formula, structure.unit_price, structure.batch_size, structure.bands
        )
        return {
            "id": structure.id,
            "provider": args.name,
            "category": structure.category.value,
            "fixed": str(Decimal(structure.fixed_part).quantize(CENT)),
            "stock_item": structure.stock_item,
            "formula": formula.as_json(),
        }

    return busy_retry.write(ctx.sessions, add, what=f"add a cost structure to {args.name!r}")

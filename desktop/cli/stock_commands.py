"""`stock create NAME --provider NAME [--operators NAME,...]`, `stock add-line STOCK --item I
--initial N --alert N`, `stock order STOCK --item I --quantity N --date YYYY-MM-DD` and
`stock show STOCK`: STOCK is a stock's name (or its id)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import calendar_date, quantity
from desktop.cli.context import CliContext
from desktop.services.costs import stocks
from desktop.services.runtime import busy_retry


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "stock", help="stocks of a provider: lines, orders, what is left"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", parents=[json_parent], help="create a stock")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--provider", required=True, metavar="NAME", help="the provider's name")
    create.add_argument(
        "--operators", metavar="NAME,...", default="",
        help="operators told by e-mail when a line falls below its alert level",
    )  # fmt: skip
    create.set_defaults(handler=run_create)

    line = actions.add_parser("add-line", parents=[json_parent], help="add a line to a stock")
    line.add_argument("stock", metavar="STOCK")
    line.add_argument("--item", required=True, metavar="I")
    line.add_argument("--initial", required=True, metavar="N", type=quantity(0))
    line.add_argument("--alert", required=True, metavar="N", type=quantity(0))
    line.set_defaults(handler=run_add_line)

    order = actions.add_parser(
        "order", parents=[json_parent], help="order units of a line; they enter stock on DATE"
    )
    order.add_argument("stock", metavar="STOCK")
    order.add_argument("--item", required=True, metavar="I")
    order.add_argument("--quantity", required=True, metavar="N", type=quantity(1))
    order.add_argument("--date", required=True, metavar="YYYY-MM-DD", type=calendar_date)
    order.set_defaults(handler=run_order)

    show = actions.add_parser(
        "show", parents=[json_parent],
        help="each line: item, initial, consumed, in stock, alert level, orders",
    )  # fmt: skip
    show.add_argument("stock", metavar="STOCK")
    show.set_defaults(handler=run_show)


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def run_create(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor

    def create(session: Any) -> dict[str, Any]:
        stock = stocks.create_stock(
            session, actor, args.name, args.provider, _names(args.operators)
        )
        return {"id": stock.id, "name": stock.label}

    return busy_retry.write(ctx.sessions, create, what=f"create the stock {args.name!r}")


def run_add_line(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor

    def add(session: Any) -> dict[str, Any]:
        line = stocks.add_line(session, actor, args.stock, args.item, args.initial, args.alert)
        return {"id": line.id, "item": line.item}

    return busy_retry.write(ctx.sessions, add, what=f"add a line to the stock {args.stock!r}")


def run_order(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor

    def order(session: Any) -> dict[str, Any]:
        placed = stocks.order(session, actor, args.stock, args.item, args.quantity, args.date)
        return {"id": placed.id, "item": args.item, "quantity": placed.quantity,
                "date": placed.arrives_on.isoformat()}  # fmt: skip

    return busy_retry.write(ctx.sessions, order, what=f"order for the stock {args.stock!r}")


def run_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        return stocks.stock_report(session, args.stock)

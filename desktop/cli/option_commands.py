"""`option list | get NAME | set NAME VALUE [--type T] | delete NAME`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import CliContext
from desktop.models.enums import OptionType
from desktop.services.runtime import busy_retry
from desktop.services.settings import options


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("option", help="read and edit platform options")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    actions.add_parser("list", parents=[json_parent], help="every option").set_defaults(
        handler=run_list
    )

    get = actions.add_parser("get", parents=[json_parent], help="print an option's value")
    get.add_argument("name")
    get.set_defaults(handler=run_get)

    set_ = actions.add_parser("set", parents=[json_parent], help="create or change an option")
    set_.add_argument("name")
    set_.add_argument("value")
    set_.add_argument("--type", choices=[t.value for t in OptionType], help="data type")
    set_.add_argument("--label", help="label shown in the console")
    set_.set_defaults(handler=run_set)

    delete = actions.add_parser("delete", parents=[json_parent], help="delete an option")
    delete.add_argument("name")
    delete.set_defaults(handler=run_delete)


def _as_dict(option) -> dict[str, Any]:
    return {
        "name": option.name,
        "label": option.label,
        "type": option.data_type.value,
        "value": option.value,
    }


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    _ = ctx.actor  # reading options needs a logged-in operator
    with ctx.sessions() as session:
        return [_as_dict(o) for o in options.list_options(session)]


def run_get(ctx: CliContext, args: argparse.Namespace) -> Any:
    _ = ctx.actor
    with ctx.sessions() as session:
        option = options.get_option(session, args.name)
        return _as_dict(option) if args.json else option.value


def run_set(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    data_type = options.parse_type(args.type) if args.type else None
    actor = ctx.actor
    return busy_retry.write(
        ctx.sessions,
        lambda session: _as_dict(
            options.set_option(session, actor, args.name, args.value, data_type, label=args.label)
        ),
        what=f"set the option {args.name}",
    )


def run_delete(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    busy_retry.write(
        ctx.sessions,
        lambda session: options.delete_option(session, actor, args.name),
        what=f"delete the option {args.name}",
    )
    return {"deleted": args.name}

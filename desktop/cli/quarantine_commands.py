"""`quarantine add ADDRESS [--reason R] | list | remove ADDRESS`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import CliContext
from desktop.models import QuarantinedAddress
from desktop.services.audience import quarantine
from desktop.services.runtime import busy_retry


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("quarantine", help="addresses in quarantine")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[json_parent], help="quarantine an address")
    add.add_argument("address")
    add.add_argument("--reason", default="", help="why (shown in the quarantine list)")
    add.set_defaults(handler=run_add)

    list_ = actions.add_parser("list", parents=[json_parent], help="quarantined addresses")
    list_.add_argument("--search", default="", help="only addresses containing this text")
    list_.set_defaults(handler=run_list)

    remove = actions.add_parser(
        "remove", parents=[json_parent], help="take an address out of quarantine"
    )
    remove.add_argument("address")
    remove.set_defaults(handler=run_remove)


def _as_dict(row: QuarantinedAddress) -> dict[str, Any]:
    return {
        "address": row.address,
        "reason": row.reason,
        "error_count": row.error_count,
        "since": row.created_at,
    }


def run_add(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    return busy_retry.write(
        ctx.sessions,
        lambda session: _as_dict(quarantine.add(session, actor, args.address, args.reason)),
        what=f"quarantine {args.address.strip()}",
    )


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        return [_as_dict(row) for row in quarantine.list_addresses(session, search=args.search)]


def run_remove(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    busy_retry.write(
        ctx.sessions,
        lambda session: quarantine.remove(session, actor, args.address),
        what=f"take {args.address.strip()} out of quarantine",
    )
    return {"removed": args.address.strip().lower()}

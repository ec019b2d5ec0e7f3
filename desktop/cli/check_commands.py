"""`delivery check ID`: the pre-flight check (services.deliverability.preflight): the
delivery's control rules and the checks of the message a send would build, with a score
and a verdict. Sends and writes nothing; exits 1 when a finding is an error."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import record_id
from desktop.cli.context import CliContext
from desktop.cli.exit_codes import EXIT_FAILED
from desktop.services.deliverability.preflight import run_preflight


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    check = actions.add_parser(
        "check",
        parents=[json_parent],
        help="pre-flight check: control rules, headers, text and links of the message, "
        "a spam-filter score; exits 1 when a finding is an error",
    )
    check.add_argument("id", metavar="ID", type=record_id("delivery"))
    check.set_defaults(handler=run_check)


def run_check(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    report = run_preflight(ctx.sessions, ctx.actor, args.id)
    if report.errors:
        ctx.exit_code = EXIT_FAILED  # scripts must not confirm a delivery with errors
    return report.as_dict()

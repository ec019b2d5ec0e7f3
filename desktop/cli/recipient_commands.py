"""`recipients import FILE.csv`: import or update recipients from a CSV file."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import CliContext
from desktop.services.audience.recipient_import import import_recipients


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("recipients", help="recipients: import from CSV")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    import_ = actions.add_parser(
        "import",
        parents=[json_parent],
        help="import a UTF-8 CSV file with a header row (email, first_name, ..., custom fields)",
    )
    import_.add_argument("file", metavar="FILE.csv")
    import_.set_defaults(handler=run_import)


def run_import(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    # One transaction: a file-level error leaves the database as it was.
    with ctx.sessions.begin() as session:
        report = import_recipients(session, actor, args.file)
    return report.as_dict()

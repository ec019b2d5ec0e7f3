"""The command line: the same services as the GUI, for administrators and scripts.

`campaign-console [--db URL] [--operator NAME] COMMAND ... [--json]`. Each command lives in
a module of this package that adds its sub-parser in `register()` and sets a handler
`handler(ctx, args) -> result`; the result is printed as JSON (--json) or as text.
Argument types are in cli.arguments, and every error, the parser's included, is one line
with exit status 2; cli.exit_codes says what each status means (`--help` lists them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop.cli import (
    approval_commands,
    audit_commands,
    campaign_commands,
    cost_commands,
    delivery_commands,
    init_command,
    operator_commands,
    option_commands,
    provider_commands,
    quarantine_commands,
    recipient_commands,
    relay_commands,
    secret_commands,
    send_commands,
    stock_commands,
    template_commands,
)
from desktop.cli.context import CliContext
from desktop.cli.exit_codes import EPILOG, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_REFUSED
from desktop.cli.output import to_json, to_text
from desktop.cli.parser import ConsoleArgumentParser, UsageError, check_utf8
from desktop.errors import ChangedElsewhere, ConsoleError
from desktop.services.runtime.busy_retry import DatabaseBusy, is_busy

# One module per group of commands, in the order of the help; each has register(subparsers).
COMMAND_MODULES = (
    init_command,
    option_commands,
    recipient_commands,
    quarantine_commands,
    relay_commands,
    campaign_commands,
    delivery_commands,
    template_commands,
    approval_commands,
    provider_commands,
    stock_commands,
    cost_commands,
    operator_commands,
    secret_commands,
    audit_commands,
    # `tracking` and `scheduler`; its `delivery` subcommands join through delivery_commands.
    send_commands,
)


def _json_flag() -> argparse.ArgumentParser:
    # --json is accepted after the command too (`delivery show 3 --json`).
    parent = ConsoleArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = ConsoleArgumentParser(
        prog="campaign-console",
        description="Campaign Console: without a command, opens the desktop console.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL")
    parser.add_argument(
        "--operator", metavar="NAME", default="admin", help="operator to act as (default admin)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--lang", metavar="CODE", help="GUI language: en fr sv nl zh_TW")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    json_parent = _json_flag()
    for module in COMMAND_MODULES:
        module.register(subparsers, json_parent)
    return parser


def run_command(args: argparse.Namespace) -> int:
    ctx = CliContext(db_url=args.db, operator_name=args.operator, json_output=args.json)
    try:
        result = args.handler(ctx, args)
    except (DatabaseBusy, ChangedElsewhere) as exc:  # nothing done, because of another process
        _error(str(exc))
        return EXIT_FAILED
    except ConsoleError as exc:
        _error(str(exc))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("campaign-console: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if not is_busy(exc):  # a writer that does not wait (busy_retry) met a locked database
            raise
        _error(
            "the database is locked by another process; what this command had not saved "
            "yet was not changed, try again once that work is done"
        )
        return EXIT_FAILED
    finally:
        ctx.close()
    if result is not None:
        print(to_json(result) if args.json else to_text(result))
    return ctx.exit_code


def _error(text: str) -> None:
    print(f"campaign-console: error: {text}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        check_utf8(list(sys.argv[1:] if argv is None else argv))
        args = parser.parse_args(argv)
    except UsageError as exc:
        _error(str(exc))
        return EXIT_REFUSED
    if args.command is None:
        from desktop.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(db_url=args.db, language=args.lang)
    if not hasattr(args, "handler"):
        parser.parse_args([*(argv or sys.argv[1:]), "--help"])
    return run_command(args)

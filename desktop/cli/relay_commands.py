"""`relay test [--smtp HOST:PORT] [--sender ADDRESS]`: the configured relay (or the one
given), tested step by step as a send uses it: connect, EHLO, STARTTLS or TLS, AUTH, MAIL
FROM and RSET; nothing is sent. Exit status 1 when a step failed. Needs ADMINISTRATION."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import CliContext
from desktop.cli.exit_codes import EXIT_FAILED
from desktop.errors import ConsoleError
from desktop.models.enums import Right
from desktop.services.access.rights import require
from desktop.services.sending.relay_check import check_relay
from desktop.services.settings.options import get_value
from desktop.services.settings.relay_settings import resolve_relay

DEFAULT_SENDER_OPTION = "NmsEmail_DefaultFromAddr"


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("relay", help="the SMTP relay messages leave through")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    test = actions.add_parser(
        "test",
        parents=[json_parent],
        help="connect, EHLO, TLS, log in and try MAIL FROM; say what worked",
    )
    test.add_argument(
        "--smtp", metavar="HOST:PORT", help="this relay instead of the settings' (no login)"
    )
    test.add_argument(
        "--sender",
        metavar="ADDRESS",
        help=f"the address given in MAIL FROM (default: option {DEFAULT_SENDER_OPTION})",
    )
    test.set_defaults(handler=run_test)


def run_test(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    require(actor, Right.ADMINISTRATION, "test the SMTP relay")  # before saying what is set
    with ctx.sessions() as session:
        relay = resolve_relay(session, override=args.smtp, chosen_by=actor)
        sender = args.sender or str(get_value(session, DEFAULT_SENDER_OPTION, default=""))
    if relay is None:
        raise ConsoleError(
            "no SMTP relay is configured (option NmsEmail_RelayHost is empty): messages go to "
            "the local outbox, which needs no test"
        )
    result = check_relay(actor, relay, sender.strip())
    if not result.ok:
        ctx.exit_code = EXIT_FAILED
    return result.as_dict()

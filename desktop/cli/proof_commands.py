"""`delivery proof-target ID (--addresses A,B,... | --list ID)` and
`delivery proof ID [--smtp HOST:PORT] [--lang CODE]`.

A proof goes through the relay `delivery send` would use (with none configured, the
local outbox started for the command); its subject is marked with the proof word of
--lang, else of the operator's language, else English. The command exits 1 when an
address did not get it. These join the `delivery` command group: delivery_commands
calls add_delivery_subcommands().
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import record_id
from desktop.cli.context import CliContext
from desktop.cli.exit_codes import EXIT_FAILED
from desktop.cli.relay import command_relay
from desktop.errors import ConsoleError
from desktop.services.proofs.messages import PROOF_WORDS, proof_language
from desktop.services.proofs.sending import SENT, send_proof
from desktop.services.proofs.target import set_proof_target
from desktop.services.runtime import busy_retry


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    target = actions.add_parser(
        "proof-target",
        parents=[json_parent],
        help="who receives the delivery's proofs: up to 100 addresses, or a proof list",
    )
    target.add_argument("id", metavar="ID", type=record_id("delivery"))
    choice = target.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--addresses", metavar="A,B,...", help="addresses separated by commas ('' clears)"
    )
    choice.add_argument(
        "--list", metavar="ID", type=record_id("list"), help="a list flagged as a proof target"
    )
    target.set_defaults(handler=run_proof_target)

    proof = actions.add_parser(
        "proof",
        parents=[json_parent],
        help="send a proof to the proof target, marked [Proof N]; exits 1 when an address "
        "did not get it",
    )
    proof.add_argument("id", metavar="ID", type=record_id("delivery"))
    proof.add_argument(
        "--smtp", metavar="HOST:PORT", help="relay to use instead of the settings (administrators)"
    )
    proof.add_argument(
        "--lang",
        metavar="CODE",
        dest="proof_lang",
        help="language of the proof word: " + " ".join(PROOF_WORDS) + " (default: the operator's)",
    )
    proof.set_defaults(handler=run_proof)


def run_proof_target(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    list_id: int | None = args.list
    actor = ctx.actor
    target = busy_retry.write(
        ctx.sessions,
        lambda session: set_proof_target(
            session, actor, delivery_id, addresses=args.addresses, list_id=list_id
        ),
        what=f"set the proof target of delivery {delivery_id}",
    )
    return {"id": delivery_id, "proof_target": target.as_dict()}


def _language(args: argparse.Namespace) -> str | None:
    """--lang after the command, else the global --lang; None: the operator's language."""
    code = args.proof_lang or getattr(args, "lang", None)
    if code is None:
        return None
    language = proof_language(code)
    if language is None:
        raise ConsoleError(f"--lang: unknown language {code!r} (known: {' '.join(PROOF_WORDS)})")
    return language


def run_proof(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    language = _language(args)
    actor = ctx.actor
    with command_relay(ctx.sessions, args.smtp, actor) as relay:
        result = send_proof(ctx.sessions, actor, delivery_id, relay, language=language)
    if result.status != SENT:
        ctx.exit_code = EXIT_FAILED
    return result.as_dict()

"""`delivery extract ID [--force] [--folder DIR]`, `delivery proofs ID submit|accept|reject|
back-to-extraction [--comment TEXT]`, `delivery hand-off ID [--smtp HOST:PORT]` and
`delivery results ID FILE`: the direct-mail flow (domain.md §5). `delivery proof ID`
(proof_commands) sends the router's proof.

An extraction that would take a stock line below zero is refused (exit 2, nothing
written) and says which lines; --force writes it anyway. These join the `delivery`
command group: delivery_commands calls add_delivery_subcommands().
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.arguments import record_id
from desktop.cli.context import CliContext
from desktop.cli.relay import command_relay
from desktop.errors import ConsoleError
from desktop.services.direct_mail import proof_steps
from desktop.services.direct_mail.extraction import extract
from desktop.services.direct_mail.hand_off import hand_off
from desktop.services.direct_mail.results_import import import_results
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import Progress

PROGRESS_EVERY = 50_000  # rows between progress lines on stderr


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    extraction = actions.add_parser(
        "extract",
        parents=[json_parent],
        help="write a direct mailing's extraction file (path, rows, calculated cost by "
        "category); refused when it would take stock below zero, unless --force",
    )
    extraction.add_argument("id", metavar="ID", type=record_id("delivery"))
    extraction.add_argument(
        "--force", action="store_true", help="extract even when stock would go below zero"
    )
    extraction.add_argument(
        "--folder",
        metavar="DIR",
        help="write the file there (default: the option NmsDirectMail_ExtractionFolder)",
    )
    extraction.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    extraction.set_defaults(handler=run_extract)

    proofs = actions.add_parser(
        "proofs",
        parents=[json_parent],
        help="the router's proofs of a direct mailing: submit them, accept or reject them "
        "(--comment), or go back to extraction",
    )
    proofs.add_argument("id", metavar="ID", type=record_id("delivery"))
    proofs.add_argument("step", metavar="|".join(proof_steps.STEPS), choices=proof_steps.STEPS)
    proofs.add_argument("--comment", default="", help="why (required to reject)")
    proofs.set_defaults(handler=run_proofs)

    hand = actions.add_parser(
        "hand-off",
        parents=[json_parent],
        help="copy the extraction file to the provider's drop folder and e-mail the router",
    )
    hand.add_argument("id", metavar="ID", type=record_id("delivery"))
    hand.add_argument(
        "--smtp", metavar="HOST:PORT", help="relay to use instead of the settings (administrators)"
    )
    hand.set_defaults(handler=run_hand_off)

    results = actions.add_parser(
        "results",
        parents=[json_parent],
        help="import the provider's results file (CSV: recipient.id, status sent|failed, "
        "reason); a malformed file is refused with its line and changes nothing",
    )
    results.add_argument("id", metavar="ID", type=record_id("delivery"))
    results.add_argument("file", metavar="FILE")
    results.set_defaults(handler=run_results)


def run_extract(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    folder = Path(args.folder).expanduser() if args.folder else None

    def progress(report: Progress) -> None:
        if not args.quiet and report.done and report.done % PROGRESS_EVERY == 0:
            print(f"extraction: {report.done} of {report.total} rows", file=sys.stderr)

    result = extract(
        ctx.sessions, ctx.actor, delivery_id, folder=folder, force=args.force, progress=progress
    )
    return result.as_dict()


def run_proofs(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    actor = ctx.actor
    step: str = args.step
    if step == "reject" and not args.comment.strip():
        raise ConsoleError("--comment: a rejection needs a comment saying why")

    def act(session: Any) -> dict[str, Any]:
        if step == "submit":
            status = proof_steps.submit_proofs(session, actor, delivery_id)
        elif step == "accept":
            status = proof_steps.accept_proofs(session, actor, delivery_id, args.comment)
            status = status.delivery_status
        elif step == "reject":
            status = proof_steps.reject_proofs(session, actor, delivery_id, args.comment)
            status = status.delivery_status
        else:
            status = proof_steps.back_to_extraction(session, actor, delivery_id, args.comment)
        return {"id": delivery_id, "step": step, "status": status.value}

    return busy_retry.write(ctx.sessions, act, what=f"{step} the proofs of delivery {delivery_id}")


def run_hand_off(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    with command_relay(ctx.sessions, args.smtp, actor) as relay:
        return hand_off(ctx.sessions, actor, args.id, relay).as_dict()


def run_results(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return import_results(ctx.sessions, ctx.actor, args.id, Path(args.file)).as_dict()

"""`approval list [--delivery ID] [--mine]`, `approval approve DELIVERY STEP [--comment C]`,
`approval reject DELIVERY STEP --comment C`.

Approving or rejecting queues e-mails to the people concerned (the owner; once ready,
whoever may confirm), sent right after the decision is saved through the relay `delivery
send` would use; what cannot go now stays queued for the application's scheduler.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import record_id
from desktop.cli.context import CliContext
from desktop.services.delivery.approval_decisions import approve, reject
from desktop.services.delivery.approval_list import ApprovalRow, approval_rows
from desktop.services.delivery.approval_settings import KNOWN_STEPS
from desktop.services.runtime import busy_retry


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("approval", help="list, approve and reject approval steps")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    list_ = actions.add_parser(
        "list",
        parents=[json_parent],
        help="approval steps (delivery, step, status, reviewers, decided by, comment), "
        "oldest request first",
    )
    list_.add_argument(
        "--delivery", metavar="ID", type=record_id("delivery"), help="only this delivery's steps"
    )
    list_.add_argument(
        "--mine", action="store_true", help="only the pending steps you may approve now"
    )
    list_.set_defaults(handler=run_list)

    for verb, text in (
        ("approve", "approve a pending step; the last one makes the delivery ready to confirm"),
        ("reject", "reject a pending step (a comment is required): back to Being edited"),
    ):
        decide = actions.add_parser(verb, parents=[json_parent], help=text)
        decide.add_argument(
            "delivery", metavar="DELIVERY", type=record_id("delivery"), help="delivery id"
        )
        decide.add_argument("step", metavar="STEP", help=KNOWN_STEPS)
        decide.add_argument(
            "--comment", default="", help="why (required to reject)" if verb == "reject" else ""
        )
        decide.set_defaults(handler=run_decide, verb=verb)


def _line(row: ApprovalRow) -> dict[str, Any]:
    """What a terminal shows of a row."""
    return {
        "delivery": row.delivery_id,
        "label": row.delivery_label,
        "step": row.step.value,
        "status": row.status.value,
        "reviewers": ", ".join(row.reviewer_names),
        "decided_by": row.decided_by,
        "comment": row.comment,
    }


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    actor = ctx.actor
    with ctx.sessions() as session:
        rows = approval_rows(session, actor, delivery_id=args.delivery, mine=args.mine)
    return [row.as_dict() if ctx.json_output else _line(row) for row in rows]


def run_decide(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.delivery
    actor = ctx.actor
    decide = approve if args.verb == "approve" else reject
    decision = busy_retry.write(
        ctx.sessions,
        lambda session: decide(session, actor, delivery_id, args.step, args.comment),
        what=f"{args.verb} the step {args.step} of delivery {delivery_id}",
    )
    ctx.deliver_notifications()  # the owner's, and whoever may confirm once it is ready
    return decision.as_dict()

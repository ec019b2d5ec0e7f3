"""`audit list [--delivery ID | --campaign ID] [--operator NAME] [--action A] [--search T]
[--limit N] [--offset N]`: who changed what, when, from which state to which."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import count, record_id
from desktop.cli.context import CliContext
from desktop.services.access.audit_trail import AuditRow, TrailSubject, trail_page

DEFAULT_LIMIT = 50


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("audit", help="read the audit trail")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list",
        parents=[json_parent],
        help="the trail of a delivery, of a campaign and its deliveries, or of everything "
        "(administrators), newest first",
    )
    whose = listing.add_mutually_exclusive_group()
    whose.add_argument(
        "--delivery", metavar="ID", type=record_id("delivery"), help="one delivery's trail"
    )
    whose.add_argument(
        "--campaign", metavar="ID", type=record_id("campaign"),
        help="a campaign's trail, with its deliveries'",
    )  # fmt: skip
    # Not `operator`: the global --operator (before the command) names who acts.
    listing.add_argument(
        "--operator", dest="by_operator", metavar="NAME", default="", help="rows by this operator"
    )
    listing.add_argument(
        "--action", dest="audit_action", metavar="ACTION", default="",
        help="rows of this action (create, update, delete, status...)",
    )  # fmt: skip
    listing.add_argument("--search", metavar="TEXT", default="", help="rows mentioning TEXT")
    listing.add_argument(
        "--limit", metavar="N", type=count(minimum=1), default=DEFAULT_LIMIT,
        help=f"rows to print (default {DEFAULT_LIMIT})",
    )  # fmt: skip
    listing.add_argument("--offset", metavar="N", type=count(), default=0, help="rows to skip")
    listing.set_defaults(handler=run_list)


def _subject(args: argparse.Namespace) -> TrailSubject:
    if args.delivery is not None:
        return TrailSubject("delivery", args.delivery)
    if args.campaign is not None:
        return TrailSubject("campaign", args.campaign)
    return TrailSubject()


def _line(row: AuditRow, with_object: bool) -> str:
    when = row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    parts = [when, row.operator or "-"]
    if with_object:
        label = f" “{row.object_label}”" if row.object_label else ""
        parts.append(f"{row.kind} {row.object_id if row.object_id is not None else ''}{label}")
    parts.append(row.action)
    if row.from_state or row.to_state:
        parts.append(f"{row.from_state or '-'} -> {row.to_state or '-'}")
    if row.details:
        parts.append(_details_text(row.details))
    return "  ".join(parts)


def _details_text(details: dict[str, Any]) -> str:
    """`reason: prepared`, `fields: label, subject`: one line."""
    shown = []
    for key, value in details.items():
        if isinstance(value, list | tuple):
            value = ", ".join(str(item) for item in value)
        shown.append(f"{key}: {value}")
    return "; ".join(shown)


def run_list(ctx: CliContext, args: argparse.Namespace) -> Any:
    subject = _subject(args)
    total, rows = trail_page(
        ctx.sessions,
        ctx.actor,
        subject,
        operator=args.by_operator,
        action=args.audit_action,
        text=args.search,
        offset=args.offset,
        limit=args.limit,
    )
    if args.json:
        return {"total": total, "rows": [row.as_dict() for row in rows]}
    if not rows:
        return "(no rows)" if total == 0 else f"(no rows past {args.offset} of {total})"
    with_object = subject.kind != "delivery"
    lines = [_line(row, with_object) for row in rows]
    shown = f"{args.offset + 1}-{args.offset + len(rows)}"
    lines.append(f"({shown} of {total}, newest first)")
    return "\n".join(lines)

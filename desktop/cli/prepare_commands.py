"""`delivery prepare ID`, `delivery stop-preparation ID`, `delivery logs ID`,
`delivery exclusions ID [--cause C] [--search TEXT] [--csv FILE]`.

These join the `delivery` command group: delivery_commands calls
add_delivery_subcommands().
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from typing import Any

from desktop.cli.arguments import count, record_id
from desktop.cli.context import CliContext
from desktop.cli.exit_codes import EXIT_FAILED
from desktop.cli.spoken_language import chosen_language, speaking
from desktop.errors import ConsoleError
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.access.rights import operator_language
from desktop.services.delivery import exclusion_log, journal
from desktop.services.preparation.pipeline import prepare, stop_preparation
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import CancelToken, Progress
from desktop.services.runtime.csv_export import SPREADSHEET_NOTE

PROGRESS_INTERVAL = 1.0  # seconds between progress lines on stderr


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    prep = actions.add_parser(
        "prepare",
        parents=[json_parent],
        help="compute the target, exclusions and messages (Ctrl-C stops, leaving nothing); "
        "exits 1 when the preparation failed or was stopped",
    )
    prep.add_argument("id", metavar="ID", type=record_id("delivery"))
    prep.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    prep.set_defaults(handler=run_prepare)

    stop = actions.add_parser(
        "stop-preparation",
        parents=[json_parent],
        help="stop a preparation running elsewhere, or free one whose process died",
    )
    stop.add_argument("id", metavar="ID", type=record_id("delivery"))
    stop.set_defaults(handler=run_stop)

    logs = actions.add_parser("logs", parents=[json_parent], help="the delivery's journal")
    logs.add_argument("id", metavar="ID", type=record_id("delivery"))
    logs.set_defaults(handler=run_logs)

    excl = actions.add_parser(
        "exclusions", parents=[json_parent], help="the exclusion log (recipient, cause, rule)"
    )
    excl.add_argument("id", metavar="ID", type=record_id("delivery"))
    excl.add_argument("--cause", metavar="CAUSE", help="only this cause (machine name)")
    excl.add_argument("--search", metavar="TEXT", default="", help="in name, address or rule")
    excl.add_argument(
        "--limit", metavar="N", type=count(minimum=1), default=1000,
        help="rows printed (default 1000)",
    )  # fmt: skip
    excl.add_argument(
        "--csv",
        metavar="FILE",
        help=f"write every matching row to a CSV file; {SPREADSHEET_NOTE}",
    )
    excl.set_defaults(handler=run_exclusions)


class _ProgressPrinter:
    """One line on stderr per phase change, and at most one a second within a phase."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.phase = ""
        self.last = 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.counts is not None:  # what a phase has come to know, said once
            if not self.quiet:
                known = ", ".join(f"{name} {n}" for name, n in progress.counts.items())
                print(f"{progress.phase}: {known}", file=sys.stderr, flush=True)
            return
        if self.quiet or (progress.phase == self.phase and now - self.last < PROGRESS_INTERVAL):
            return
        self.phase, self.last = progress.phase, now
        amount = f" {progress.done}/{progress.total}" if progress.total else ""
        detail = f" ({progress.message})" if progress.message else ""
        print(f"{progress.phase}{amount}{detail}", file=sys.stderr, flush=True)


def run_prepare(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    actor = ctx.actor
    token = CancelToken()
    # Ctrl-C stops the preparation cleanly: the delivery goes back to Being edited.
    previous = signal.signal(signal.SIGINT, lambda *_: token.cancel())
    try:
        result = prepare(
            ctx.sessions,
            actor,
            delivery_id,
            token=token,
            progress=_ProgressPrinter(args.quiet or args.json),
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    if result.stopped or result.status is DeliveryStatus.PREPARATION_FAILED:
        ctx.exit_code = EXIT_FAILED
    else:
        ctx.deliver_notifications()  # the reviewers, or whoever may confirm, are told
    return {
        "id": result.delivery_id,
        "status": result.status.value,
        "targeted": result.targeted,
        "to_deliver": result.to_deliver,
        "to_exclude": result.to_exclude,
        "render_errors": result.render_errors,
        "exclusions": result.exclusions,
        "error": result.error,
        "warnings": result.warnings,
        "stopped": result.stopped,
        "seconds": round(result.seconds, 2),
    }


def run_stop(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    actor = ctx.actor
    stopped = busy_retry.write(
        ctx.sessions,
        lambda session: stop_preparation(session, actor, delivery_id),
        what=f"stop the preparation of delivery {delivery_id}",
    )
    return {"id": delivery_id, "stopped": stopped}


def run_logs(ctx: CliContext, args: argparse.Namespace) -> Any:
    delivery_id: int = args.id
    actor = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        entities.get(session, "delivery", delivery_id)  # NotFound if it does not exist
        lines = journal.lines(session, delivery_id)
        own_language = operator_language(session, actor)
    if args.json:  # machine names and the English text
        return [
            {
                "at": line.created_at,
                "level": line.level.value,
                "message": line.message,
                "key": line.key,
                "params": line.params,
            }
            for line in lines
        ]
    from desktop.views.journal_text import journal_text

    with speaking(chosen_language(getattr(args, "lang", None), own_language)):
        return "\n".join(
            f"{line.created_at:%Y-%m-%d %H:%M:%S}  {line.level.value:<7}  "
            + journal_text(line.key, line.params, line.message)
            for line in lines
        )


def run_exclusions(ctx: CliContext, args: argparse.Namespace) -> Any:
    delivery_id: int = args.id
    where = exclusion_log.ExclusionFilter(cause=args.cause, search=args.search)
    actor = ctx.actor
    with ctx.sessions() as session:
        entities.get(session, "delivery", delivery_id)  # NotFound if it does not exist
        if args.csv:
            try:
                with open(args.csv, "w", newline="", encoding="utf-8") as out:
                    rows = exclusion_log.export_csv(session, actor, delivery_id, out, where)
            except OSError as exc:
                raise ConsoleError(
                    f"--csv {args.csv}: cannot be written ({exc.strerror})"
                ) from None
            return {"file": args.csv, "rows": rows}
        page = exclusion_log.page(session, delivery_id, where, limit=args.limit)
        return [dict(zip(exclusion_log.CSV_COLUMNS, row.as_tuple(), strict=True)) for row in page]

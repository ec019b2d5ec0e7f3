"""`recipients import FILE.csv`: import or update recipients from a CSV file; `recipients
imports` and `recipients rejected`: the imports made, and the lines one set aside."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.cli.arguments import count, record_id
from desktop.cli.context import CliContext
from desktop.cli.exit_codes import EXIT_FAILED
from desktop.errors import ConsoleError
from desktop.models.enums import IssueKind
from desktop.services.audience import import_runs
from desktop.services.audience.recipient_import import (
    ImportProgress,
    ResumeChoice,
    import_recipients,
)
from desktop.services.runtime.cancellation import CancelToken
from desktop.services.runtime.csv_export import SPREADSHEET_NOTE

IMPORT_HELP = """\
Imports a UTF-8 CSV file with a header row: columns named like a recipient's fields
(email, first_name, last_name, language, country, city, postal_address, denylisted,
external_id) go to them, any other column is a custom field. A row updates the recipient
with the same external_id (else the same address), or adds a new one.

Rows are committed in batches of 2,000, so other commands and the console keep working
while a big file is imported; a batch that meets another process's write waits for it
(CAMPAIGN_CONSOLE_BUSY_WAIT seconds at most, 60 by default), then the import stops and
says where to resume. Lines that cannot be imported (a wrong number of fields, a
quote never closed, a NUL character, a value that breaks a rule) are rejected with their
line number and reason, and the good rows are kept; `recipients rejected ID --output
FILE.csv` exports them.

Ctrl-C (or SIGTERM) stops after the batch being written, and says where: every batch
committed stays whole. An import is known by the SHA-256 of the file's content, so when a
run of the same file stopped before its end (stopped, crashed, or refused by the
database), importing it again asks what to do: --resume continues after its last
committed line, --restart imports the file from its first line (rows already imported are
then updated again, with the same values). With neither, the command refuses and says
how far the earlier run got. --resume when nothing is to be resumed imports the file.

Exit status: 0 imported to its end (rejected lines do not change it), 1 stopped before
its end (the report says where), 2 an error (nothing more was written), 130 a second
Ctrl-C (stopped at once; the last batch was rolled back).
"""


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "recipients", help="recipients: import from CSV, past imports, rejected lines"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    import_ = actions.add_parser(
        "import",
        parents=[json_parent],
        help="import a UTF-8 CSV file with a header row (email, first_name, ..., custom fields)",
        description=IMPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    import_.add_argument("file", metavar="FILE.csv")
    again = import_.add_mutually_exclusive_group()
    again.add_argument(
        "--resume",
        action="store_const",
        dest="resume",
        const=ResumeChoice.RESUME,
        default=ResumeChoice.ASK,
        help="continue an earlier import of this file after its last committed line",
    )
    again.add_argument(
        "--restart",
        action="store_const",
        dest="resume",
        const=ResumeChoice.RESTART,
        help="import this file from its first line, even if an earlier import stopped midway",
    )
    import_.add_argument(
        "--rejected-csv",
        metavar="OUT.csv",
        help="also write the rejected lines (line, reason, content) to this CSV file; "
        + SPREADSHEET_NOTE,
    )
    import_.set_defaults(handler=run_import)

    imports = actions.add_parser(
        "imports", parents=[json_parent], help="the latest imports: file, status, how far"
    )
    imports.add_argument("--limit", type=count(minimum=1), default=20, help="how many (default 20)")
    imports.set_defaults(handler=run_imports)

    rejected = actions.add_parser(
        "rejected",
        help="the lines an import rejected, as CSV (line, kind, reason, content)",
        description="The lines an import rejected, as CSV (line, kind, reason, content); "
        + SPREADSHEET_NOTE
        + ".",
    )
    rejected.add_argument(
        "import_id", metavar="ID", type=record_id("import"), help="the import (see imports)"
    )
    rejected.add_argument("--output", metavar="OUT.csv", help="write to a file, not stdout")
    rejected.add_argument(
        "--warnings", action="store_true", help="the warnings too (lines imported)"
    )
    rejected.set_defaults(handler=run_rejected)


@contextmanager
def _stop_on_signals(token: CancelToken) -> Iterator[None]:
    """The first Ctrl-C or SIGTERM stops the import after its current batch; a second
    Ctrl-C stops at once."""

    def stop(signum: int, _frame: object) -> None:
        if token.cancelled and signum == signal.SIGINT:
            raise KeyboardInterrupt
        token.cancel()
        print(
            "campaign-console: stopping after the batch being written (Ctrl-C again: at once)",
            file=sys.stderr,
        )

    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class _ProgressLine:
    """One line on a terminal's stderr, rewritten every second."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()
        self._last = 0.0
        self.latest: ImportProgress | None = None

    def __call__(self, progress: ImportProgress) -> None:
        self.latest = progress
        now = time.monotonic()
        if not self.shown or now - self._last < 1.0:
            return
        self._last = now
        percent = 100 * progress.offset / progress.size if progress.size else 100
        print(
            f"\rline {progress.line:,} ({percent:.0f}%): {progress.inserted:,} inserted, "
            f"{progress.updated:,} updated, {progress.rejected:,} rejected",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def end(self) -> None:
        if self.shown and self._last:
            print(file=sys.stderr)
        self._last = 0.0


def run_import(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    token = CancelToken()
    progress = _ProgressLine()
    try:
        with _stop_on_signals(token):
            report = import_recipients(
                ctx.sessions,
                actor,
                args.file,
                resume=args.resume,
                progress=progress,
                cancel=token,
            )
    except KeyboardInterrupt:
        progress.end()
        if (at := progress.latest) is not None:
            print(
                f"campaign-console: import {at.import_id} stopped at line {at.line:,} "
                f"(byte {at.offset:,}): {at.inserted:,} inserted, {at.updated:,} updated, "
                f"{at.rejected:,} rejected; `recipients import {args.file} --resume` "
                "continues from there",
                file=sys.stderr,
            )
        raise
    finally:
        progress.end()
    if args.rejected_csv:
        _write_rejected(report.import_id, args.rejected_csv, ctx, actor)
    if not report.complete:
        ctx.exit_code = EXIT_FAILED
        print(
            f"campaign-console: note: import {report.import_id} stopped at "
            f"{report.position()}; `recipients import {args.file} --resume` continues "
            "from there",
            file=sys.stderr,
        )
    return report.as_dict()


def _write_rejected(import_id: int, output: str, ctx: CliContext, actor: Any) -> None:
    try:
        with (
            ctx.sessions() as session,
            Path(output).open("w", newline="", encoding="utf-8") as out,
        ):
            import_runs.export_issues(session, actor, import_id, out)
    except OSError as exc:
        raise ConsoleError(f"cannot write {output}: {exc.strerror or exc}") from None


def run_imports(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    with ctx.sessions() as session:
        return import_runs.list_imports(session, ctx.actor, args.limit)


def run_rejected(ctx: CliContext, args: argparse.Namespace) -> None:
    kind = None if args.warnings else IssueKind.REJECTED
    if args.output:
        try:
            with (
                ctx.sessions() as session,
                Path(args.output).open("w", newline="", encoding="utf-8") as out,
            ):
                import_runs.export_issues(session, ctx.actor, args.import_id, out, kind)
        except OSError as exc:
            raise ConsoleError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        return
    with ctx.sessions() as session:
        import_runs.export_issues(session, ctx.actor, args.import_id, sys.stdout, kind)

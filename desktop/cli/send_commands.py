"""`delivery send ID [--smtp HOST:PORT]`, `delivery confirm ID`,
`delivery pause|resume|stop ID`, `tracking serve [--host H] [--port P]`, `scheduler`,
`worker`.

`delivery send` confirms a delivery pending confirmation (when the operator may: an
administrator, a confirmation reviewer or the owner, as services.delivery.confirmation
says), then sends it in this process until it ends, and prints the final status and
KPIs; `delivery confirm` only confirms. While a send runs, `delivery pause|resume|stop
ID` from any other process (or the GUI) steers it. Run again on a delivery In progress
(after a crash, a kill or Ctrl-C) it carries on where the last send stopped. With no
relay configured (Administration) and no --smtp, messages go to the local outbox,
started in this process for the duration of the send.

Sending needs START DELIVERIES, except the send its confirmer starts by confirming (the
services decide: services.sending.send_rights); --smtp needs ADMINISTRATION. `delivery
send` exits 0 when the delivery is finished (or scheduled), 1 when it ended paused,
stopped or failed, 130 when Ctrl-C ended this process's part (the delivery carries on with
the next `delivery send`).

Several `delivery send ID` processes, on one machine or several sharing a PostgreSQL
database, share one delivery: each claims its own batches of messages, each message goes
out once. `worker` (services.sending.send_worker) is the scheduler of a server with no
GUI: it also sends the deliveries In progress that no process sends. Like `scheduler`,
any operator who logs in may start it: it sends as the system what someone allowed
confirmed, through the configured relay (or the local outbox); --smtp is an
administrator's. Ctrl-C or SIGTERM stop it cleanly: the messages on the wire finish, the
queued ones are handed back for the next sender, it exits 0.

The `delivery` subcommands join that group through delivery_commands, which calls
add_delivery_subcommands(); register() adds `tracking`, `scheduler` and `worker`.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop.cli.arguments import port, record_id, seconds
from desktop.cli.context import CliContext
from desktop.cli.exit_codes import EXIT_FAILED, interrupted_by
from desktop.cli.relay import command_relay
from desktop.errors import InvalidState
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.delivery.kpis import DeliveryKpis
from desktop.services.delivery.lifecycle import Action, allows
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import CancelToken
from desktop.services.runtime.worker_processes import warm_up_workers
from desktop.services.sending import control
from desktop.services.sending.engine import SendEngine
from desktop.services.sending.scheduler import Scheduler
from desktop.services.sending.send_rights import Confirmation, ensure_may_send
from desktop.services.sending.send_worker import SendWorker
from desktop.services.servers.tracking import TrackingServer

S = DeliveryStatus
SEND_ACTIONS = ("send", "pause", "resume", "stop")
SMTP_HELP = "relay to use instead of the settings (administrators only)"


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    send = actions.add_parser(
        "send",
        parents=[json_parent],
        help="confirm and send a prepared delivery in this process; prints the final KPIs; "
        "exits 1 when it ends paused, stopped or failed",
    )
    send.add_argument("id", metavar="ID", type=record_id("delivery"))
    send.add_argument("--smtp", metavar="HOST:PORT", help=SMTP_HELP)
    send.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    send.set_defaults(handler=run_send)
    confirm = actions.add_parser(
        "confirm",
        parents=[json_parent],
        help="confirm a delivery pending confirmation: Scheduled when its contact date is "
        "ahead, In progress otherwise (then `delivery send` sends it)",
    )
    confirm.add_argument("id", metavar="ID", type=record_id("delivery"))
    confirm.set_defaults(handler=run_confirm)
    for action, text in (
        ("pause", "hand out no new message; those on the wire finish"),
        ("resume", "carry on a paused delivery"),
        ("stop", "final: cancel what was not sent"),
    ):
        parser = actions.add_parser(action, parents=[json_parent], help=text)
        parser.add_argument("id", metavar="ID", type=record_id("delivery"))
        parser.set_defaults(handler=run_control, control=action)


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    tracking = subparsers.add_parser("tracking", help="the tracking server")
    tracking_actions = tracking.add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = tracking_actions.add_parser(
        "serve", help="serve open pixels, clicks and unsubscriptions until Ctrl-C"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=port, default=8765, help="port to listen on (default 8765)")
    serve.set_defaults(handler=run_tracking_serve)

    scheduler = subparsers.add_parser(
        "scheduler", help="start scheduled deliveries at their contact date, until Ctrl-C"
    )
    scheduler.add_argument("--smtp", metavar="HOST:PORT", help=SMTP_HELP)
    scheduler.add_argument(
        "--poll",
        type=seconds(0.1, 3600),
        default=5.0,
        help="seconds between looks (default 5)",
    )
    scheduler.set_defaults(handler=run_scheduler)

    worker = subparsers.add_parser(
        "worker",
        help="headless sender, until Ctrl-C or SIGTERM: sends the deliveries In progress "
        "that no process sends and the scheduled ones whose time has come",
    )
    worker.add_argument("--smtp", metavar="HOST:PORT", help=SMTP_HELP)
    worker.add_argument(
        "--poll",
        type=seconds(0.1, 3600),
        default=5.0,
        help="seconds between looks for deliveries to send (default 5)",
    )
    worker.set_defaults(handler=run_worker)


class _Signalled:
    """The signal that ended the work, if one did."""

    signum: int | None = None


@contextmanager
def _signals_set(token_or_event: Any) -> Iterator[_Signalled]:
    """Ctrl-C and SIGTERM end the work cleanly: nothing on the wire is left unrecorded."""
    signalled = _Signalled()

    def handler(signum: int, _frame: Any) -> None:
        signalled.signum = signum
        if isinstance(token_or_event, CancelToken):
            token_or_event.cancel()
        else:
            token_or_event.set()

    if threading.current_thread() is not threading.main_thread():
        yield signalled
        return
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield signalled
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


class _ProgressLines:
    """One progress line on stderr when the numbers change, at most once a second."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.last: tuple[int, ...] | None = None
        self.last_time = 0.0

    def __call__(self, kpis: DeliveryKpis) -> None:
        if self.quiet:
            return
        v = kpis.values
        shown = (v["processed"], v["delivered"], v["failed"])
        now = time.monotonic()
        if shown == self.last or now - self.last_time < 1.0:
            return
        self.last, self.last_time = shown, now
        print(
            f"{kpis.status.value}: {v['processed']}/{v['to_deliver']} processed, "
            f"{v['delivered']} delivered, {v['failed']} failed",
            file=sys.stderr,
            flush=True,
        )


def run_send(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    actor = ctx.actor
    # The relay first: an override the operator may not choose refuses before confirming.
    with command_relay(ctx.sessions, args.smtp, actor) as relay:

        def confirm_if_pending(session: Any) -> tuple[S, Confirmation | None]:
            status = entities.get(session, "delivery", delivery_id).status  # NotFound if gone
            if allows(status, Action.CONFIRM):
                confirmation = control.confirm_send(session, actor, delivery_id)
                return confirmation.status, confirmation
            return status, None

        status, confirmation = busy_retry.write(
            ctx.sessions, confirm_if_pending, what=f"confirm delivery {delivery_id}"
        )
        if status is S.SCHEDULED:
            return {
                "id": delivery_id,
                "status": status.value,
                "message": "scheduled: it starts at its contact date while the application "
                "or `campaign-console scheduler` runs",
            }
        if allows(status, Action.RESUME):
            raise InvalidState(
                f"delivery {delivery_id} is paused: resume it first (delivery resume {delivery_id})"
            )
        if not allows(status, Action.SEND):
            raise InvalidState(
                f"delivery {delivery_id} is {status.value}: only a delivery pending "
                "confirmation or in progress can be sent"
            )
        ensure_may_send(actor, delivery_id, confirmation)  # the engine checks it too
        token = CancelToken()
        with _signals_set(token) as signalled:
            engine = SendEngine(
                ctx.sessions,
                actor,
                delivery_id,
                relay,
                token=token,
                confirmation=confirmation,
                on_progress=_ProgressLines(args.quiet or args.json),
            )
            report = engine.run()
    if signalled.signum is not None:
        ctx.exit_code = interrupted_by(signalled.signum)
    elif report.status is not S.FINISHED:
        ctx.exit_code = EXIT_FAILED  # paused, stopped or failed: scripts must not go on
    return {
        "id": delivery_id,
        "status": report.status.value,
        "relay": relay.described,
        "sent_now": report.sent_now,
        "kpis": report.kpis.as_dict(),
        **({"reason": report.reason} if report.status is not S.FINISHED else {}),
    }


def run_confirm(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    """Only those the delivery allows may confirm (services.delivery.confirmation)."""
    delivery_id: int = args.id
    actor = ctx.actor
    status = busy_retry.write(
        ctx.sessions,
        lambda session: control.confirm(session, actor, delivery_id),
        what=f"confirm delivery {delivery_id}",
    )
    result: dict[str, Any] = {"id": delivery_id, "status": status.value}
    if status is S.SCHEDULED:
        result["note"] = (
            "it starts at its contact date while the application or "
            "`campaign-console scheduler` runs"
        )
    else:
        result["note"] = f"no process is sending it yet: run `delivery send {delivery_id}`"
    return result


def run_control(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    delivery_id: int = args.id
    actor = ctx.actor

    def act(session: Any) -> dict[str, Any]:
        result: dict[str, Any] = {"id": delivery_id}
        if args.control == "pause":
            control.pause(session, actor, delivery_id)
        elif args.control == "resume":
            control.resume(session, actor, delivery_id)
            if not control.is_sending(session, delivery_id):
                result["note"] = f"no process is sending it: run `delivery send {delivery_id}`"
        else:
            result["cancelled"] = control.stop(session, actor, delivery_id)
        result["status"] = entities.get(session, "delivery", delivery_id).status.value
        return result

    # Another process may hold the database (a long import): wait for it, then say so.
    return busy_retry.write(ctx.sessions, act, what=f"{args.control} delivery {delivery_id}")


def run_tracking_serve(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    stopping = threading.Event()
    server = TrackingServer(ctx.sessions, args.host, args.port).start()
    try:
        with _signals_set(stopping):
            # Said once Ctrl-C stops it cleanly, not before.
            print(
                f"tracking server on http://{args.host}:{server.port} (Ctrl-C stops)",
                file=sys.stderr,
            )
            while not stopping.wait(0.5):
                pass
    finally:
        server.stop()
    return {"served": f"http://{args.host}:{server.port}", "hits": server.writer.recorded}


def run_scheduler(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    # A logged-in operator runs the scheduler; the deliveries it starts were confirmed for
    # their contact date by someone allowed, and it sends them as the system.
    actor = ctx.actor
    stopping = threading.Event()
    with command_relay(ctx.sessions, args.smtp, actor) as relay:
        scheduler = Scheduler(ctx.sessions, lambda _session: relay, poll_seconds=args.poll).start()
        try:
            with _signals_set(stopping):
                print(f"scheduler running, sending through {relay} (Ctrl-C stops)", file=sys.stderr)
                # A timeout keeps the main thread waking, so a signal is handled at once.
                while not stopping.wait(0.5):
                    continue
        finally:
            scheduler.stop()
    return {"stopped": True}


def run_worker(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    # As `scheduler`: a logged-in operator starts it, it sends as the system.
    actor = ctx.actor
    stopping = threading.Event()

    def say(line: str) -> None:
        print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}", file=sys.stderr, flush=True)

    warm_up_workers()  # its first send starts its build process at once
    with command_relay(ctx.sessions, args.smtp, actor) as relay:
        worker = SendWorker(
            ctx.sessions, lambda _session: relay, poll_seconds=args.poll, say=say
        ).start()
        try:
            with _signals_set(stopping):
                say(f"worker running, sending through {relay} (Ctrl-C or SIGTERM stops)")
                # A timeout keeps the main thread waking, so a signal is handled at once.
                while not stopping.wait(0.5):
                    continue
                say("worker stopping: the messages on the wire finish, the others are handed back")
        finally:
            worker.stop()
    return {"stopped": True}

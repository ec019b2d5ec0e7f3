"""`delivery send ID [--smtp HOST:PORT]`, `delivery confirm ID`,
`delivery pause|resume|stop ID`, `tracking serve [--host H] [--port P]`, `scheduler`.

`delivery send` confirms a delivery pending confirmation (when the operator may: an
administrator, a confirmation reviewer or the owner, as services.delivery.confirmation
says), then sends it in this process until it ends, and prints the final status and
KPIs; `delivery confirm` only confirms. While a send runs, `delivery pause|resume|stop
ID` from any other process (or the GUI) steers it. Run again on a delivery In progress
(after a crash, a kill or Ctrl-C) it carries on where the last send stopped. With no
relay configured (Administration) and no --smtp, messages go to the local outbox,
started in this process for the duration of the send.

The `delivery` subcommands join that group through delivery_commands, which calls
add_delivery_subcommands(); register() adds `tracking` and `scheduler`.
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

from desktop.cli.context import CliContext
from desktop.cli.relay import command_relay
from desktop.errors import ConsoleError, InvalidState
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.delivery.kpis import DeliveryKpis
from desktop.services.delivery.lifecycle import Action, allows
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import CancelToken
from desktop.services.sending import control
from desktop.services.sending.engine import SendEngine
from desktop.services.sending.scheduler import Scheduler
from desktop.services.servers.tracking import TrackingServer

S = DeliveryStatus
SEND_ACTIONS = ("send", "pause", "resume", "stop")


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    send = actions.add_parser(
        "send",
        parents=[json_parent],
        help="confirm and send a prepared delivery in this process; prints the final KPIs",
    )
    send.add_argument("id", metavar="ID")
    send.add_argument("--smtp", metavar="HOST:PORT", help="relay to use instead of the settings")
    send.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    send.set_defaults(handler=run_send)
    confirm = actions.add_parser(
        "confirm",
        parents=[json_parent],
        help="confirm a delivery pending confirmation: Scheduled when its contact date is "
        "ahead, In progress otherwise (then `delivery send` sends it)",
    )
    confirm.add_argument("id", metavar="ID")
    confirm.set_defaults(handler=run_confirm)
    for action, text in (
        ("pause", "hand out no new message; those on the wire finish"),
        ("resume", "carry on a paused delivery"),
        ("stop", "final: cancel what was not sent"),
    ):
        parser = actions.add_parser(action, parents=[json_parent], help=text)
        parser.add_argument("id", metavar="ID")
        parser.set_defaults(handler=run_control, control=action)


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    tracking = subparsers.add_parser("tracking", help="the tracking server")
    tracking_actions = tracking.add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = tracking_actions.add_parser(
        "serve", help="serve open pixels, clicks and unsubscriptions until Ctrl-C"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", default="8765", help="port to listen on (default 8765)")
    serve.set_defaults(handler=run_tracking_serve)

    scheduler = subparsers.add_parser(
        "scheduler", help="start scheduled deliveries at their contact date, until Ctrl-C"
    )
    scheduler.add_argument("--smtp", metavar="HOST:PORT", help="relay to use")
    scheduler.add_argument("--poll", default="5", help="seconds between looks (default 5)")
    scheduler.set_defaults(handler=run_scheduler)


def _delivery_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ConsoleError(f"delivery id must be a whole number (got {text!r})") from None


@contextmanager
def _signals_set(token_or_event: Any) -> Iterator[None]:
    """Ctrl-C and SIGTERM end the work cleanly: nothing on the wire is left unrecorded."""

    def handler(_signum: int, _frame: Any) -> None:
        if isinstance(token_or_event, CancelToken):
            token_or_event.cancel()
        else:
            token_or_event.set()

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
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
    delivery_id = _delivery_id(args.id)
    actor = ctx.actor

    def confirm_if_pending(session: Any) -> S:
        status = entities.get(session, "delivery", delivery_id).status  # NotFound if gone
        if allows(status, Action.CONFIRM):
            status = control.confirm(session, actor, delivery_id)
        return status

    status = busy_retry.write(
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
            f"delivery {delivery_id} is {status.value}: only a delivery pending confirmation "
            "or in progress can be sent"
        )
    token = CancelToken()
    with command_relay(ctx.sessions, args.smtp) as relay, _signals_set(token):
        engine = SendEngine(
            ctx.sessions,
            actor,
            delivery_id,
            relay,
            token=token,
            on_progress=_ProgressLines(args.quiet or args.json),
        )
        report = engine.run()
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
    delivery_id = _delivery_id(args.id)
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
    delivery_id = _delivery_id(args.id)
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


def _port(text: str, what: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise ConsoleError(f"{what} must be a port number 0-65535 (got {text!r})")
    return int(text)


def run_tracking_serve(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    port = _port(args.port, "--port")
    stopping = threading.Event()
    server = TrackingServer(ctx.sessions, args.host, port).start()
    print(f"tracking server on http://{args.host}:{server.port} (Ctrl-C stops)", file=sys.stderr)
    try:
        with _signals_set(stopping):
            while not stopping.wait(0.5):
                pass
    finally:
        server.stop()
    return {"served": f"http://{args.host}:{server.port}", "hits": server.writer.recorded}


def run_scheduler(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    try:
        poll = float(args.poll)
    except ValueError:
        raise ConsoleError(f"--poll must be a number of seconds (got {args.poll!r})") from None
    _ = ctx.actor  # a logged-in operator runs the scheduler
    stopping = threading.Event()
    with command_relay(ctx.sessions, args.smtp) as relay:
        scheduler = Scheduler(ctx.sessions, lambda _session: relay, poll_seconds=poll).start()
        print(f"scheduler running, sending through {relay} (Ctrl-C stops)", file=sys.stderr)
        try:
            with _signals_set(stopping):
                while not stopping.wait(0.5):
                    pass
        finally:
            scheduler.stop()
    return {"stopped": True}

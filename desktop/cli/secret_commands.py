"""`secret status`, `secret rotate [--grace-days N] [--print] [--start-over]`: the keys that
sign tracking links (services.access.tracking_keys). Administrators only."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from typing import Any

from desktop.cli.context import CliContext
from desktop.errors import ConsoleError
from desktop.services.access import tracking_keys
from desktop.services.access.tracking_keys import (
    DEFAULT_GRACE,
    KEY_FILE_ENV,
    KEYS_ENV,
    KeyState,
)
from desktop.services.runtime import busy_retry

# Longer than any use a grace period has (a year and a day would already be generous).
MAX_GRACE_DAYS = 3660


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "secret",
        help="the keys that sign tracking links",
        description=(
            "The keys that sign tracking links live outside the database: in "
            f"{KEYS_ENV} (one line), in the file {KEY_FILE_ENV} names, or else in the "
            "user's data folder (0600). Several processes or machines on one database "
            "share them: the same file on each, or the same variable."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    actions.add_parser(
        "status",
        parents=[json_parent],
        help="where the keys are, and until when each verifies (fingerprints, never keys)",
    ).set_defaults(handler=run_status)

    rotate = actions.add_parser(
        "rotate",
        parents=[json_parent],
        help="a new key signs from now on; the one it replaces verifies links already sent "
        "for a grace period, then is dropped",
    )
    rotate.add_argument(
        "--grace-days",
        metavar="N",
        default=str(DEFAULT_GRACE.days),
        help=f"days the replaced key still verifies (default {DEFAULT_GRACE.days}); at least "
        "a delivery's validity period plus the time people still open its messages",
    )
    rotate.add_argument(
        "--print",
        action="store_true",
        dest="reveal",
        help=f"when the keys come from {KEYS_ENV}: print its new value (a secret) to set in "
        "the environment of every process; nothing is written",
    )
    rotate.add_argument(
        "--start-over",
        action="store_true",
        help="the keys are lost: make new ones (the tracking links already sent stop working)",
    )
    rotate.set_defaults(handler=run_rotate)


def _grace(text: str) -> timedelta:
    try:
        days = int(text)
    except ValueError:
        raise ConsoleError(f"--grace-days must be a whole number of days (got {text!r})") from None
    if not 0 <= days <= MAX_GRACE_DAYS:
        raise ConsoleError(f"--grace-days must be between 0 and {MAX_GRACE_DAYS} (got {days})")
    return timedelta(days=days)


def _keys(states: list[KeyState]) -> list[dict[str, Any]]:
    return [
        {
            "fingerprint": state.fingerprint,
            "use": "signs" if state.verifies_until is None else "verifies",
            "until": state.verifies_until,
        }
        for state in states
    ]


def run_status(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    # The first use creates the keys: a write.
    found = busy_retry.write(
        ctx.sessions,
        lambda session: tracking_keys.status(session, actor),
        what="read the tracking keys",
    )
    result: dict[str, Any] = {"keys_in": found.where, "ring": found.ring_id}
    if found.readable_by_others:
        result["warning"] = "other users of this machine may read the key file: chmod 600 it"
    result["keys"] = _keys(found.keys)
    return result


def run_rotate(ctx: CliContext, args: argparse.Namespace) -> Any:
    grace = _grace(args.grace_days)
    actor = ctx.actor
    rotation = busy_retry.write(
        ctx.sessions,
        lambda session: tracking_keys.rotate(
            session, actor, grace=grace, reveal=args.reveal, start_over=args.start_over
        ),
        what="rotate the tracking key",
    )
    if rotation.environment_value is not None:
        print(
            f"campaign-console: note: set {KEYS_ENV} to the line below in the environment of "
            "every process on this database, then restart them",
            file=sys.stderr,
        )
        return rotation.environment_value
    return {"keys_in": rotation.where, "keys": _keys(rotation.keys)}

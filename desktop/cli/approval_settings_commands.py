"""`campaign approvals ID ...` and `delivery approvals ID ...`: which steps need approval,
who reviews them and who may confirm the send. Without an option, prints the settings.

These join the `campaign` and `delivery` command groups: campaign_commands and
delivery_commands call add_campaign_subcommands() and add_delivery_subcommands().
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import record_id
from desktop.cli.context import CliContext
from desktop.services.delivery.approval_settings import (
    KNOWN_STEPS,
    ApprovalSettingsView,
    SettingsOwner,
    campaign_settings,
    delivery_settings,
    set_approval_settings,
)
from desktop.services.runtime import busy_retry

REVIEWERS_HELP = (
    "approval reviewers, comma-separated operator or group names; STEP:NAME reviews that "
    "step only (targeting:erik), NAME every step; group:NAME or operator:NAME when an "
    "operator and a group share the name; '' names none (then the owner reviews)"
)
CONFIRMATION_HELP = (
    "who may confirm the send, comma-separated operator or group names ('' names none: "
    "then the owner)"
)


def _add_parser(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser, source: str
) -> None:
    overrides = (
        "; setting them makes the delivery follow its own settings instead of its campaign's"
        if source == "delivery"
        else ""
    )
    parser = actions.add_parser(
        "approvals",
        parents=[json_parent],
        help=f"show or set the {source}'s approval steps and reviewers{overrides}",
        description=f"Without an option, prints the approval settings the {source} follows. "
        f"With options, sets them{overrides}. Options left out keep their value.",
    )
    parser.add_argument("id", metavar="ID", type=record_id(source))
    parser.add_argument(
        "--steps",
        metavar="STEP,...",
        help=f"steps that need approval ({KNOWN_STEPS}; budget only with targeting); "
        "'' or none: no approval",
    )
    parser.add_argument("--reviewers", metavar="NAME,...", help=REVIEWERS_HELP)
    parser.add_argument("--confirmation-reviewers", metavar="NAME,...", help=CONFIRMATION_HELP)
    parser.set_defaults(handler=run_approvals, source=source)


def add_campaign_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    _add_parser(actions, json_parent, "campaign")


def add_delivery_subcommands(
    actions: argparse._SubParsersAction, json_parent: argparse.ArgumentParser
) -> None:
    _add_parser(actions, json_parent, "delivery")


def _names(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [part.strip() for part in text.split(",") if part.strip()]


def _steps(text: str) -> list[str]:
    names = _names(text) or []
    return [] if [name.lower() for name in names] == ["none"] else names


def _shown(source: SettingsOwner, object_id: int, view: ApprovalSettingsView) -> dict[str, Any]:
    return {source: object_id, **view.as_dict()}


def run_approvals(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    source: SettingsOwner = args.source
    object_id: int = args.id
    actor = ctx.actor
    read = campaign_settings if source == "campaign" else delivery_settings
    changing = (args.steps, args.reviewers, args.confirmation_reviewers) != (None, None, None)
    if not changing:
        with ctx.sessions() as session:
            return _shown(source, object_id, read(session, object_id))

    def change(session: Any) -> dict[str, Any]:
        steps = _steps(args.steps) if args.steps is not None else read(session, object_id).steps
        view = set_approval_settings(
            session,
            actor,
            source,
            object_id,
            steps,
            reviewers=_names(args.reviewers),
            confirmation_reviewers=_names(args.confirmation_reviewers),
        )
        return _shown(source, object_id, view)

    return busy_retry.write(ctx.sessions, change, what=f"set the approvals of {source} {object_id}")

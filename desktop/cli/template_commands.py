"""`template list`, `template create --from-delivery ID --label L`, `template show ID`.

A delivery is made from a template with `delivery create --template ID ...`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.arguments import record_id
from desktop.cli.context import CliContext
from desktop.services import entities
from desktop.services.entities import delivery_templates
from desktop.services.runtime import busy_retry


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "template", help="delivery templates: everything of a delivery but audience and schedule"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    list_ = actions.add_parser("list", parents=[json_parent], help="every delivery template")
    list_.set_defaults(handler=run_list)

    show = actions.add_parser("show", parents=[json_parent], help="a template's values")
    show.add_argument("id", metavar="ID", type=record_id("template"))
    show.set_defaults(handler=run_show)

    create = actions.add_parser(
        "create", parents=[json_parent], help="a new template from a delivery"
    )
    create.add_argument(
        "--from-delivery",
        dest="delivery",
        metavar="ID",
        type=record_id("delivery"),
        required=True,
        help="the delivery whose content, sender, proof target, typology, provider and "
        "approval settings the template keeps (not its audience nor its schedule)",
    )
    create.add_argument("--label", required=True, help="the template's name")
    create.set_defaults(handler=run_create)


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        return delivery_templates.template_rows(session)


def run_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    _ = ctx.actor
    with ctx.sessions() as session:
        template = entities.get(session, "delivery_template", args.id)
        values = entities.values_of("delivery_template", template)
    values["channel"] = values["channel"].value
    return values


def run_create(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    return busy_retry.write(
        ctx.sessions,
        lambda session: {
            "id": delivery_templates.save_as_template(session, actor, args.delivery, args.label).id
        },
        what=f"create the template {args.label!r}",
    )

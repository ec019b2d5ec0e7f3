"""`delivery create ...`, `delivery show ID`, `delivery list [--status S]`; the other
`delivery` commands come from the modules of DELIVERY_SUBCOMMAND_MODULES."""

from __future__ import annotations

import argparse
import os
import stat
from typing import Any

from desktop.cli import (
    approval_settings_commands,
    check_commands,
    cost_commands,
    direct_mail_commands,
    prepare_commands,
    proof_commands,
    send_commands,
)
from desktop.cli.arguments import count, record_id
from desktop.cli.context import CliContext
from desktop.cli.parser import UsageError
from desktop.errors import ConsoleError
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.audience.conditions import condition_from_json
from desktop.services.delivery.summary import summary
from desktop.services.entities import delivery_templates
from desktop.services.entities.providers import provider_id
from desktop.services.entities.rows import delivery_rows
from desktop.services.messages.template_context import (
    CUSTOM_FIELD,
    placeholder,
    template_variables,
)
from desktop.services.runtime import busy_retry

DEFAULT_LIST_LIMIT = 1000
MAX_CONTENT_BYTES = 10_000_000  # an e-mail's HTML or text part; mail clients clip at 0.1 MB
# Modules whose add_delivery_subcommands(actions, json_parent) join the `delivery` group.
DELIVERY_SUBCOMMAND_MODULES = (
    prepare_commands,
    send_commands,
    proof_commands,
    check_commands,
    approval_settings_commands,
    cost_commands,
    direct_mail_commands,
)


def register(subparsers: argparse._SubParsersAction, json_parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("delivery", help="create, show and list deliveries")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser(
        "create",
        parents=[json_parent],
        help="create a delivery",
        description="Creates a delivery. With --template, it starts from a delivery template "
        "(`template list`): every option given replaces the template's value, and those "
        "required otherwise may be left out (the label defaults to the template's).",
        epilog=_template_variables_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Ids and choices are checked by the services, which name the field in one line.
    create.add_argument(
        "--template", metavar="ID", type=record_id("template"), help="delivery template id"
    )
    create.add_argument(
        "--campaign", metavar="ID", help="campaign id (required without --template)"
    )
    create.add_argument("--label", help="required without --template")
    create.add_argument(
        "--subject",
        help="subject (a template); required for an e-mail without --template; for direct "
        "mail, the router notification's",
    )
    create.add_argument(
        "--html",
        metavar="FILE",
        help="HTML content (UTF-8, a template); required for an e-mail without --template",
    )
    create.add_argument(
        "--text",
        metavar="FILE",
        help="text content (UTF-8, a template); for direct mail, the router notification's",
    )
    create.add_argument("--sender", metavar="ADDR", help="sender address")
    create.add_argument("--sender-name", metavar="NAME", help="sender name (From: display name)")
    create.add_argument("--channel", metavar="email|direct_mail", help="default: email")
    create.add_argument(
        "--provider", metavar="NAME", help="service provider (name or id): direct mail needs one"
    )
    create.add_argument(
        "--audience",
        metavar="JSON",
        help='filter, such as {"field": "country", "op": "=", "value": "FR"}; '
        "default: every recipient",
    )
    create.set_defaults(handler=run_create)

    show = actions.add_parser("show", parents=[json_parent], help="status, KPIs, exclusions")
    show.add_argument("id", metavar="ID", type=record_id("delivery"))
    show.set_defaults(handler=run_show)

    list_ = actions.add_parser("list", parents=[json_parent], help="deliveries, newest last")
    list_.add_argument("--status", metavar="STATUS", help="only this status (machine name)")
    list_.add_argument(
        "--limit",
        metavar="N",
        type=count(),
        default=DEFAULT_LIST_LIMIT,
        help=f"at most N deliveries, the newest (default {DEFAULT_LIST_LIMIT}; 0: all)",
    )
    list_.set_defaults(handler=run_list)

    for module in DELIVERY_SUBCOMMAND_MODULES:
        module.add_delivery_subcommands(actions, json_parent)


def read_text_file(path: str, what: str) -> str:
    """A UTF-8 file's text; one ConsoleError naming the file (and line) otherwise. Only a
    regular file of at most MAX_CONTENT_BYTES is read: /dev/zero or a named pipe would
    never end."""
    try:
        # Non-blocking: opening a named pipe would otherwise wait for a writer.
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ConsoleError(f"{what} file {path}: not a regular file")
            data = handle.read(MAX_CONTENT_BYTES + 1)
    except OSError as exc:
        raise ConsoleError(f"{what} file {path}: cannot be read ({exc.strerror})") from None
    if len(data) > MAX_CONTENT_BYTES:
        raise ConsoleError(f"{what} file {path}: larger than {MAX_CONTENT_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConsoleError(
            f"{what} file {path}: not UTF-8 text (line {line}, byte 0x{data[exc.start]:02x})"
        ) from None
    if "\x00" in text:  # PostgreSQL cannot store it in text; SQLite would
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ConsoleError(f"{what} file {path}: not text (a NUL byte on line {line})")
    return text


def parse_audience(text: str) -> Any:
    """The --audience tree, checked (services.audience.conditions): nothing is stored when
    the text or the condition is wrong."""
    return condition_from_json(text, source="--audience", path="audience")


def _template_variables_help() -> str:
    """The variables the subject, HTML and text can use (template_context, as the GUI's
    field picker lists them)."""
    variables = [placeholder(name) for name in template_variables()]
    lines, line = [], " "
    for shown in variables:
        if len(line) + len(shown) > 78:
            lines.append(line)
            line = " "
        line += " " + shown
    lines.append(line)
    return (
        "The subject, HTML and text are Jinja2 templates; each recipient's message can use:\n"
        + "\n".join(lines)
        + f"\n  and a recipient's custom fields as {placeholder(CUSTOM_FIELD)}."
    )


# What `delivery create` needs when no template gives it.
REQUIRED_WITHOUT_TEMPLATE = (("campaign", "--campaign"), ("label", "--label"),
                             ("subject", "--subject"), ("html", "--html"))  # fmt: skip


def run_create(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    if args.template is None:
        # Direct mail has no message of its own: its subject and text are the router's.
        email = args.channel in (None, "email")
        required = REQUIRED_WITHOUT_TEMPLATE if email else REQUIRED_WITHOUT_TEMPLATE[:2]
        missing = [flag for name, flag in required if getattr(args, name) is None]
        if missing:
            raise UsageError(
                "delivery create: the following arguments are required without --template: "
                + ", ".join(missing)
                + " (see campaign-console delivery create --help)"
            )
    # Read and check every input before touching the database.
    values: dict[str, Any] = {}
    for name, key in (("campaign", "campaign_id"), ("label", "label"), ("subject", "subject")):
        if getattr(args, name) is not None:
            values[key] = getattr(args, name)
    if args.channel is not None or args.template is None:
        values["channel"] = args.channel or "email"
    if args.html:
        values["html"] = read_text_file(args.html, "HTML")
    if args.text:
        values["text"] = read_text_file(args.text, "text")
    if args.sender:
        values["sender_address"] = args.sender
    if args.sender_name is not None:
        values["sender_name"] = args.sender_name
    if args.audience:
        values["audience_filter"] = parse_audience(args.audience)
    actor = ctx.actor
    template = args.template

    def create(session: Any) -> dict[str, Any]:
        if args.provider is not None:
            values["provider_id"] = provider_id(session, args.provider)
        if template is None:
            return {"id": entities.create(session, actor, "delivery", values).id}
        return {"id": delivery_templates.create_delivery(session, actor, template, values).id}

    label = args.label if args.label is not None else f"from template {template}"
    return busy_retry.write(ctx.sessions, create, what=f"create the delivery {label!r}")


def run_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    _ = ctx.actor  # reading needs a logged-in operator
    with ctx.sessions() as session:
        return summary(session, args.id)


def run_list(ctx: CliContext, args: argparse.Namespace) -> list[dict[str, Any]]:
    status = None
    if args.status:
        try:
            status = DeliveryStatus(args.status)
        except ValueError:
            known = ", ".join(s.value for s in DeliveryStatus)
            raise ConsoleError(
                f"--status: unknown status {args.status!r} (known: {known})"
            ) from None
    _ = ctx.actor
    with ctx.sessions() as session:
        rows = delivery_rows(session, status, args.limit)
    rows.reverse()  # the newest last, as a terminal shows them
    return rows

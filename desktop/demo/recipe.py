"""What the demo is made of: every data file in resources/demo, read and checked at once.

The builder reads nothing else, and reads it all before it writes anything. Messages,
recipients and sends each have their module (content, recipients, sends), which states the
shape of its files; the shapes of the other files are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.demo.content import Message, load_messages
from desktop.demo.data_files import DemoDataError, ListOf, Shape, read_text, read_toml
from desktop.demo.recipients import Population, load_population
from desktop.demo.sends import SENT_STATUSES, load_send_habits
from desktop.models.enums import (
    ApprovalKind,
    Channel,
    ControlCheck,
    ControlPhase,
    CostCategory,
    CostFormula,
    DeliveryStatus,
    ReviewerRole,
    Severity,
    TypologyRuleType,
)

# The shapes of the builder's files. Most keys are the fields of the model they fill;
# `key` names an item that others refer to.
TEAM = Shape(
    {
        "prepared_by": str,
        "administrator": Shape({"email": str, "language": str}),
        "operator": ListOf(
            Shape({"name": str, "label": str, "email": str, "language": str, "group": str})
        ),
    }
)
AUDIENCE = Shape(
    {
        "quarantine_reasons": ListOf(str),
        "list": ListOf(
            Shape(
                {"key": str, "label": str, "description": str},
                {"members": dict, "staff": bool, "is_proof_target": bool},
            )
        ),
    }
)
RULE = Shape(
    {"name": str, "label": str, "rule_type": TypologyRuleType},
    {
        "control_check": ControlCheck,
        "control_phase": ControlPhase,
        "control_threshold": int,
        "severity": Severity,
        "priority": int,
        "description": str,
        "condition": dict,
        "max_messages": int,
        "period_days": int,
    },
)
TYPOLOGY = Shape({"typology": Shape({"name": str, "label": str}), "rule": ListOf(RULE)})
COST_STRUCTURE = Shape(
    {"label": str, "category": CostCategory, "formula": CostFormula},
    {
        "bands": ListOf(Shape({"from": int, "price": Decimal})),
        "stock_item": str,
        "unit_price": Decimal,
        "batch_size": int,
        "fixed_part": Decimal,
    },
)
PROVIDERS = Shape(
    {
        "provider": ListOf(
            Shape(
                {
                    "key": str,
                    "name": str,
                    "contact": str,
                    "router_email": str,
                    "drop_folder": str,
                    "export_format": ListOf(str),
                },
                {"cost_structure": ListOf(COST_STRUCTURE), "returns_results": bool},
            )
        ),
        "stock": ListOf(
            Shape(
                {
                    "label": str,
                    "provider": str,
                    "line": ListOf(
                        Shape(
                            {"item": str, "initial_stock": int, "alert_level": int},
                            {
                                "consumed": int,
                                # quantity, and the day it arrives (days from the demo's day)
                                "order": ListOf(Shape({"quantity": int, "day": int})),
                            },
                        )
                    ),
                },
                {"operators": ListOf(str)},
            )
        ),
    }
)
CAMPAIGNS = Shape(
    {
        "program": ListOf(Shape({"key": str, "label": str, "description": str})),
        "budget": ListOf(
            Shape(
                {
                    "key": str,
                    "label": str,
                    "allocated": Decimal,
                }
            )
        ),
        "campaign": ListOf(
            Shape(
                {
                    "key": str,
                    "label": str,
                    "program": str,
                    "owner": str,
                    "start": int,
                    "end": int,
                    "budget": str,
                    "description": str,
                },
                {
                    "approvals": ListOf(ApprovalKind),
                    "reviewer": ListOf(
                        Shape({"role": ReviewerRole}, {"operator": str, "group": str})
                    ),
                },
            )
        ),
    }
)
DELIVERY = Shape(
    {"campaign": str, "label": str},
    {
        "message": str,
        "html": str,
        "subject": str,
        "audience": dict,
        "audience_list": str,
        "contact_in_days": float,
        "channel": Channel,
        "provider": str,
        "proofs": bool,
        "override_approvals": bool,
        "sent": Shape(
            {"status": DeliveryStatus, "started_days_ago": float, "share": float},
            {"costed": bool},
        ),
        "preparation_failed": Shape({"days_ago": float}),
        "prepare": bool,
        "prepared_days_ago": float,
        "approved": ListOf(
            Shape({"step": ApprovalKind, "by": str, "days_ago": float}, {"comment": str})
        ),
    },
)
TEMPLATES = Shape(
    {
        "template": ListOf(
            Shape(
                {"label": str, "description": str, "channel": Channel},
                {
                    "message": str,
                    "provider": str,
                    "subject": str,
                    "approve_content": bool,
                    "approve_extraction": bool,
                },
            )
        )
    }
)
DELIVERIES = Shape(
    {
        "sender_address": str,
        "sender_name": str,
        "reply_to": str,
        "proof_list": str,
        "sending_cost": Shape({"label": str, "per_message": Decimal, "fixed_part": Decimal}),
        "delivery": ListOf(DELIVERY),
    }
)


@dataclass(frozen=True)
class Recipe:
    """Every demo data file, read and checked."""

    team: dict[str, Any]
    audience: dict[str, Any]
    typology: dict[str, Any]
    providers: dict[str, Any]
    campaigns: dict[str, Any]
    deliveries: dict[str, Any]
    templates: dict[str, Any]
    messages: dict[str, Message]
    html_files: dict[str, str]  # the deliveries' own HTML, by file name
    population: Population
    send_habits: dict[str, Any]

    @classmethod
    def load(cls) -> Recipe:
        campaigns = read_toml("campaigns.toml", CAMPAIGNS)
        _check_reviewers(campaigns)
        deliveries = read_toml("deliveries.toml", DELIVERIES)
        _check_deliveries(deliveries)
        html_names = {d["html"] for d in deliveries["delivery"] if "html" in d}
        return cls(
            team=read_toml("team.toml", TEAM),
            audience=read_toml("audience.toml", AUDIENCE),
            typology=read_toml("typology.toml", TYPOLOGY),
            providers=read_toml("providers.toml", PROVIDERS),
            campaigns=campaigns,
            deliveries=deliveries,
            templates=read_toml("templates.toml", TEMPLATES),
            messages=load_messages(),
            html_files={name: read_text(name) for name in sorted(html_names)},
            population=load_population(),
            send_habits=load_send_habits(),
        )


def _check_reviewers(campaigns: dict[str, Any]) -> None:
    for campaign in campaigns["campaign"]:
        for who in campaign.get("reviewer", []):
            if ("operator" in who) == ("group" in who):
                problem = "give an operator or a group, not both"
                where = f"reviewer of campaign {campaign['key']!r}"
                raise DemoDataError("campaigns.toml", f"{where}: {problem}")


def _check_deliveries(deliveries: dict[str, Any]) -> None:
    for delivery in deliveries["delivery"]:
        where = f"delivery {delivery['label']!r}"
        # The HTML replaces a message's; a failed preparation is that of a message.
        for needs_message in ("html", "preparation_failed"):
            if needs_message in delivery and "message" not in delivery:
                raise DemoDataError("deliveries.toml", f"{where}: {needs_message} needs a message")
        for needs_preparation in ("prepared_days_ago", "approved"):
            if needs_preparation in delivery and not delivery.get("prepare"):
                raise DemoDataError(
                    "deliveries.toml", f"{where}: {needs_preparation} needs prepare = true"
                )
        prepared_days_ago = delivery.get("prepared_days_ago", 0.0)
        for n, decision in enumerate(delivery.get("approved", []), 1):
            if not 0 <= decision["days_ago"] <= prepared_days_ago:
                raise DemoDataError(
                    "deliveries.toml",
                    f"{where}: approved[{n}].days_ago: a step is decided after the preparation "
                    f"(prepared_days_ago {prepared_days_ago:g}) and before today",
                )
        sent = delivery.get("sent")
        if sent and sent["status"] not in SENT_STATUSES:
            allowed = ", ".join(status.value for status in SENT_STATUSES)
            raise DemoDataError("deliveries.toml", f"{where}: sent.status is one of {allowed}")

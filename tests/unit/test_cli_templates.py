"""`template list | show | create --from-delivery` and `delivery create --template` from
the command line: the options given win over the template's, the ones required without a
template may be left out, and a bad value is one line that stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Delivery, DeliveryTemplate
from tests.unit.test_cli_delivery import Cli, campaign, cli, html  # noqa: F401  (fixtures)


@pytest.fixture
def delivery(cli: Cli, campaign: str, html: Path) -> int:  # noqa: F811
    audience = '{"field": "country", "op": "=", "value": "SE"}'
    return cli.json(
        "delivery", "create", "--campaign", campaign, "--label", "Spring sale",
        "--subject", "Hello {{ recipient.first_name }}", "--html", str(html),
        "--sender", "news@example.com", "--sender-name", "Shop", "--audience", audience,
    )["id"]  # fmt: skip


@pytest.fixture
def template(cli: Cli, delivery: int) -> int:  # noqa: F811
    return cli.json("template", "create", "--from-delivery", str(delivery), "--label", "Sale")["id"]


def test_a_template_made_from_a_delivery_is_listed_and_shown(
    cli: Cli,  # noqa: F811
    template: int,
    delivery: int,
) -> None:
    assert cli.json("template", "list") == [
        {
            "id": template,
            "label": "Sale",
            "channel": "email",
            "subject": "Hello {{ recipient.first_name }}",
            "description": f"from delivery {delivery}: Spring sale",
        }
    ]
    shown = cli.json("template", "show", str(template))
    assert (shown["label"], shown["sender_address"], shown["sender_name"]) == (
        "Sale", "news@example.com", "Shop"
    )  # fmt: skip
    assert "audience_filter" not in shown and "contact_date" not in shown


def test_delivery_create_from_a_template_needs_only_the_template(
    cli: Cli,  # noqa: F811
    template: int,
    campaign: str,  # noqa: F811
    sessions: sessionmaker[Session],
) -> None:
    made = cli.json("delivery", "create", "--template", str(template), "--campaign", campaign)
    alone = cli.json("delivery", "create", "--template", str(template))
    with sessions() as session:
        first = session.get(Delivery, made["id"])
        second = session.get(Delivery, alone["id"])
        assert first is not None and second is not None
        assert (first.label, first.subject, first.sender_address) == (
            "Sale", "Hello {{ recipient.first_name }}", "news@example.com"
        )  # fmt: skip
        assert first.campaign_id == int(campaign) and second.campaign_id is None
        assert first.audience_filter is None  # the audience is the delivery's own


def test_options_given_replace_the_templates_values(
    cli: Cli,  # noqa: F811
    template: int,
    campaign: str,  # noqa: F811
    tmp_path: Path,
    sessions: sessionmaker[Session],
) -> None:
    other = tmp_path / "other.html"
    other.write_text("<p>Other</p>", encoding="utf-8")
    made = cli.json(
        "delivery", "create", "--template", str(template), "--campaign", campaign,
        "--label", "Autumn", "--subject", "Autumn news", "--html", str(other),
        "--sender", "autumn@example.com",
        "--audience", '{"field": "country", "op": "=", "value": "NL"}',
    )  # fmt: skip
    with sessions() as session:
        delivery = session.get(Delivery, made["id"])
        assert delivery is not None
        assert (delivery.label, delivery.subject, delivery.html, delivery.sender_address) == (
            "Autumn", "Autumn news", "<p>Other</p>", "autumn@example.com"
        )  # fmt: skip
        assert delivery.sender_name == "Shop"  # not given: the template's
        assert delivery.audience_filter == {"field": "country", "op": "=", "value": "NL"}


def test_without_a_template_the_usual_options_are_still_required(cli: Cli) -> None:  # noqa: F811
    err = cli.error("delivery", "create", "--label", "Alone")
    assert "required without --template: --campaign, --subject, --html" in err


def test_bad_input_names_what_is_wrong_and_stores_nothing(
    cli: Cli,  # noqa: F811
    template: int,
    delivery: int,
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session:
        deliveries = session.scalar(select(func.count()).select_from(Delivery))
    assert "Sender address: is not a valid e-mail address" in cli.error(
        "delivery", "create", "--template", str(template), "--sender", "nobody"
    )
    assert "delivery template 999 does not exist" in cli.error(
        "delivery", "create", "--template", "999"
    )
    assert "a template id" in cli.error("delivery", "create", "--template", "x")
    assert "delivery 999 does not exist" in cli.error(
        "template", "create", "--from-delivery", "999", "--label", "T"
    )
    assert "Label: is required" in cli.error(
        "template", "create", "--from-delivery", str(delivery), "--label", "  "
    )
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Delivery)) == deliveries
        assert session.scalar(select(func.count()).select_from(DeliveryTemplate)) == 1

"""Delivery templates: what a template keeps of a delivery, what a delivery made from one
gets, and what is refused (naming the field, storing nothing)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import PermissionDenied, ValidationError
from desktop.models import Delivery, DeliveryTemplate, RecipientList, Typology
from desktop.models.enums import ApprovalKind, Channel
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.delivery.approval_settings import delivery_settings, set_approval_settings
from desktop.services.entities import delivery_templates


@pytest.fixture
def campaign_id(sessions: sessionmaker[Session], manager: Actor) -> int:
    with sessions.begin() as session:
        return entities.create(session, manager, "campaign", {"label": "Spring"}).id


@pytest.fixture
def delivery_id(sessions: sessionmaker[Session], manager: Actor, campaign_id: int) -> int:
    """A delivery with an audience, a schedule, content and its own approval settings."""
    with sessions.begin() as session:
        typology = Typology(name="newsletters", label="Newsletters")
        proofs = RecipientList(label="Seeds", is_proof_target=True)
        session.add_all([typology, proofs])
        session.flush()
        delivery = entities.create(
            session,
            manager,
            "delivery",
            {
                "campaign_id": campaign_id,
                "label": "March newsletter",
                "subject": "News for {{ recipient.first_name }}",
                "sender_name": "Shop",
                "sender_address": "news@example.com",
                "reply_to": "help@example.com",
                "html": "<p>Hello {{ recipient.first_name }}</p>",
                "text": "Hello",
                "audience_filter": {"field": "country", "op": "=", "value": "FR"},
                "contact_date": "2030-03-01 09:00",
                "typology_id": typology.id,
                "proof_list_id": proofs.id,
                "control_group_percent": 5,
                "messages_per_hour": 5000,
            },
        )
        set_approval_settings(
            session, manager, "delivery", delivery.id, ["targeting", "content"],
            ["targeting:reviewer"], ["manager"],
        )  # fmt: skip
        return delivery.id


def _template(sessions: sessionmaker[Session], template_id: int) -> DeliveryTemplate:
    with sessions() as session:
        template = session.get(DeliveryTemplate, template_id)
        assert template is not None
        return template


def test_a_template_keeps_everything_but_the_audience_and_the_schedule(
    sessions: sessionmaker[Session], manager: Actor, delivery_id: int
) -> None:
    with sessions.begin() as session:
        template_id = delivery_templates.save_as_template(
            session, manager, delivery_id, "Newsletter"
        ).id
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        for name in delivery_templates.COPIED_FIELDS:
            assert getattr(session.get(DeliveryTemplate, template_id), name) == getattr(
                delivery, name
            ), name
    template = _template(sessions, template_id)
    assert template.label == "Newsletter"
    assert template.subject == "News for {{ recipient.first_name }}"
    assert template.override_approvals and template.approve_targeting and template.approve_content
    assert template.reviewers == ["targeting:reviewer"]
    assert template.confirmation_reviewers == ["manager"]
    assert "March newsletter" in template.description
    for audience_or_schedule in ("audience_filter", "audience_list_id", "contact_date"):
        assert not hasattr(template, audience_or_schedule)


def test_a_delivery_from_a_template_gets_its_values_and_those_given_win(
    sessions: sessionmaker[Session], manager: Actor, delivery_id: int, campaign_id: int
) -> None:
    with sessions.begin() as session:
        template_id = delivery_templates.save_as_template(
            session, manager, delivery_id, "Newsletter"
        ).id
    with sessions.begin() as session:
        made = delivery_templates.create_delivery(
            session,
            manager,
            template_id,
            {
                "campaign_id": campaign_id,
                "label": "April newsletter",
                "subject": "April news",
                "audience_filter": {"field": "country", "op": "=", "value": "SE"},
            },
        )
        made_id = made.id
    with sessions() as session:
        made = session.get(Delivery, made_id)
        template = session.get(DeliveryTemplate, template_id)
        assert made is not None and template is not None
        assert (made.label, made.subject, made.campaign_id) == (
            "April newsletter", "April news", campaign_id
        )  # fmt: skip
        assert made.audience_filter == {"field": "country", "op": "=", "value": "SE"}
        assert made.contact_date is None  # the schedule is the delivery's own
        for name in (
            "html",
            "text",
            "sender_address",
            "sender_name",
            "reply_to",
            "typology_id",
            "proof_list_id",
            "control_group_percent",
            "messages_per_hour",
        ):
            assert getattr(made, name) == getattr(template, name), name
        settings = delivery_settings(session, made_id)
        assert settings.source == "delivery"
        assert settings.steps == (ApprovalKind.TARGETING, ApprovalKind.CONTENT)
        assert [r.name for r in settings.reviewers_of(ApprovalKind.TARGETING)] == ["reviewer"]
        assert [r.name for r in settings.confirmation_reviewers] == ["manager"]


def test_a_later_edit_of_the_template_changes_no_delivery_made_from_it(
    sessions: sessionmaker[Session], manager: Actor, delivery_id: int, campaign_id: int
) -> None:
    with sessions.begin() as session:
        template_id = delivery_templates.save_as_template(session, manager, delivery_id, "T").id
        made_id = delivery_templates.create_delivery(
            session, manager, template_id, {"campaign_id": campaign_id}
        ).id
    with sessions.begin() as session:
        entities.update(session, manager, "delivery_template", template_id, {"subject": "Other"})
    with sessions() as session:
        made = session.get(Delivery, made_id)
        assert made is not None
        assert made.label == "T"  # the template's label when none is given
        assert made.subject == "News for {{ recipient.first_name }}"


def test_a_bad_value_over_a_template_stores_nothing_and_names_the_field(
    sessions: sessionmaker[Session], manager: Actor, delivery_id: int, campaign_id: int
) -> None:
    with sessions.begin() as session:
        template_id = delivery_templates.save_as_template(session, manager, delivery_id, "T").id
    with sessions() as session:
        before = session.scalar(select(func.count()).select_from(Delivery))
    with pytest.raises(ValidationError) as refused, sessions.begin() as session:
        delivery_templates.create_delivery(
            session, manager, template_id,
            {"campaign_id": campaign_id, "sender_address": "not an address"},
        )  # fmt: skip
    assert refused.value.field == "Sender address"
    assert refused.value.value == "not an address"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Delivery)) == before


def test_a_template_naming_an_unknown_reviewer_is_refused_whole(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    with pytest.raises(ValidationError) as refused, sessions.begin() as session:
        entities.create(
            session, manager, "delivery_template",
            {"label": "T", "channel": "email", "override_approvals": True,
             "approve_content": True, "reviewers": ["content:nobody"]},
        )  # fmt: skip
    assert refused.value.field == "reviewers"
    assert "nobody" in str(refused.value)
    budget_alone = pytest.raises(ValidationError, match="budget is approved only with targeting")
    with budget_alone, sessions.begin() as session:
        entities.create(
            session, manager, "delivery_template",
            {"label": "T", "channel": "email", "override_approvals": True,
             "approve_budget": True},
        )  # fmt: skip
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(DeliveryTemplate)) == 0


def test_a_reviewer_reads_templates_but_makes_none(
    sessions: sessionmaker[Session],
    manager: Actor,
    reviewer: Actor,
    delivery_id: int,
    campaign_id: int,
) -> None:
    with sessions.begin() as session:
        template_id = delivery_templates.save_as_template(session, manager, delivery_id, "T").id
    refused = pytest.raises(PermissionDenied, match="PREPARE DELIVERIES")
    with refused, sessions.begin() as session:
        delivery_templates.save_as_template(session, reviewer, delivery_id, "Mine")
    refused = pytest.raises(PermissionDenied, match="PREPARE DELIVERIES")
    with refused, sessions.begin() as session:
        delivery_templates.create_delivery(
            session, reviewer, template_id, {"campaign_id": campaign_id}
        )
    with sessions() as session:
        rows = delivery_templates.template_rows(session)
    assert [(r["id"], r["label"], r["channel"]) for r in rows] == [(template_id, "T", "email")]


def test_a_direct_mail_template_gives_its_channel_and_provider(
    sessions: sessionmaker[Session], manager: Actor, admin: Actor, campaign_id: int
) -> None:
    with sessions.begin() as session:
        provider = entities.create(session, admin, "service_provider", {"name": "Printer"})
        template = entities.create(
            session, manager, "delivery_template",
            {"label": "Letter", "channel": "direct_mail", "provider_id": provider.id},
        )  # fmt: skip
        made = delivery_templates.create_delivery(
            session, manager, template.id,
            {"campaign_id": campaign_id, "contact_date": datetime(2030, 5, 1, tzinfo=UTC)},
        )  # fmt: skip
        assert made.channel is Channel.DIRECT_MAIL
        assert made.provider_id == provider.id
        assert made.override_approvals is False

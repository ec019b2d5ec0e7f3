"""Typology rules and typologies (Administration > Campaign Management).

A rule's type decides which of its fields preparation reads (domain.md §3.1): a filtering
rule its condition, a pressure rule a number of messages over a number of days, a capacity
rule a number of messages (for one delivery, or per day for all), a control rule a check,
a phase and a severity. `check` refuses a rule that lacks what its type needs, naming the
field. An edit of what a rule decides sends the deliveries prepared with it and not yet
confirmed back to Being edited (services.delivery.typology_invalidation).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import Delivery, Typology, TypologyRule, typology_rule_link
from desktop.models.enums import (
    ControlCheck,
    ControlPhase,
    Right,
    Severity,
    TypologyRuleType,
)
from desktop.services.access.rights import Actor
from desktop.services.delivery import typology_invalidation
from desktop.services.delivery.lifecycle import FINAL_STATES
from desktop.services.entities.base import (
    EntitySpec,
    FieldKind,
    FieldSpec,
    refuse_if_used,
    register,
)

# Control checks that compare against a threshold, and what the threshold counts.
THRESHOLD_UNITS = {
    ControlCheck.MESSAGE_SIZE: "bytes",
    ControlCheck.PROOF_TARGET_SIZE: "recipients",
    ControlCheck.HTML_TEXT: "characters",
}


def _needs(rule: TypologyRule, field: str, label: str) -> None:
    if getattr(rule, field) is None:
        raise ValidationError(label, f"is required for a {rule.rule_type.value} rule")


def _rule_has_what_its_type_needs(_session: Session, rule: TypologyRule) -> None:
    match rule.rule_type:
        case TypologyRuleType.FILTERING:
            _needs(rule, "condition", "Condition")
        case TypologyRuleType.PRESSURE:
            _needs(rule, "max_messages", "Maximum messages")
            _needs(rule, "period_days", "Period (days)")
        case TypologyRuleType.CAPACITY:
            _needs(rule, "max_messages", "Maximum messages")
        case TypologyRuleType.CONTROL:
            _needs(rule, "control_check", "Check")
            _needs(rule, "control_phase", "Phase")
            _needs(rule, "severity", "Severity")
            unit = THRESHOLD_UNITS.get(rule.control_check)
            if unit and rule.control_threshold is None:
                raise ValidationError(
                    "Threshold", f"is required for the check {rule.control_check.value} ({unit})"
                )


def _rule_not_in_a_typology(session: Session, _actor: Actor, rule: TypologyRule) -> None:
    refuse_if_used(
        session,
        "Typology rule",
        rule.name,
        "typologies",
        select(Typology.name)
        .join(typology_rule_link, typology_rule_link.c.typology_id == Typology.id)
        .where(typology_rule_link.c.rule_id == rule.id),
    )


def _typology_not_used(session: Session, _actor: Actor, typology: Typology) -> None:
    refuse_if_used(
        session,
        "Typology",
        typology.name,
        "deliveries not finished",
        select(Delivery.label).where(
            Delivery.typology_id == typology.id, Delivery.status.not_in(FINAL_STATES)
        ),
    )


def _invalidate_rule_preparations(
    session: Session, actor: Actor, rule: TypologyRule, changed: set[str]
) -> None:
    typology_invalidation.after_rule_edit(session, actor, rule, changed)


def _invalidate_typology_preparations(
    session: Session, actor: Actor, typology: Typology, changed: set[str]
) -> None:
    typology_invalidation.after_typology_edit(session, actor, typology, changed)


TYPOLOGY_RULE = register(
    EntitySpec(
        kind="typology_rule",
        label="Typology rule",
        plural="Typology rules",
        model=TypologyRule,
        edit_right=Right.ADMINISTRATION,
        title_field="name",
        fields=(
            FieldSpec("name", "Name", required=True, listed=True),
            FieldSpec("label", "Label", listed=True),
            FieldSpec(
                "rule_type",
                "Type",
                FieldKind.CHOICE,
                required=True,
                choices=TypologyRuleType,
                listed=True,
            ),
            FieldSpec("active", "Active", FieldKind.BOOLEAN, listed=True),
            FieldSpec(
                "priority",
                "Priority",
                FieldKind.INTEGER,
                required=True,
                minimum=0,
                listed=True,
                help="lower runs first among rules of the same type",
            ),
            FieldSpec("description", "Description", FieldKind.MULTILINE),
            FieldSpec(
                "condition",
                "Condition",
                FieldKind.CONDITION,
                help="filtering: recipients matching it are excluded",
            ),
            FieldSpec(
                "max_messages",
                "Maximum messages",
                FieldKind.INTEGER,
                minimum=1,
                help="pressure: per recipient over the period; capacity: per delivery, or "
                "per day with Per day",
            ),
            FieldSpec("period_days", "Period (days)", FieldKind.INTEGER, minimum=1),
            FieldSpec(
                "per_day",
                "Per day",
                FieldKind.BOOLEAN,
                help="capacity: the maximum counts every delivery sent on the same day",
            ),
            FieldSpec("control_check", "Check", FieldKind.CHOICE, choices=ControlCheck),
            FieldSpec("control_phase", "Phase", FieldKind.CHOICE, choices=ControlPhase),
            FieldSpec(
                "control_threshold",
                "Threshold",
                FieldKind.INTEGER,
                minimum=0,
                help="message size: bytes; proof target size: recipients; enough text: characters",
            ),
            FieldSpec("severity", "Severity", FieldKind.CHOICE, choices=Severity),
        ),
        check=_rule_has_what_its_type_needs,
        after_change=_invalidate_rule_preparations,
        before_delete=_rule_not_in_a_typology,
    )
)

TYPOLOGY = register(
    EntitySpec(
        kind="typology",
        label="Typology",
        plural="Typologies",
        model=Typology,
        edit_right=Right.ADMINISTRATION,
        title_field="name",
        fields=(
            FieldSpec("name", "Name", required=True, listed=True),
            FieldSpec("label", "Label", listed=True),
            FieldSpec(
                "rules", "Rules", FieldKind.MULTI_REFERENCE, reference="typology_rule", listed=True
            ),
        ),
        after_change=_invalidate_typology_preparations,
        before_delete=_typology_not_used,
    )
)

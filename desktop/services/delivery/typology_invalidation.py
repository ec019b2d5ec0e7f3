"""Typology rules keep preparations honest: an edit of a rule that changes what it decides
(its type, condition, numbers, check, order, or switching it off) sends every delivery
prepared with it and not yet confirmed back to Being edited, with a journal line naming
the rule; so does a change of a typology's rules for the deliveries prepared with that
typology. A confirmed delivery (scheduled, sending, sent) keeps what its preparation
decided: its send was agreed on that.

"Prepared with it": the rules its last preparation recorded as applied
(services.preparation.applied_rules); a rule switched on counts for the deliveries of
the typologies holding it, which were prepared without it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Delivery,
    Typology,
    TypologyRule,
    delivery_applied_rule,
    typology_rule_link,
)
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.enums import DeliveryStatus
from desktop.services.access.rights import Actor
from desktop.services.delivery.lifecycle import clear_preparation, transition_to_edit

S = DeliveryStatus
# Prepared, and not confirmed yet (direct mail: not extracted yet).
UNCONFIRMED_STATES = frozenset({S.PENDING_APPROVAL, S.PENDING_CONFIRMATION, S.PENDING_EXTRACTION})
# What preparation reads of a rule; its name, label and description decide nothing.
DECIDING_FIELDS = frozenset(
    {
        "rule_type",
        "active",
        "priority",
        "condition",
        "max_messages",
        "period_days",
        "per_day",
        "control_check",
        "control_phase",
        "control_threshold",
        "severity",
    }
)


def after_rule_edit(
    session: Session, actor: Actor, rule: TypologyRule, changed: set[str]
) -> list[int]:
    """Invalidates the preparations an edit of `rule` makes wrong; returns their
    deliveries' ids."""
    if "id" in changed or not changed & DECIDING_FIELDS:
        return []  # a new rule was applied by nobody; a new label decides nothing
    applied = delivery_applied_rule
    ids = set(
        session.scalars(
            select(applied.c.delivery_id)
            .join(Delivery, Delivery.id == applied.c.delivery_id)
            .where(applied.c.rule_id == rule.id, Delivery.status.in_(UNCONFIRMED_STATES))
        )
    )
    if "active" in changed and rule.active:
        ids |= set(
            session.scalars(
                select(Delivery.id)
                .join(typology_rule_link, typology_rule_link.c.typology_id == Delivery.typology_id)
                .where(
                    typology_rule_link.c.rule_id == rule.id,
                    Delivery.status.in_(UNCONFIRMED_STATES),
                )
            )
        )
    if "active" in changed:
        what = "switched on" if rule.active else "switched off"
        line: tuple[str, dict[str, str]] = (
            "preparation.invalidated_by_rule_on" if rule.active
            else "preparation.invalidated_by_rule_off",
            {"rule": rule.name},
        )  # fmt: skip
    else:
        changes = ", ".join(sorted(changed & DECIDING_FIELDS))
        what = f"edited: {changes}"
        line = ("preparation.invalidated_by_rule_edit", {"rule": rule.name, "changes": changes})
    return _invalidate(session, actor, ids, f"typology rule {rule.name} {what}", line)


def after_typology_edit(
    session: Session, actor: Actor, typology: Typology, changed: set[str]
) -> list[int]:
    """Invalidates the preparations made with `typology` when its rules changed."""
    if "id" in changed or "rules" not in changed:
        return []
    ids = session.scalars(
        select(Delivery.id).where(
            Delivery.typology_id == typology.id, Delivery.status.in_(UNCONFIRMED_STATES)
        )
    )
    return _invalidate(
        session,
        actor,
        ids,
        f"the rules of typology {typology.name} changed",
        ("preparation.invalidated_by_typology", {"typology": typology.name}),
    )


def _invalidate(
    session: Session,
    actor: Actor,
    ids: Iterable[int],
    reason: str,
    line: tuple[str, dict[str, str]],
) -> list[int]:
    """`reason` goes to the audit trail, `line` (a journal key and its parameters) to each
    delivery's journal."""
    done = []
    for delivery_id in sorted(set(ids)):
        # Locked and read again: a confirmation made meanwhile wins (PostgreSQL waits for
        # it), and that delivery keeps its preparation.
        delivery = session.get(
            Delivery, delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
        )
        if delivery is None or delivery.status not in UNCONFIRMED_STATES:
            continue
        clear_preparation(session, delivery)
        key, params = line
        transition_to_edit(session, actor, delivery, reason, key, **params)
        done.append(delivery_id)
    return done

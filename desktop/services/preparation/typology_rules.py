"""Typology rules of a delivery: which apply, and what each one decides.

A delivery's typology groups rules of four types (domain.md §3.1): control checks on the
delivery itself, filtering conditions on recipients, pressure (at most N messages to one
recipient in D days, counting earlier deliveries' sent messages) and capacity (at most N
messages for the delivery, or per day across every delivery of the day). Filtering and
pressure become SQL conditions that preparation applies inside the database; controls
return findings of severity warning or error.
Rules are read once into plain snapshots, so evaluating them needs no open ORM object.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import Delivery, DeliveryLog, Typology, TypologyRule, list_member
from desktop.models.enums import ControlCheck, ControlPhase, LogStatus, Severity, TypologyRuleType
from desktop.services.audience.conditions import compile_condition
from desktop.services.messages.html_text import html_to_text
from desktop.services.settings.options import get_value

# A proof target holds at most this many recipients (domain.md §4), rule or no rule.
MAX_PROOF_TARGET = 100

# `{{ unsubscribe_url }}` (or any expression using it) in the content counts as a link.
_UNSUBSCRIBE_EXPRESSION = re.compile(r"\{\{[^}]*\bunsubscribe_url\b")
# Jinja2 expressions, statements and comments: what a template's text is without them.
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
# Characters of text under which an HTML message reads as images only (SpamAssassin's
# HTML_IMAGE_ONLY rules start at 400 bytes of words), when a rule gives no threshold.
HTML_TEXT_MINIMUM = 200


@dataclass(frozen=True)
class Rule:
    """What preparation needs of a typology rule, detached from the session."""

    name: str
    label: str
    rule_type: TypologyRuleType
    priority: int
    condition: dict[str, Any] | None = None
    max_messages: int | None = None
    period_days: int | None = None
    control_check: ControlCheck | None = None
    control_phase: ControlPhase = ControlPhase.BEFORE_TARGETING
    control_threshold: int | None = None
    severity: Severity = Severity.WARNING
    # capacity: max_messages counts every delivery of the day (services.preparation.
    # daily_capacity), of which `already_used` went to the others
    per_day: bool = False
    already_used: int = 0
    id: int = 0  # the rule's row, recorded as applied by the preparation

    @property
    def available(self) -> int | None:
        """What a capacity rule leaves to this delivery."""
        if self.max_messages is None:
            return None
        return max(0, self.max_messages - self.already_used)

    @classmethod
    def of(cls, rule: TypologyRule) -> Rule:
        return cls(
            id=rule.id,
            name=rule.name,
            label=rule.label or rule.name,
            rule_type=rule.rule_type,
            priority=rule.priority,
            condition=rule.condition,
            max_messages=rule.max_messages,
            period_days=rule.period_days,
            control_check=rule.control_check,
            control_phase=rule.control_phase or ControlPhase.BEFORE_TARGETING,
            control_threshold=rule.control_threshold,
            severity=rule.severity or Severity.WARNING,
            per_day=bool(rule.per_day),
        )


@dataclass(frozen=True)
class RuleSet:
    """The active rules of a delivery's typology, by type, each list in run order."""

    typology: str = ""
    control: tuple[Rule, ...] = ()
    filtering: tuple[Rule, ...] = ()
    pressure: tuple[Rule, ...] = ()
    capacity: tuple[Rule, ...] = ()

    def controls(self, phase: ControlPhase) -> tuple[Rule, ...]:
        return tuple(r for r in self.control if r.control_phase is phase)

    def __len__(self) -> int:
        return len(self.control) + len(self.filtering) + len(self.pressure) + len(self.capacity)

    def rule_ids(self) -> list[int]:
        """The rules a preparation with this set applies: what it records."""
        return sorted(r.id for r in (*self.control, *self.filtering, *self.pressure,
                                     *self.capacity))  # fmt: skip


@dataclass(frozen=True)
class ControlFinding:
    """A control rule (or a built-in check) that did not pass."""

    rule_name: str
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass
class DeliveryFacts:
    """What control checks look at, gathered once."""

    subject: str
    sender_address: str
    html: str
    text: str
    proof_target_size: int | None
    largest_message: int | None = None  # bytes, known once messages are rendered
    tracking_base_url: str = ""
    notes: list[str] = field(default_factory=list)


def rules_for(session: Session, delivery: Delivery) -> RuleSet:
    """The active rules of the delivery's typology, lower priority first, then by name."""
    if delivery.typology_id is None:
        return RuleSet()
    typology = session.get(Typology, delivery.typology_id)
    if typology is None:
        return RuleSet()
    rules = sorted(
        (Rule.of(r) for r in typology.rules if r.active), key=lambda r: (r.priority, r.name)
    )
    by_type = {t: tuple(r for r in rules if r.rule_type is t) for t in TypologyRuleType}
    for rule in by_type[TypologyRuleType.FILTERING]:
        filtering_condition(rule)  # a broken condition is reported before any work starts
    for rule in by_type[TypologyRuleType.PRESSURE]:
        _require_positive(rule, "max_messages", rule.max_messages)
        _require_positive(rule, "period_days", rule.period_days)
    for rule in by_type[TypologyRuleType.CAPACITY]:
        _require_positive(rule, "max_messages", rule.max_messages, allow_zero=True)
    for rule in by_type[TypologyRuleType.CONTROL]:
        if rule.control_check is None:
            raise ValidationError(f"typology rule {rule.name}.control_check", "is not set")
    return RuleSet(
        typology=typology.name,
        control=by_type[TypologyRuleType.CONTROL],
        filtering=by_type[TypologyRuleType.FILTERING],
        pressure=by_type[TypologyRuleType.PRESSURE],
        capacity=by_type[TypologyRuleType.CAPACITY],
    )


def _require_positive(rule: Rule, name: str, value: int | None, allow_zero: bool = False) -> None:
    if value is None or value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(
            f"typology rule {rule.name}.{name}", "must be a positive number", value
        )


# ---- filtering and pressure: SQL conditions on recipient ids -----------------------------


def filtering_condition(rule: Rule) -> ColumnElement[bool]:
    """Recipients matching this condition are excluded by the rule."""
    if not rule.condition:
        raise ValidationError(f"typology rule {rule.name}.condition", "is empty")
    return compile_condition(rule.condition, path=f"typology rule {rule.name}.condition")


def pressure_condition(
    rule: Rule, recipient_id: ColumnElement[int], delivery_id: int, now: datetime
) -> ColumnElement[bool]:
    """True for a recipient who already got `max_messages` or more in the last `period_days`.

    Counts messages sent by other deliveries (status sent, sent_at in the period); the
    index on (recipient_id, sent_at) makes it one short range scan per recipient."""
    assert rule.max_messages is not None and rule.period_days is not None
    since = now - timedelta(days=rule.period_days)
    sent = (
        select(func.count())
        .where(
            DeliveryLog.recipient_id == recipient_id,
            DeliveryLog.sent_at >= since,
            DeliveryLog.status == LogStatus.SENT,
            DeliveryLog.delivery_id != delivery_id,
        )
        .scalar_subquery()
    )
    return sent >= rule.max_messages


def capacity_limit(rules: RuleSet, delivery_limit: int | None) -> tuple[int | None, str | None]:
    """The smallest of the delivery's own limit and what the capacity rules leave it (a
    per-day rule: its maximum less the day's other messages), and the rule that sets it
    (None when it is the delivery's own limit or there is none)."""
    best: tuple[int | None, str | None] = (delivery_limit, None)
    for rule in rules.capacity:
        available = rule.available
        assert available is not None
        if best[0] is None or available < best[0]:
            best = (available, rule.name)
    return best


# ---- control checks ---------------------------------------------------------------------


def facts_of(session: Session, delivery: Delivery) -> DeliveryFacts:
    proof_size = None
    if delivery.proof_list_id is not None:
        proof_size = session.scalar(
            select(func.count()).where(list_member.c.list_id == delivery.proof_list_id)
        )
    elif delivery.proof_addresses:
        proof_size = len(delivery.proof_addresses)
    return DeliveryFacts(
        subject=delivery.subject or "",
        sender_address=delivery.sender_address or "",
        html=delivery.html or "",
        text=delivery.text or "",
        proof_target_size=proof_size,
        tracking_base_url=str(get_value(session, "NmsTracking_ServerUrl")),
    )


def has_unsubscribe_link(html: str, text: str) -> bool:
    return bool(_UNSUBSCRIBE_EXPRESSION.search(html) or _UNSUBSCRIBE_EXPRESSION.search(text))


def html_text_length(html: str) -> int:
    """Characters of text a reader sees in an HTML template, its template code left out."""
    return sum(not c.isspace() for c in _TEMPLATE_CODE.sub("", html_to_text(html)))


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tracking_url_problem(base_url: str) -> str | None:
    """Why recipients could not use the tracking server's links, or None."""
    url = urlsplit(base_url.strip())
    if _is_loopback(url.hostname or ""):
        return (
            f"the tracking URL {base_url} points at this machine: recipients' opens, clicks"
            " and unsubscriptions cannot reach it (option NmsTracking_ServerUrl)"
        )
    if url.scheme != "https":
        return (
            f"the tracking URL {base_url} is not https: mailbox providers offer no one-click"
            " unsubscription and filters distrust its links (option NmsTracking_ServerUrl)"
        )
    return None


def check(rule: Rule, facts: DeliveryFacts) -> ControlFinding | None:
    """The finding of one control rule, or None when the delivery passes it.

    A message-size rule can only be judged once messages are rendered: before that
    (facts.largest_message is None) it passes."""
    message: str | None = None
    match rule.control_check:
        case ControlCheck.SUBJECT_NOT_EMPTY:
            if not facts.subject.strip():
                message = "the subject is empty"
        case ControlCheck.SENDER_SET:
            if not facts.sender_address.strip():
                message = "the sender address is not set"
        case ControlCheck.UNSUBSCRIBE_LINK:
            if not has_unsubscribe_link(facts.html, facts.text):
                message = "the content has no unsubscribe link ({{ unsubscribe_url }})"
        case ControlCheck.MESSAGE_SIZE:
            limit = rule.control_threshold
            largest = facts.largest_message
            if limit is not None and largest is not None and largest > limit:
                message = f"the largest message is {largest} bytes, over the limit of {limit}"
        case ControlCheck.PROOF_TARGET_SIZE:
            limit = rule.control_threshold if rule.control_threshold is not None else 100
            if facts.proof_target_size is not None and facts.proof_target_size > limit:
                message = (
                    f"the proof target has {facts.proof_target_size} recipients,"
                    f" over the limit of {limit}"
                )
        case ControlCheck.HTML_TEXT:
            limit = rule.control_threshold
            limit = HTML_TEXT_MINIMUM if limit is None else limit
            if facts.html.strip():  # no HTML: a text message
                length = html_text_length(facts.html)
                if length < limit:
                    message = (
                        f"the HTML has {length} characters of text, under {limit}: filters"
                        " take a message of images for spam"
                    )
        case ControlCheck.TRACKING_URL:
            message = tracking_url_problem(facts.tracking_base_url)
    if message is None:
        return None
    return ControlFinding(rule.name, rule.severity, f"typology rule {rule.name}: {message}")


def run_controls(
    rules: RuleSet, phase: ControlPhase, facts: DeliveryFacts, *, sizes_only: bool = False
) -> list[ControlFinding]:
    """Findings of the control rules of one phase (sizes_only: only message-size rules,
    which run once every message is rendered)."""
    findings = []
    for rule in rules.controls(phase) if not sizes_only else rules.control:
        is_size = rule.control_check is ControlCheck.MESSAGE_SIZE
        if is_size != sizes_only:
            continue
        finding = check(rule, facts)
        if finding is not None:
            findings.append(finding)
    return findings


def built_in_findings(facts: DeliveryFacts, *, email: bool) -> list[ControlFinding]:
    """Critical errors of domain.md §3.1 that no rule is needed for."""
    findings = []
    if email and not facts.sender_address.strip():
        findings.append(
            ControlFinding("", Severity.ERROR, "the sender address is missing (sender_address)")
        )
    if facts.proof_target_size is not None and facts.proof_target_size > MAX_PROOF_TARGET:
        findings.append(
            ControlFinding(
                "",
                Severity.ERROR,
                f"the proof target has {facts.proof_target_size} recipients"
                f" (at most {MAX_PROOF_TARGET})",
            )
        )
    return findings

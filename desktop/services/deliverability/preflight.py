"""The pre-flight check of a delivery (the dashboard's Pre-flight check, `delivery check`):
its typology control rules and built-in checks as preparation runs them, then the message
a send would build for one recipient (services.deliverability.sample_recipient), checked
as a relay, a filter and a mailbox provider would look at it, and scored.

It sends nothing and writes nothing, so any operator who may open the delivery may run it,
in any status, as often as they like; it leaves no journal line (a check run every time a
dashboard opens would drown the lines that matter). Reading the signing key may create the
tracking key ring on a new database, as a preview does: it runs in a transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, InvalidState, NotFound
from desktop.models import Delivery, utcnow
from desktop.models.database import Sessions
from desktop.models.enums import Channel, ControlPhase, Severity
from desktop.services.access.rights import Actor
from desktop.services.deliverability import score
from desktop.services.deliverability.catalogue import finding
from desktop.services.deliverability.findings import Finding, Level, in_order
from desktop.services.deliverability.link_checks import is_loopback
from desktop.services.deliverability.message_checks import check_message
from desktop.services.deliverability.message_context import MessageContext
from desktop.services.deliverability.sample_recipient import SampleRecipient, sample_recipient
from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.rendering import (
    DeliveryRenderer,
    RecipientRenderError,
    TemplateSyntaxProblem,
    render_spec,
)
from desktop.services.messages.tracking_links import UNTRACKED_RECIPIENT, LinkSigner
from desktop.services.preparation import typology_rules
from desktop.services.runtime import busy_retry
from desktop.services.settings.relay_settings import load_relay_settings


@dataclass(frozen=True)
class PreflightReport:
    delivery_id: int
    recipient: str  # the address the message was built for
    recipient_source: str  # to_deliver / proof_target / audience / none
    message_size: int | None  # bytes of the built message; None when none was built
    findings: list[Finding] = field(default_factory=list)
    checked_at: datetime = field(default_factory=utcnow)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Level.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Level.WARNING)

    @property
    def points(self) -> float:
        return score.points(self.findings)

    @property
    def rating(self) -> score.Rating:
        return score.rating(self.points)

    @property
    def verdict(self) -> str:
        return score.verdict(self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "verdict": self.verdict,
            "score": self.points,
            "rating": self.rating.value,
            "errors": self.errors,
            "warnings": self.warnings,
            "recipient": self.recipient,
            "recipient_source": self.recipient_source,
            "message_size": self.message_size,
            "checked_at": self.checked_at,
            "findings": [f.as_dict() for f in self.findings],
        }


def _level(severity: Severity) -> Level:
    return Level.ERROR if severity is Severity.ERROR else Level.WARNING


def _control_findings(session: Session, delivery: Delivery, largest: int | None) -> list[Finding]:
    """The built-in critical errors and every control rule, as preparation runs them; a
    message-size rule judged on the sample message (the measure preparation uses)."""
    facts = typology_rules.facts_of(session, delivery)
    facts.largest_message = largest
    found = typology_rules.built_in_findings(facts, email=True)
    builtin = [
        finding(
            "proof_target_too_big" if "proof target" in f.message else "sender_missing",
            f.message,
        )
        for f in found
    ]
    try:
        rules = typology_rules.rules_for(session, delivery)
    except ConsoleError as exc:  # a broken rule stops a preparation: an error here
        return [*builtin, finding("typology_rule", str(exc), severity=Level.ERROR)]
    controls = [
        *typology_rules.run_controls(rules, ControlPhase.BEFORE_TARGETING, facts),
        *typology_rules.run_controls(rules, ControlPhase.AFTER_TARGETING, facts),
        *typology_rules.run_controls(rules, ControlPhase.AFTER_TARGETING, facts, sizes_only=True),
    ]
    return builtin + [
        finding("typology_rule", f.message, severity=_level(f.severity)) for f in controls
    ]


def _real_send(session: Session) -> bool:
    """Whether a send goes to a relay other than this machine's (the local outbox)."""
    try:
        host = load_relay_settings(session).host
    except ConsoleError:
        return True  # settings a send would refuse: judge as for a real relay
    return bool(host) and not is_loopback(host)


def _link_target(signer: LinkSigner):
    """Where a tracked click URL leads; other URLs lead to themselves."""
    prefix = f"{signer.base_url}/c/"

    def target(url: str) -> str:
        if url.startswith(prefix):
            token = signer.verify(url[len(prefix) :])
            if token is not None and token.url:
                return token.url
        return url

    return target


@dataclass
class _Built:
    data: bytes | None = None
    rendered_size: int | None = None
    findings: list[Finding] = field(default_factory=list)


def _build(session: Session, delivery: Delivery, sample: SampleRecipient) -> tuple[_Built, Any]:
    """The message a send builds for the sample recipient, its links signed for no one (as
    a proof's: tracking_links.UNTRACKED_RECIPIENT), and the renderer's signer."""
    built = _Built()
    spec = render_spec(session, delivery)
    try:
        renderer = DeliveryRenderer(spec)
    except TemplateSyntaxProblem as exc:
        built.findings.append(finding("template_syntax", str(exc)))
        return built, None
    try:
        rendered = renderer.render(sample.person, UNTRACKED_RECIPIENT)
    except RecipientRenderError as exc:
        built.findings.append(
            finding("render_error", f"the message for {sample.address} cannot be rendered: {exc}")
        )
        return built, renderer.signer
    builder = MessageBuilder(
        delivery_id=delivery.id,
        sender_address=delivery.sender_address or "",
        sender_name=delivery.sender_name or "",
        reply_to=delivery.reply_to or "",
        signer=renderer.signer,
        list_headers=spec.list_headers,  # as the send's build pool gives them
    )
    built.data = builder.build(UNTRACKED_RECIPIENT, sample.address, rendered).data
    built.rendered_size = sum(
        len(part.encode()) for part in (rendered.subject, rendered.html, rendered.text)
    )
    return built, renderer.signer


def sample_message(session: Session, delivery: Delivery) -> bytes | None:
    """The message the pre-flight check scores: what a send builds for the delivery's
    sample recipient, as it goes to the relay; None when its content cannot be rendered."""
    built, _ = _build(session, delivery, sample_recipient(session, delivery))
    return built.data


def check_delivery(session: Session, delivery_id: int) -> PreflightReport:
    """The pre-flight check of a delivery, in the caller's transaction (which may create
    the tracking key ring)."""
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    if delivery.channel is not Channel.EMAIL:
        raise InvalidState(
            f"delivery {delivery_id} is a {delivery.channel.value} delivery: "
            "only an e-mail delivery has a message to check"
        )
    sample = sample_recipient(session, delivery)
    built, signer = _build(session, delivery, sample)
    findings = _control_findings(session, delivery, built.rendered_size)
    findings.extend(built.findings)
    if sample.source == "none":
        findings.append(
            finding(
                "no_sample_recipient",
                "no recipient in the audience or the proof target: the message was built "
                f"for {sample.address} with no recipient data",
            )
        )
    if built.data is not None and signer is not None:
        context = MessageContext(
            tracking_base_url=signer.base_url,
            real_send=_real_send(session),
            link_target=_link_target(signer),
        )
        findings.extend(check_message(built.data, context))
    return PreflightReport(
        delivery_id=delivery_id,
        recipient=sample.address,
        recipient_source=sample.source,
        message_size=len(built.data) if built.data is not None else None,
        findings=in_order(findings),
    )


def run_preflight(sessions: Sessions, actor: Actor, delivery_id: int) -> PreflightReport:
    """The pre-flight check of a delivery for an operator. Every logged-in operator may see
    every delivery (domain.md §1 names no right for reading), so none is required: `actor`
    is who asks, as for the services that do need a right."""
    # A transaction: the first use creates the tracking keys. Checking again is harmless.
    return busy_retry.write(
        sessions,
        lambda session: check_delivery(session, delivery_id),
        what=f"check delivery {delivery_id}",
    )

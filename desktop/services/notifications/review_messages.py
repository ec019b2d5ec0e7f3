"""The e-mails of the review flow (domain.md §4), queued in the transaction of the change
they tell about:

- a step awaits approval: its reviewers (the owner when nobody is named for it);
- a proof went out while the proofs step waits: that step's reviewers (now they can
  decide it);
- a step was decided: the delivery's owner;
- the delivery is ready to confirm: whoever may confirm, administrators aside, or the
  administrators when that leaves nobody.

Each says what happened, to which delivery, and how to open it, in the console and from
a terminal (the commands written for the operator who reads them). In English: the
domain has no translations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Campaign, Delivery, Operator
from desktop.models.enums import ApprovalKind, ApprovalStatus
from desktop.services.access.rights import Actor
from desktop.services.delivery import approvals, confirmation, reviewers
from desktop.services.notifications.queue import notify

PRODUCT = "Campaign Console"
COMMAND = "campaign-console"
PENDING_VIEW = "Campaign Management > Pending approvals"
DASHBOARD = "the delivery's dashboard (Campaign Management > Deliveries, then open it)"


def _subject(delivery: Delivery, what: str) -> str:
    return f'[{PRODUCT}] Delivery {delivery.id} "{delivery.label}": {what}'


def _which(session: Session, delivery: Delivery) -> str:
    """'delivery 12 "Summer sale: launch" (campaign "Summer")'."""
    text = f'delivery {delivery.id} "{delivery.label}"'
    if delivery.campaign_id is not None:
        campaign = session.get(Campaign, delivery.campaign_id)
        if campaign is not None:
            text += f' (campaign "{campaign.label}")'
    return text


def _steps(steps: Iterable[ApprovalKind]) -> str:
    names = [step.value for step in steps]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _tell(
    session: Session,
    delivery: Delivery,
    operator_ids: Iterable[int],
    what: str,
    body: Callable[[str], list[str]],
) -> None:
    """Queues one e-mail per operator; `body(command)` gets the command line the operator
    runs (`campaign-console --operator NAME`)."""
    ids = sorted(set(operator_ids))
    if not ids:
        return
    rows = session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(ids)))
    names = {operator_id: name for operator_id, name in rows}
    for operator_id in ids:
        command = f"{COMMAND} --operator {names.get(operator_id, '')}"
        text = "\n".join(body(command)) + "\n"
        notify(session, [operator_id], _subject(delivery, what), text, delivery_id=delivery.id)


def steps_await(session: Session, delivery: Delivery, steps: list[ApprovalKind]) -> None:
    """Tells each step's reviewers: one e-mail per person, naming every step that awaits
    them."""
    steps_by_operator: dict[int, list[ApprovalKind]] = {}
    for step in steps:
        for operator_id in approvals.approvers(session, delivery, step):
            steps_by_operator.setdefault(operator_id, []).append(step)
    operators_by_steps: dict[tuple[ApprovalKind, ...], list[int]] = {}
    for operator_id, theirs in steps_by_operator.items():
        operators_by_steps.setdefault(tuple(theirs), []).append(operator_id)
    which = _which(session, delivery)
    for theirs, operator_ids in operators_by_steps.items():
        verb = "awaits" if len(theirs) == 1 else "await"
        body = partial(_awaiting, which=which, delivery_id=delivery.id, steps=theirs)
        _tell(session, delivery, operator_ids, f"{_steps(theirs)} {verb} your approval", body)


def _awaiting(
    command: str, *, which: str, delivery_id: int, steps: tuple[ApprovalKind, ...]
) -> list[str]:
    verb = "awaits" if len(steps) == 1 else "await"
    first = steps[0].value
    lines = [
        f"{_sentence(_steps(steps))} of {which} {verb} your approval.",
        "",
        f"In the console: {PENDING_VIEW}, or {DASHBOARD}.",
        "From a terminal:",
        f"  {command} approval list --delivery {delivery_id}",
        f"  {command} approval approve {delivery_id} {first}",
        f'  {command} approval reject {delivery_id} {first} --comment "the reason"',
    ]
    if ApprovalKind.PROOFS in steps:
        lines += [
            "",
            "The proofs can be approved once a proof has been sent since the preparation "
            f"({command} delivery proof {delivery_id}).",
        ]
    return lines


def proof_to_review(session: Session, delivery: Delivery, number: int, sent_by: str) -> None:
    """Tells the proofs step's reviewers that proof `number` went out: the step, waiting
    since the preparation, can be decided now."""
    which = _which(session, delivery)

    def body(command: str) -> list[str]:
        return [
            f"Proof {number} of {which} was sent by {sent_by}: the proofs await your approval.",
            "",
            f"In the console: {PENDING_VIEW}, or {DASHBOARD}.",
            "From a terminal:",
            f"  {command} approval approve {delivery.id} proofs",
            f'  {command} approval reject {delivery.id} proofs --comment "the reason"',
        ]

    reviewers_of_proofs = approvals.approvers(session, delivery, ApprovalKind.PROOFS)
    _tell(session, delivery, reviewers_of_proofs, f"proof {number} to approve", body)


def step_decided(
    session: Session,
    delivery: Delivery,
    step: ApprovalKind,
    decision: ApprovalStatus,
    by: Actor,
    at: datetime,
    comment: str,
    still_pending: list[ApprovalKind],
) -> None:
    """Tells the owner a step was approved or rejected, by whom, with the comment; not an
    owner who decided it."""
    owner = reviewers.owner_id(session, delivery)
    if owner is None or owner == by.operator_id:
        return
    which = _which(session, delivery)

    def body(command: str) -> list[str]:
        decided = f"{decision.value} by {by.name} on {_at(at)}"
        lines = [f"{_sentence(step.value)} of {which} was {decided}."]
        if comment:
            lines.append(f"Comment: {comment}")
        lines.append("")
        if decision is ApprovalStatus.REJECTED:
            lines.append("The delivery is back to Being edited: change it and prepare it again.")
        elif still_pending:
            lines.append(f"Still awaiting approval: {_steps(still_pending)}.")
        else:
            lines.append("Every step is approved.")
        return [
            *lines,
            "",
            f"In the console: {DASHBOARD}.",
            "From a terminal:",
            f"  {command} delivery show {delivery.id}",
            f"  {command} approval list --delivery {delivery.id}",
        ]

    _tell(session, delivery, [owner], f"{step.value} {decision.value} by {by.name}", body)


def ready_to_confirm(session: Session, delivery: Delivery) -> None:
    """Tells whoever may confirm the send (the administrators when nobody else may)."""
    recipients = confirmation.confirmers(session, delivery) or reviewers.administrator_ids(session)
    which = _which(session, delivery)

    def body(command: str) -> list[str]:
        return [
            f"{_sentence(which)} is prepared and ready to confirm: "
            f"{delivery.to_deliver} messages to deliver.",
            "",
            f"In the console: {DASHBOARD}, Confirm.",
            "From a terminal:",
            f"  {command} delivery show {delivery.id}",
            f"  {command} delivery confirm {delivery.id}",
        ]

    _tell(session, delivery, recipients, "ready to confirm", body)

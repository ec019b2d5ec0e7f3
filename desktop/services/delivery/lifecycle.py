"""The delivery life cycle (domain.md §3): allowed transitions, the actions each status
allows (what the dashboards' buttons, the CLI and the services that act all ask), audit,
invalidation."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from desktop.errors import InvalidState
from desktop.models import Delivery, DeliveryLog, delivery_applied_rule
from desktop.models.enums import Channel, DeliveryStatus, JournalLevel
from desktop.services.access import audit
from desktop.services.access.rights import Actor
from desktop.services.costs.extraction_effects import calculate_after_preparation
from desktop.services.delivery import approvals, journal, status_history
from desktop.services.notifications import review_messages

S = DeliveryStatus

ALLOWED: dict[DeliveryStatus, frozenset[DeliveryStatus]] = {
    S.BEING_EDITED: frozenset({S.PREPARING}),
    S.PREPARING: frozenset(
        {
            S.PENDING_APPROVAL,
            S.PENDING_CONFIRMATION,
            S.PREPARATION_FAILED,
            S.BEING_EDITED,
            S.PENDING_EXTRACTION,
        }
    ),
    S.PREPARATION_FAILED: frozenset({S.PREPARING, S.BEING_EDITED}),
    S.PENDING_APPROVAL: frozenset(
        {S.PENDING_CONFIRMATION, S.PENDING_EXTRACTION, S.BEING_EDITED, S.PREPARING}
    ),
    S.PENDING_CONFIRMATION: frozenset({S.IN_PROGRESS, S.SCHEDULED, S.BEING_EDITED, S.PREPARING}),
    S.SCHEDULED: frozenset({S.IN_PROGRESS, S.BEING_EDITED, S.STOPPED}),
    S.IN_PROGRESS: frozenset({S.PAUSED, S.FINISHED, S.STOPPED, S.FAILED}),
    S.PAUSED: frozenset({S.IN_PROGRESS, S.STOPPED, S.FINISHED, S.FAILED}),
    S.FINISHED: frozenset(),
    S.STOPPED: frozenset(),
    S.FAILED: frozenset(),
    # Direct mail (domain.md §5): extraction, then the file's approval and the router's
    # proofs when asked, then the hand-off. Each step after the extraction may go back to it.
    S.PENDING_EXTRACTION: frozenset(
        {S.FILE_TO_APPROVE, S.TO_SUBMIT, S.READY_TO_HAND_OFF, S.BEING_EDITED}
    ),
    S.FILE_TO_APPROVE: frozenset(
        {S.TO_SUBMIT, S.READY_TO_HAND_OFF, S.PENDING_EXTRACTION, S.BEING_EDITED}
    ),
    S.TO_SUBMIT: frozenset({S.PROOFS_TO_VALIDATE, S.PENDING_EXTRACTION, S.BEING_EDITED}),
    S.PROOFS_TO_VALIDATE: frozenset(
        {S.READY_TO_HAND_OFF, S.TO_SUBMIT, S.PENDING_EXTRACTION, S.BEING_EDITED}
    ),
    S.READY_TO_HAND_OFF: frozenset({S.FINISHED, S.PENDING_EXTRACTION, S.BEING_EDITED}),
}
# Nothing follows these: the delivery is over.
FINAL_STATES = frozenset(status for status, targets in ALLOWED.items() if not targets)
# A preparation or a send holds the delivery's rows in these.
RUNNING_STATES = frozenset({S.PREPARING, S.IN_PROGRESS, S.PAUSED})
# A confirmed send that is not over: a sender may run (and waits while it is paused).
SENDER_STATES = frozenset({S.IN_PROGRESS, S.PAUSED})


class Action(StrEnum):
    """What an operator (or a command) does to a delivery."""

    PREPARE = "prepare"
    STOP_PREPARATION = "stop_preparation"
    CONFIRM = "confirm"
    SEND = "send"  # run a sender for a confirmed delivery (again, after a crash)
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"
    # Direct mail (domain.md §5)
    EXTRACT = "extract"  # write the extraction file (again, while it waits for approval)
    ROUTER_PROOF = "router_proof"  # send a proof of the router's notification e-mail
    SUBMIT_PROOFS = "submit_proofs"
    BACK_TO_EXTRACTION = "back_to_extraction"
    HAND_OFF = "hand_off"
    IMPORT_RESULTS = "import_results"  # the router's results file, once handed off


# The statuses each action starts from (domain.md §3); every move it makes is in ALLOWED.
ACTIONS: dict[Action, frozenset[DeliveryStatus]] = {
    Action.PREPARE: frozenset(s for s, targets in ALLOWED.items() if S.PREPARING in targets),
    Action.STOP_PREPARATION: frozenset({S.PREPARING}),
    Action.CONFIRM: frozenset({S.PENDING_CONFIRMATION}),
    Action.SEND: frozenset({S.IN_PROGRESS}),
    Action.PAUSE: frozenset({S.IN_PROGRESS}),
    Action.RESUME: frozenset({S.PAUSED}),
    Action.STOP: frozenset(s for s, targets in ALLOWED.items() if S.STOPPED in targets),
    Action.EXTRACT: frozenset({S.PENDING_EXTRACTION, S.FILE_TO_APPROVE}),
    Action.ROUTER_PROOF: frozenset({S.TO_SUBMIT}),
    Action.SUBMIT_PROOFS: frozenset({S.TO_SUBMIT}),
    Action.BACK_TO_EXTRACTION: frozenset(
        {S.FILE_TO_APPROVE, S.TO_SUBMIT, S.PROOFS_TO_VALIDATE, S.READY_TO_HAND_OFF}
    ),
    Action.HAND_OFF: frozenset({S.READY_TO_HAND_OFF}),
    Action.IMPORT_RESULTS: frozenset({S.FINISHED}),
}
# Where each action leads: finding the delivery there means someone else did it first.
LEADS_TO: dict[Action, frozenset[DeliveryStatus]] = {
    Action.PREPARE: frozenset({S.PREPARING}),
    Action.STOP_PREPARATION: frozenset({S.BEING_EDITED}),
    Action.CONFIRM: frozenset({S.IN_PROGRESS, S.SCHEDULED}),
    Action.SEND: frozenset(),
    Action.PAUSE: frozenset({S.PAUSED}),
    Action.RESUME: frozenset({S.IN_PROGRESS}),
    Action.STOP: frozenset({S.STOPPED}),
    Action.EXTRACT: frozenset({S.TO_SUBMIT, S.READY_TO_HAND_OFF}),
    Action.ROUTER_PROOF: frozenset(),
    Action.SUBMIT_PROOFS: frozenset({S.PROOFS_TO_VALIDATE}),
    Action.BACK_TO_EXTRACTION: frozenset({S.PENDING_EXTRACTION}),
    Action.HAND_OFF: frozenset({S.FINISHED}),
    Action.IMPORT_RESULTS: frozenset(),
}
# A direct-mail delivery holds an extraction file, not yet handed off, in these: its cost
# is committed (domain.md §6).
EXTRACTED_STATES = frozenset(
    {S.FILE_TO_APPROVE, S.TO_SUBMIT, S.PROOFS_TO_VALIDATE, S.READY_TO_HAND_OFF}
)
# A send has begun in these: its sending KPIs move, or have moved.
SENDING_BEGUN = frozenset({S.IN_PROGRESS, S.PAUSED, S.FINISHED, S.STOPPED, S.FAILED})


def allows(status: DeliveryStatus | None, action: Action) -> bool:
    return status in ACTIONS[action]


def allowed_actions(status: DeliveryStatus | None) -> frozenset[Action]:
    return frozenset(action for action, starts in ACTIONS.items() if status in starts)


def ensure_allows(delivery: Delivery, action: Action, doing: str) -> None:
    """Raises InvalidState, naming the statuses `doing` needs, unless the delivery's status
    allows `action`."""
    if allows(delivery.status, action):
        return
    session = object_session(delivery)
    if session is not None and delivery.status in LEADS_TO[action]:
        # Someone else pressed it first: say who, rather than which statuses it needs.
        raise InvalidState(status_history.already(session, delivery.id, delivery.status))
    names = " or ".join(s.value for s in S if s in ACTIONS[action])
    raise InvalidState(f"delivery {delivery.id} is {delivery.status.value}: {doing} needs {names}")


# Editing any of these after a preparation invalidates it (domain.md §3).
INVALIDATING_FIELDS = frozenset(
    {
        "audience_filter",
        "audience_list_id",
        "subject",
        "sender_address",
        "sender_name",
        "reply_to",
        "html",
        "text",
        "contact_date",
        "validity_seconds",
        "typology_id",
        "control_group_percent",
        "target_limit",
        "channel",
    }
)

# A preparation's results exist in these states; an edit sends them back to Being edited.
PREPARED_STATES = frozenset(
    {
        S.PENDING_APPROVAL,
        S.PENDING_CONFIRMATION,
        S.PREPARATION_FAILED,
        S.SCHEDULED,
        S.PENDING_EXTRACTION,
    }
)
# No edit while these run or once the delivery has gone out.
LOCKED_STATES = frozenset(
    {
        S.PREPARING,
        S.IN_PROGRESS,
        S.PAUSED,
        S.FINISHED,
        S.STOPPED,
        S.FAILED,
        S.FILE_TO_APPROVE,
        S.TO_SUBMIT,
        S.PROOFS_TO_VALIDATE,
        S.READY_TO_HAND_OFF,
    }
)

PREPARATION_COUNTERS = ("targeted", "to_deliver", "to_exclude", "render_errors")


def transition(
    session: Session,
    actor: Actor,
    delivery: Delivery,
    to: DeliveryStatus,
    *,
    reason: str = "",
) -> None:
    """Moves a delivery to `to` if its life cycle allows it, with an audit row.

    The move is a compare-and-set: it changes the row only while its status is still the
    one read. Another process that moved it meanwhile (two operators pressing the same
    button) makes this one refuse, saying what happened instead, rather than overwrite:
    a status never goes backwards. On PostgreSQL the UPDATE waits for the other's commit,
    then finds the status it left."""
    current = delivery.status
    if to not in ALLOWED[current]:
        raise InvalidState(f"delivery {delivery.id}: cannot go from {current.value} to {to.value}")
    moved = session.execute(
        update(Delivery)
        .where(Delivery.id == delivery.id, Delivery.status == current)
        .values(status=to)
        .execution_options(synchronize_session=False)
    ).rowcount
    if moved != 1:
        raise InvalidState(_moved_meanwhile(session, delivery.id, current, to))
    set_committed_value(delivery, "status", to)
    audit.record(
        session,
        actor,
        "delivery",
        delivery.id,
        "status",
        from_state=current.value,
        to_state=to.value,
        details={"reason": reason} if reason else None,
    )


def _moved_meanwhile(
    session: Session, delivery_id: int, expected: DeliveryStatus, to: DeliveryStatus
) -> str:
    """What the loser of a race is told, read after the winner's commit."""
    now = session.scalar(select(Delivery.status).where(Delivery.id == delivery_id))
    if now is None:
        return f"delivery {delivery_id} was deleted meanwhile"
    if now is to:  # the same move, made first by someone else
        return status_history.already(session, delivery_id, now)
    who = status_history.by_whom(session, delivery_id, now)
    by = f" by {who}" if who else ""
    return (
        f"delivery {delivery_id} was moved from {expected.value} to {now.value}{by} meanwhile;"
        " nothing was changed"
    )


def ensure_editable(delivery: Delivery) -> None:
    if delivery.status in LOCKED_STATES:
        raise InvalidState(
            f"delivery {delivery.id} is {delivery.status.value}: it can no longer be edited"
        )


def clear_preparation(session: Session, delivery: Delivery, *, logs: bool = True) -> None:
    """Removes a preparation's results: log rows (unless logs=False: the caller removes
    them), its approvals, pending or granted (approvals.withdraw_approvals), counters,
    error, the typology rules it applied."""
    if logs:
        session.execute(delete(DeliveryLog).where(DeliveryLog.delivery_id == delivery.id))
    applied = delivery_applied_rule
    session.execute(delete(applied).where(applied.c.delivery_id == delivery.id))
    approvals.withdraw_approvals(session, delivery)
    for counter in PREPARATION_COUNTERS:
        setattr(delivery, counter, 0)
    delivery.error_message = ""
    delivery.prepared_at = None


def after_preparation(session: Session, delivery: Delivery) -> DeliveryStatus:
    """The status a prepared delivery moves to (domain.md §3 to §5): Pending approval when
    steps need approval (their pending rows are added here, their reviewers notified);
    otherwise ready, Pending confirmation (whoever may confirm is notified), or Pending
    extraction for direct mail. The calculated cost of the messages to deliver is written
    first, so that a budget approval sees it."""
    calculate_after_preparation(session, delivery)
    steps = approvals.request_approvals(session, delivery)
    if steps:
        review_messages.steps_await(session, delivery, steps)
        return S.PENDING_APPROVAL
    if delivery.channel is Channel.DIRECT_MAIL:
        return S.PENDING_EXTRACTION
    review_messages.ready_to_confirm(session, delivery)
    return S.PENDING_CONFIRMATION


def invalidate_preparation(
    session: Session, actor: Actor, delivery: Delivery, changed: set[str]
) -> bool:
    """After an edit of `changed` fields: back to Being edited, KPIs cleared, if prepared.

    Returns True when a preparation was invalidated."""
    if not changed & INVALIDATING_FIELDS or delivery.status not in PREPARED_STATES:
        return False
    clear_preparation(session, delivery)
    fields = sorted(changed)
    transition_to_edit(
        session,
        actor,
        delivery,
        "edited: " + ", ".join(fields),
        "preparation.invalidated_by_edit",
        fields=fields,
    )
    return True


def transition_to_edit(
    session: Session, actor: Actor, delivery: Delivery, reason: str, key: str, /, **params: Any
) -> None:
    """Back to Being edited, as any transition (`reason` in the audit trail), with a
    warning in the journal: the line `key` (journal_messages.MESSAGES) says why."""
    transition(session, actor, delivery, S.BEING_EDITED, reason=reason)
    journal.add(session, delivery.id, JournalLevel.WARNING, key, **params)

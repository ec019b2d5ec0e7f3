"""The demo's deliveries that wait for a decision: prepared for real, after the sends (so
pressure rules see them), each then waiting for an approval, a confirmation or an
extraction. Their logs and counters are real.

A delivery may have been prepared earlier in the story (`prepared_at`), and some of its
steps already approved: each decision is taken by the approval service, as its reviewer,
then moved to its time (desktop.demo.timeline). What the story's past told by e-mail went
out then; what is decided as the demo is made (a preparation now) waits in the queue for
the first start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo import timeline
from desktop.errors import ConsoleError
from desktop.models import Approval, Delivery
from desktop.models.enums import ApprovalKind
from desktop.services.access.rights import Actor, load_actor
from desktop.services.delivery.approval_decisions import approve


@dataclass(frozen=True)
class PastApproval:
    step: ApprovalKind
    by: str  # the reviewer's operator name
    at: datetime
    comment: str = ""


@dataclass(frozen=True)
class Waiting:
    delivery_id: int
    label: str
    prepared_at: datetime | None = None  # None: prepared as the demo is made
    approved: tuple[PastApproval, ...] = field(default=())


def prepare_waiting(
    sessions: sessionmaker[Session],
    actor: Actor,
    deliveries: list[Waiting],
    each_done: Callable[[], None] = lambda: None,
) -> dict[str, str]:
    """Prepares each delivery with the real preparation service, then takes the decisions
    of its past (then calls `each_done`); returns {label: its status, or why it was not
    prepared}."""
    from desktop.services.preparation.pipeline import PreparationSettings, prepare

    settings = PreparationSettings(processes=1, parallel_threshold=10**9)
    outcome: dict[str, str] = {}
    for waiting in deliveries:
        with sessions() as session:
            before_preparation = timeline.mark(session)
        try:
            prepare(sessions, actor, waiting.delivery_id, settings=settings)
        except ConsoleError as exc:
            outcome[waiting.label] = f"not prepared: {exc}"
        else:
            with sessions.begin() as session:
                if waiting.prepared_at is not None:
                    timeline.date_preparation(
                        session, waiting.delivery_id, before_preparation, waiting.prepared_at
                    )
                for decision in waiting.approved:
                    _approve(session, waiting.delivery_id, decision)
                delivery = session.get(Delivery, waiting.delivery_id)
                assert delivery is not None
                outcome[waiting.label] = delivery.status.value
        each_done()
    return outcome


def _approve(session: Session, delivery_id: int, decision: PastApproval) -> None:
    before = timeline.mark(session)
    approve(session, load_actor(session, decision.by), delivery_id, decision.step, decision.comment)
    timeline.date_since(session, before, decision.at)
    row = session.scalar(
        select(Approval)
        .where(Approval.delivery_id == delivery_id, Approval.kind == decision.step)
        .order_by(Approval.id.desc())
        .limit(1)
    )
    assert row is not None
    row.decided_at = decision.at

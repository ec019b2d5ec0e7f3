"""What a direct mailing's dashboard shows and which of its buttons the operator may
press: its step, extraction file, hand-off, results, costs, and the rights each action
needs (the services check them again when pressed)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.models import Delivery, ServiceProvider
from desktop.models.enums import ApprovalKind, Channel, DeliveryStatus, Right
from desktop.services.access.rights import Actor
from desktop.services.costs.delivery_costs import cost_of_deliveries
from desktop.services.delivery import approvals
from desktop.services.delivery.confirmation import may_confirm, who_may_confirm
from desktop.services.direct_mail import after_decisions
from desktop.services.direct_mail.extraction_records import ExtractionRecord, current_extraction

S = DeliveryStatus
PREVIEW_ROWS = 10
PREVIEW_CELL = 200  # characters of a cell shown


@dataclass(frozen=True)
class MailingState:
    delivery_id: int
    status: DeliveryStatus
    to_deliver: int
    sent: int
    failed: int
    extraction: ExtractionRecord | None
    calculated: dict[str, Decimal]
    calculated_total: Decimal
    real_total: Decimal | None  # None: nothing sent yet
    provider: str
    drop_folder: str
    router_email: str
    returns_results: bool
    file_approval: bool
    proofs: bool
    may_prepare: bool
    may_hand_off: bool
    who_may_hand_off: str
    may_send_back: bool  # back to extraction: PREPARE DELIVERIES, or the waiting step's reviewer

    @property
    def awaiting_results(self) -> bool:
        extraction = self.extraction
        return (
            self.returns_results
            and extraction is not None
            and extraction.handed_off_at is not None
            and extraction.results_imported_at is None
        )


def mailing_state(session: Session, actor: Actor, delivery_id: int) -> MailingState | None:
    """The mailing as it stands, or None when the delivery is gone or is not direct mail."""
    delivery = session.get(Delivery, delivery_id)
    if delivery is None or delivery.channel is not Channel.DIRECT_MAIL:
        return None
    provider = session.get(ServiceProvider, delivery.provider_id) if delivery.provider_id else None
    costs = cost_of_deliveries(session, [delivery])
    waiting = {
        S.FILE_TO_APPROVE: ApprovalKind.EXTRACTION,
        S.PROOFS_TO_VALIDATE: ApprovalKind.PROOFS,
    }
    step = waiting.get(delivery.status)
    reviews_it = step is not None and approvals.may_approve(session, actor, delivery, step)
    real = costs.real.total
    return MailingState(
        delivery_id=delivery.id,
        status=delivery.status,
        to_deliver=delivery.to_deliver,
        sent=delivery.delivered,
        failed=delivery.failed,
        extraction=current_extraction(session, delivery.id),
        calculated={
            name: amount for name, amount in costs.calculated.by_category.items() if amount
        },
        calculated_total=costs.calculated.total,
        real_total=real if (real or delivery.status is S.FINISHED) else None,
        provider=provider.name if provider else "",
        drop_folder=provider.drop_folder if provider else "",
        router_email=provider.router_email if provider else "",
        returns_results=bool(provider and provider.returns_results),
        file_approval=after_decisions.file_approval_asked(session, delivery),
        proofs=after_decisions.proofs_asked(session, delivery),
        may_prepare=actor.can(Right.PREPARE_DELIVERIES),
        may_hand_off=may_confirm(session, actor, delivery),
        who_may_hand_off=who_may_confirm(session, delivery),
        may_send_back=actor.can(Right.PREPARE_DELIVERIES) or reviews_it,
    )


@dataclass(frozen=True)
class FilePreview:
    """The first rows of an extraction file, as its reviewers see it before approving."""

    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    problem: str = ""  # why it cannot be shown (the file is gone...)


def file_preview(path: str | Path, limit: int = PREVIEW_ROWS) -> FilePreview:
    """The header and first `limit` rows of the file, read from the disk (cells cut)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            lines = [[cell[:PREVIEW_CELL] for cell in row] for row in islice(reader, limit + 1)]
    except FileNotFoundError:
        return FilePreview(problem=f"the file {path} is missing")
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return FilePreview(problem=f"the file {path} cannot be read: {exc}")
    if not lines:
        return FilePreview(problem=f"the file {path} is empty")
    return FilePreview(header=lines[0], rows=lines[1:])

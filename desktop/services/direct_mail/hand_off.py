"""The hand-off of a direct-mail delivery (domain.md §5): its extraction file copied whole
into the provider's drop folder (services.direct_mail.atomic_files), the notification
e-mail sent to the provider's router address through the relay, then Finished.

Its messages count as sent at the hand-off, and its real cost is set for them
(services.costs.extraction_effects.apply_results), unless the provider returns a results
file: then they wait for it (`delivery results`, services.direct_mail.results_import).

Who may hand off: who may confirm a send (services.delivery.confirmation): the hand-off
is the send of a direct mailing. A notification the relay refuses takes the copy back
out of the drop folder and changes nothing: the hand-off can be done again.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, InvalidState, NotEntitled, NotFound, ValidationError
from desktop.models import Delivery, DeliveryLog, Extraction, utcnow
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.database import Sessions
from desktop.models.enums import DeliveryStatus, JournalLevel, LogStatus
from desktop.services.access.rights import Actor
from desktop.services.costs.extraction_effects import apply_results
from desktop.services.delivery import journal, lifecycle
from desktop.services.delivery.confirmation import may_confirm, who_may_confirm
from desktop.services.delivery.lifecycle import Action
from desktop.services.direct_mail.atomic_files import copy_whole
from desktop.services.direct_mail.extraction import direct_mail_delivery, provider_of
from desktop.services.direct_mail.extraction_records import current_extraction_row
from desktop.services.direct_mail.router_notification import router_notification
from desktop.services.runtime import busy_retry
from desktop.services.sending.mailer import OutgoingMessage, send_messages
from desktop.services.sending.send_rights import ensure_may_use_relay
from desktop.services.settings.relay_settings import RelayTarget

S = DeliveryStatus


@dataclass(frozen=True)
class HandOffResult:
    delivery_id: int
    file: Path
    drop_path: Path
    rows: int
    router: str
    relay_answer: str
    status: DeliveryStatus
    awaiting_results: bool
    sent: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "file": str(self.file),
            "drop_path": str(self.drop_path),
            "rows": self.rows,
            "router": self.router,
            "relay_answer": self.relay_answer,
            "status": self.status.value,
            "awaiting_results": self.awaiting_results,
            "sent": self.sent,
        }


@dataclass(frozen=True)
class _Plan:
    extraction_id: int
    file: Path
    drop_path: Path
    rows: int
    router: str
    sender: str
    message: bytes
    returns_results: bool


def ensure_may_hand_off(session: Session, actor: Actor, delivery: Delivery) -> None:
    if not may_confirm(session, actor, delivery):
        raise NotEntitled(
            actor.name, f"hand off delivery {delivery.id}", who_may_confirm(session, delivery)
        )


def _drop_folder(text: str, provider: str) -> Path:
    folder = text.strip()
    if not folder:
        raise ValidationError(
            "Drop folder", f"the provider {provider!r} has no drop folder: set the folder first"
        )
    if "://" in folder:
        raise ValidationError(
            "Drop folder",
            f"the provider {provider!r} has a remote drop folder; the console copies files to"
            " a folder of this machine (a mounted share): set one",
            folder,
        )
    return Path(folder).expanduser()


def _plan(session: Session, actor: Actor, delivery_id: int) -> _Plan:
    delivery = direct_mail_delivery(session, delivery_id, "the hand-off")
    ensure_may_hand_off(session, actor, delivery)
    lifecycle.ensure_allows(delivery, Action.HAND_OFF, "the hand-off")
    provider = provider_of(session, delivery)
    folder = _drop_folder(provider.drop_folder, provider.name)
    router = (provider.router_email or "").strip()
    if not router:
        raise ValidationError(
            "Router address",
            f"the provider {provider.name!r} has no router address: the notification needs one",
        )
    extraction = current_extraction_row(session, delivery.id)
    if extraction is None:  # Ready for hand-off always has one; a hand-edited database not
        raise InvalidState(f"delivery {delivery.id} has no extraction file: extract it again")
    file = Path(extraction.path)
    if not file.is_file():
        raise ConsoleError(
            f"the extraction file {file} is missing: go back to extraction and extract again"
        )
    drop_path = folder / extraction.file_name
    notification = router_notification(session, delivery, str(drop_path))
    return _Plan(
        extraction_id=extraction.id,
        file=file,
        drop_path=drop_path,
        rows=extraction.rows,
        router=router,
        sender=notification.sender,
        message=notification.message(router, delivery.id),
        returns_results=provider.returns_results,
    )


def _record(
    session: Session, actor: Actor, delivery_id: int, plan: _Plan, answer: str
) -> HandOffResult:
    delivery = session.get(
        Delivery, delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
    )
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    # Another operator handed it off meanwhile: says who (the file and e-mail went twice).
    lifecycle.ensure_allows(delivery, Action.HAND_OFF, "the hand-off")
    now = utcnow()
    extraction = session.get(Extraction, plan.extraction_id)
    assert extraction is not None
    extraction.handed_off_at = now
    extraction.handed_off_by_id = actor.operator_id
    extraction.drop_path = str(plan.drop_path)
    extraction.notification = {"to": plan.router, "from": plan.sender, "answer": answer}
    sent = 0
    said: dict[str, Any] = {
        "operator": actor.name,
        "count": plan.rows,
        "path": str(plan.drop_path),
        "router": plan.router,
        "answer": answer,
    }
    if plan.returns_results:
        key = "direct_mail.handed_off_results_awaited"
    else:
        sent = _count_as_sent(session, delivery, now)
        real = apply_results(session, delivery.id, sent)
        key = "direct_mail.handed_off"
        said.update(sent=sent, cost=f"{real:.2f}")
    delivery.started_at = delivery.started_at or now
    delivery.finished_at = now
    lifecycle.transition(session, actor, delivery, S.FINISHED, reason="handed off")
    journal.add(session, delivery.id, JournalLevel.INFO, key, **said)
    return HandOffResult(
        delivery_id=delivery.id,
        file=plan.file,
        drop_path=plan.drop_path,
        rows=plan.rows,
        router=plan.router,
        relay_answer=answer,
        status=S.FINISHED,
        awaiting_results=plan.returns_results,
        sent=sent,
    )


def _count_as_sent(session: Session, delivery: Delivery, now: datetime) -> int:
    sent = session.execute(
        update(DeliveryLog)
        .where(DeliveryLog.delivery_id == delivery.id, DeliveryLog.status == LogStatus.TO_DELIVER)
        .values(status=LogStatus.SENT, sent_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    delivery.delivered = sent
    delivery.processed = sent
    return sent


def hand_off(
    sessions: Sessions, actor: Actor, delivery_id: int, relay: RelayTarget
) -> HandOffResult:
    """Copies the file to the drop folder, notifies the router, and finishes the delivery;
    refused (nothing done) when it may not, and undone when the relay refuses the e-mail."""
    ensure_may_use_relay(actor, relay)
    with sessions() as session:
        plan = _plan(session, actor, delivery_id)
    try:
        copy_whole(plan.file, plan.drop_path)
    except OSError as exc:
        raise ConsoleError(
            f"the extraction file cannot be copied to {plan.drop_path}: {exc.strerror or exc};"
            " nothing was handed off"
        ) from None
    # No transaction is held while the relay answers.
    outcome = send_messages(relay, plan.sender, [OutgoingMessage(plan.router, plan.message)])[0]
    if not outcome.accepted:
        with contextlib.suppress(OSError):
            plan.drop_path.unlink()
        raise ConsoleError(
            f"the notification to {plan.router} did not go: {outcome.detail}; the file was"
            " taken back from the drop folder and nothing was handed off"
        )
    return busy_retry.write(
        sessions,
        lambda session: _record(session, actor, delivery_id, plan, outcome.detail),
        what=f"record the hand-off of delivery {delivery_id} (its file and e-mail went out)",
    )

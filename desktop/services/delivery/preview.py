"""Preview of a delivery's message for one recipient, from the content being edited.

The form previews what the user typed, saved or not: the draft's subject and content
replace the stored ones, and everything else (campaign, tracking links) comes from the
database exactly as preparation will see it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import Delivery, DeliveryLog, Recipient, normalize_address
from desktop.models.enums import LogStatus
from desktop.services.messages.rendering import (
    RECIPIENTS_BY_ID,
    DeliveryRenderer,
    Rendered,
    render_spec,
)

# The delivery columns a draft may carry into the preview.
DRAFT_FIELDS = ("label", "subject", "sender_name", "sender_address", "html", "text", "campaign_id")


@dataclass(frozen=True)
class RecipientChoice:
    id: int
    email: str
    name: str

    @property
    def title(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email or f"#{self.id}"


def find_recipients(session: Session, text: str, limit: int = 20) -> list[RecipientChoice]:
    """Recipients to preview for: by id when `text` is a number, else by e-mail prefix."""
    text = text.strip()
    columns = (Recipient.id, Recipient.email, Recipient.first_name, Recipient.last_name)
    query = select(*columns).order_by(Recipient.id).limit(limit)
    if text.isdigit():
        query = query.where(Recipient.id == int(text))
    elif text:
        key = normalize_address(text)
        query = query.where(
            or_(
                Recipient.email_key.startswith(key, autoescape=True),
                Recipient.last_name.startswith(text, autoescape=True),
            )
        )
    return [
        RecipientChoice(row.id, row.email, f"{row.first_name} {row.last_name}".strip())
        for row in session.execute(query)
    ]


def target_recipients(session: Session, delivery_id: int, limit: int = 20) -> list[RecipientChoice]:
    """The first recipients a prepared delivery is to send to (by recipient id): whom a
    reviewer previews its content for."""
    query = (
        select(Recipient.id, Recipient.email, Recipient.first_name, Recipient.last_name)
        .join(DeliveryLog, DeliveryLog.recipient_id == Recipient.id)
        .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_DELIVER)
        .order_by(Recipient.id)
        .limit(limit)
    )
    return [
        RecipientChoice(row.id, row.email, f"{row.first_name} {row.last_name}".strip())
        for row in session.execute(query)
    ]


def recipient_mapping(session: Session, recipient_id: int) -> dict[str, Any]:
    """What a template sees of a recipient: its columns and its custom fields."""
    row = session.execute(RECIPIENTS_BY_ID, {"ids": [recipient_id]}).first()
    if row is None:
        raise NotFound("recipient", recipient_id)
    return dict(row._mapping)


def render_preview(
    session: Session,
    draft: Mapping[str, Any],
    recipient_id: int,
    delivery_id: int | None = None,
) -> Rendered:
    """The message `draft` gives for one recipient.

    Raises TemplateSyntaxProblem (part and line) when a template does not compile,
    RecipientRenderError when this recipient's message cannot be rendered, NotFound for an
    unknown recipient. May create the tracking key: call it in a transaction that commits."""
    stored = session.get(Delivery, delivery_id) if delivery_id is not None else None
    # A detached copy: the draft must never reach the stored delivery.
    values = {name: getattr(stored, name) for name in DRAFT_FIELDS} if stored else {}
    values.update({k: v for k, v in draft.items() if k in DRAFT_FIELDS and v is not None})
    for name in ("label", "subject", "sender_name", "sender_address", "html", "text"):
        values[name] = values.get(name) or ""
    transient = Delivery(id=delivery_id or 0, **values)
    spec = render_spec(session, transient)
    renderer = DeliveryRenderer(spec)
    return renderer.render(recipient_mapping(session, recipient_id))

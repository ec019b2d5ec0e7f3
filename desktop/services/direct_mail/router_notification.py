"""The e-mail that tells the router (the provider) its file is there (domain.md §5): sent as
a proof to the delivery's proof target while its proofs are asked, then to the provider's
router address at the hand-off.

It is written as the delivery's own subject and text content (a direct mail has no other
message), in the same sandboxed Jinja2 as every message (services.messages); empty, the
console's default below. What the template sees: `file_name`, `rows`, `cost` (the
calculated total), `cost_by_category`, `drop_path`, `delivery` (id, code, label, campaign,
provider, extraction_date) and `provider` (name, contact).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from threading import get_ident
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SecurityError
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, InvalidState
from desktop.models import Delivery
from desktop.services.costs.delivery_costs import cost_of_deliveries
from desktop.services.direct_mail.extraction import delivery_fields, provider_of
from desktop.services.direct_mail.extraction_records import current_extraction_row
from desktop.services.messages import render_budget
from desktop.services.messages.bounded_sandbox import BoundedSandbox, render_bounded
from desktop.services.messages.render_budget import RenderBudget, RenderLimitExceeded
from desktop.services.messages.render_limits import render_limits
from desktop.services.messages.rendering import TemplateSyntaxProblem
from desktop.services.notifications.sender import notification_message
from desktop.services.settings.options import get_value

SENDER_OPTION = "NmsEmail_DefaultFromAddr"
DEFAULT_SUBJECT = "Extraction file {{ file_name }}: {{ delivery.label }}"
DEFAULT_TEXT = """\
Hello,

The extraction file of the mailing "{{ delivery.label }}" ({{ delivery.code }}\
{% if delivery.campaign %}, campaign "{{ delivery.campaign }}"{% endif %}) is ready:

  file: {{ file_name }}
  rows: {{ rows }}
  drop folder: {{ drop_path or "(sent separately)" }}

Calculated cost: {{ cost }}
{% for category, amount in cost_by_category.items() %}  {{ category }}: {{ amount }}
{% endfor %}
Please confirm its receipt{% if delivery.provider %} ({{ delivery.provider }}){% endif %}.
"""


@dataclass(frozen=True)
class RouterNotification:
    sender: str
    subject: str
    text: str

    def message(self, address: str, delivery_id: int, mark: str = "") -> bytes:
        """The e-mail to `address`; `mark` ("[Proof 2]") starts the subject of a proof."""
        subject = f"{mark} {self.subject}" if mark else self.subject
        return notification_message(self.sender, address, subject, self.text, delivery_id)


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def notification_context(session: Session, delivery: Delivery, drop_path: str) -> dict[str, Any]:
    extraction = current_extraction_row(session, delivery.id)
    if extraction is None:
        raise InvalidState(f"delivery {delivery.id} has no extraction file yet: extract it first")
    provider = provider_of(session, delivery)
    fields = delivery_fields(session, delivery, provider, extraction.created_at.date())
    calculated = cost_of_deliveries(session, [delivery]).calculated
    return {
        "file_name": extraction.file_name,
        "rows": extraction.rows,
        "cost": _money(calculated.total),
        "cost_by_category": {
            name: _money(amount) for name, amount in calculated.by_category.items() if amount
        },
        "drop_path": drop_path,
        "delivery": {**fields, "extraction_date": fields["extraction_date"].isoformat()},
        "provider": {"name": provider.name, "contact": provider.contact},
    }


def sender_of(session: Session, delivery: Delivery) -> str:
    """The delivery's sender address, else the console's notifications'."""
    return (delivery.sender_address or "").strip() or str(get_value(session, SENDER_OPTION))


def router_notification(
    session: Session, delivery: Delivery, drop_path: str = ""
) -> RouterNotification:
    """The notification of the delivery's current extraction file, rendered; a ConsoleError
    naming the part (and line) when its template is wrong."""
    context = notification_context(session, delivery, drop_path)
    env = BoundedSandbox(autoescape=False, undefined=StrictUndefined, keep_trailing_newline=True)
    limits = render_limits(session)
    subject_source = delivery.subject if (delivery.subject or "").strip() else DEFAULT_SUBJECT
    text_source = delivery.text if (delivery.text or "").strip() else DEFAULT_TEXT
    parts = []
    for part, source in (("subject", subject_source), ("text content", text_source)):
        try:
            parts.append((part, env.compile_bounded(source, limits.characters)))
        except TemplateSyntaxError as exc:
            raise TemplateSyntaxProblem(part, exc.lineno, exc.message or str(exc)) from None
        except Exception as exc:  # a constant past the limits, nesting too deep
            raise ConsoleError(
                f"the router's notification ({part}) cannot be compiled: {exc}"
            ) from None
    budget = RenderBudget(limits)
    thread = get_ident()
    render_budget.active[thread] = budget
    rendered = []
    try:
        for part, template in parts:
            try:
                rendered.append(render_bounded(template, context, budget))
            except (RenderLimitExceeded, SecurityError, TemplateError) as exc:
                raise ConsoleError(
                    f"the router's notification ({part}) cannot be rendered: {exc}"
                ) from None
    finally:
        del render_budget.active[thread]
    subject = " ".join(rendered[0].split())
    return RouterNotification(sender_of(session, delivery), subject, rendered[1])

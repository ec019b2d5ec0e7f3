"""Personalisation: a delivery's subject, HTML and text rendered for one recipient.

Templates are Jinja2 in a sandbox (no access to Python internals), with strict undefined
variables, so a field a recipient lacks is an error for that recipient rather than a
silent blank. Each render has a budget of time and size (the options of
services.messages.render_limits), enforced by the sandbox as the template runs
(services.messages.bounded_sandbox): whatever a template does to one recipient, the
outcome is that recipient's render error, in one line. A RenderSpec is plain, picklable
data: worker processes build their own DeliveryRenderer from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from threading import get_ident
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.environment import Template
from jinja2.exceptions import SecurityError, TemplateError
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError
from desktop.models import Campaign, Delivery, Recipient
from desktop.services.messages import render_budget
from desktop.services.messages.bounded_sandbox import BoundedSandbox, render_bounded
from desktop.services.messages.html_text import link_suffix
from desktop.services.messages.list_headers import (
    LIST_ID_OPTION,
    UNSUBSCRIBE_MAILBOX_OPTION,
    ListHeaders,
    list_headers,
)
from desktop.services.messages.render_budget import (
    RenderBudget,
    RenderLimitExceeded,
    RenderStopped,
)
from desktop.services.messages.render_limits import RenderLimits, render_limits
from desktop.services.messages.template_constants import ConstantTooLarge
from desktop.services.messages.template_context import (
    CAMPAIGN_FIELDS,
    DELIVERY_FIELDS,
    RECIPIENT_FIELDS,
)
from desktop.services.messages.text_template import (
    LINK_SUFFIX,
    text_of_rendered,
    text_template_source,
)
from desktop.services.messages.tracking_links import LinkSigner, signer_for
from desktop.services.settings.options import get_value

# What a template sees of a recipient (`recipient.NAME`): these columns
# (template_context.RECIPIENT_FIELDS), and its custom fields (`custom_fields`, merged in by
# DeliveryRenderer.context).
_RECIPIENT_TABLE = Recipient.__table__
RECIPIENT_COLUMNS = tuple(_RECIPIENT_TABLE.c[name] for name in (*RECIPIENT_FIELDS, "custom_fields"))
# The recipients of a list of ids (bound as `ids`), as DeliveryRenderer.render() takes them:
# one statement, built once, wherever messages are rendered.
RECIPIENTS_BY_ID = select(*RECIPIENT_COLUMNS).where(
    _RECIPIENT_TABLE.c.id.in_(bindparam("ids", expanding=True))
)


class TemplateSyntaxProblem(ConsoleError):
    """A critical error: the template cannot be compiled. Names the part and the line."""

    kind = "template syntax error"

    def __init__(self, part: str, line: int | None, message: str) -> None:
        where = f"{part}, line {line}" if line else part
        super().__init__(f"{self.kind} in {where}: {message}")
        self.part = part
        self.line = line


class TemplateRefused(TemplateSyntaxProblem):
    """A critical error: the template compiles, but would exceed any render's limits (a
    constant too large to compute) or cannot be compiled at all (nested too deeply)."""

    kind = "template error"


class RecipientRenderError(Exception):
    """This recipient's message cannot be rendered; the reason is the message."""


# A render error's reason is one line of at most this many characters.
REASON_LENGTH = 300


def _one_line(reason: str) -> str:
    reason = " ".join(reason.split())
    return reason if len(reason) <= REASON_LENGTH else reason[: REASON_LENGTH - 3] + "..."


@dataclass(frozen=True)
class Rendered:
    subject: str
    html: str
    text: str


@dataclass(frozen=True)
class RenderSpec:
    """Everything needed to render a delivery's messages, as plain data."""

    delivery_id: int
    subject: str
    html: str
    text: str
    delivery: dict[str, Any]
    campaign: dict[str, Any]
    secret: bytes
    tracking_base_url: str
    extra: dict[str, Any] = field(default_factory=dict)
    limits: RenderLimits = field(default_factory=RenderLimits)
    list_headers: ListHeaders = field(default_factory=ListHeaders)
    # Without text: the text template derived once from the HTML (messages.text_template),
    # or "" when each message's text is converted from its rendered HTML when it is built.
    text_from_html: str = field(init=False, default="")

    def __post_init__(self) -> None:
        if not (self.text or "").strip():
            derived = text_template_source(_environment(autoescape=False), self.html or "")
            object.__setattr__(self, "text_from_html", derived or "")


def _environment(autoescape: bool) -> BoundedSandbox:
    return BoundedSandbox(
        autoescape=autoescape, undefined=StrictUndefined, keep_trailing_newline=True
    )


class DeliveryRenderer:
    """Compiled templates of one delivery; render(recipient) for each recipient.

    Without text content, the text is rendered from the text template derived from the
    HTML, unless `text_from_html` is False (preparation, which keeps no message) or there
    is none: then it is empty and the message builder converts the rendered HTML."""

    def __init__(self, spec: RenderSpec, text_from_html: bool = True) -> None:
        self.spec = spec
        self.signer = LinkSigner(spec.secret, spec.tracking_base_url)
        html_env = _environment(autoescape=True)
        plain_env = _environment(autoescape=False)
        self._subject = self._compile(plain_env, "subject", spec.subject)
        self._html = self._compile(html_env, "HTML content", spec.html)
        self._text = self._compile(plain_env, "text content", spec.text)
        self._derived_text = None
        if text_from_html and spec.text_from_html:
            try:
                self._derived_text = self._compile(plain_env, "text", spec.text_from_html)
            except TemplateSyntaxProblem:
                # The HTML's code does not nest the way its elements do (a loop opened in
                # one table cell and closed in another): convert each message instead.
                self._derived_text = None
            else:
                self._derived_text.globals[LINK_SUFFIX] = link_suffix

    def _compile(self, env: BoundedSandbox, part: str, source: str) -> Template:
        try:
            template = env.compile_bounded(source or "", self.spec.limits.characters)
        except TemplateSyntaxError as exc:
            raise TemplateSyntaxProblem(part, exc.lineno, exc.message or str(exc)) from None
        except ConstantTooLarge as exc:
            raise TemplateRefused(part, exc.line, exc.problem) from None
        except RecursionError:
            raise TemplateRefused(part, None, "nested too deeply to compile") from None
        except (MemoryError, ValueError, OverflowError) as exc:
            # A literal too large to read (an integer of 5,000 digits), or to hold.
            problem = _one_line(f"{type(exc).__name__}: {exc}")
            raise TemplateRefused(part, None, f"cannot be compiled: {problem}") from None
        # A template's globals are a ChainMap over the environment's, merged again into a
        # dict at every render (a third of the cost of rendering a short subject). This
        # environment is the renderer's own and never changes: merge them once.
        template.globals = dict(template.globals)
        return template

    def context(
        self, recipient: Mapping[str, Any], link_recipient_id: int | None = None
    ) -> dict[str, Any]:
        """What the templates see. The unsubscribe and mirror links are signed for
        `link_recipient_id` when given (a proof's links: tracking_links.UNTRACKED), else
        for the recipient."""
        recipient_id = int(recipient["id"]) if link_recipient_id is None else link_recipient_id
        person = dict(recipient)
        custom = person.pop("custom_fields", None) or {}
        # Custom fields read as recipient.NAME too, unless a column has that name.
        for key, value in custom.items():
            person.setdefault(key, value)
        return {
            "recipient": person,
            "delivery": self.spec.delivery,
            "campaign": self.spec.campaign,
            "unsubscribe_url": self.signer.unsubscribe_url(self.spec.delivery_id, recipient_id),
            "mirror_url": self.signer.mirror_url(self.spec.delivery_id, recipient_id),
            **self.spec.extra,
        }

    def render(
        self,
        recipient: Mapping[str, Any],
        link_recipient_id: int | None = None,
        stopped: Callable[[], bool] | None = None,
    ) -> Rendered:
        """The recipient's message. Raises RecipientRenderError (the reason in one line)
        whatever goes wrong in the templates; RenderStopped when `stopped()` turns true
        while a render runs (the work it belongs to was stopped)."""
        context = self.context(recipient, link_recipient_id)
        budget = RenderBudget(self.spec.limits, stopped)
        thread = get_ident()
        render_budget.active[thread] = budget
        try:
            rendered = Rendered(
                subject=render_bounded(self._subject, context, budget).strip(),
                html=render_bounded(self._html, context, budget),
                text=render_bounded(self._text, context, budget),
            )
            if self._derived_text is not None:
                rendered = Rendered(
                    rendered.subject, rendered.html, self._text_from_html(context, budget)
                )
        except RenderStopped:
            raise
        except RenderLimitExceeded as exc:
            raise RecipientRenderError(str(exc)) from None
        except SecurityError as exc:
            raise RecipientRenderError(_one_line(f"forbidden in a template: {exc}")) from None
        except TemplateError as exc:
            raise RecipientRenderError(_one_line(str(exc))) from None
        except RecursionError:
            raise RecipientRenderError(
                "recursion too deep: a macro that calls itself without end?"
            ) from None
        except MemoryError:
            raise RecipientRenderError("out of memory while rendering this message") from None
        except Exception as exc:  # one recipient's failure never ends the preparation
            raise RecipientRenderError(_one_line(f"{type(exc).__name__}: {exc}")) from None
        finally:
            del render_budget.active[thread]
        return rendered

    def _text_from_html(self, context: dict[str, Any], budget: RenderBudget) -> str:
        """The text derived from the HTML template, or "" when it cannot be rendered: the
        HTML rendered, so the builder converts this recipient's rendered HTML instead."""
        assert self._derived_text is not None
        try:
            return text_of_rendered(render_bounded(self._derived_text, context, budget))
        except RenderStopped:
            raise
        except Exception:  # the per-message conversion is the way out
            return ""


def render_spec(session: Session, delivery: Delivery) -> RenderSpec:
    """The RenderSpec of a delivery as it is now in the database."""
    campaign = session.get(Campaign, delivery.campaign_id) if delivery.campaign_id else None
    signer = signer_for(session)
    return RenderSpec(
        delivery_id=delivery.id,
        subject=delivery.subject,
        html=delivery.html,
        text=delivery.text,
        delivery={name: getattr(delivery, name) for name in DELIVERY_FIELDS},
        campaign={
            name: getattr(campaign, name) if campaign else (None if name == "id" else "")
            for name in CAMPAIGN_FIELDS
        },
        secret=signer._secret,
        tracking_base_url=signer.base_url,
        limits=render_limits(session),
        list_headers=list_headers(
            platform_list_id=str(get_value(session, LIST_ID_OPTION, default="")),
            unsubscribe_mailbox=str(get_value(session, UNSUBSCRIBE_MAILBOX_OPTION, default="")),
            campaign_id=campaign.id if campaign else None,
            campaign_label=campaign.label if campaign else "",
            sender_address=delivery.sender_address or "",
        ),
    )

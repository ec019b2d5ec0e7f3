"""The extraction of a direct-mail delivery (domain.md §5): after its approvals (Pending
extraction), the extraction file, one row per recipient to deliver, its columns in the
order of the provider's export format (services.direct_mail.export_columns), with a header
row, in UTF-8 CSV; its name from a pattern with the delivery's code and the day
(services.direct_mail.extraction_names).

The file is written whole or not at all (services.direct_mail.atomic_files): a stop, an
error, or another operator extracting first leaves no file and changes nothing. Once it is
written, one transaction records it, applies its costs and takes its stock
(services.costs.extraction_effects.apply_extraction), and moves the delivery on: File to
approve when the extraction file is to be approved (its reviewers are told), else To
submit when the router's proofs are asked, else Ready for hand-off. Extracting again,
while the file waits for approval, replaces the file, its costs and its consumption.

An extraction that would take a stock line below zero is refused unless forced: the
caller shows the shortfalls first (preview_extraction) and asks.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, InvalidState, NotFound, ValidationError
from desktop.models import (
    Approval,
    Campaign,
    Delivery,
    DeliveryLog,
    Extraction,
    Recipient,
    ServiceProvider,
)
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.database import Sessions
from desktop.models.enums import (
    ApprovalKind,
    Channel,
    DeliveryStatus,
    JournalLevel,
    LogStatus,
    Right,
)
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience.conditions import FIELDS
from desktop.services.costs.extraction_effects import (
    ExtractionPreview,
    StockAlert,
    StockShortfall,
    apply_extraction,
    preview_extraction,
)
from desktop.services.delivery import journal, lifecycle
from desktop.services.delivery.lifecycle import Action
from desktop.services.direct_mail import after_decisions, extraction_names
from desktop.services.direct_mail.atomic_files import AtomicFile
from desktop.services.direct_mail.export_columns import ExportColumn, cell_text, check_format
from desktop.services.direct_mail.extraction_records import current_extraction_row
from desktop.services.notifications import review_messages
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import (
    CancelToken,
    Progress,
    ProgressCallback,
    no_progress,
)
from desktop.services.settings.options import get_value

S = DeliveryStatus
PHASE = "extraction"
READ_CHUNK = 5000  # recipients read (and written) at a time


class StockWouldRunOut(ConsoleError):
    """The extraction would take stock lines below zero: nothing was written; the caller
    asks, and forces it (force=True, `--force`) if the operator goes on."""

    def __init__(self, delivery_id: int, shortfalls: list[StockShortfall]) -> None:
        self.shortfalls = shortfalls
        lines = "; ".join(shortfall_text(s) for s in shortfalls)
        super().__init__(
            f"delivery {delivery_id}: the extraction would take stock below zero ({lines});"
            " nothing was written (extract with --force to go on anyway)"
        )


def shortfall_text(shortfall: StockShortfall) -> str:
    stock = f"stock {shortfall.stock!r}: " if shortfall.stock else ""
    return f"{stock}{shortfall.item!r} has {shortfall.in_stock}, the file needs {shortfall.needed}"


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


@dataclass(frozen=True)
class ExtractionPlan:
    """What an extraction of the delivery will write, read before it starts."""

    delivery_id: int
    label: str
    status: DeliveryStatus
    last_extraction_id: int | None
    columns: list[ExportColumn]
    delivery_fields: dict[str, Any]
    target: Path
    rows: int
    preview: ExtractionPreview

    def as_dict(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "file": str(self.target),
            "rows": self.rows,
            "columns": [column.header for column in self.columns],
            "cost": _cost_dict(self.preview.cost_by_category, self.preview.total),
            "stock_shortfalls": [_shortfall_dict(s) for s in self.preview.stock_shortfalls],
        }


@dataclass(frozen=True)
class ExtractionResult:
    delivery_id: int
    extraction_id: int
    path: Path
    rows: int
    columns: list[str]
    cost_by_category: dict[str, Decimal]
    total: Decimal
    status: DeliveryStatus
    stock_shortfalls: list[StockShortfall] = field(default_factory=list)
    stock_alerts: list[StockAlert] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "file": str(self.path),
            "rows": self.rows,
            "columns": self.columns,
            "cost": _cost_dict(self.cost_by_category, self.total),
            "status": self.status.value,
            "stock_shortfalls": [_shortfall_dict(s) for s in self.stock_shortfalls],
            "stock_alerts": [
                {
                    "stock": alert.stock,
                    "item": alert.item,
                    "in_stock": alert.in_stock,
                    "alert_level": alert.alert_level,
                    "notified": list(alert.notified),
                }
                for alert in self.stock_alerts
            ],
        }


def _cost_dict(by_category: dict[str, Decimal], total: Decimal) -> dict[str, Any]:
    return {
        "by_category": {name: _money(amount) for name, amount in by_category.items()},
        "total": _money(total),
    }


def _shortfall_dict(shortfall: StockShortfall) -> dict[str, Any]:
    return {
        "stock": shortfall.stock,
        "item": shortfall.item,
        "in_stock": shortfall.in_stock,
        "needed": shortfall.needed,
    }


# ---- before: what it will write, or why it cannot --------------------------------------


def extraction_folder(session: Session) -> Path:
    """The option NmsDirectMail_ExtractionFolder, else the user data folder's."""
    configured = str(get_value(session, extraction_names.FOLDER_OPTION, default="")).strip()
    return Path(configured).expanduser() if configured else extraction_names.default_folder()


def rows_to_extract(session: Session, delivery_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                DeliveryLog.delivery_id == delivery_id,
                DeliveryLog.status == LogStatus.TO_DELIVER,
            )
        )
        or 0
    )


def delivery_fields(
    session: Session, delivery: Delivery, provider: ServiceProvider, day: date
) -> dict[str, Any]:
    """What `delivery.NAME` columns (and the router's notification) read of the delivery."""
    campaign = session.get(Campaign, delivery.campaign_id) if delivery.campaign_id else None
    return {
        "id": delivery.id,
        "code": extraction_names.delivery_code(delivery.id),
        "label": delivery.label,
        "campaign": campaign.label if campaign is not None else "",
        "provider": provider.name,
        "extraction_date": day,
    }


def direct_mail_delivery(
    session: Session, delivery_id: int, doing: str, *, lock: bool = False
) -> Delivery:
    """The direct-mail delivery `doing` acts on; with `lock`, read again and locked until
    the transaction ends (a step that moves its status)."""
    if lock:
        delivery = session.get(
            Delivery, delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
        )
    else:
        delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    if delivery.channel is not Channel.DIRECT_MAIL:
        raise InvalidState(
            f"delivery {delivery.id} is an e-mail delivery: {doing} is for direct mail only"
        )
    return delivery


def provider_of(session: Session, delivery: Delivery) -> ServiceProvider:
    provider = session.get(ServiceProvider, delivery.provider_id) if delivery.provider_id else None
    if provider is None:
        raise ValidationError("Provider", "a direct-mail delivery needs a service provider")
    return provider


def plan_extraction(
    session: Session,
    actor: Actor,
    delivery_id: int,
    *,
    folder: Path | None = None,
    today: date | None = None,
) -> ExtractionPlan:
    """What extracting the delivery now would write and cost, and the stock it would take
    below zero; refused (a ConsoleError saying why) when it may not run."""
    require(actor, Right.PREPARE_DELIVERIES, "extract a direct-mail delivery")
    delivery = direct_mail_delivery(session, delivery_id, "extracting")
    lifecycle.ensure_allows(delivery, Action.EXTRACT, "extracting")
    provider = provider_of(session, delivery)
    if not provider.export_format:
        raise ValidationError(
            "Export format",
            f"the provider {provider.name!r} has no export format: list the columns of its"
            " extraction file first",
        )
    columns = check_format(provider.export_format)
    rows = rows_to_extract(session, delivery.id)
    if rows == 0:
        raise InvalidState(f"delivery {delivery.id} has no recipient to deliver: prepare it again")
    day = today or date.today()
    pattern = str(get_value(session, extraction_names.NAME_OPTION))
    target = (folder or extraction_folder(session)) / extraction_names.file_name(
        pattern, delivery.id, day
    )
    last = current_extraction_row(session, delivery.id)
    return ExtractionPlan(
        delivery_id=delivery.id,
        label=delivery.label,
        status=delivery.status,
        last_extraction_id=last.id if last is not None else None,
        columns=columns,
        delivery_fields=delivery_fields(session, delivery, provider, day),
        target=target,
        rows=rows,
        preview=preview_extraction(session, delivery.id, rows, today=today),
    )


# ---- the file ------------------------------------------------------------------------


def _row_maker(
    columns: list[ExportColumn], delivery: dict[str, Any]
) -> tuple[list[ColumnElement[Any]], Callable[[Row[Any]], list[str]]]:
    """The recipient columns the format reads (the id first, for the next chunk), and what
    makes a file row of a query row: only what is written is read (a custom field's JSON
    is decoded only when the format has one)."""
    selected: list[ColumnElement[Any]] = [Recipient.id]
    positions: dict[str, int] = {"id": 0}
    for column in columns:
        name = "custom_fields" if column.custom_key is not None else column.name
        if column.source == "recipient" and name not in positions:
            positions[name] = len(selected)
            selected.append(Recipient.custom_fields if name == "custom_fields" else FIELDS[name][0])
    cells: list[Callable[[Row[Any]], str]] = []
    for column in columns:
        if column.source == "delivery":
            constant = cell_text(delivery.get(column.name))
            cells.append(lambda _row, text=constant: text)
        elif (key := column.custom_key) is not None:
            at = positions["custom_fields"]
            cells.append(lambda row, at=at, key=key: cell_text((row[at] or {}).get(key)))
        else:
            at = positions[column.name]
            cells.append(lambda row, at=at: cell_text(row[at]))
    return selected, lambda row: [cell(row) for cell in cells]


def write_rows(
    sessions: Sessions,
    plan: ExtractionPlan,
    out: IO[str],
    token: CancelToken,
    progress: ProgressCallback,
) -> int:
    """The header and one row per recipient to deliver, by recipient id; returns the rows."""
    writer = csv.writer(out)
    writer.writerow([column.header for column in plan.columns])
    selected, make_row = _row_maker(plan.columns, plan.delivery_fields)
    done, last = 0, 0
    with sessions() as session:
        while True:
            token.check()
            chunk = session.execute(
                select(*selected)
                .join(DeliveryLog, DeliveryLog.recipient_id == Recipient.id)
                .where(
                    DeliveryLog.delivery_id == plan.delivery_id,
                    DeliveryLog.status == LogStatus.TO_DELIVER,
                    DeliveryLog.recipient_id > last,
                )
                .order_by(DeliveryLog.recipient_id)
                .limit(READ_CHUNK)
            ).all()
            if not chunk:
                return done
            writer.writerows(map(make_row, chunk))
            done += len(chunk)
            last = chunk[-1][0]
            progress(Progress(PHASE, done, plan.rows, "writing the extraction file"))


# ---- after: record it, its costs and stock, and the next step ---------------------------


def _record(
    session: Session,
    actor: Actor,
    plan: ExtractionPlan,
    rows: int,
    file: AtomicFile,
    today: date | None,
) -> ExtractionResult:
    delivery = session.get(
        Delivery, plan.delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
    )
    if delivery is None:
        raise NotFound("delivery", plan.delivery_id)
    last = current_extraction_row(session, delivery.id)
    if delivery.status is not plan.status or (last.id if last else None) != plan.last_extraction_id:
        raise InvalidState(
            f"delivery {delivery.id} was extracted or moved meanwhile (it is now"
            f" {delivery.status.value}); this file was not kept"
        )
    after_decisions.withdraw_after_extraction(session, delivery)
    extraction = Extraction(
        delivery_id=delivery.id,
        file_name=plan.target.name,
        path=str(plan.target),
        rows=rows,
        columns=[column.header for column in plan.columns],
        created_by_id=actor.operator_id,
        drop_path="",
        notification={},
        results_file="",
    )
    session.add(extraction)
    session.flush()
    effects = apply_extraction(session, delivery.id, rows, actor_id=actor.operator_id, today=today)
    if after_decisions.file_approval_asked(session, delivery):
        to = S.FILE_TO_APPROVE
        session.add(Approval(delivery_id=delivery.id, kind=ApprovalKind.EXTRACTION))
        review_messages.steps_await(session, delivery, [ApprovalKind.EXTRACTION])
    else:
        to = after_decisions.after_file(session, delivery)
    if to is delivery.status:  # extracted again while its file waits for approval
        audit.record(
            session, actor, "delivery", delivery.id, "extract", details={"file": plan.target.name}
        )
    else:
        lifecycle.transition(session, actor, delivery, to, reason="extracted")
    journal.add(
        session,
        delivery.id,
        JournalLevel.INFO,
        "direct_mail.extracted",
        file=plan.target.name,
        operator=actor.name,
        count=rows,
        columns=len(plan.columns),
        folder=str(plan.target.parent),
        cost=_money(effects.total),
    )
    if file.part is not None:  # the last thing before the commit (and once, if retried)
        file.commit()
    return ExtractionResult(
        delivery_id=delivery.id,
        extraction_id=extraction.id,
        path=plan.target,
        rows=rows,
        columns=[column.header for column in plan.columns],
        cost_by_category=effects.cost_by_category,
        total=effects.total,
        status=to,
        stock_shortfalls=effects.stock_shortfalls,
        stock_alerts=effects.alerts,
    )


def extract(
    sessions: Sessions,
    actor: Actor,
    delivery_id: int,
    *,
    folder: Path | None = None,
    force: bool = False,
    token: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
    today: date | None = None,
) -> ExtractionResult:
    """Writes the delivery's extraction file and moves the delivery on (see the module).

    Raises, leaving no file and changing nothing: a ConsoleError when it may not run,
    StockWouldRunOut unless `force`, Cancelled when `token` is cancelled."""
    with sessions() as session:
        plan = plan_extraction(session, actor, delivery_id, folder=folder, today=today)
    if plan.preview.stock_shortfalls and not force:
        raise StockWouldRunOut(delivery_id, plan.preview.stock_shortfalls)
    token = token or CancelToken()
    progress(Progress(PHASE, 0, plan.rows, "writing the extraction file"))
    file = AtomicFile(plan.target)
    try:
        out = file.open()
    except OSError as exc:
        raise ConsoleError(
            f"the extraction file {plan.target} cannot be written: {exc.strerror or exc}"
        ) from None
    try:
        try:
            rows = write_rows(sessions, plan, out, token, progress)
        except OSError as exc:
            raise ConsoleError(
                f"the extraction file {plan.target} cannot be written: {exc.strerror or exc}"
            ) from None
        token.check()
        return busy_retry.write(
            sessions,
            lambda session: _record(session, actor, plan, rows, file, today),
            what=f"record the extraction of delivery {delivery_id}",
        )
    except BaseException:
        if file.part is None and file.handle is None:
            # Named, but its transaction did not commit: no file the database does not know.
            plan.target.unlink(missing_ok=True)
        file.discard()
        raise

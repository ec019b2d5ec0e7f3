"""The provider's results file (domain.md §5-6): for a provider that returns one, the
messages of a handed-off mailing count as sent only once it is imported. It marks each
extracted row sent or failed, by recipient id, sets the delivery's counters, and sets the
real cost for the messages sent (services.costs.extraction_effects.apply_results).

The file: CSV in UTF-8, a header row naming `recipient.id` (or `recipient_id`, `id`) and
`status` (`sent` or `failed`), and optionally `reason`; one line per row of the extraction
file, each recipient once. A file that breaks any of this is refused whole, with its line
and what is wrong: nothing changes. A mailing's results are imported once.
"""

from __future__ import annotations

import csv
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, InvalidState, NotFound
from desktop.models import Delivery, DeliveryLog, utcnow
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.database import Sessions
from desktop.models.enums import JournalLevel, LogStatus
from desktop.services.access import audit
from desktop.services.access.rights import Actor
from desktop.services.costs.extraction_effects import apply_results
from desktop.services.delivery import journal, lifecycle
from desktop.services.delivery.lifecycle import Action
from desktop.services.direct_mail.extraction import direct_mail_delivery, provider_of
from desktop.services.direct_mail.extraction_records import current_extraction_row
from desktop.services.direct_mail.hand_off import ensure_may_hand_off
from desktop.services.runtime import busy_retry

ID_HEADERS = ("recipient.id", "recipient_id", "id")
STATUSES = {"sent": LogStatus.SENT, "failed": LogStatus.FAILED}
MAX_BYTES = 500_000_000
REASON_LENGTH = 500
SHOWN_MISSING = 5


class ResultsFileRefused(ConsoleError):
    """The results file is not what the console reads: nothing was changed."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        where = f"{path}, line {line}" if line is not None else str(path)
        super().__init__(f"results file {where}: {problem}; nothing was changed")
        self.line = line


@dataclass(frozen=True)
class ResultsImport:
    delivery_id: int
    file: Path
    sent: int
    failed: int
    real_cost: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "file": str(self.file),
            "sent": self.sent,
            "failed": self.failed,
            "real_cost": self.real_cost,
        }


@dataclass(frozen=True)
class _Outcome:
    recipient_id: int
    status: LogStatus
    reason: str


def _header_column(header: list[str], names: tuple[str, ...]) -> int | None:
    cleaned = [name.strip().lower() for name in header]
    return next((cleaned.index(name) for name in names if name in cleaned), None)


def read_results(path: Path, extracted: set[int]) -> list[_Outcome]:
    """Every line of the file, checked against the recipients extracted."""
    try:
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as probe:
            if not stat.S_ISREG(os.fstat(probe.fileno()).st_mode):
                raise ResultsFileRefused(path, None, "not a regular file")
            if os.fstat(probe.fileno()).st_size > MAX_BYTES:
                raise ResultsFileRefused(path, None, f"larger than {MAX_BYTES // 1_000_000} MB")
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise ResultsFileRefused(path, None, f"cannot be read ({exc.strerror})") from None
    with handle:
        reader = csv.reader(handle, strict=True)
        try:
            return _outcomes(path, reader, extracted)
        except UnicodeDecodeError:
            raise ResultsFileRefused(path, reader.line_num + 1, "not UTF-8 text") from None
        except csv.Error as exc:
            raise ResultsFileRefused(path, reader.line_num, f"not CSV ({exc})") from None


def _outcomes(path: Path, reader: Any, extracted: set[int]) -> list[_Outcome]:
    header = next(reader, None)
    if header is None:
        raise ResultsFileRefused(path, None, "empty: a header row and a line per row expected")
    id_at = _header_column(header, ID_HEADERS)
    status_at = _header_column(header, ("status",))
    reason_at = _header_column(header, ("reason", "error"))
    if id_at is None or status_at is None:
        raise ResultsFileRefused(
            path, 1, "the header must name the columns recipient.id and status (sent or failed)"
        )
    outcomes: list[_Outcome] = []
    seen: set[int] = set()
    for fields in reader:
        line = reader.line_num
        if not any(field.strip() for field in fields):
            continue  # a blank line
        if len(fields) != len(header):
            raise ResultsFileRefused(
                path, line, f"{len(fields)} fields where the header has {len(header)}"
            )
        text = fields[id_at].strip()
        if not (text.isascii() and text.isdigit() and len(text) <= 18):
            raise ResultsFileRefused(path, line, f"recipient id {text!r} is not a whole number")
        recipient_id = int(text)
        if recipient_id not in extracted:
            raise ResultsFileRefused(
                path, line, f"recipient {recipient_id} is not in this mailing's extraction file"
            )
        if recipient_id in seen:
            raise ResultsFileRefused(path, line, f"recipient {recipient_id} is listed twice")
        seen.add(recipient_id)
        word = fields[status_at].strip().lower()
        if word not in STATUSES:
            raise ResultsFileRefused(
                path, line, f"status {fields[status_at]!r}: sent or failed expected"
            )
        reason = fields[reason_at].strip()[:REASON_LENGTH] if reason_at is not None else ""
        outcomes.append(_Outcome(recipient_id, STATUSES[word], reason))
    missing = sorted(extracted - seen)
    if missing:
        shown = ", ".join(map(str, missing[:SHOWN_MISSING]))
        more = f" and {len(missing) - SHOWN_MISSING} more" if len(missing) > SHOWN_MISSING else ""
        raise ResultsFileRefused(
            path,
            None,
            f"{len(missing)} of the {len(extracted)} recipients extracted are not listed"
            f" ({shown}{more})",
        )
    return outcomes


def _check(session: Session, actor: Actor, delivery_id: int) -> Delivery:
    delivery = direct_mail_delivery(session, delivery_id, "a results file")
    ensure_may_hand_off(session, actor, delivery)
    lifecycle.ensure_allows(delivery, Action.IMPORT_RESULTS, "importing results")
    provider = provider_of(session, delivery)
    if not provider.returns_results:
        raise InvalidState(
            f"the provider {provider.name!r} returns no results file: delivery {delivery.id}'s"
            " messages counted as sent at the hand-off"
        )
    extraction = current_extraction_row(session, delivery.id)
    if extraction is None or extraction.handed_off_at is None:
        raise InvalidState(f"delivery {delivery.id} was not handed off: nothing to import")
    if extraction.results_imported_at is not None:
        raise InvalidState(
            f"the results of delivery {delivery.id} were imported already"
            f" ({extraction.sent} sent, {extraction.failed} failed, from {extraction.results_file})"
        )
    return delivery


def _extracted_ids(session: Session, delivery_id: int) -> set[int]:
    return set(
        session.scalars(
            select(DeliveryLog.recipient_id).where(
                DeliveryLog.delivery_id == delivery_id,
                DeliveryLog.status == LogStatus.TO_DELIVER,
            )
        )
    )


def _apply(
    session: Session, actor: Actor, delivery_id: int, path: Path, outcomes: list[_Outcome]
) -> ResultsImport:
    delivery = session.get(
        Delivery, delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
    )
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    _check(session, actor, delivery_id)  # again, locked: not imported meanwhile
    if _extracted_ids(session, delivery_id) != {outcome.recipient_id for outcome in outcomes}:
        raise InvalidState(f"delivery {delivery_id}'s rows changed meanwhile; nothing was changed")
    now = utcnow()
    logs = DeliveryLog.__table__  # a Core statement: executemany by recipient, not by key
    session.execute(
        update(logs)
        .where(logs.c.delivery_id == delivery_id, logs.c.recipient_id == bindparam("rid"))
        .values(
            status=bindparam("outcome"),
            error=bindparam("reason"),
            sent_at=bindparam("sent_at"),
            updated_at=now,
        ),
        [
            {
                "rid": outcome.recipient_id,
                "outcome": outcome.status,
                "reason": outcome.reason or None,
                "sent_at": now if outcome.status is LogStatus.SENT else None,
            }
            for outcome in outcomes
        ],
    )
    sent = sum(1 for outcome in outcomes if outcome.status is LogStatus.SENT)
    failed = len(outcomes) - sent
    delivery.delivered = sent
    delivery.failed = failed
    delivery.processed = sent + failed
    extraction = current_extraction_row(session, delivery_id)
    assert extraction is not None
    extraction.results_imported_at = now
    extraction.results_file = str(path)[:1024]
    extraction.sent = sent
    extraction.failed = failed
    real = apply_results(session, delivery_id, sent)
    audit.record(
        session,
        actor,
        "delivery",
        delivery_id,
        "results",
        details={"file": str(path), "sent": sent, "failed": failed},
    )
    journal.add(
        session,
        delivery_id,
        JournalLevel.INFO,
        "direct_mail.results_imported",
        operator=actor.name,
        file=path.name,
        sent=sent,
        failed=failed,
        cost=f"{real:.2f}",
    )
    return ResultsImport(delivery_id, path, sent, failed, f"{real:.2f}")


def import_results(
    sessions: Sessions, actor: Actor, delivery_id: int, path: Path | str
) -> ResultsImport:
    """Reads the results file whole, then applies it in one transaction; refused (a
    ConsoleError naming the line) and nothing changed when the file or the delivery is not
    right."""
    path = Path(path)
    with sessions() as session:
        _check(session, actor, delivery_id)
        extracted = _extracted_ids(session, delivery_id)
    outcomes = read_results(path, extracted)
    return busy_retry.write(
        sessions,
        lambda session: _apply(session, actor, delivery_id, path, outcomes),
        what=f"import the results of delivery {delivery_id}",
    )

"""The proofs a delivery has sent, newest first, for its dashboard and its reviewers:
number, time, by whom, addresses, and what the relay answered for each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Operator, Proof
from desktop.services.proofs.sending import ProofOutcome


@dataclass(frozen=True)
class ProofRecord:
    id: int
    delivery_id: int
    number: int
    sent_at: datetime  # UTC
    sent_by: str  # the operator's name; empty when the operator was deleted
    status: str  # sent / partly sent / failed
    addresses: list[str]
    outcomes: list[ProofOutcome]

    @property
    def accepted(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.ok)

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "sent_at": self.sent_at,
            "sent_by": self.sent_by,
            "status": self.status,
            "addresses": self.addresses,
            "results": [outcome.as_dict() for outcome in self.outcomes],
        }


def _outcome(result: Any) -> ProofOutcome:
    if not isinstance(result, dict):  # written by hand, or by a later version
        return ProofOutcome(str(result), False, "")
    return ProofOutcome(
        str(result.get("address", "")), bool(result.get("ok")), str(result.get("detail", ""))
    )


def _records(session: Session, delivery_id: int, limit: int | None) -> list[ProofRecord]:
    query = (
        select(Proof, Operator.name)
        .outerjoin(Operator, Operator.id == Proof.sent_by_id)
        .where(Proof.delivery_id == delivery_id)
        .order_by(Proof.number.desc(), Proof.id.desc())
        .limit(limit)
    )
    records = []
    for proof, operator_name in session.execute(query):
        sent_at = proof.sent_at
        if sent_at.tzinfo is None:  # SQLite hands back naive UTC
            sent_at = sent_at.replace(tzinfo=UTC)
        records.append(
            ProofRecord(
                id=proof.id,
                delivery_id=proof.delivery_id,
                number=proof.number,
                sent_at=sent_at,
                sent_by=operator_name or "",
                status=proof.status,
                addresses=list(proof.addresses or []),
                outcomes=[_outcome(result) for result in proof.results or []],
            )
        )
    return records


def proofs_sent(session: Session, delivery_id: int) -> list[ProofRecord]:
    """Every proof of the delivery, the newest first."""
    return _records(session, delivery_id, None)


def last_proof(session: Session, delivery_id: int) -> ProofRecord | None:
    records = _records(session, delivery_id, 1)
    return records[0] if records else None

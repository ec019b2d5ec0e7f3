"""What the send engine hands its connections and what they hand back.

A `Job` is one claimed delivery-log row on its way to the relay; an `Outcome` is what
became of it. The engine claims jobs (services.sending.claims), a connection thread sends
them (services.sending.connection), and the engine classifies the outcomes
(services.sending.classify) before writing them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from desktop.models import utcnow
from desktop.services.sending.message_pool import Built


class Result(Enum):
    SENT = "sent"
    HARD = "hard"  # 5xx: final
    SOFT = "soft"  # 4xx, dropped connection, timeout: retried
    RENDER_ERROR = "render_error"
    RELEASED = "released"  # not attempted: back to to_deliver
    DEFERRED = "deferred"  # per-domain limit: back to to_deliver at a later time


@dataclass
class Job:
    log_id: int
    recipient_id: int
    address: str
    attempts: int
    recipient: dict[str, Any] | None = None
    built: Built | None = None  # rendered and built ahead (services.sending.message_pool)


@dataclass
class Outcome:
    job: Job
    result: Result
    code: int | None = None
    message: str = ""
    message_id: str | None = None
    at: datetime = field(default_factory=utcnow)
    not_before: datetime | None = None

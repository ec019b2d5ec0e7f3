"""The headless send worker (`campaign-console worker`): a server runs sends with no GUI open.

A scheduler (services.sending.scheduler) that also picks up every e-mail delivery In
progress that no live process sends (confirmed in a GUI since closed, a sender that
crashed or was killed, a sender cut off by a restart): it sends them, as it sends the
scheduled deliveries whose contact date has come, and the queued notifications. Several
workers on several machines share one database: they start a scheduled delivery once
(services.sending.control.start_due) and share the deliveries they send through the
claims of the delivery-log rows, each message going out once.

It acts as the system, like the scheduler: the deliveries it sends were confirmed by
someone allowed to, and it sends them through the relay it was given. A stop (stop())
hands out nothing more, lets the messages on the wire finish, hands the queued rows back,
and leaves the deliveries In progress for the next sender.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Delivery
from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.sending import send_sessions
from desktop.services.sending.engine import SendReport
from desktop.services.sending.scheduler import Scheduler
from desktop.services.settings.options import get_value
from desktop.services.settings.relay_settings import RelayResolver, RelayTarget

log = logging.getLogger(__name__)

Say = Callable[[str], None]


def unsent_deliveries(session: Session, busy: set[int]) -> list[int]:
    """E-mail deliveries In progress that no live process sends, oldest first, but those
    in `busy` (this worker sends them already)."""
    candidates = session.scalars(
        select(Delivery.id)
        .where(Delivery.status == DeliveryStatus.IN_PROGRESS, Delivery.channel == Channel.EMAIL)
        .order_by(Delivery.id)
    ).all()
    return [
        delivery_id
        for delivery_id in candidates
        if delivery_id not in busy and not send_sessions.live_sessions(session, delivery_id)
    ]


class SendWorker(Scheduler):
    """Runs until stop(): every `poll_seconds` starts the due scheduled deliveries, picks up
    the deliveries In progress that nobody sends, and sends the queued notifications; says
    one line (`say`) when a send starts and when it ends."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        relay_for: RelayResolver,
        *,
        poll_seconds: float = 5.0,
        say: Say | None = None,
    ) -> None:
        super().__init__(sessions, relay_for, poll_seconds=poll_seconds)
        self.say: Say = say or log.info

    def run_once(self, now: datetime | None = None) -> list[int]:
        started = super().run_once(now)  # scheduled deliveries whose time has come
        return started + self._pick_up_unsent()

    def _pick_up_unsent(self) -> list[int]:
        self._sends = {d: t for d, t in self._sends.items() if t.is_alive()}
        with self.sessions() as session:
            limit = max(1, int(get_value(session, "NmsOperation_LimitConcurrency")))
            free = limit - len(self._sends)
            if free <= 0:
                return []
            unsent = unsent_deliveries(session, set(self._sends))[:free]
            relay = self.relay_for(session) if unsent else None
        if relay is None:
            return []
        for delivery_id in unsent:
            self._start_thread(delivery_id, relay)
        return unsent

    def _send(self, delivery_id: int, relay: RelayTarget) -> SendReport | None:
        self.say(f"delivery {delivery_id}: sending through {relay}")
        report = super()._send(delivery_id, relay)
        if report is None:
            self.say(f"delivery {delivery_id}: the send failed (see its journal)")
        else:
            v = report.kpis.values
            why = "" if report.status is DeliveryStatus.FINISHED else f" ({report.reason})"
            self.say(
                f"delivery {delivery_id}: {report.status.value}{why}; {report.sent_now} "
                f"delivered by this worker, {v['delivered']} of {v['to_deliver']} in all"
            )
        return report


__all__ = ["SendWorker", "unsent_deliveries"]

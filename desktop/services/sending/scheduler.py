"""The scheduler: a scheduled delivery starts by itself at its contact date (domain.md §3).

It runs inside the application (services.servers.embedded) or alone
(`campaign-console scheduler`). Every few seconds it moves the deliveries whose contact
date has come to In progress and sends each in a thread of its own, at most
NmsOperation_LimitConcurrency at once; then it sends the queued notifications
(services.notifications.sender) through the same relay. Each round also tells the stops
whose last sender died before telling them (services.sending.stop_story).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError
from desktop.models import Delivery
from desktop.models.enums import JournalLevel
from desktop.services.access.rights import SYSTEM
from desktop.services.delivery import journal
from desktop.services.notifications.sender import NotificationCounts, deliver_queued, has_due
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import CancelToken
from desktop.services.runtime.reachability import is_unreachable_error
from desktop.services.sending import control, stop_story
from desktop.services.sending.engine import SendEngine, SendReport
from desktop.services.settings.options import get_value
from desktop.services.settings.relay_settings import RelayResolver, RelayTarget

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        relay_for: RelayResolver,
        *,
        poll_seconds: float = 5.0,
    ) -> None:
        self.sessions = sessions
        self.relay_for = relay_for
        self.poll_seconds = poll_seconds
        self.token = CancelToken()  # detaches the sends this scheduler started
        self._stopping = threading.Event()
        self._sends: dict[int, threading.Thread] = {}
        self._thread: threading.Thread | None = None

    def run_once(self, now: datetime | None = None) -> list[int]:
        """Starts what is due; returns the deliveries whose send started now. Tells first
        the stops whose last sender died before telling them."""
        self._sends = {d: t for d, t in self._sends.items() if t.is_alive()}
        busy_retry.write(
            self.sessions, stop_story.settle_untold_stops, what="tell the stops left untold"
        )
        due, relay = busy_retry.write(
            self.sessions,
            lambda session: self._start_due(session, now),
            what="start the scheduled deliveries",
        )
        if relay is None:
            return []
        for delivery_id in due:
            self._start_thread(delivery_id, relay)
        return due

    def _start_thread(self, delivery_id: int, relay: RelayTarget) -> None:
        thread = threading.Thread(
            target=self._send, args=(delivery_id, relay), name=f"scheduled-send-{delivery_id}"
        )
        thread.daemon = True
        self._sends[delivery_id] = thread
        thread.start()

    def _start_due(
        self, session: Session, now: datetime | None
    ) -> tuple[list[int], RelayTarget | None]:
        """Moves the deliveries due (as many as may start) to In progress, with the relay
        to send them through; without a relay they are paused, and none is returned."""
        limit = max(1, int(get_value(session, "NmsOperation_LimitConcurrency")))
        free = limit - len(self._sends)
        if free <= 0:
            return [], None
        due = control.start_due(session, now)[:free]
        relay = self.relay_for(session) if due else None
        if due and relay is None:
            for delivery_id in due:
                delivery = session.get(Delivery, delivery_id)
                assert delivery is not None
                control.pause_for_problem(
                    session, delivery, "no SMTP relay is configured and no outbox runs"
                )
        return due, relay

    def _send(self, delivery_id: int, relay: RelayTarget) -> SendReport | None:
        """Sends the delivery in this thread; None when the send failed (said in the log
        and in the delivery's journal)."""
        try:
            return SendEngine(self.sessions, SYSTEM, delivery_id, relay, token=self.token).run()
        except Exception as exc:
            if isinstance(exc, ConsoleError):
                log.warning("scheduled send of delivery %s failed: %s", delivery_id, exc)
            else:
                log.exception("scheduled send of delivery %s failed", delivery_id)
            error = str(exc)
            try:
                busy_retry.write(
                    self.sessions,
                    lambda session: journal.add(
                        session, delivery_id, JournalLevel.ERROR, "send.failed", error=error
                    ),
                    what=f"write in the journal of delivery {delivery_id}",
                )
            except ConsoleError as busy:
                log.warning("%s", busy)
            return None

    def send_notifications(self) -> NotificationCounts | None:
        """Sends the notifications due, through the relay the sends use; None when none is
        due or no relay is available (they wait for the next round)."""
        with self.sessions() as session:
            if not has_due(session):
                return None
            relay = self.relay_for(session)
        if relay is None:
            return None
        return deliver_queued(self.sessions, relay)

    def run(self) -> None:
        """Until stop(): look for due deliveries and notifications every poll_seconds."""
        while not self._stopping.is_set():
            try:
                self.run_once()
            except ConsoleError as exc:  # the database stayed busy: the next round tries
                log.warning("scheduler round failed: %s", exc)
            except Exception as exc:
                self._say_failed("scheduler round failed", exc)
            try:
                self.send_notifications()
            except Exception as exc:
                self._say_failed("sending notifications failed", exc)
            self._stopping.wait(self.poll_seconds)
        for thread in list(self._sends.values()):
            thread.join(30)

    @staticmethod
    def _say_failed(what: str, error: Exception) -> None:
        """An unreachable database (a server restart) in one line: the next round tries
        again; anything else with its traceback."""
        if is_unreachable_error(error):
            log.warning("%s: the database is unreachable; trying again", what)
        else:
            log.exception("%s", what)

    def start(self) -> Scheduler:
        self._thread = threading.Thread(target=self.run, name="scheduler", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stops looking and detaches running sends: their deliveries stay In progress."""
        self._stopping.set()
        self.token.cancel()
        if self._thread is not None:
            self._thread.join(60)

    @property
    def running_sends(self) -> list[int]:
        return [d for d, t in self._sends.items() if t.is_alive()]

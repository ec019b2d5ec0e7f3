"""The send of a delivery in a QThread: the GUI's side of services.sending.engine.

The worker owns its CancelToken and its sessions; it passes ids, never ORM objects, and
throttles KPI signals to a few per second. Its signals are emitted in the GUI thread by
workers.gui_relay (never from the sending thread). Pause, Resume and Stop do not go through the
worker: they change the delivery row (services.sending.control), which the engine reads, so
they work the same for a send in another process. Closing the application detaches the
send (end_soon: the delivery stays In progress; `delivery send ID` or the Send button
carries on). The application's sends are kept in its workers.background_work registry,
where the dashboard of a delivery finds its running send.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.delivery.kpis import DeliveryKpis
from desktop.services.runtime.cancellation import CancelToken
from desktop.services.sending.engine import SendEngine
from desktop.services.sending.send_rights import Confirmation
from desktop.services.servers.outbox import start_outbox
from desktop.services.settings.relay_settings import RelayResolver, RelayTarget
from desktop.workers.gui_relay import RelayedWorker

SIGNALS_PER_SECOND = 4


class SendWorker(RelayedWorker):
    kpis = Signal(object)  # DeliveryKpis, at most SIGNALS_PER_SECOND a second
    finished = Signal(str, str)  # final status (machine name), reason
    failed = Signal(str)  # a user-facing error message

    def __init__(
        self,
        sessions: Sessions,
        actor: Actor,
        delivery_id: int,
        relay_provider: RelayResolver,
        confirmation: Confirmation | None = None,
    ) -> None:
        """`confirmation`: the one the actor just gave, which starts this send even without
        START DELIVERIES (services.sending.send_rights)."""
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.relay_provider = relay_provider
        self.confirmation = confirmation
        self.token = CancelToken()
        self._last_emit = 0.0

    def end_soon(self) -> None:
        """This process stops sending (the messages on the wire finish and are recorded);
        the delivery itself is not paused or stopped."""
        self.token.cancel()

    def _progress(self, kpis: DeliveryKpis) -> None:
        now = time.monotonic()
        if now - self._last_emit >= 1.0 / SIGNALS_PER_SECOND:
            self._last_emit = now
            self.reports.put("kpis", kpis)

    def run(self) -> None:
        outbox = None
        try:
            with self.sessions() as session:
                relay = self.relay_provider(session)
            if relay is None:  # nothing configured and no embedded outbox: our own
                outbox = start_outbox()
                relay = RelayTarget(host=outbox.host, port=outbox.port, is_outbox=True)
            report = SendEngine(
                self.sessions,
                self.actor,
                self.delivery_id,
                relay,
                token=self.token,
                confirmation=self.confirmation,
                on_progress=self._progress,
            ).run()
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # shown to the user; the engine left nothing half-written
            self.reports.put("failed", f"{type(exc).__name__}: {exc}")
            return
        finally:
            if outbox is not None:
                outbox.stop()
        self.reports.put("kpis", report.kpis)
        self.reports.put("finished", report.status.value, report.reason)

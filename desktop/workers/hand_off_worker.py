"""The hand-off of a direct mailing, off the GUI thread: copying its file into the drop
folder and waiting for the relay take seconds. The GUI's side of services.direct_mail.
hand_off: the relay is found as a send finds it (the application's relay, else a local
outbox started for it). Reports once: finished(result dict) or failed(message)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.direct_mail.hand_off import hand_off
from desktop.services.servers.outbox import start_outbox
from desktop.services.settings.relay_settings import RelayResolver, RelayTarget
from desktop.workers.gui_relay import RelayedWorker


class HandOffWorker(RelayedWorker):
    finished = Signal(object)  # HandOffResult.as_dict()
    failed = Signal(str)

    def __init__(
        self, sessions: Sessions, actor: Actor, delivery_id: int, relay_provider: RelayResolver
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.relay_provider = relay_provider

    @Slot()
    def run(self) -> None:
        outbox = None
        try:
            with self.sessions() as session:
                relay = self.relay_provider(session)
            if relay is None:  # nothing configured and no embedded outbox: our own
                outbox = start_outbox()
                relay = RelayTarget(host=outbox.host, port=outbox.port, is_outbox=True)
            result = hand_off(self.sessions, self.actor, self.delivery_id, relay)
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # shown to the user: nothing was recorded
            self.reports.put("failed", f"{type(exc).__name__}: {exc}")
            return
        finally:
            if outbox is not None:
                outbox.stop()
        self.reports.put("finished", result.as_dict())

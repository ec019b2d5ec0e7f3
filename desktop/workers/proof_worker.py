"""A proof of a delivery sent off the GUI thread: the GUI's side of services.proofs.sending.

Sending a proof renders the messages and talks SMTP, which may take seconds (a slow relay,
a timeout): the window stays responsive meanwhile. The worker resolves the relay as a
send does (the application's relay, else a local outbox started for the proof), passes
ids, never ORM objects, and reports once: finished(ProofResult) or failed(message).
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.proofs.sending import send_proof
from desktop.services.servers.outbox import start_outbox
from desktop.services.settings.relay_settings import RelayResolver, RelayTarget
from desktop.workers.gui_relay import RelayedWorker


class ProofWorker(RelayedWorker):
    finished = Signal(object)  # ProofResult
    failed = Signal(str)  # a user-facing error message

    def __init__(
        self,
        sessions: Sessions,
        actor: Actor,
        delivery_id: int,
        relay_provider: RelayResolver,
        language: str | None,
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.relay_provider = relay_provider
        self.language = language

    def run(self) -> None:
        outbox = None
        try:
            with self.sessions() as session:
                relay = self.relay_provider(session)
            if relay is None:  # nothing configured and no embedded outbox: our own
                outbox = start_outbox()
                relay = RelayTarget(host=outbox.host, port=outbox.port, is_outbox=True)
            result = send_proof(
                self.sessions, self.actor, self.delivery_id, relay, language=self.language
            )
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # shown to the user: the proof was not recorded
            self.reports.put("failed", f"{type(exc).__name__}: {exc}")
            return
        finally:
            if outbox is not None:
                outbox.stop()
        self.reports.put("finished", result)

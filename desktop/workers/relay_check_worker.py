"""The relay's connection test off the GUI thread: the GUI's side of
services.sending.relay_check.

A test connects and waits for the relay's answers, up to its timeout at each step: the
window stays responsive meanwhile. Reports once: finished(RelayCheck) or failed(message).
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.services.access.rights import Actor
from desktop.services.sending.relay_check import check_relay
from desktop.services.settings.relay_settings import RelayTarget
from desktop.workers.gui_relay import RelayedWorker


class RelayCheckWorker(RelayedWorker):
    finished = Signal(object)  # RelayCheck
    failed = Signal(str)  # a user-facing error message

    def __init__(self, actor: Actor, relay: RelayTarget, sender: str) -> None:
        super().__init__()
        self.actor = actor
        self.relay = relay
        self.sender = sender

    def run(self) -> None:
        try:
            result = check_relay(self.actor, self.relay, self.sender)
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # shown to the user
            self.reports.put("failed", f"{type(exc).__name__}: {exc}")
            return
        self.reports.put("finished", result)

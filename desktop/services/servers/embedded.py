"""The servers the application runs for itself: local outbox, tracking server, scheduler
(which also sends the queued notifications, through the relay its sends use).

`start_embedded_services(sessions)` starts them in background threads on 127.0.0.1 and
returns a handle; `handle.stop()` stops them (the application calls it on quit). A part
that cannot start (its port is taken, e.g. by a stand-alone `tracking serve`) is skipped
and named in `handle.problems`; the rest still runs. Qt-free: the GUI, the CLI and tests
use the same code.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError
from desktop.services.sending.scheduler import Scheduler
from desktop.services.servers.outbox import (
    DEFAULT_OUTBOX_PORT,
    SmtpServerThread,
    default_outbox_folder,
    start_outbox,
)
from desktop.services.servers.tracking import TrackingServer
from desktop.services.settings.options import get_value
from desktop.services.settings.relay_settings import RelayResolver, RelayTarget, resolve_relay

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "localhost", "::1")
DEFAULT_TRACKING_PORT = 8765


@dataclass
class EmbeddedServices:
    sessions: sessionmaker[Session]
    outbox_folder: Path
    outbox: SmtpServerThread | None = None
    tracking: TrackingServer | None = None
    scheduler: Scheduler | None = None
    problems: list[str] = field(default_factory=list)

    def relay(self, session: Session) -> RelayTarget | None:
        """The relay a send started from this application uses (None: none available)."""
        outbox = self.outbox.address if self.outbox is not None else None
        return resolve_relay(session, outbox=outbox)

    def stop(self) -> None:
        for part in (self.scheduler, self.tracking, self.outbox):
            if part is not None:
                try:
                    part.stop()
                except Exception:
                    log.exception("could not stop %r", part)


def application_relay(services: EmbeddedServices | None) -> RelayResolver:
    """How a send started in the application finds its relay: through its running
    services (the configured relay, else their outbox), else the configured relay."""

    def relay(session: Session) -> RelayTarget | None:
        if services is not None:
            return services.relay(session)
        return resolve_relay(session)

    return relay


def tracking_address(session: Session) -> tuple[str, int]:
    """Where the embedded tracking server listens: the NmsTracking_ServerUrl host and port
    when that is this machine, else 127.0.0.1:8765 (a proxy forwards the public URL)."""
    url = urlsplit(str(get_value(session, "NmsTracking_ServerUrl")))
    if url.hostname in LOOPBACK:
        default = 443 if url.scheme == "https" else 80
        port = default if url.port is None else url.port  # port 0: any free port
        return ("127.0.0.1" if url.hostname == "localhost" else url.hostname), port
    return "127.0.0.1", DEFAULT_TRACKING_PORT


def start_embedded_services(
    sessions: sessionmaker[Session],
    *,
    outbox_folder: Path | None = None,
    outbox_port: int = DEFAULT_OUTBOX_PORT,
    tracking: bool = True,
    scheduler: bool = True,
    scheduler_poll_seconds: float = 5.0,
) -> EmbeddedServices:
    handle = EmbeddedServices(sessions, outbox_folder or default_outbox_folder())
    try:
        handle.outbox = start_outbox(handle.outbox_folder, "127.0.0.1", outbox_port)
    except ConsoleError as exc:
        handle.problems.append(str(exc))
    except OSError as exc:  # the outbox folder cannot be created
        handle.problems.append(f"cannot use the outbox folder {handle.outbox_folder}: {exc}")
    if tracking:
        with sessions() as session:
            host, port = tracking_address(session)
        try:
            handle.tracking = TrackingServer(sessions, host, port).start()
        except ConsoleError as exc:
            handle.problems.append(f"{exc} (is a stand-alone tracking server running?)")
    if scheduler:

        def relay_for(session: Session) -> RelayTarget | None:
            return handle.relay(session)

        handle.scheduler = Scheduler(
            sessions, relay_for, poll_seconds=scheduler_poll_seconds
        ).start()
    for problem in handle.problems:
        log.warning("embedded services: %s", problem)
    return handle

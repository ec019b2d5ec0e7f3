"""The relay a command sends through (`delivery send`, `delivery proof`, `scheduler`, the
notifications a command queued): --smtp, else the configured relay, else the local outbox
started in this process for as long as the command needs it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.servers.outbox import start_outbox
from desktop.services.settings.relay_settings import RelayTarget, resolve_relay


@contextmanager
def command_relay(
    sessions: Sessions, override: str | None = None, chosen_by: Actor | None = None
) -> Iterator[RelayTarget]:
    """The relay to use; the local outbox in this process when none is configured. An
    override (--smtp) is refused unless `chosen_by` is an administrator."""
    with sessions() as session:
        relay = resolve_relay(session, override=override, chosen_by=chosen_by)
    if relay is not None:
        yield relay
        return
    outbox = start_outbox()
    try:
        yield RelayTarget(host=outbox.host, port=outbox.port, is_outbox=True)
    finally:
        outbox.stop()

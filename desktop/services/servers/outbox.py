"""The embedded local outbox: a real SMTP server (aiosmtpd) on 127.0.0.1 storing a Maildir.

With no relay configured, messages leave through this server and land in a Maildir the
Outbox view reads. `SmtpServerThread` runs any aiosmtpd handler on its own event loop in a
background thread; tests use it with handlers that answer 4xx / 5xx or hang up.
"""

from __future__ import annotations

import asyncio
import mailbox
import ssl
import threading
import weakref
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP
from platformdirs import user_data_dir

from desktop.errors import ConsoleError
from desktop.models.database import APP_NAME

DEFAULT_OUTBOX_PORT = 8025
# Large messages are the relay's business; the outbox only refuses absurd ones.
DATA_SIZE_LIMIT = 64 * 1024 * 1024


def default_outbox_folder() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "outbox"


class MaildirHandler:
    """Stores each accepted message as received, one file per message (Maildir `new/`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.parent.mkdir(parents=True, exist_ok=True)  # Maildir makes one level only
        self.maildir = mailbox.Maildir(self.folder, create=True)
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        with self._lock:
            self.maildir.add(data)
        return "250 2.0.0 Message accepted for delivery"


class SmtpServerThread:
    """An aiosmtpd server on its own event loop in a daemon thread; port 0 picks a free one."""

    def __init__(self, handler: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.handler = handler
        self.host = host
        self.port = port
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._sessions: weakref.WeakSet[SMTP] = weakref.WeakSet()
        self._thread = threading.Thread(target=self._run, name="smtp-server", daemon=True)
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def _factory(self) -> SMTP:
        return SMTP(
            self.handler,
            hostname="campaign-console-outbox",
            ident="Campaign Console outbox",
            data_size_limit=DATA_SIZE_LIMIT,
            enable_SMTPUTF8=True,
            loop=self._loop,
        )

    def _ssl_context(self) -> ssl.SSLContext | None:
        """Implicit TLS on every connection when not None (the outbox speaks plain SMTP)."""
        return None

    def _session(self) -> SMTP:
        session = self._factory()
        self._sessions.add(session)
        return session

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._server = self._loop.run_until_complete(
                self._loop.create_server(
                    self._session, self.host, self.port, ssl=self._ssl_context()
                )
            )
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as exc:
            self._error = exc
            self._loop.close()  # a taken port: start_outbox tries another with a new loop
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._shut_down(self._server))
        self._loop.close()

    async def _shut_down(self, server: asyncio.base_events.Server) -> None:
        """Ends the sessions still open (a client that never said QUIT) with the server.

        Each is aborted, not closed: a TLS session's close waits for the client's
        close_notify, and a socket the loop leaves behind is a leak (an unclosed transport).
        """
        server.close()
        for session in list(self._sessions):
            if session.transport is not None:
                session.transport.abort()
        pending = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await asyncio.sleep(0)  # the aborted sockets close in callbacks queued before this

    def start(self) -> SmtpServerThread:
        if self._ready.is_set():
            return self  # already running (started, then used as a context manager)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise ConsoleError(
                f"cannot start the SMTP server on {self.host}:{self.port}: {self._error}"
            )
        return self

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> SmtpServerThread:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def start_outbox(
    folder: Path | None = None, host: str = "127.0.0.1", port: int = DEFAULT_OUTBOX_PORT
) -> SmtpServerThread:
    """The local outbox on `port`, or on a free port when that one is taken."""
    handler = MaildirHandler(folder or default_outbox_folder())
    try:
        return SmtpServerThread(handler, host, port).start()
    except ConsoleError:
        if port == 0:
            raise
        return SmtpServerThread(handler, host, 0).start()

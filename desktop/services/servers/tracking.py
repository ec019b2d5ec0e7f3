"""The tracking server (aiohttp): open pixel, click redirect, unsubscribe page, mirror page.

Every URL carries a signed token (services.messages.tracking_links): a forged or altered token gets
404, never a redirect, so the server cannot be used as an open redirect. Handlers only
check the token, spool the hit to a local file and queue it, then answer; one writer
thread records the hits in batches (services.servers.hit_writer: a tracking-log row each,
and the delivery's counters in the same transaction), so a burst of thousands of hits per
second is recorded whole without one transaction per hit, and a hit answered is never
lost, even to a database locked for long (services.servers.hit_spool). Which open or click
is a recipient's first is decided by the database (services.servers.hit_recording), so
several servers may record into one database. A HEAD request is answered like a GET but
records nothing: link checkers and previews are not readers.

Runs embedded in the application (TrackingServer, a background thread) and stand-alone
(`campaign-console tracking serve`), on the same database.
"""

from __future__ import annotations

import asyncio
import html
import logging
import threading
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError
from desktop.models import Delivery, TrackingLog, utcnow
from desktop.models.enums import TrackingKind
from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.rendering import (
    RECIPIENTS_BY_ID,
    DeliveryRenderer,
    RecipientRenderError,
    TemplateSyntaxProblem,
    render_spec,
)
from desktop.services.messages.tracking_links import (
    UNTRACKED_RECIPIENT,
    LinkSigner,
    TrackingToken,
    signer_for,
)
from desktop.services.servers.hit_recording import Hit
from desktop.services.servers.hit_spool import spool_folder_for
from desktop.services.servers.hit_writer import HitWriter

log = logging.getLogger(__name__)

# The smallest transparent GIF.
PIXEL = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)
NO_CACHE = {"Cache-Control": "no-store, no-cache, must-revalidate, max-age=0"}
USER_AGENT_LENGTH = TrackingLog.__table__.c.user_agent.type.length or 512


_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em}}</style>
</head><body><h1>{title}</h1>{body}</body></html>"""


def _page(title: str, body: str, status: int = 200) -> web.Response:
    return web.Response(
        text=_PAGE.format(title=html.escape(title), body=body),
        content_type="text/html",
        status=status,
        headers=NO_CACHE,
    )


class TrackingApp:
    """The aiohttp application: routes, token checks, and the hit writer."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        signer: LinkSigner,
        spool_folder: Path | None = None,
    ) -> None:
        """`spool_folder`: where answered hits wait to be recorded (by default, the
        database's folder in the user's data folder: services.servers.hit_spool)."""
        self.sessions = sessions
        self.signer = signer
        if spool_folder is None:
            spool_folder = spool_folder_for(sessions.kw["bind"])
        self.writer = HitWriter(sessions, spool_folder)
        self._renderers: dict[int, tuple[DeliveryRenderer, MessageBuilder]] = {}
        self.app = web.Application()
        self.app.add_routes(
            [
                web.get("/o/{token}", self.open_pixel),
                web.get("/c/{token}", self.click),
                web.get("/u/{token}", self.unsubscribe_page),
                web.post("/u/{token}", self.unsubscribe),
                web.get("/m/{token}", self.mirror),
                web.get("/health", self.health),
            ]
        )
        self.app.on_startup.append(self._start_writer)
        self.app.on_cleanup.append(self._stop_writer)

    async def _start_writer(self, _app: web.Application) -> None:
        self.writer.start()

    async def _stop_writer(self, _app: web.Application) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.writer.stop)

    def _token(self, request: web.Request, kind: TrackingKind) -> TrackingToken:
        token = self.signer.verify(request.match_info["token"])
        if token is None or token.kind is not kind:
            raise web.HTTPNotFound(text="Not found")
        return token

    def _record(self, request: web.Request, token: TrackingToken, url: str = "") -> None:
        if token.recipient_id == UNTRACKED_RECIPIENT:  # a proof's link: never counted
            return
        if request.method == "HEAD":  # a link checker or a preview, not a reader
            return
        agent = request.headers.get("User-Agent", "")[:USER_AGENT_LENGTH]
        self.writer.put(
            Hit(token.delivery_id, token.recipient_id, token.kind, url, agent, utcnow())
        )

    async def health(self, _request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def open_pixel(self, request: web.Request) -> web.Response:
        token = self._token(request, TrackingKind.OPEN)
        self._record(request, token)
        return web.Response(body=PIXEL, content_type="image/gif", headers=NO_CACHE)

    async def click(self, request: web.Request) -> web.Response:
        token = self._token(request, TrackingKind.CLICK)
        target = token.url or ""
        if not target.lower().startswith(("http://", "https://")):
            raise web.HTTPNotFound(text="Not found")
        self._record(request, token, target)
        raise web.HTTPFound(target, headers=NO_CACHE)

    async def unsubscribe_page(self, request: web.Request) -> web.Response:
        # A GET only asks: mail scanners follow links, and must not unsubscribe anyone.
        self._token(request, TrackingKind.UNSUBSCRIBE)
        return _page(
            "Unsubscribe",
            '<p>You will no longer receive our messages.</p><form method="post">'
            '<button type="submit">Unsubscribe</button></form>',
        )

    async def unsubscribe(self, request: web.Request) -> web.Response:
        # The form's POST and the one-click POST of List-Unsubscribe-Post (RFC 8058).
        token = self._token(request, TrackingKind.UNSUBSCRIBE)
        self._record(request, token)
        return _page("Unsubscribed", "<p>You are unsubscribed. Thank you.</p>")

    async def mirror(self, request: web.Request) -> web.Response:
        token = self._token(request, TrackingKind.MIRROR)
        loop = asyncio.get_running_loop()
        try:
            page = await loop.run_in_executor(None, self._mirror_html, token)
        except MirrorUnavailable:
            return _page(
                "Message unavailable",
                "<p>This message cannot be shown in the browser.</p>",
                status=500,
            )
        if page is None:
            raise web.HTTPNotFound(text="Not found")
        self._record(request, token)
        return web.Response(text=page, content_type="text/html", headers=NO_CACHE)

    def _mirror_html(self, token: TrackingToken) -> str | None:
        """The message as the recipient received it (links tracked), or None when there is
        no such delivery or recipient. The render has a message's budget
        (services.messages.render_limits): a template that cannot render for this
        recipient raises MirrorUnavailable (the reason goes to the log, in one line)."""
        with self.sessions() as session:
            cached = self._renderers.get(token.delivery_id)
            if cached is None:
                delivery = session.get(Delivery, token.delivery_id)
                if delivery is None:
                    return None
                try:
                    renderer = DeliveryRenderer(render_spec(session, delivery))
                except TemplateSyntaxProblem as exc:
                    log.warning("mirror page of delivery %s: %s", token.delivery_id, exc)
                    raise MirrorUnavailable() from None
                builder = MessageBuilder.for_renderer(
                    renderer, delivery.sender_address or "mirror@invalid"
                )
                cached = self._renderers[token.delivery_id] = (renderer, builder)
            row = session.execute(RECIPIENTS_BY_ID, {"ids": [token.recipient_id]}).one_or_none()
        if row is None:
            return None
        renderer, builder = cached
        try:
            rendered = renderer.render(dict(row._mapping))
        except RecipientRenderError as exc:
            log.warning(
                "mirror page of delivery %s, recipient %s: %s",
                token.delivery_id,
                token.recipient_id,
                exc,
            )
            raise MirrorUnavailable() from None
        return builder.track_links(rendered.html, token.recipient_id)


class MirrorUnavailable(Exception):
    """This recipient's mirror page cannot be rendered (logged with the reason)."""


class TrackingServer:
    """The tracking server on its own event loop in a background thread."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        spool_folder: Path | None = None,
    ) -> None:
        """`spool_folder`: as for TrackingApp."""
        self.sessions = sessions
        self.host = host
        self.port = port
        with sessions.begin() as session:
            self.tracking = TrackingApp(sessions, signer_for(session), spool_folder)
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._run, name="tracking-server", daemon=True)
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def writer(self) -> HitWriter:
        return self.tracking.writer

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.tracking.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, backlog=1024)
        await site.start()
        self.port = self._runner.addresses[0][1]

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._start())
        except BaseException as exc:
            self._error = exc
            if self._runner is not None:
                self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        assert self._runner is not None
        self._loop.run_until_complete(self._runner.cleanup())
        self._loop.close()

    def start(self) -> TrackingServer:
        if self._ready.is_set():
            return self
        self._thread.start()
        self._ready.wait(15)
        if self._error is not None:
            raise ConsoleError(
                f"cannot start the tracking server on {self.host}:{self.port}: {self._error}"
            )
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(30)

    def __enter__(self) -> TrackingServer:
        return self.start()

    def __exit__(self, *_exc: Any) -> None:
        self.stop()

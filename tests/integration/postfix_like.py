"""A real aiosmtpd server on 127.0.0.1 that answers the way Postfix does at each stage.

`PostfixLike` refuses where it is told to: the greeting (a client on a block list), EHLO
and HELO (reject_non_fqdn_helo_hostname without smtpd_delay_reject), AUTH (counting each
attempt), MAIL FROM, RCPT TO (per recipient, including Postfix's delayed client and HELO
restrictions) and the end of DATA. It offers STARTTLS or speaks implicit TLS with a
certificate made by `private_ca` (openssl, on the machine) and records the names clients
said in EHLO / HELO.
"""

from __future__ import annotations

import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from desktop.services.servers.outbox import SmtpServerThread

Answer = Callable[[str], str | None]  # address -> a refusal, or None to accept


@dataclass
class Stages:
    """What the server answers at each stage; None accepts."""

    greeting: str | None = None
    ehlo: str | None = None
    mail: str | None = None
    rcpt: Answer | None = None
    data: Answer | None = None
    # AUTH: offered when set; these credentials succeed, anything else gets 535.
    login: tuple[str, str] | None = None


class PostfixHandler:
    def __init__(self, stages: Stages) -> None:
        self.stages = stages
        self.lock = threading.Lock()
        self.helo_names: list[str] = []
        self.auth_attempts = 0
        self.mail_commands = 0
        self.received: list[str] = []  # recipients whose message was taken

    async def handle_EHLO(self, server, session, envelope, hostname, responses) -> list[str]:
        with self.lock:
            self.helo_names.append(hostname)
        if self.stages.ehlo:
            return [self.stages.ehlo]
        session.host_name = hostname
        return responses

    async def handle_HELO(self, server, session, envelope, hostname) -> str:
        with self.lock:
            self.helo_names.append(hostname)
        if self.stages.ehlo:
            return self.stages.ehlo
        session.host_name = hostname
        return "250 postfix.test"

    async def handle_MAIL(self, server, session, envelope, address, options) -> str:
        with self.lock:
            self.mail_commands += 1
        if self.stages.mail:
            return self.stages.mail
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server, session, envelope, address, options) -> str:
        refusal = self.stages.rcpt(address) if self.stages.rcpt else None
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope) -> str:
        rcpt = envelope.rcpt_tos[0]
        refusal = self.stages.data(rcpt) if self.stages.data else None
        if refusal:
            return refusal
        with self.lock:
            self.received.append(rcpt)
        return "250 2.0.0 Ok: queued"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        with self.lock:
            self.auth_attempts += 1
        given = (
            (auth_data.login.decode(), auth_data.password.decode())
            if isinstance(auth_data, LoginPassword)
            else None
        )
        return AuthResult(success=given == self.stages.login, handled=False)


class _PostfixSmtp(SMTP):
    refuse_greeting: str | None = None

    async def _handle_client(self) -> None:
        if self.refuse_greeting:  # postscreen or smtpd_client_restrictions, no delay
            await self.push(self.refuse_greeting)
            assert self.transport is not None
            self.transport.close()
            return
        await super()._handle_client()


class PostfixLike(SmtpServerThread):
    """`security`: "none", "starttls" (offered, with `certificate`) or "tls" (implicit)."""

    def __init__(
        self,
        stages: Stages,
        *,
        security: str = "none",
        certificate: tuple[Path, Path] | None = None,
    ) -> None:
        super().__init__(PostfixHandler(stages), "127.0.0.1", 0)
        self.handler: PostfixHandler
        self.stages = stages
        self.security = security
        self.tls: ssl.SSLContext | None = None
        if certificate is not None:
            self.tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.tls.load_cert_chain(str(certificate[0]), str(certificate[1]))

    def _factory(self) -> SMTP:
        smtp = _PostfixSmtp(
            self.handler,
            hostname="postfix.test",
            tls_context=self.tls if self.security == "starttls" else None,
            auth_require_tls=False,
            authenticator=self.handler.authenticate if self.stages.login else None,
            loop=self._loop,
        )
        smtp.refuse_greeting = self.stages.greeting
        return smtp

    def _ssl_context(self) -> ssl.SSLContext | None:
        return self.tls if self.security == "tls" else None


def private_ca(folder: Path) -> tuple[Path, tuple[Path, Path]]:
    """A certificate authority of our own and a certificate it signed for 127.0.0.1:
    (the CA's PEM file, (the server's certificate, its key))."""

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=Private Test CA", "-keyout", "ca.key", "-out", "ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
        "-keyout", "server.key", "-out", "server.csr",
    )  # fmt: skip
    (folder / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
    )
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-out", "server.pem", "-extfile", "server.ext",
    )  # fmt: skip
    return folder / "ca.pem", (folder / "server.pem", folder / "server.key")


def relay_kwargs(server: PostfixLike) -> dict[str, Any]:
    return {"host": server.host, "port": server.port, "timeout": 10}

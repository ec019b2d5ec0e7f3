"""SMTP relay settings (Administration): where messages leave, and how to log in there.

Host, port, security and login are options (shared by every workstation and send process
on the database; not secret). The password is never in the database: it is read from the
environment variable CAMPAIGN_CONSOLE_SMTP_PASSWORD when set (servers, CI), otherwise from
a file only its owner can read, `smtp-relay-password` in the user's configuration folder
(0600, written by the Administration form or `save_password`). An empty host means the
embedded local outbox (services.servers.outbox).
"""

from __future__ import annotations

import os
import re
import ssl
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from platformdirs import user_config_dir
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, ValidationError
from desktop.models.database import APP_NAME
from desktop.models.enums import OptionType, Right
from desktop.services.access.rights import Actor, require
from desktop.services.settings.options import DEFAULT_OPTIONS, get_value, set_option

PASSWORD_ENV = "CAMPAIGN_CONSOLE_SMTP_PASSWORD"
PASSWORD_FILE_NAME = "smtp-relay-password"

HOST_OPTION = "NmsEmail_RelayHost"
PORT_OPTION = "NmsEmail_RelayPort"
SECURITY_OPTION = "NmsEmail_RelaySecurity"
LOGIN_OPTION = "NmsEmail_RelayLogin"
TIMEOUT_OPTION = "NmsEmail_RelayTimeout"
HELO_OPTION = "NmsEmail_HeloName"
CA_FILE_OPTION = "NmsEmail_CaFile"


class Security(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"  # implicit TLS from the first byte (port 465)


@dataclass(frozen=True)
class RelaySettings:
    host: str = ""
    port: int = 25
    security: Security = Security.NONE
    login: str = ""
    timeout: int = 30
    # The name said in EHLO; empty: this machine's fully qualified name, else the sender's
    # domain (services.sending.relay_session.helo_name).
    helo_name: str = ""
    # A PEM file of certificate authorities trusted besides the system's.
    ca_file: str = ""

    @property
    def uses_outbox(self) -> bool:
        return not self.host.strip()


@dataclass(frozen=True)
class RelayTarget:
    """Where one send connects: a configured relay, a --smtp override or the local outbox."""

    host: str
    port: int
    security: Security = Security.NONE
    login: str = ""
    password: str = ""
    timeout: float = 30.0
    is_outbox: bool = False
    # Given instead of the settings (--smtp): only an administrator may send through it
    # (services.sending.send_rights).
    chosen: bool = False
    # The name said in EHLO (option NmsEmail_HeloName); empty: this machine's fully
    # qualified name, else the sender's domain (services.sending.relay_session.helo_name).
    helo_name: str = ""
    # A PEM file of certificate authorities trusted besides the system's (option
    # NmsEmail_CaFile): a relay whose certificate a private authority signed.
    ca_file: str = ""

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def described(self) -> str:
        """host:port, saying when it is the local outbox (results and journal lines)."""
        return f"{self} (local outbox)" if self.is_outbox else str(self)


# Given a session, the relay a send uses; None: no relay configured and no outbox running.
RelayResolver = Callable[[Session], RelayTarget | None]


def password_file() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / PASSWORD_FILE_NAME


def read_password() -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    try:
        return password_file().read_text(encoding="utf-8").rstrip("\n")
    except FileNotFoundError:
        return ""
    except OSError as exc:
        raise ConsoleError(f"cannot read the SMTP password file {password_file()}: {exc}") from exc


def save_password(actor: Actor, password: str) -> Path:
    """Writes the password file with owner-only permissions, atomically; '' removes it."""
    require(actor, Right.ADMINISTRATION, "change the SMTP relay password")
    path = password_file()
    if not password:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".smtp-")
    try:
        os.fchmod(descriptor, 0o600)  # before a byte is written
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(password)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def load_relay_settings(session: Session) -> RelaySettings:
    security_text = str(get_value(session, SECURITY_OPTION, default=Security.NONE.value))
    try:
        security = Security(security_text.strip().lower() or Security.NONE.value)
    except ValueError:
        raise ValidationError(
            SECURITY_OPTION, "must be none, starttls or tls", security_text
        ) from None
    return RelaySettings(
        host=str(get_value(session, HOST_OPTION, default="")).strip(),
        port=int(get_value(session, PORT_OPTION, default=25)),
        security=security,
        login=str(get_value(session, LOGIN_OPTION, default="")).strip(),
        timeout=int(get_value(session, TIMEOUT_OPTION, default=30)),
        helo_name=str(get_value(session, HELO_OPTION, default="")).strip(),
        ca_file=str(get_value(session, CA_FILE_OPTION, default="")).strip(),
    )


def save_relay_settings(session: Session, actor: Actor, settings: RelaySettings) -> None:
    require(actor, Right.ADMINISTRATION, "change the SMTP relay settings")
    host = settings.host.strip()
    if any(c.isspace() for c in host) or "/" in host:
        raise ValidationError("host", "must be a host name or an IP address", settings.host)
    if not 1 <= settings.port <= 65535:
        raise ValidationError("port", "must be between 1 and 65535", settings.port)
    if settings.timeout < 1:
        raise ValidationError("timeout", "must be at least 1 second", settings.timeout)
    helo = settings.helo_name.strip()
    if helo and not _HELO_NAME.fullmatch(helo):
        raise ValidationError(
            "EHLO name", "must be a host name (letters, digits, dots, hyphens)", settings.helo_name
        )
    ca_file = settings.ca_file.strip()
    if ca_file:
        _check_ca_file(ca_file)
    values = (
        (HOST_OPTION, host, OptionType.TEXT, "SMTP relay host (empty: local outbox)"),
        (PORT_OPTION, str(settings.port), OptionType.INTEGER, "SMTP relay port"),
        (SECURITY_OPTION, settings.security.value, OptionType.TEXT, "SMTP relay security"),
        (LOGIN_OPTION, settings.login.strip(), OptionType.TEXT, "SMTP relay login"),
        (TIMEOUT_OPTION, str(settings.timeout), OptionType.INTEGER, "SMTP timeout (seconds)"),
        (HELO_OPTION, helo, OptionType.TEXT, _label(HELO_OPTION)),
        (CA_FILE_OPTION, ca_file, OptionType.TEXT, _label(CA_FILE_OPTION)),
    )
    for name, value, data_type, label in values:
        set_option(session, actor, name, value, data_type, label=label)


# A host name or an address literal ([192.0.2.1]), as EHLO takes it.
_HELO_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]")


def _label(name: str) -> str:
    return next(option.label for option in DEFAULT_OPTIONS if option.name == name)


def _check_ca_file(path: str) -> None:
    """The CA file must hold certificates OpenSSL reads, or every TLS send would fail."""
    try:
        ssl.create_default_context().load_verify_locations(cafile=path)
    except (OSError, ssl.SSLError) as exc:
        raise ValidationError(
            "CA file", f"must be a readable PEM file of certificates ({exc})", path
        ) from None


def parse_host_port(text: str, *, field: str = "--smtp") -> tuple[str, int]:
    """'HOST:PORT' or '[IPv6]:PORT'."""
    host, sep, port_text = text.strip().rpartition(":")
    bracketed = host.startswith("[") and host.endswith("]") and len(host) > 2
    if bracketed:
        host = host[1:-1]
    well_formed = (
        sep
        and host
        and not any(c in host for c in "[]/ \t")
        and (bracketed or ":" not in host)  # an IPv6 address goes in brackets
        and port_text.isascii()
        and port_text.isdigit()
        and len(port_text) <= 5
    )
    if not well_formed or not 1 <= int(port_text) <= 65535:
        raise ValidationError(field, "must be HOST:PORT", text)
    return host, int(port_text)


def resolve_relay(
    session: Session,
    *,
    override: str | None = None,
    outbox: tuple[str, int] | None = None,
    chosen_by: Actor | None = None,
) -> RelayTarget | None:
    """The relay a send uses: --smtp, else the configured relay, else the running outbox.

    An override is refused unless `chosen_by`, who gave it, is an administrator. None when
    the settings name the local outbox and none is running in this process: the caller
    starts one (services.servers.outbox)."""
    settings = load_relay_settings(session)
    if override:
        if chosen_by is None:
            raise TypeError("a relay override needs the operator who chose it (chosen_by)")
        require(chosen_by, Right.ADMINISTRATION, f"send through the relay {override} (--smtp)")
        host, port = parse_host_port(override)
        return RelayTarget(
            host=host,
            port=port,
            chosen=True,
            helo_name=settings.helo_name,
            ca_file=settings.ca_file,
        )
    if not settings.uses_outbox:
        return relay_target(settings)
    if outbox is None:
        return None
    return RelayTarget(host=outbox[0], port=outbox[1], is_outbox=True, helo_name=settings.helo_name)


def relay_target(settings: RelaySettings, password: str | None = None) -> RelayTarget:
    """Where a send goes for these settings (a configured relay, not the outbox); the
    password is read as sends read it unless given."""
    if password is None:
        password = read_password() if settings.login else ""
    return RelayTarget(
        host=settings.host,
        port=settings.port,
        security=settings.security,
        login=settings.login,
        password=password,
        timeout=float(settings.timeout),
        helo_name=settings.helo_name,
        ca_file=settings.ca_file,
    )

"""Opening an SMTP session on a relay, as every sender of the console does.

The send engine's connection threads, the small mailer (proofs, notifications) and the
relay's connection test open their sessions here: the same security (none, STARTTLS,
implicit TLS, with the certificate authorities of option NmsEmail_CaFile trusted besides
the system's and SSL_CERT_FILE's), the same name in EHLO (option NmsEmail_HeloName, else
this machine's fully qualified name, else the sender's domain), the same login: one AUTH
attempt with one mechanism, and, through a `LoginGate` shared by the connections of a
send, one attempt per send. A session that cannot be opened raises `RelaySessionError`,
which names the stage that failed and says whether trying again may help. What a relay
answered is shortened by `reply_text` for logs and outcomes.
"""

from __future__ import annotations

import contextlib
import functools
import smtplib
import socket
import ssl
import threading

from desktop.services.sending.smtp_replies import Stage, relay_refusal
from desktop.services.settings.relay_settings import RelayTarget, Security

# The mechanisms smtplib knows, in the order it prefers them.
_MECHANISMS = ("CRAM-MD5", "PLAIN", "LOGIN")


class RelaySessionError(Exception):
    """No session: `stage` failed; `retryable` when the relay may work on a new try (it
    could not be reached, or answered 4xx), not when it refused for good."""

    def __init__(self, stage: Stage, reason: str, *, retryable: bool = False) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason
        self.retryable = retryable


class LoginGate:
    """One AUTH attempt per send: the connections of a send open one at a time until one
    has logged in; once the relay refused the login, the others do not try again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proven = False
        self.refused: RelaySessionError | None = None

    def open(self, relay: RelayTarget, sender: str) -> smtplib.SMTP:
        if not relay.login:
            return open_session(relay, sender)
        if self._proven and self.refused is None:
            return self._open(relay, sender)
        with self._lock:
            return self._open(relay, sender)

    def _open(self, relay: RelayTarget, sender: str) -> smtplib.SMTP:
        if self.refused is not None:
            raise self.refused
        try:
            smtp = open_session(relay, sender)
        except RelaySessionError as exc:
            if exc.stage is Stage.AUTH:
                self.refused = exc
            raise
        self._proven = True
        return smtp


@functools.lru_cache(maxsize=1)
def _machine_name() -> str:
    return socket.getfqdn()


def helo_name(configured: str, sender: str) -> str:
    """The name said in EHLO: the option's, else this machine's fully qualified name, else
    (a name without a dot, which relays refuse as not fully qualified) the sender's domain."""
    if configured.strip():
        return configured.strip()
    machine = _machine_name()
    if "." in machine.strip("."):
        return machine
    domain = sender.rpartition("@")[2].strip()
    return domain or machine or "localhost"


def tls_context(relay: RelayTarget) -> ssl.SSLContext:
    """The system's authorities (and SSL_CERT_FILE's), plus the relay's CA file if set."""
    context = ssl.create_default_context()
    if relay.ca_file:
        try:
            context.load_verify_locations(cafile=relay.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise RelaySessionError(
                Stage.STARTTLS if relay.security is Security.STARTTLS else Stage.CONNECT,
                f"cannot read the CA file {relay.ca_file!r} (option NmsEmail_CaFile): {exc}",
            ) from None
    return context


def _tls_failure(relay: RelayTarget, stage: Stage, exc: BaseException) -> RelaySessionError:
    hint = ""
    if isinstance(exc, ssl.SSLCertVerificationError):
        hint = (
            "; if a private certificate authority signed the relay's certificate, name its "
            "PEM file in the option NmsEmail_CaFile"
        )
    return RelaySessionError(
        stage, f"the SMTP relay {relay}: TLS failed at {stage.value}: {exc}{hint}"
    )


def connect(relay: RelayTarget, name: str, context: ssl.SSLContext | None) -> smtplib.SMTP:
    """Connected, the relay's greeting read (and, for implicit TLS, the certificate checked)."""
    try:
        if relay.security is Security.TLS:
            return smtplib.SMTP_SSL(
                relay.host, relay.port, name, timeout=relay.timeout, context=context
            )
        return smtplib.SMTP(relay.host, relay.port, name, timeout=relay.timeout)
    except smtplib.SMTPConnectError as exc:  # the greeting was a refusal
        text = reply_text(exc.smtp_error)
        raise RelaySessionError(
            Stage.CONNECT,
            relay_refusal(relay, Stage.CONNECT, exc.smtp_code, text),
            retryable=400 <= exc.smtp_code < 500,
        ) from None
    except ssl.SSLError as exc:
        raise _tls_failure(relay, Stage.CONNECT, exc) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise RelaySessionError(Stage.CONNECT, unreachable(relay, exc), retryable=True) from None


def greet(smtp: smtplib.SMTP, relay: RelayTarget) -> None:
    """EHLO, else HELO (a relay without ESMTP); the EHLO refusal when both are refused."""
    code, reply = smtp.ehlo()
    if code == 250:
        return
    helo_code, _helo_reply = smtp.helo()
    if helo_code == 250:
        return
    refusal = relay_refusal(relay, Stage.EHLO, code, reply_text(reply))
    raise RelaySessionError(
        Stage.EHLO, f"{refusal} (we said {smtp.local_hostname!r})", retryable=400 <= code < 500
    )


def log_in(smtp: smtplib.SMTP, relay: RelayTarget) -> None:
    """One AUTH command, with the mechanism smtplib prefers among those offered."""
    if not smtp.has_extn("auth"):
        raise RelaySessionError(
            Stage.AUTH,
            f"the SMTP relay {relay} offers no login (AUTH) "
            f"{'even after STARTTLS' if relay.security is not Security.NONE else 'without TLS'}",
        )
    offered = smtp.esmtp_features["auth"].upper().split()
    mechanism = next((m for m in _MECHANISMS if m in offered), None)
    if mechanism is None:
        raise RelaySessionError(
            Stage.AUTH,
            f"the SMTP relay {relay} offers no login mechanism the console knows: "
            f"{' '.join(offered)}",
        )
    smtp.user, smtp.password = relay.login, relay.password
    method = getattr(smtp, "auth_" + mechanism.lower().replace("-", "_"))
    try:
        smtp.auth(mechanism, method, initial_response_ok=True)
    except smtplib.SMTPAuthenticationError as exc:
        raise RelaySessionError(Stage.AUTH, login_refused(relay, exc)) from None


def start_tls(smtp: smtplib.SMTP, relay: RelayTarget, context: ssl.SSLContext | None) -> None:
    """STARTTLS, the certificate checked, then EHLO again."""
    stage = Stage.STARTTLS
    try:
        smtp.starttls(context=context)
    except smtplib.SMTPNotSupportedError:
        raise RelaySessionError(stage, f"the SMTP relay {relay} does not offer STARTTLS") from None
    except smtplib.SMTPResponseException as exc:
        text = reply_text(exc.smtp_error)
        raise RelaySessionError(
            stage,
            relay_refusal(relay, stage, exc.smtp_code, text),
            retryable=400 <= exc.smtp_code < 500,
        ) from None
    except ssl.SSLError as exc:
        raise _tls_failure(relay, stage, exc) from None
    greet(smtp, relay)


def dropped(relay: RelayTarget, stage: Stage, exc: BaseException) -> RelaySessionError:
    return RelaySessionError(
        stage,
        f"the SMTP relay {relay} dropped the connection at {stage.value}: {exc}",
        retryable=True,
    )


def open_session(relay: RelayTarget, sender: str = "") -> smtplib.SMTP:
    """A session ready for MAIL FROM: connected, EHLO said, TLS started and logged in as the
    relay's settings ask. Raises RelaySessionError, naming the stage that failed."""
    context = tls_context(relay) if relay.security is not Security.NONE else None
    smtp = connect(relay, helo_name(relay.helo_name, sender), context)
    stage = Stage.EHLO
    try:
        greet(smtp, relay)
        if relay.security is Security.STARTTLS:
            stage = Stage.STARTTLS
            start_tls(smtp, relay, context)
        if relay.login:
            stage = Stage.AUTH
            log_in(smtp, relay)
    except RelaySessionError:
        discard(smtp)
        raise
    except (OSError, smtplib.SMTPException) as exc:
        discard(smtp)
        raise dropped(relay, stage, exc) from None
    except BaseException:
        discard(smtp)
        raise
    return smtp


def discard(smtp: smtplib.SMTP | None) -> None:
    """Closes a session without a word to the relay (it may be gone already)."""
    if smtp is None:
        return
    with contextlib.suppress(OSError):
        smtp.close()


def close_politely(smtp: smtplib.SMTP | None) -> None:
    """QUIT, or just close when the relay no longer listens."""
    if smtp is None:
        return
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        discard(smtp)


def reply_text(raw: bytes | str) -> str:
    """A relay's answer on one line, at most 1000 characters."""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())[:1000]


def login_refused(relay: RelayTarget, error: smtplib.SMTPAuthenticationError) -> str:
    return (
        f"the SMTP relay {relay} refused the login {relay.login!r} at AUTH: "
        f"{error.smtp_code} {reply_text(error.smtp_error)}"
    )


def unreachable(relay: RelayTarget, error: BaseException | None) -> str:
    return f"the SMTP relay {relay} cannot be reached: {error}"

"""Opening an SMTP session on a relay, as every sender of the console does.

The send engine's connection threads and the small mailer (proofs, notifications) open
their sessions here: the same security (none, STARTTLS, implicit TLS), the same name in
EHLO, the same login. What a relay answered is shortened by `reply_text` for logs and
outcomes.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl

from desktop.services.settings.relay_settings import RelayTarget, Security

# What the console calls itself in EHLO.
LOCAL_NAME = "campaign-console"


def open_session(relay: RelayTarget) -> smtplib.SMTP:
    """A session ready for MAIL FROM: connected, EHLO said, TLS started and logged in as the
    relay's settings ask. Raises SMTPAuthenticationError for a refused login, another
    SMTPException or OSError when the relay cannot be used."""
    context = ssl.create_default_context() if relay.security is not Security.NONE else None
    if relay.security is Security.TLS:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            relay.host, relay.port, LOCAL_NAME, timeout=relay.timeout, context=context
        )
    else:
        smtp = smtplib.SMTP(relay.host, relay.port, LOCAL_NAME, timeout=relay.timeout)
    try:
        smtp.ehlo()
        if relay.security is Security.STARTTLS:
            smtp.starttls(context=context)
            smtp.ehlo()
        if relay.login:
            smtp.login(relay.login, relay.password)
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
        f"the SMTP relay {relay} refused the login {relay.login!r}: "
        f"{error.smtp_code} {reply_text(error.smtp_error)}"
    )


def unreachable(relay: RelayTarget, error: BaseException | None) -> str:
    return f"the SMTP relay {relay} cannot be reached: {error}"

"""Testing a relay step by step, as a send would use it, without sending anything.

Connect (the greeting), EHLO (the name said), STARTTLS or implicit TLS (the certificate
checked with the trusted authorities), AUTH (when a login is set: one attempt), MAIL FROM
the sender and RSET. Each step says what worked or what the relay answered; the steps
after a failure are not tried. The Administration form's Test connection button and
`relay test` show the result; only an administrator may run it (it sends the relay's
password to the host given).
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field

from desktop.models.enums import Right
from desktop.services.access.rights import Actor, require
from desktop.services.sending.relay_session import (
    RelaySessionError,
    close_politely,
    connect,
    discard,
    dropped,
    greet,
    helo_name,
    log_in,
    reply_text,
    start_tls,
    tls_context,
)
from desktop.services.sending.smtp_replies import Stage
from desktop.services.sending.smtp_transmit import envelope_address_problem
from desktop.services.settings.relay_settings import RelayTarget, Security


@dataclass(frozen=True)
class CheckStep:
    stage: str  # "connect", "EHLO", "STARTTLS", "TLS", "AUTH", "MAIL FROM"
    ok: bool
    detail: str


@dataclass
class RelayCheck:
    relay: str
    steps: list[CheckStep] = field(default_factory=list)
    # Steps not tried because an earlier one failed.
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps) and not self.skipped

    def as_dict(self) -> dict[str, object]:
        return {
            "relay": self.relay,
            "ok": self.ok,
            "steps": [{"stage": s.stage, "ok": s.ok, "detail": s.detail} for s in self.steps],
            "skipped": self.skipped,
        }


def _stages(relay: RelayTarget) -> list[str]:
    stages = [Stage.CONNECT.value, Stage.EHLO.value]
    if relay.security is Security.STARTTLS:
        stages.append(Stage.STARTTLS.value)
    if relay.login:
        stages.append(Stage.AUTH.value)
    stages.append(Stage.MAIL.value)
    return stages


def check_relay(actor: Actor, relay: RelayTarget, sender: str) -> RelayCheck:
    """Runs the steps against `relay` with `sender` in MAIL FROM; never raises for a relay
    that does not work (the failing step says why)."""
    require(actor, Right.ADMINISTRATION, "test the SMTP relay")
    result = RelayCheck(str(relay))
    todo = _stages(relay)

    def passed(stage: Stage, detail: str) -> None:
        result.steps.append(CheckStep(stage.value, True, detail))
        todo.remove(stage.value)

    def failed(stage: str, detail: str) -> RelayCheck:
        result.steps.append(CheckStep(stage, False, detail))
        todo.remove(stage)
        result.skipped = todo
        return result

    problem = envelope_address_problem(sender)
    if problem is not None:
        return failed(Stage.CONNECT.value, f"the sender address {sender!r}: {problem}")
    name = helo_name(relay.helo_name, sender)
    smtp: smtplib.SMTP | None = None
    stage = Stage.CONNECT
    try:
        context = tls_context(relay) if relay.security is not Security.NONE else None
        smtp = connect(relay, name, context)
        tls = " over TLS, certificate trusted" if relay.security is Security.TLS else ""
        passed(stage, f"connected to {relay}{tls}")
        stage = Stage.EHLO
        greet(smtp, relay)
        features = " ".join(sorted(smtp.esmtp_features)).upper() or "none"
        passed(stage, f"said EHLO {name}; the relay offers {features}")
        if relay.security is Security.STARTTLS:
            stage = Stage.STARTTLS
            start_tls(smtp, relay, context)
            passed(stage, "TLS started, certificate trusted")
        if relay.login:
            stage = Stage.AUTH
            log_in(smtp, relay)
            passed(stage, f"logged in as {relay.login!r}")
        stage = Stage.MAIL
        code, reply = smtp.docmd("MAIL", f"FROM:<{sender}>")
        if code != 250:
            return failed(stage.value, f"{sender} refused: {code} {reply_text(reply)}")
        smtp.rset()
        passed(stage, f"{sender} accepted ({code} {reply_text(reply)}), then reset")
    except RelaySessionError as exc:
        # A TLS failure at connect is the implicit TLS's.
        return failed(exc.stage.value if exc.stage.value in todo else todo[0], exc.reason)
    except (OSError, smtplib.SMTPException) as exc:
        return failed(stage.value, dropped(relay, stage, exc).reason)
    finally:
        if result.ok:
            close_politely(smtp)
        else:
            discard(smtp)
    return result

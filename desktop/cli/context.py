"""What every CLI command gets: the database and the operator it acts for."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property

from desktop.cli.relay import command_relay
from desktop.errors import ConsoleError
from desktop.models.database import Engine, Sessions, default_database_url
from desktop.services.access.rights import Actor, authenticate
from desktop.services.notifications.sender import deliver_queued, has_due
from desktop.services.settings.setup import open_database

PASSWORD_ENV = "CAMPAIGN_CONSOLE_PASSWORD"


@dataclass
class CliContext:
    db_url: str | None
    operator_name: str
    json_output: bool
    # Set by a command whose result is printed but whose work did not succeed (a
    # preparation that failed): scripts see it in the exit status.
    exit_code: int = 0
    _opened: tuple[Engine, Sessions] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return self.db_url or default_database_url()

    @property
    def sessions(self) -> Sessions:
        if self._opened is None:
            self._opened = open_database(self.url)
        return self._opened[1]

    @property
    def engine(self) -> Engine:
        _ = self.sessions
        assert self._opened is not None
        return self._opened[0]

    @cached_property
    def actor(self) -> Actor:
        """The logged-in operator; the password comes from the environment or a prompt."""
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin or not sys.stdin.isatty():
                raise ConsoleError(
                    f"no password: set {PASSWORD_ENV} or run from a terminal to be asked"
                )
            password = getpass.getpass(f"Password for {self.operator_name}: ")
        _check_text(password, PASSWORD_ENV if PASSWORD_ENV in os.environ else "the password")
        with self.sessions() as session:
            return authenticate(session, self.operator_name, password)

    def deliver_notifications(self, smtp: str | None = None) -> None:
        """Sends the notifications due (those a command just queued, with earlier ones)
        through the relay `delivery send` would use, `smtp` if given. Cheap when none is
        due (no relay is opened). Never fails the command that calls it: what cannot go
        now stays queued, with a warning in its delivery's journal, for the application's
        scheduler or a later command; a note on stderr says so."""
        try:
            with self.sessions() as session:
                if not has_due(session):
                    return
            chosen_by = self.actor if smtp else None
            with command_relay(self.sessions, smtp, chosen_by) as relay:
                counts = deliver_queued(self.sessions, relay)
        except Exception as exc:  # the command's own work is done and committed
            _note(f"notifications not sent now ({exc}); they stay queued")
            return
        if counts.failed:
            for_good = f", {counts.given_up} of them for good" if counts.given_up else ""
            _note(
                f"{counts.failed} notification(s) not sent now{for_good}; the delivery's "
                "journal says why"
            )

    def close(self) -> None:
        if self._opened is not None:
            self._opened[0].dispose()


def _check_text(password: str, where: str) -> None:
    """Bytes that are not UTF-8 come as lone surrogates, which no hash can read."""
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise ConsoleError(
            f"{where}: not UTF-8 text; set it again from a UTF-8 terminal or file"
        ) from None


def _note(text: str) -> None:
    print(f"campaign-console: note: {text}", file=sys.stderr)

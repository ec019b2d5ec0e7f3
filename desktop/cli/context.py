"""What every CLI command gets: the database and the operator it acts for."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property

from desktop.errors import ConsoleError
from desktop.models.database import Engine, Sessions, default_database_url
from desktop.services.access.rights import Actor, authenticate
from desktop.services.settings.setup import open_database

PASSWORD_ENV = "CAMPAIGN_CONSOLE_PASSWORD"
EXIT_FAILED = 1  # the command ran and printed its result, but its work failed


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
        with self.sessions() as session:
            return authenticate(session, self.operator_name, password)

    def close(self) -> None:
        if self._opened is not None:
            self._opened[0].dispose()

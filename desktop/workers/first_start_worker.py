"""The very first start on an empty database: the administrator, then the demo data.

create_first_database() is the plain function (testable without Qt's event loop);
FirstStartWorker runs it in a QThread so the progress dialog stays alive meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.passwords import generate_password
from desktop.services.runtime.cancellation import Progress, ProgressCallback, no_progress
from desktop.services.settings.setup import initialize
from desktop.workers.gui_relay import RelayedWorker

# Fills a new database with the demo data; returns the demo's summary, whose "passwords"
# maps the name of each demo operator to its generated password.
DemoBuilder = Callable[[Sessions, ProgressCallback], dict[str, Any]]


@dataclass
class FirstStart:
    """What was created: passwords to show once, the demo summary, a demo error if any."""

    credentials: dict[str, str]
    demo: dict[str, Any] | None = None
    demo_error: str = ""


def build_demo(sessions: Sessions, progress: ProgressCallback) -> dict[str, Any]:
    # Imported here: the demo brings Faker and its data, which only a first start needs.
    from desktop.demo.builder import create_demo_data

    return create_demo_data(sessions, progress=progress)


def create_first_database(
    sessions: Sessions,
    progress: ProgressCallback = no_progress,
    demo: DemoBuilder = build_demo,
) -> FirstStart:
    """Creates the administrator with a generated password, then the demo data.

    A failing demo does not lose the administrator's password: it is in the result with
    the error, so the user can still log in."""
    password = generate_password()
    with sessions.begin() as session:
        initialize(session, password)
    result = FirstStart(credentials={"admin": password})
    try:
        result.demo = demo(sessions, progress)
    except ConsoleError as exc:
        result.demo_error = str(exc)
        return result
    except Exception as exc:  # even a bug in the demo must not hide admin's password
        result.demo_error = f"internal error: {exc!r}"
        return result
    for name, secret in result.demo["passwords"].items():
        result.credentials.setdefault(name, secret)
    return result


PROGRESS_INTERVAL = 0.2  # seconds: at most five progress signals a second


class FirstStartWorker(RelayedWorker):
    """Signals progress(phase, done, total) now and then, then finished(FirstStart) or
    failed(error text)."""

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        sessions: Sessions,
        demo: DemoBuilder = build_demo,
        progress_interval: float = PROGRESS_INTERVAL,
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.demo = demo
        self.progress_interval = progress_interval  # seconds between two reports of a phase
        self._last = ("", 0.0)

    def _report(self, progress: Progress) -> None:
        now = time.monotonic()
        phase, last = self._last
        if progress.phase == phase and now - last < self.progress_interval:
            return
        self._last = (progress.phase, now)
        self.reports.put("progress", progress.phase, progress.done, progress.total)

    def run(self) -> None:
        try:
            result = create_first_database(self.sessions, self._report, self.demo)
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.reports.put("failed", f"internal error: {exc!r}")
            return
        self.reports.put("finished", result)

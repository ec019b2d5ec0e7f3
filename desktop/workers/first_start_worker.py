"""The very first start on an empty database: the administrator, then the demo data.

create_first_database() is the plain function (testable without Qt's event loop);
FirstStartWorker runs it in a QThread so the progress dialog stays alive meanwhile.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.passwords import generate_password
from desktop.services.runtime.cancellation import Progress, ProgressCallback, no_progress
from desktop.services.settings.setup import initialize
from desktop.workers.gui_relay import RelayedWorker

DEMO_MODULE = "desktop.demo.builder"


@dataclass
class FirstStart:
    """What was created: passwords to show once, the demo summary, a demo error if any."""

    credentials: dict[str, str]
    demo: dict[str, Any] | None = None
    demo_error: str = ""
    notes: list[str] = field(default_factory=list)


def _demo_module() -> Any | None:
    try:
        return importlib.import_module(DEMO_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name == DEMO_MODULE:
            return None
        raise


def credentials_in(summary: Any) -> dict[str, str]:
    """Operator name -> password, from a demo summary such as {"operators": [{"name": ...,
    "password": ...}]}, {"passwords": {"manager": ...}} or {"manager_password": ...}."""
    found: dict[str, str] = {}
    if isinstance(summary, list | tuple):
        for item in summary:
            found.update(credentials_in(item))
        return found
    if not isinstance(summary, dict):
        return found
    name, password = summary.get("name"), summary.get("password")
    if isinstance(name, str) and isinstance(password, str):
        found[name] = password
    for key, value in summary.items():
        lowered = str(key).lower()
        if "password" in lowered and lowered != "password":
            if isinstance(value, dict):
                found.update({str(k): str(v) for k, v in value.items() if isinstance(v, str)})
            elif isinstance(value, str):
                found[lowered.replace("password", "").strip("_ ") or str(key)] = value
        elif isinstance(value, dict | list | tuple):
            found.update(credentials_in(value))
    return found


def create_first_database(
    sessions: Sessions, progress: ProgressCallback = no_progress
) -> FirstStart:
    """Creates the administrator with a generated password, then the demo data.

    A failing demo does not lose the administrator's password: it is in the result with
    the error, so the user can still log in."""
    password = generate_password()
    with sessions.begin() as session:
        initialize(session, password)
    result = FirstStart(credentials={"admin": password})
    module = _demo_module()
    if module is None:
        result.notes.append("demo data are not available in this version")
        return result
    try:
        result.demo = module.create_demo_data(sessions, progress=progress)
    except ConsoleError as exc:
        result.demo_error = str(exc)
        return result
    except Exception as exc:  # even a bug in the demo must not hide admin's password
        result.demo_error = f"internal error: {exc!r}"
        return result
    for name, secret in credentials_in(result.demo).items():
        result.credentials.setdefault(name, secret)
    return result


PROGRESS_INTERVAL = 0.2  # seconds: at most five progress signals a second


class FirstStartWorker(RelayedWorker):
    """Signals progress(phase, done, total) now and then, then finished(FirstStart) or
    failed(error text)."""

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, sessions: Sessions) -> None:
        super().__init__()
        self.sessions = sessions
        self._last = ("", 0.0)

    def _report(self, progress: Progress) -> None:
        now = time.monotonic()
        phase, last = self._last
        if progress.phase == phase and now - last < PROGRESS_INTERVAL:
            return
        self._last = (progress.phase, now)
        self.reports.put("progress", progress.phase, progress.done, progress.total)

    def run(self) -> None:
        try:
            result = create_first_database(self.sessions, self._report)
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.reports.put("failed", f"internal error: {exc!r}")
            return
        self.reports.put("finished", result)

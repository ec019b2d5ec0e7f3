"""Two CLI processes made to act at the same moment: each runs the real command, but
waits, right before the service call it races on, for a start file the test creates once
both are there. Nothing is faked: the wait only lines the two processes up."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD

PASSWORDS = {"admin": ADMIN_PASSWORD, "manager": MANAGER_PASSWORD}

# argv: folder, module, attribute, then the CLI's own arguments. The attribute (the
# service function as the command module calls it) is wrapped to wait for `go`.
_RUNNER = """
import importlib, os, sys, time
from pathlib import Path

folder, module_name, attribute = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
module = importlib.import_module(module_name)
service = getattr(module, attribute)

def lined_up(*args, **kwargs):
    (folder / f"ready-{os.getpid()}").touch()
    deadline = time.monotonic() + 60
    while not (folder / "go").exists() and time.monotonic() < deadline:
        time.sleep(0.001)
    return service(*args, **kwargs)

setattr(module, attribute, lined_up)
from desktop.cli import main
sys.exit(main(sys.argv[4:]))
"""


@dataclass
class Outcome:
    operator: str
    code: int
    stdout: str
    stderr: str


def race(
    folder: Path, db_url: str, at: tuple[str, str], *commands: tuple[str, tuple[str, ...]]
) -> list[Outcome]:
    """Runs each (operator, arguments) as a CLI process; all call `at` (module, function)
    at once. Returns their outcomes in the order given."""
    folder.mkdir(parents=True, exist_ok=True)
    processes = []
    for operator, args in commands:
        argv = [sys.executable, "-c", _RUNNER, str(folder), *at]
        argv += ["--db", db_url, "--operator", operator, *args]
        env = {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORDS[operator]}
        processes.append(
            (
                operator,
                subprocess.Popen(
                    argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
                ),
            )
        )
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < len(processes):
        assert time.monotonic() < deadline, "the commands never reached the service call"
        for _, process in processes:
            assert process.poll() is None, process.communicate()
        time.sleep(0.01)
    (folder / "go").touch()
    outcomes = []
    for operator, process in processes:
        stdout, stderr = process.communicate(timeout=120)
        outcomes.append(Outcome(operator, process.returncode, stdout, stderr))
    return outcomes

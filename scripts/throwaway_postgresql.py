"""A throwaway PostgreSQL cluster on 127.0.0.1, for the test run and the benchmarks.

    with ThrowawayCluster() as cluster:
        url = cluster.url          # postgresql+psycopg://postgres@127.0.0.1:PORT/

Debian's `postgresql` package is installed by scripts/system_deps.py (its test-only list)
when run as root. The server refuses to run as root: then the cluster belongs to the
`postgres` user (created if missing). Its data folder is a new build/pg/run-* folder
(build/ is ignored by git), removed when the work succeeded (keep=False), kept with its
server.log otherwise. The server is stopped whatever happens.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT / "build" / "pg"
SERVER_USER = "postgres"
# A throwaway cluster: durability costs time and protects nothing here.
# The GUI tests' databases stay until the end of the run (tests/conftest.py), and windows a
# test leaves open may keep a connection each: room for them.
SERVER_OPTIONS = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400"
)


def postgres_bin() -> Path:
    """The folder of initdb and pg_ctl: on the PATH, or Debian's versioned folder."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not versions:
        raise SystemExit(
            "test_postgresql: PostgreSQL is not installed; as root `make test` installs it, "
            "otherwise: sudo apt-get install -y postgresql"
        )
    return versions[-1].parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_server_user(command: list[str]) -> list[str]:
    """The server refuses to run as root: root runs it as the postgres user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


def ensure_server_user() -> None:
    if os.geteuid() != 0:
        return
    known = subprocess.run(["id", "-u", SERVER_USER], capture_output=True, check=False)
    if known.returncode != 0:
        subprocess.run(
            ["useradd", "--system", "--home-dir", "/var/lib/postgresql", SERVER_USER],
            check=True,
        )


def new_data_folder(parent: Path = CLUSTERS) -> Path:
    """An empty cluster folder of its own (runs side by side do not share one), owned by
    whoever runs the server."""
    parent.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="run-", dir=parent))
    if os.geteuid() == 0:
        shutil.chown(data, SERVER_USER, SERVER_USER)
    return data


class ThrowawayCluster:
    """initdb, start on a free port, stop; `start_command` / `stop_command` restart it."""

    def __init__(self, options: str = SERVER_OPTIONS, parent: Path = CLUSTERS) -> None:
        bin_folder = postgres_bin()
        ensure_server_user()
        self.data = new_data_folder(parent)
        self.port = free_port()
        subprocess.run(
            as_server_user(
                [
                    str(bin_folder / "initdb"),
                    "-D",
                    str(self.data),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--locale",
                    "C.UTF-8",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        pg_ctl = [str(bin_folder / "pg_ctl"), "-D", str(self.data)]
        # -l: without a log file the server keeps this process's stdout and stderr open.
        self.start_command = as_server_user(
            [
                *pg_ctl,
                "-l",
                str(self.log),
                "-w",
                "start",
                "-o",
                f"-p {self.port} -k {self.data} -h 127.0.0.1 {options}",
            ]
        )
        self.stop_command = as_server_user([*pg_ctl, "-m", "fast", "-w", "stop"])
        self.keep = True  # the data and log stay unless the caller says all went well

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/"

    @property
    def log(self) -> Path:
        return self.data / "server.log"

    def __enter__(self) -> ThrowawayCluster:
        subprocess.run(self.start_command, check=True, stdout=subprocess.DEVNULL)
        return self

    def __exit__(self, *exc: object) -> None:
        subprocess.run(self.stop_command, check=False, stdout=subprocess.DEVNULL)
        if exc[0] is None and not self.keep:
            shutil.rmtree(self.data, ignore_errors=True)

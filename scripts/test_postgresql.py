"""Run the test suite on PostgreSQL: a throwaway cluster on 127.0.0.1, stopped whatever happens.

    python scripts/test_postgresql.py [PYTEST ARGS...]

Debian's `postgresql` package is installed by scripts/system_deps.py (its test-only list)
when run as root. The server refuses to run as root: then the cluster belongs to the
`postgres` user (created if missing). Its data folder is a new build/pg/run-* folder
(build/ is ignored by git), removed after a passing run, kept with its server.log otherwise.
The suite gets CAMPAIGN_CONSOLE_TEST_DB, the URL of the cluster (tests/conftest.py gives
each test its own database) and runs without the tests marked `sqlite_only`.
The cluster is stopped on success, failure and Ctrl-C alike.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
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


def new_data_folder() -> Path:
    """An empty cluster folder of its own (runs side by side do not share one), owned by
    whoever runs the server."""
    CLUSTERS.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="run-", dir=CLUSTERS))
    if os.geteuid() == 0:
        shutil.chown(data, SERVER_USER, SERVER_USER)
    return data


def main(pytest_args: list[str]) -> int:
    bin_folder = postgres_bin()
    ensure_server_user()
    data = new_data_folder()
    port = free_port()
    subprocess.run(
        as_server_user(
            [str(bin_folder / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
             "-E", "UTF8", "--locale", "C.UTF-8"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    pg_ctl = [str(bin_folder / "pg_ctl"), "-D", str(data)]
    # -l: without a log file the server keeps this process's stdout and stderr open.
    start = as_server_user(
        [*pg_ctl, "-l", str(data / "server.log"), "-w", "start",
         "-o", f"-p {port} -k {data} -h 127.0.0.1 {SERVER_OPTIONS}"]
    )
    stop = as_server_user([*pg_ctl, "-m", "fast", "-w", "stop"])
    subprocess.run(start, check=True, stdout=subprocess.DEVNULL)
    # Ctrl-C reaches pytest too (same process group); this process waits for it to end,
    # then stops the server in `finally`. SIGTERM is turned into the same path.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    returncode = 1
    try:
        env = dict(
            os.environ,
            CAMPAIGN_CONSOLE_TEST_DB=f"postgresql+psycopg://postgres@127.0.0.1:{port}/",
            # For the tests of a server restart (tests/databases.py, restart_server).
            CAMPAIGN_CONSOLE_TEST_PG_START=json.dumps(start),
            CAMPAIGN_CONSOLE_TEST_PG_STOP=json.dumps(stop),
        )
        command = [sys.executable, "-m", "pytest", "-m", "not sqlite_only", *pytest_args]
        print(f"test_postgresql: PostgreSQL on 127.0.0.1:{port}, data in {data}", flush=True)
        try:
            returncode = subprocess.run(command, env=env, check=False, cwd=ROOT).returncode
        except KeyboardInterrupt:
            returncode = 130
        return returncode
    finally:
        subprocess.run(stop, check=False, stdout=subprocess.DEVNULL)
        if returncode == 0:
            shutil.rmtree(data, ignore_errors=True)
        else:
            print(f"test_postgresql: the server's log is {data / 'server.log'}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

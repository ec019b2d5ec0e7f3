"""Run the test suite on PostgreSQL: a throwaway cluster on 127.0.0.1, stopped whatever happens.

    python scripts/test_postgresql.py [PYTEST ARGS...]

The cluster is made by scripts/throwaway_postgresql.py. The suite gets
CAMPAIGN_CONSOLE_TEST_DB, the URL of the cluster (tests/conftest.py gives each test its own
database), and runs without the tests marked `sqlite_only`. The cluster's data and log are
removed after a passing run and kept otherwise; it is stopped on success, failure and
Ctrl-C alike.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throwaway_postgresql import ROOT, ThrowawayCluster


def main(pytest_args: list[str]) -> int:
    # Ctrl-C reaches pytest too (same process group); this process waits for it to end,
    # then stops the server. SIGTERM is turned into the same path.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    returncode = 1
    with ThrowawayCluster() as cluster:
        env = dict(
            os.environ,
            CAMPAIGN_CONSOLE_TEST_DB=cluster.url,
            # For the tests of a server restart (tests/databases.py, restart_server).
            CAMPAIGN_CONSOLE_TEST_PG_START=json.dumps(cluster.start_command),
            CAMPAIGN_CONSOLE_TEST_PG_STOP=json.dumps(cluster.stop_command),
        )
        command = [sys.executable, "-m", "pytest", "-m", "not sqlite_only", *pytest_args]
        print(
            f"test_postgresql: PostgreSQL on 127.0.0.1:{cluster.port}, data in {cluster.data}",
            flush=True,
        )
        try:
            returncode = subprocess.run(command, env=env, check=False, cwd=ROOT).returncode
        except KeyboardInterrupt:
            returncode = 130
        cluster.keep = returncode != 0
        if cluster.keep:
            print(f"test_postgresql: the server's log is {cluster.log}", flush=True)
    return returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A render or build worker starts from the fork server without running its parent's main
script again (services.runtime.fork_server_main): the script runs once in the server,
however many workers start, and functions it defines still reach the workers. Real
processes: a script started as `campaign-console` is."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.services.runtime.worker_processes import worker_context

pytestmark = pytest.mark.skipif(
    worker_context().get_start_method() != "forkserver",
    reason="only a fork server keeps a main script loaded for the workers",
)

SCRIPT = textwrap.dedent(
    """
    import os
    import sys
    from concurrent.futures import ProcessPoolExecutor

    from desktop.services.runtime.worker_processes import worker_context

    with open(sys.argv[1] if __name__ == "__main__" else os.environ["RUNS_LOG"], "a") as log:
        log.write(f"{os.getpid()}\\n")


    def answer(value):
        return value * 2


    if __name__ == "__main__":
        os.environ["RUNS_LOG"] = sys.argv[1]
        for attempt in range(3):  # three sends, each its own build process
            with ProcessPoolExecutor(1, mp_context=worker_context()) as pool:
                assert pool.submit(answer, attempt).result() == attempt * 2
        print("done")
    """
)


def test_workers_do_not_run_the_main_script_again(tmp_path: Path) -> None:
    script = tmp_path / "console_like.py"
    script.write_text(SCRIPT, encoding="utf-8")
    runs = tmp_path / "runs.log"
    done = subprocess.run(
        [sys.executable, str(script), str(runs)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"
    # Once as the main script, once in the fork server; not once more per worker.
    assert len(runs.read_text(encoding="utf-8").split()) == 2

"""Imported once by the worker processes' fork server (and by nothing else): the main
script of the process that started the server, so that the workers forked from it do
not each run it again.

A worker started by `forkserver` makes sure it has its parent's `__main__` (functions
defined there may be sent to it): it runs the main script unless the module it inherited
from the server was loaded from that file. The server is meant to have imported it once
(preload `__main__`), but Python 3.11 never tells the server where the script is, so
every worker ran it: for `campaign-console`, importing the whole command line, 0.3 s of
CPU at every start of a render or build process. The starting process names the script
in MAIN_PATH_VARIABLE (services.runtime.worker_processes.worker_context); here the server
imports it as the standard library's server does when it knows the path.
"""

from __future__ import annotations

import logging
import os
import sys
from multiprocessing import process, spawn

from desktop.services.runtime.worker_processes import MAIN_PATH_VARIABLE

log = logging.getLogger(__name__)


def _import_main() -> None:
    path = os.environ.get(MAIN_PATH_VARIABLE)
    if not path or getattr(sys.modules["__main__"], "__file__", None) == path:
        return
    # As multiprocessing.forkserver.main does: the script may not start processes here.
    process.current_process()._inheriting = True  # type: ignore[attr-defined]
    try:
        spawn.import_main_path(path)
    except Exception:
        # Not fatal: each worker then runs the script itself, as before (slower to start).
        log.warning("the worker server could not import %s", path, exc_info=True)
    finally:
        del process.current_process()._inheriting  # type: ignore[attr-defined]


_import_main()

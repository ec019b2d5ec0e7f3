"""At quit: the application's running work is asked to end (sends detach and record the
messages on the wire, preparations stop, exports finish) and the application waits for
it with its event loop running, under a small busy dialog. The window never freezes, and
no thread is destroyed while it runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.views.busy_dialog import BusyDialog
from desktop.workers.background_work import BackgroundWork


def finish_work(work: BackgroundWork, parent: QWidget | None = None) -> None:
    """Returns once nothing runs in `work` any more; at once when nothing did."""
    if not len(work):
        return
    work.end_all()
    dialog = BusyDialog(
        QCoreApplication.translate("FinishWork", "Finishing the work in progress\u2026"), parent
    )
    dialog.show()
    try:
        work.wait()
    finally:
        dialog.finish()

"""A direct mailing run through its dashboard's buttons, from its preparation to Finished:
Prepare, Extract, Approve file (with the file's first rows in the review panel), Send
router proof (received by a real SMTP server), Submit proofs, Reject, Accept, Hand off.
Its dashboard shows the mailing's steps and KPIs, never a send's opens and clicks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.models.enums import DeliveryStatus
from desktop.services.access.rights import SYSTEM
from desktop.services.settings.options import set_option
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from desktop.views.app_context import AppContext
from desktop.views.dashboard import preparation_panel
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.dashboard.direct_mail_panel import DirectMailPanel
from desktop.views.step_decision import DecisionDialog
from tests.integration.sending_support import RecordingHandler, smtp_server, status_of
from tests.unit.direct_mail_data import add_mailing, add_people, add_provider

S = DeliveryStatus
WAIT_MS = 20000


@pytest.fixture
def relay() -> Iterator[RecordingHandler]:
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        handler.server = server  # type: ignore[attr-defined]
        yield handler


@pytest.fixture
def mailing(sessions, tmp_path, relay) -> int:
    server = relay.server  # type: ignore[attr-defined]
    with sessions.begin() as session:
        add_people(session)
        provider_id = add_provider(session, drop_folder=tmp_path / "drop")
        save_relay_settings(session, SYSTEM, RelaySettings(host=server.host, port=server.port))
        set_option(session, SYSTEM, "NmsDirectMail_ExtractionFolder", str(tmp_path / "out"))
        return add_mailing(session, provider_id, file_approval=True, proofs=True)


@pytest.fixture
def dashboard(qtbot, context_for, manager, mailing, monkeypatch) -> DeliveryDashboard:
    monkeypatch.setattr(preparation_panel.PreparationPanel, "confirm", lambda *_: True)
    monkeypatch.setattr(DirectMailPanel, "confirm", lambda *_a, **_k: True)
    context: AppContext = context_for(manager)
    widget = DeliveryDashboard(context, mailing)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    return widget


def _click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _wait_status(qtbot, sessions, dashboard: DeliveryDashboard, status: DeliveryStatus) -> None:
    qtbot.waitUntil(lambda: status_of(sessions, dashboard.delivery_id) is status, timeout=WAIT_MS)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.snapshot.status is status, timeout=WAIT_MS)


def _decide(qtbot, dashboard: DeliveryDashboard, name: str, comment: str = "") -> None:
    dashboard.review.reload()

    def shown() -> bool:
        button = dashboard.review.findChild(QPushButton, name)
        return button is not None and button.isVisible()

    qtbot.waitUntil(shown)
    _click(qtbot, dashboard.review.findChild(QPushButton, name))
    dialog = dashboard.review.findChild(DecisionDialog)
    assert dialog is not None and dialog.isVisible()
    if comment:
        qtbot.keyClicks(dialog.comment_box, comment)
    _click(qtbot, dialog.ok_button)


def _send_router_proof(qtbot, dashboard: DeliveryDashboard, relay, count: int) -> None:
    proofs = dashboard.proofs
    assert proofs.isVisible() and proofs.send_button.text() == "Send router proof"
    _click(qtbot, proofs.send_button)
    qtbot.waitUntil(lambda: proofs.worker is None and relay.count() == count, timeout=WAIT_MS)


def test_a_direct_mailing_goes_to_finished_through_the_dashboard(
    qtbot, dashboard, sessions, relay, tmp_path
) -> None:
    panel = dashboard.direct_mail
    _click(qtbot, dashboard.preparation.prepare_button)
    _wait_status(qtbot, sessions, dashboard, S.PENDING_EXTRACTION)
    # The status is stored before the preparation's last reports reach the window.
    qtbot.waitUntil(lambda: dashboard.preparation.worker is None, timeout=WAIT_MS)

    # A mailing's own steps and KPIs, no send panel (opens, clicks) and no pre-flight.
    assert panel.isVisible() and not dashboard.sending.isVisible()
    assert not dashboard.preflight.isVisible()
    assert "Pending extraction" in panel.steps_line.text()
    assert dashboard.preparation.kpi_values["to_deliver"].text() == "3"
    assert dashboard.preparation.chart.counts == {"address_missing": 1}
    assert not panel.hand_off_button.isVisible()
    # The cost is calculated at preparation, before any extraction.
    assert panel.kpi_values["calculated"].text() == "13.48"
    assert "Calculated cost by category" in panel.file_line.text()

    _click(qtbot, panel.extract_button)
    _wait_status(qtbot, sessions, dashboard, S.FILE_TO_APPROVE)
    qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)
    assert panel.kpi_values["extracted"].text() == "3"
    assert panel.kpi_values["calculated"].text() == "13.48"
    assert panel.extract_button.text() == "Extract again"
    # The reviewers read the file's first rows before approving it.
    dashboard.review.reload()
    table = dashboard.review.file_table
    assert table.isVisible() and table.rowCount() == 3
    assert table.horizontalHeaderItem(1).text() == "recipient.last_name"
    assert table.item(0, 1).text() == "Martin"
    assert table.item(0, 3).text() == "1 rue de la Paix / 75002 Paris"

    _decide(qtbot, dashboard, "approve_extraction")
    _wait_status(qtbot, sessions, dashboard, S.TO_SUBMIT)

    _send_router_proof(qtbot, dashboard, relay, 1)
    assert relay.received[0].message["Subject"].startswith("[Proof 1] Extraction file DM")
    _click(qtbot, panel.submit_button)
    _wait_status(qtbot, sessions, dashboard, S.PROOFS_TO_VALIDATE)

    _decide(qtbot, dashboard, "reject_proofs", "The cost line is missing.")
    _wait_status(qtbot, sessions, dashboard, S.TO_SUBMIT)
    # The next proof from the mailing's own steps, where Submit proofs waits.
    _click(qtbot, panel.router_proof_button)
    qtbot.waitUntil(lambda: relay.count() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: "Submit the proofs once they look right" in panel.message.text(), timeout=WAIT_MS
    )
    _click(qtbot, panel.submit_button)
    _wait_status(qtbot, sessions, dashboard, S.PROOFS_TO_VALIDATE)
    _decide(qtbot, dashboard, "approve_proofs")
    _wait_status(qtbot, sessions, dashboard, S.READY_TO_HAND_OFF)
    # What the last step here said has gone with the step a reviewer took since.
    assert not panel.message.isVisible()

    _click(qtbot, panel.hand_off_button)
    _wait_status(qtbot, sessions, dashboard, S.FINISHED)
    qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)

    assert relay.received[-1].rcpt == "production@routage.example"
    assert [p.name for p in (tmp_path / "drop").iterdir()] == [
        f"DM{dashboard.delivery_id:06d}_{p.name.split('_')[1]}"
        for p in (tmp_path / "out").iterdir()
    ]
    assert "Finished" in dashboard.status_label.text()
    assert panel.kpi_values["handed_off"].text() == "3"
    assert panel.kpi_values["sent"].text() == "3"
    assert panel.kpi_values["real"].text() == "13.48"
    assert "Handed off: the file is in" in panel.message.text()
    assert not panel.router_proof_button.isVisible()
    for button in (panel.extract_button, panel.hand_off_button, panel.back_button):
        assert not button.isVisible()


def test_back_to_extraction_and_a_stopped_extraction(qtbot, dashboard, sessions, tmp_path):
    panel = dashboard.direct_mail
    _click(qtbot, dashboard.preparation.prepare_button)
    _wait_status(qtbot, sessions, dashboard, S.PENDING_EXTRACTION)
    _click(qtbot, panel.extract_button)
    _wait_status(qtbot, sessions, dashboard, S.FILE_TO_APPROVE)
    qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)

    _click(qtbot, panel.back_button)
    _wait_status(qtbot, sessions, dashboard, S.PENDING_EXTRACTION)
    assert "Back to extraction" in panel.message.text()
    # Stopped at once: no file is written, nothing changes.
    for leftover in (tmp_path / "out").iterdir():
        leftover.unlink()
    _click(qtbot, panel.extract_button)
    panel.stop_extraction()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)
    if "stopped" in panel.message.text():
        assert list((tmp_path / "out").iterdir()) == []
        assert status_of(sessions, dashboard.delivery_id) is S.PENDING_EXTRACTION
    else:  # the three rows were written before the stop was seen: a whole file
        assert status_of(sessions, dashboard.delivery_id) is S.FILE_TO_APPROVE


@pytest.fixture
def short_mailing(sessions, tmp_path, relay) -> int:
    """A mailing whose stock holds 2 catalogues for 3 letters, its provider returning a
    results file, and no approval asked."""
    server = relay.server  # type: ignore[attr-defined]
    with sessions.begin() as session:
        add_people(session)
        provider_id = add_provider(
            session, drop_folder=tmp_path / "drop", stock=2, returns_results=True
        )
        save_relay_settings(session, SYSTEM, RelaySettings(host=server.host, port=server.port))
        set_option(session, SYSTEM, "NmsDirectMail_ExtractionFolder", str(tmp_path / "out"))
        return add_mailing(session, provider_id)


def test_a_stock_shortfall_is_asked_before_extracting_and_results_are_imported(
    qtbot, context_for, manager, short_mailing, sessions, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(preparation_panel.PreparationPanel, "confirm", lambda *_: True)
    asked: list[tuple[str, bool]] = []
    answers = iter([False, True, True])  # no, then yes; yes to the hand-off

    def confirm(_panel, _title: str, text: str, warning: bool = False) -> bool:
        asked.append((text, warning))
        return next(answers)

    monkeypatch.setattr(DirectMailPanel, "confirm", confirm)
    dashboard = DeliveryDashboard(context_for(manager), short_mailing)
    qtbot.addWidget(dashboard)
    dashboard.show()
    panel = dashboard.direct_mail
    _click(qtbot, dashboard.preparation.prepare_button)
    _wait_status(qtbot, sessions, dashboard, S.PENDING_EXTRACTION)

    _click(qtbot, panel.extract_button)  # answered no: nothing written
    text, warning = asked[-1]
    assert warning and "takes stock below zero" in text and "'Catalogue' has 2" in text
    assert "of 3 recipient" in text and "Calculated cost: 13.48." in text
    assert panel.worker is None and not (tmp_path / "out").exists()

    _click(qtbot, panel.extract_button)  # answered yes: extracted anyway
    _wait_status(qtbot, sessions, dashboard, S.READY_TO_HAND_OFF)
    qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)
    _click(qtbot, panel.hand_off_button)
    _wait_status(qtbot, sessions, dashboard, S.FINISHED)
    qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)
    assert panel.kpi_values["handed_off"].text() == "3"
    assert panel.kpi_values["sent"].text() == "0"  # until the provider says so
    assert "Waiting for the provider's results file" in panel.file_line.text()

    bad = tmp_path / "bad.csv"
    bad.write_text("recipient.id,status\n1,sent\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("recipient.id,status\n1,sent\n2,failed\n3,sent\n", encoding="utf-8")
    for chosen in (bad, good):
        monkeypatch.setattr(panel, "choose_results_file", lambda chosen=chosen: str(chosen))
        _click(qtbot, panel.results_button)
        qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)
        if chosen is bad:
            assert "2 of the 3 recipients extracted are not listed" in panel.message.text()
            assert panel.results_button.isVisible()
    dashboard.refresh()
    assert panel.message.text() == "Results imported: 2 sent, 1 failed."
    assert (panel.kpi_values["sent"].text(), panel.kpi_values["failed"].text()) == ("2", "1")
    assert panel.kpi_values["real"].text() == "12.32"
    assert not panel.results_button.isVisible()

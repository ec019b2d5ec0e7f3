"""The proofs part of a delivery's dashboard: the proof target in one line, Send a proof
(off the GUI thread, through the platform's relay, marked in the GUI's language), and the
proofs sent, newest first, with each address's outcome."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.models.enums import Right
from desktop.services.proofs.history import proofs_sent
from desktop.services.proofs.target import set_proof_target
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.dashboard.proofs_model import ProofsModel
from desktop.views.dashboard.proofs_panel import ProofsPanel
from desktop.views.history_panel import HistoryPanel
from tests.gui.test_translated_widgets import speak  # noqa: F401  (a fixture)
from tests.integration.sending_support import RecordingHandler, refusing_port, smtp_server
from tests.unit.preparation_data import add_delivery, add_recipient

WAIT_MS = 20_000


@pytest.fixture
def delivery_id(sessions, manager) -> int:
    with sessions.begin() as session:
        add_recipient(session, "ann@example.org", first_name="Ann")
        return add_delivery(session, label="Autumn offers", created_by_id=manager.operator_id)


def _target(sessions, manager, delivery_id: int, *addresses: str) -> None:
    with sessions.begin() as session:
        set_proof_target(session, manager, delivery_id, addresses=list(addresses))


def _relay(sessions, admin, host: str, port: int) -> None:
    with sessions.begin() as session:
        save_relay_settings(session, admin, RelaySettings(host=host, port=port, timeout=5))


@pytest.fixture
def open_panel(qtbot, context_for):
    def make(actor, delivery_id: int) -> ProofsPanel:
        panel = ProofsPanel(context_for(actor), delivery_id)
        qtbot.addWidget(panel)
        panel.resize(900, 300)
        panel.show()
        return panel

    return make


def test_without_a_target_or_the_right_no_proof_can_be_sent(
    open_panel, sessions, manager, reviewer, delivery_id
) -> None:
    panel = open_panel(manager, delivery_id)
    assert panel.target_label.text().startswith("No proof target yet")
    assert not panel.send_button.isEnabled()
    assert panel.send_button.toolTip() == "Set a proof target first (Properties tab)."
    assert panel.none_label.isVisible() and not panel.table.isVisible()

    _target(sessions, manager, delivery_id, *(f"p{n}@example.com" for n in range(6)))
    panel.reload()
    assert panel.target_label.text() == (
        "Proof target: p0@example.com, p1@example.com, p2@example.com, p3@example.com and 2 more"
    )
    assert panel.send_button.isEnabled()
    assert not reviewer.can(Right.PREPARE_DELIVERIES)
    assert not open_panel(reviewer, delivery_id).send_button.isEnabled()


def test_a_proof_goes_marked_in_the_guis_language_and_is_listed(
    qtbot,
    speak,  # noqa: F811
    open_panel,
    sessions,
    admin,
    manager,
    delivery_id,
) -> None:
    _target(sessions, manager, delivery_id, "ann@example.org", "proofs@example.com")
    speak("fr")
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        _relay(sessions, admin, server.host, server.port)
        panel = open_panel(manager, delivery_id)
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        assert panel.busy.isVisible() and not panel.send_button.isEnabled()
        qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)
    subjects = {r.rcpt: r.message["Subject"] for r in handler.received}
    assert subjects["ann@example.org"] == "[BAT 1] News for Ann"  # French: BAT
    assert subjects["proofs@example.com"].startswith("[BAT 1] News for")
    assert not panel.busy.isVisible() and panel.send_button.isEnabled()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "#1"
    assert panel.model.index(0, 2).data() == "manager"
    assert panel.model.index(0, 3).data() == "ann@example.org, proofs@example.com"
    # The History tab says it in French too.
    history = HistoryPanel(panel.context, "delivery", delivery_id)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitUntil(lambda: history.model is not None and history.model.rowCount() > 0)
    row = [history.model.index(0, column).data() for column in (3, 6)]
    assert row == ["BAT envoyé", "Numéro\u00a0: 1; Résultat\u00a0: envoyé; Adresses\u00a0: 2"]


def test_a_relay_that_is_down_is_a_failed_proof_with_its_reason(
    qtbot, open_panel, sessions, admin, manager, delivery_id
) -> None:
    _target(sessions, manager, delivery_id, "proofs@example.com")
    with refusing_port() as port:
        _relay(sessions, admin, "127.0.0.1", port)
        panel = open_panel(manager, delivery_id)
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.worker is None, timeout=WAIT_MS)
    assert panel.message.text() == "Proof 1 failed: no address accepted it; the list says why."
    assert panel.model.index(0, 4).data() == "Failed: 0 of 1 accepted"
    assert (
        panel.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("proofs@example.com: ")
    )


def test_the_newest_proof_comes_first_and_the_model_passes_the_tester(
    qtbot, qtmodeltester, sessions, admin, manager, delivery_id, context_for
) -> None:
    _target(sessions, manager, delivery_id, "proofs@example.com")
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        _relay(sessions, admin, server.host, server.port)
        dashboard = DeliveryDashboard(context_for(manager), delivery_id)
        qtbot.addWidget(dashboard)
        panel = dashboard.proofs
        for number in (1, 2):
            qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda n=number: panel.model.rowCount() == n, timeout=WAIT_MS)
    assert [panel.model.index(row, 0).data() for row in range(2)] == ["#2", "#1"]
    assert panel.message.text() == "Proof 2 sent to 1 address(es)."
    model = ProofsModel()
    with sessions() as session:
        model.set_records(proofs_sent(session, delivery_id))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)

"""Charts that read right: a cumulative curve never goes down, the time axis shows clock
time, the legend sits outside the plot, and a finished delivery shows its whole send from
the delivery and tracking logs."""

from __future__ import annotations

import time
from datetime import timedelta
from itertools import pairwise

import pyqtgraph as pg
import pytest
from sqlalchemy import select, update

from desktop.models import Delivery, DeliveryLog, utcnow
from desktop.models.enums import DeliveryStatus, LogStatus, TrackingKind
from desktop.services.delivery.kpis import delivery_kpis
from desktop.services.sending import control
from desktop.services.sending.engine import send_delivery
from desktop.services.servers.hit_recording import Hit, record_hits
from desktop.views.dashboard.sending_panel import SendingPanel
from tests.integration.sending_support import (
    RecordingHandler,
    prepared_delivery,
    relay_of,
    smtp_server,
)


@pytest.fixture
def context(context_for, manager):
    return context_for(manager)


def never_down(values: list[float]) -> bool:
    return all(later >= earlier for earlier, later in pairwise(values))


def shown(qtbot, panel: SendingPanel) -> SendingPanel:
    """The panel once it shows the send's history (read off the GUI thread)."""
    qtbot.waitUntil(lambda: panel._history_shown, timeout=10000)
    return panel


def set_counters(sessions, delivery_id: int, **values: int) -> None:
    with sessions.begin() as session:
        session.execute(update(Delivery).where(Delivery.id == delivery_id).values(**values))


def test_a_late_report_read_before_the_last_point_does_not_bend_the_curve_down(
    qtbot, sessions, manager, context
) -> None:
    """The dip from 565 to 545: the send worker read 545, its report waited in its queue
    while the panel's timer read 565, then the report arrived and was drawn after it."""
    delivery_id = prepared_delivery(sessions, manager, 4)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    panel = SendingPanel(context, delivery_id)
    qtbot.addWidget(panel)
    shown(qtbot, panel)

    set_counters(sessions, delivery_id, to_deliver=1000, delivered=545, processed=545)
    with sessions() as session:
        workers_reading = delivery_kpis(session, delivery_id)  # read in the worker's thread
    set_counters(sessions, delivery_id, delivered=565, processed=565)
    panel.refresh()  # the panel's timer reads the newer counters and draws them
    panel.show_kpis(workers_reading)  # the worker's report arrives late

    times, delivered = panel.charts.series("delivered")
    assert delivered[-1] == 565 and never_down(delivered)
    assert never_down(times)
    assert panel.values["delivered"].text() == "565"


def test_the_time_axis_is_clock_time_and_the_legend_is_outside_the_plot(
    qtbot, sessions, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 4)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    panel = SendingPanel(context, delivery_id)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    shown(qtbot, panel)
    set_counters(sessions, delivery_id, delivered=2, processed=2)
    panel.refresh()

    charts = panel.charts
    for plot in (charts.cumulative, charts.throughput):
        assert isinstance(plot.getPlotItem().getAxis("bottom"), pg.DateAxisItem)
    times, _ = charts.series("delivered")
    assert times and abs(times[-1] - time.time()) < 60  # seconds since 1970, not since opening
    # No legend item over the curves: the legend is a line of its own under the plot.
    assert charts.cumulative.getPlotItem().legend is None
    plot_area = charts.cumulative.geometry()
    legend_area = charts.legend.geometry()
    assert charts.legend.isVisible() and not plot_area.intersects(legend_area)
    for word in ("Delivered", "Opens", "Clicks"):
        assert word in charts.legend.text()


def test_a_finished_delivery_shows_its_whole_send_from_its_logs(
    qtbot, sessions, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 40)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    handler = RecordingHandler(delay=0.005)
    with smtp_server(handler) as server:
        report = send_delivery(sessions, manager, delivery_id, relay_of(server))
    assert report.status is DeliveryStatus.FINISHED
    # The send happened an hour ago; eleven recipients opened, four of them clicked, in
    # the next ten minutes.
    an_hour = timedelta(hours=1)
    with sessions.begin() as session:
        for row in session.scalars(select(DeliveryLog).where(DeliveryLog.sent_at.is_not(None))):
            row.sent_at -= an_hour
        delivery = session.get(Delivery, delivery_id)
        delivery.started_at -= an_hour
        delivery.finished_at -= an_hour
    with sessions() as session:
        sent = session.execute(
            select(DeliveryLog.recipient_id, DeliveryLog.sent_at)
            .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.SENT)
            .order_by(DeliveryLog.id)
        ).all()
    hits = [
        Hit(delivery_id, recipient_id, TrackingKind.OPEN, "", "test",
            sent_at + timedelta(minutes=n))
        for n, (recipient_id, sent_at) in enumerate(sent[:11])
    ] + [
        Hit(delivery_id, recipient_id, TrackingKind.CLICK, "https://shop.example.com/", "test",
            sent_at + timedelta(minutes=n, seconds=30))
        for n, (recipient_id, sent_at) in enumerate(sent[:4])
    ]  # fmt: skip
    with sessions.begin() as session:
        record_hits(session, hits)

    panel = SendingPanel(context, delivery_id)  # opened after the send
    qtbot.addWidget(panel)
    shown(qtbot, panel)

    charts = panel.charts
    assert charts.history_points > 2
    times, delivered = charts.series("delivered")
    _, opens = charts.series("opens")
    _, clicks = charts.series("clicks")
    assert delivered[0] == opens[0] == clicks[0] == 0
    assert (delivered[-1], opens[-1], clicks[-1]) == (40, 11, 4)
    assert never_down(delivered) and never_down(opens) and never_down(clicks)
    # The axis spans the send and the opens that came later: clock time, not the tab's.
    started = sent[0].sent_at.replace(tzinfo=sent[0].sent_at.tzinfo or utcnow().tzinfo)
    assert times[0] <= started.timestamp() + 1
    assert times[-1] >= (started + timedelta(minutes=10)).timestamp()
    # Nothing moves any more: the panel's timer adds no flat points after the history.
    points = charts.sample_count
    panel.refresh()
    panel.refresh()
    assert charts.sample_count == points


def test_the_curve_never_goes_down_during_a_real_send(
    qtbot, monkeypatch, sessions, admin, manager, context
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
    from desktop.workers.send_worker import SendWorker

    delivery_id = prepared_delivery(sessions, manager, 200)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    handler = RecordingHandler(delay=0.01)
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            save_relay_settings(session, admin, RelaySettings(host=server.host, port=server.port))
        panel = SendingPanel(context, delivery_id)
        qtbot.addWidget(panel)
        panel.show()
        panel.send_button.click()
        worker = context.work.find(SendWorker, delivery_id)
        with qtbot.waitSignal(worker.finished, timeout=60000):
            pass
    panel.refresh()
    times, delivered = panel.charts.series("delivered")
    assert delivered[-1] == 200 and len(delivered) > 3
    assert never_down(delivered) and never_down(times)

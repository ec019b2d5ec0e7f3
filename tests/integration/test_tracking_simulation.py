"""The embedded services end to end: a send to the local outbox, then a simulated audience
whose opens and clicks go over HTTP through the tracking server to the KPIs."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import TrackingLog
from desktop.services.delivery.kpis import delivery_kpis
from desktop.services.sending import control
from desktop.services.sending.engine import send_delivery
from desktop.services.servers.embedded import start_embedded_services
from desktop.services.servers.simulation import (
    SIMULATION_AGENT,
    SimulationPlan,
    read_outbox,
    simulate_audience,
)
from tests.integration.sending_support import prepared_delivery, set_option


def test_send_to_the_outbox_then_a_simulated_audience_moves_the_kpis(
    tmp_path, sessions, manager
) -> None:
    # Port 0: both servers take a free port and report it, so that no other test run can
    # race for it.
    set_option(sessions, "NmsTracking_ServerUrl", "http://127.0.0.1:0")
    services = start_embedded_services(
        sessions, outbox_folder=tmp_path / "outbox", outbox_port=0, scheduler=False
    )
    try:
        assert services.problems == []
        # Links must point where the tracking server really listens.
        set_option(sessions, "NmsTracking_ServerUrl", services.tracking.base_url)
        delivery_id = prepared_delivery(sessions, manager, 12)
        with sessions.begin() as session:
            control.confirm(session, manager, delivery_id)
            relay = services.relay(session)
        assert relay is not None and relay.is_outbox
        report = send_delivery(sessions, manager, delivery_id, relay)
        assert report.kpis.values["delivered"] == 12

        outbox = read_outbox(tmp_path / "outbox")
        assert len(outbox) == 12
        assert {m.delivery_id for m in outbox} == {delivery_id}
        assert all(m.pixel_urls and len(m.click_urls) == 2 for m in outbox)

        plan = SimulationPlan(
            open_share=1.0, click_share=1.0, unsubscribe_share=0.0, duration_seconds=0.5, seed=7
        )
        result = simulate_audience(tmp_path / "outbox", plan=plan)
        assert (result.delivery_id, result.opens, result.clicks, result.failures) == (
            delivery_id,
            12,
            12,
            0,
        )
        assert services.tracking.writer.flush()
    finally:
        services.stop()

    with sessions() as session:
        kpis = delivery_kpis(session, delivery_id).values
        agents = set(session.scalars(select(TrackingLog.user_agent)))
    assert (kpis["opens"], kpis["clicks"], kpis["total_opens"]) == (12, 12, 12)
    assert agents == {SIMULATION_AGENT}

"""A stock line crossing its alert level tells the stock's operators by e-mail, received
at a real SMTP server; a line already below tells nobody again."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Operator, Stock
from desktop.services.costs import extraction_effects
from desktop.services.notifications.sender import deliver_queued
from tests.integration.sending_support import RecordingHandler, relay_of, set_option, smtp_server
from tests.unit.money_data import make_money_data


def test_crossing_the_alert_level_mails_the_stocks_operators(sessions) -> None:
    set_option(sessions, "NmsEmail_DefaultFromAddr", "console@example.com")
    data = make_money_data(sessions, catalogues=1_000, envelopes=10_000, alert_level=400)
    with sessions.begin() as session:  # a second operator of the stock, and one without it
        reviewer = session.scalar(select(Operator).where(Operator.name == "reviewer"))
        reviewer.email = "reviewer@example.com"
        stock = session.get(Stock, data.stock_id)
        stock.operators.append(reviewer)
        admin = session.scalar(select(Operator).where(Operator.name == "admin"))
        admin.email = "admin@example.com"
    with sessions.begin() as session:
        effects = extraction_effects.apply_extraction(session, data.delivery_id, 700, actor_id=1)
    assert [(a.item, a.in_stock) for a in effects.alerts] == [("Catalogue", 300)]

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        counts = deliver_queued(sessions, relay_of(server))
        assert counts.sent == 2
        assert sorted(handler.by_rcpt()) == ["manager@console.example", "reviewer@example.com"]
        message = handler.received[0].message
        assert message["Subject"] == (
            "Stock alert: Catalogue (Print stock) is below its alert level"
        )
        assert "holds 300 units, below its alert level of 400" in message.get_content()

        with sessions.begin() as session:  # extracted again: already below, no new e-mail
            again = extraction_effects.apply_extraction(session, data.delivery_id, 800, actor_id=1)
        assert again.alerts == []
        assert deliver_queued(sessions, relay_of(server)).sent == 0

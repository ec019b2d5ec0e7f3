"""A direct mailing from its extraction to Finished: the file's approval, the router's
proofs received by a real SMTP server, submitted, rejected and accepted, the hand-off
copying the file into the drop folder with its notification, the provider's results file;
each step's refusals, and what the flow writes down."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.errors import ConsoleError, InvalidState, NotEntitled, ValidationError
from desktop.models import (
    CostLine,
    Delivery,
    DeliveryLog,
    Extraction,
    JournalLine,
    Notification,
    Operator,
    ServiceProvider,
)
from desktop.models.enums import ApprovalKind, CostLineKind, DeliveryStatus, LogStatus
from desktop.services.access.rights import SYSTEM
from desktop.services.delivery import approval_decisions
from desktop.services.direct_mail import proof_steps
from desktop.services.direct_mail.extraction import extract
from desktop.services.direct_mail.hand_off import hand_off
from desktop.services.direct_mail.results_import import ResultsFileRefused, import_results
from desktop.services.proofs.sending import send_proof
from desktop.services.settings.options import set_option
from tests.integration.sending_support import (
    RecordingHandler,
    refusing_port,
    relay_of,
    smtp_server,
)
from tests.unit.direct_mail_data import prepared_mailing

S = DeliveryStatus
DAY = date(2026, 12, 6)


def _status(sessions, delivery_id: int) -> DeliveryStatus:
    with sessions() as session:
        return session.get(Delivery, delivery_id).status


def _mailing(sessions, manager, tmp_path: Path, **fields) -> int:
    provider = {"drop_folder": tmp_path / "drop", **fields.pop("provider", {})}
    delivery_id = prepared_mailing(sessions, manager, provider=provider, **fields)
    with sessions.begin() as session:
        set_option(session, SYSTEM, "NmsDirectMail_ExtractionFolder", str(tmp_path / "out"))
        session.get(Operator, manager.operator_id).email = "manager@example.com"
    return delivery_id


def _in_transaction(sessions, act, *args):
    with sessions.begin() as session:
        return act(session, *args)


def _journal(sessions, delivery_id: int) -> list[str]:
    with sessions() as session:
        return list(
            session.scalars(
                select(JournalLine.message)
                .where(JournalLine.delivery_id == delivery_id)
                .order_by(JournalLine.id)
            )
        )


def test_a_mailing_goes_through_every_step_to_finished(sessions, manager, reviewer, tmp_path):
    delivery_id = _mailing(sessions, manager, tmp_path, file_approval=True, proofs=True)
    extracted = extract(sessions, manager, delivery_id, today=DAY)
    assert extracted.status is S.FILE_TO_APPROVE

    # The file's reviewers are told; the owner (no reviewer named) approves it.
    with sessions() as session:
        told = session.execute(select(Notification.address, Notification.subject)).all()
    assert told == [
        (
            "manager@example.com",
            f'[Campaign Console] Delivery {delivery_id} "Autumn catalogue":'
            " extraction awaits your approval",
        )
    ]
    _in_transaction(
        sessions, approval_decisions.approve, manager, delivery_id, ApprovalKind.EXTRACTION
    )
    assert _status(sessions, delivery_id) is S.TO_SUBMIT

    with pytest.raises(InvalidState, match="no proof of the router's notification"):
        _in_transaction(sessions, proof_steps.submit_proofs, manager, delivery_id)

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        proof = send_proof(sessions, manager, delivery_id, relay_of(server), language="en")
        assert proof.status == "sent"
        received = handler.received[0]
        assert received.rcpt == "proofs@example.com"
        message = received.message
        name = extracted.path.name
        assert message["Subject"] == f"[Proof 1] Extraction file {name}: Autumn catalogue"
        body = message.get_content()
        assert f"file: {name}" in body and "rows: 3" in body
        assert "Calculated cost: 13.48" in body and "postage: 13.48" in body

        _in_transaction(sessions, proof_steps.submit_proofs, manager, delivery_id)
        assert _status(sessions, delivery_id) is S.PROOFS_TO_VALIDATE
        with pytest.raises(NotEntitled):  # the reviewer is named for nothing here
            _in_transaction(sessions, proof_steps.accept_proofs, reviewer, delivery_id)
        _in_transaction(
            sessions, proof_steps.reject_proofs, manager, delivery_id, "The cost is missing"
        )
        assert _status(sessions, delivery_id) is S.TO_SUBMIT

        send_proof(sessions, manager, delivery_id, relay_of(server), language="fr")
        assert handler.received[1].message["Subject"].startswith("[BAT 2] ")
        _in_transaction(sessions, proof_steps.submit_proofs, manager, delivery_id)
        _in_transaction(sessions, proof_steps.accept_proofs, manager, delivery_id)
        assert _status(sessions, delivery_id) is S.READY_TO_HAND_OFF

        done = hand_off(sessions, manager, delivery_id, relay_of(server))

        notification = handler.received[2]
    assert done.status is S.FINISHED
    drop = tmp_path / "drop" / name
    assert done.drop_path == drop
    assert drop.read_bytes() == extracted.path.read_bytes()
    assert [p.name for p in drop.parent.iterdir()] == [name]  # no temporary file left
    assert notification.rcpt == "production@routage.example"
    assert notification.message["Subject"] == f"Extraction file {name}: Autumn catalogue"
    assert f"drop folder: {drop}" in notification.message.get_content()
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert (delivery.status, delivery.delivered, delivery.processed) == (S.FINISHED, 3, 3)
        statuses = session.scalars(
            select(DeliveryLog.status).where(
                DeliveryLog.delivery_id == delivery_id, DeliveryLog.exclusion_cause.is_(None)
            )
        ).all()
        assert statuses == [LogStatus.SENT] * 3
        real = session.scalar(
            select(func.sum(CostLine.amount)).where(
                CostLine.delivery_id == delivery_id, CostLine.kind == CostLineKind.REAL
            )
        )
        assert Decimal(real) == Decimal("13.48")
        extraction = session.scalar(select(Extraction))
        assert extraction.handed_off_at is not None and extraction.drop_path == str(drop)
    journal = "\n".join(_journal(sessions, delivery_id))
    for words in (
        f"Extraction file {name} written by manager: 3 rows",
        "Extraction file approved by manager.",
        "Proofs submitted by manager",
        "Proofs rejected by manager: The cost is missing",
        "Proofs accepted by manager.",
        "Handed off by manager: 3 rows copied to",
    ):
        assert words in journal


def test_the_router_notification_is_the_delivery_s_own_template(sessions, manager, tmp_path):
    delivery_id = _mailing(
        sessions,
        manager,
        tmp_path,
        proofs=True,
        subject="{{ delivery.code }}: {{ rows }} letters",
        text="File {{ file_name }} for {{ provider.name }}, {{ cost }} EUR"
        "{% for c, a in cost_by_category.items() %} [{{ c }}={{ a }}]{% endfor %}",
    )
    extract(sessions, manager, delivery_id, today=DAY)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        send_proof(sessions, manager, delivery_id, relay_of(server), language="en")
    message = handler.received[0].message
    code = f"DM{delivery_id:06d}"
    assert message["Subject"] == f"[Proof 1] {code}: 3 letters"
    assert message.get_content().strip() == (
        f"File {code}_20261206.csv for Routage Atlantique, 13.48 EUR [postage=13.48]"
    )


def test_a_template_error_sends_no_proof(sessions, manager, tmp_path):
    delivery_id = _mailing(sessions, manager, tmp_path, proofs=True, text="{{ rows }")
    extract(sessions, manager, delivery_id, today=DAY)
    handler = RecordingHandler()
    with smtp_server(handler) as server, pytest.raises(ConsoleError, match="text content"):
        send_proof(sessions, manager, delivery_id, relay_of(server), language="en")
    assert handler.received == []


def test_back_to_extraction_then_a_new_file(sessions, manager, reviewer, tmp_path):
    delivery_id = _mailing(sessions, manager, tmp_path, proofs=True)
    extract(sessions, manager, delivery_id, today=DAY)
    assert _status(sessions, delivery_id) is S.TO_SUBMIT

    with pytest.raises(NotEntitled):
        _in_transaction(sessions, proof_steps.back_to_extraction, reviewer, delivery_id)
    _in_transaction(sessions, proof_steps.back_to_extraction, manager, delivery_id, "wrong columns")

    assert _status(sessions, delivery_id) is S.PENDING_EXTRACTION
    assert "Back to extraction, by manager: wrong columns" in _journal(sessions, delivery_id)[-1]
    with pytest.raises(InvalidState, match="already pending_extraction: moved there by manager"):
        _in_transaction(sessions, proof_steps.back_to_extraction, manager, delivery_id)
    assert extract(sessions, manager, delivery_id, today=DAY).status is S.TO_SUBMIT
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Extraction)) == 2


def _ready(sessions, manager, tmp_path, **fields) -> int:
    delivery_id = _mailing(sessions, manager, tmp_path, **fields)
    assert extract(sessions, manager, delivery_id, today=DAY).status is S.READY_TO_HAND_OFF
    return delivery_id


def test_a_refused_notification_takes_the_file_back_and_changes_nothing(
    sessions, manager, tmp_path
):
    delivery_id = _ready(sessions, manager, tmp_path)
    handler = RecordingHandler(answer=lambda rcpt, attempt: "550 5.1.1 no such mailbox")
    with smtp_server(handler) as server, pytest.raises(ConsoleError) as refused:
        hand_off(sessions, manager, delivery_id, relay_of(server))
    assert "550 5.1.1 no such mailbox" in str(refused.value)
    assert "nothing was handed off" in str(refused.value)
    assert list((tmp_path / "drop").iterdir()) == []
    assert _status(sessions, delivery_id) is S.READY_TO_HAND_OFF

    with refusing_port() as port, pytest.raises(ConsoleError, match="did not go"):
        from desktop.services.settings.relay_settings import RelayTarget

        hand_off(sessions, manager, delivery_id, RelayTarget("127.0.0.1", port, timeout=5))
    assert _status(sessions, delivery_id) is S.READY_TO_HAND_OFF


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        ("reviewer", NotEntitled, "hand off delivery"),
        ("no_drop_folder", ValidationError, "has no drop folder"),
        ("sftp", ValidationError, "has a remote drop folder"),
        ("no_router", ValidationError, "has no router address"),
        ("file_gone", ConsoleError, "is missing: go back to extraction"),
        ("not_ready", InvalidState, "the hand-off needs ready_to_hand_off"),
    ],
)
def test_hand_off_refusals_change_nothing(
    sessions, manager, reviewer, tmp_path, change, error, words
):
    delivery_id = _ready(sessions, manager, tmp_path)
    with sessions.begin() as session:
        delivery = session.get(Delivery, delivery_id)
        provider = session.get(ServiceProvider, delivery.provider_id)
        if change == "no_drop_folder":
            provider.drop_folder = ""
        elif change == "sftp":
            provider.drop_folder = "sftp://upload.example/in"
        elif change == "no_router":
            provider.router_email = ""
        elif change == "file_gone":
            Path(session.scalar(select(Extraction.path))).unlink()
        elif change == "not_ready":
            delivery.status = S.TO_SUBMIT
    handler = RecordingHandler()
    actor = reviewer if change == "reviewer" else manager
    with smtp_server(handler) as server, pytest.raises(error) as refused:
        hand_off(sessions, actor, delivery_id, relay_of(server))
    assert words in str(refused.value)
    assert handler.received == []
    assert not (tmp_path / "drop").exists() or list((tmp_path / "drop").iterdir()) == []


def _handed_off_awaiting_results(sessions, manager, tmp_path) -> int:
    delivery_id = _ready(sessions, manager, tmp_path, provider={"returns_results": True})
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        done = hand_off(sessions, manager, delivery_id, relay_of(server))
    assert done.awaiting_results and done.sent == 0
    return delivery_id


def _footprint(sessions, delivery_id: int) -> tuple:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        logs = session.execute(
            select(DeliveryLog.recipient_id, DeliveryLog.status, DeliveryLog.error)
            .where(DeliveryLog.delivery_id == delivery_id)
            .order_by(DeliveryLog.recipient_id)
        ).all()
        costs = session.scalars(
            select(CostLine.amount).where(CostLine.kind == CostLineKind.REAL)
        ).all()
        extraction = session.scalar(select(Extraction.results_imported_at))
        counters = (delivery.delivered, delivery.failed, delivery.processed)
        return counters, [tuple(row) for row in logs], costs, extraction


def test_results_mark_each_row_and_set_the_real_cost(sessions, manager, tmp_path):
    delivery_id = _handed_off_awaiting_results(sessions, manager, tmp_path)
    counters, logs, costs, _ = _footprint(sessions, delivery_id)
    assert counters == (0, 0, 0) and costs == []
    assert [status for _id, status, _error in logs].count(LogStatus.TO_DELIVER) == 3
    results = tmp_path / "results.csv"
    results.write_text(
        "recipient.id,status,reason\r\n1,sent,\r\n2,FAILED,address unknown\r\n\r\n3,sent,\r\n",
        encoding="utf-8",
    )

    imported = import_results(sessions, manager, delivery_id, results)

    assert (imported.sent, imported.failed, imported.real_cost) == (2, 1, "12.32")  # 2x1.16+10
    counters, logs, costs, at = _footprint(sessions, delivery_id)
    assert counters == (2, 1, 3)
    assert logs[:3] == [
        (1, LogStatus.SENT, None),
        (2, LogStatus.FAILED, "address unknown"),
        (3, LogStatus.SENT, None),
    ]
    assert [Decimal(c) for c in costs] == [Decimal("12.32")] and at is not None
    with pytest.raises(InvalidState, match="were imported already"):
        import_results(sessions, manager, delivery_id, results)


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("", None, "empty"),
        ("id;status\n1;sent\n", 1, "the header must name the columns recipient.id and status"),
        ("recipient.id,status\n1,sent\nx2,sent\n3,sent\n", 3, "recipient id 'x2'"),
        ("recipient.id,status\n1,sent\n4,sent\n", 3, "recipient 4 is not in this mailing's"),
        ("recipient.id,status\n1,sent\n2,sent\n1,failed\n", 4, "recipient 1 is listed twice"),
        ("recipient_id,status\n1,sent\n2,lost\n3,sent\n", 3, "status 'lost': sent or failed"),
        ("recipient.id,status\n1,sent\n2,sent,extra\n", 3, "3 fields where the header has 2"),
        ("recipient.id,status\n1,sent\n3,sent\n", None, "1 of the 3 recipients extracted"),
        ('recipient.id,status\n1,sent\n2,"sent\n', 3, "not CSV"),
    ],
)
def test_a_malformed_results_file_is_refused_with_its_line_and_changes_nothing(
    sessions, manager, tmp_path, content, line, problem
):
    delivery_id = _handed_off_awaiting_results(sessions, manager, tmp_path)
    before = _footprint(sessions, delivery_id)
    results = tmp_path / "results.csv"
    results.write_text(content, encoding="utf-8")

    with pytest.raises(ResultsFileRefused) as refused:
        import_results(sessions, manager, delivery_id, results)

    assert refused.value.line == line
    assert problem in str(refused.value)
    where = f"{results}, line {line}:" if line else f"{results}:"
    assert str(refused.value).startswith(f"results file {where}")
    assert str(refused.value).endswith("nothing was changed")
    assert _footprint(sessions, delivery_id) == before


def test_results_are_refused_when_the_provider_returns_none(sessions, manager, tmp_path):
    delivery_id = _ready(sessions, manager, tmp_path)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        hand_off(sessions, manager, delivery_id, relay_of(server))
    results = tmp_path / "results.csv"
    results.write_text("recipient.id,status\n1,sent\n2,sent\n3,sent\n", encoding="utf-8")
    with pytest.raises(InvalidState, match="returns no results file"):
        import_results(sessions, manager, delivery_id, results)

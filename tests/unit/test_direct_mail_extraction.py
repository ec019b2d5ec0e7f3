"""The extraction of a direct-mail delivery: the file's exact content and name, written
whole or not at all, its costs and stock, the step it leads to, and each refusal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import InvalidState, PermissionDenied, ValidationError
from desktop.models import Approval, Delivery, Extraction, Option, ServiceProvider, StockLine
from desktop.models.enums import ApprovalKind, ApprovalStatus, DeliveryStatus
from desktop.services.access.rights import SYSTEM
from desktop.services.direct_mail.extraction import StockWouldRunOut, extract
from desktop.services.runtime.cancellation import Cancelled, CancelToken, Progress
from desktop.services.settings.options import set_option
from tests.unit.direct_mail_data import prepared_mailing

S = DeliveryStatus
DAY = date(2026, 12, 6)


def _set_folder(sessions, folder: Path) -> Path:
    """The extraction folder, where nothing else is (the test's database is in tmp_path)."""
    if folder.name != "extractions":
        folder = folder / "out"
    with sessions.begin() as session:
        set_option(session, SYSTEM, "NmsDirectMail_ExtractionFolder", str(folder))
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _status(sessions, delivery_id: int) -> DeliveryStatus:
    with sessions() as session:
        return session.get(Delivery, delivery_id).status


def test_the_file_has_the_format_s_columns_a_header_and_one_row_per_recipient(
    sessions, manager, tmp_path
):
    delivery_id = prepared_mailing(sessions, manager)
    _set_folder(sessions, tmp_path / "extractions")

    result = extract(sessions, manager, delivery_id, today=DAY)

    code = f"DM{delivery_id:06d}"
    assert result.path == tmp_path / "extractions" / f"{code}_20261206.csv"
    assert result.rows == 3
    with sessions() as session:
        ids = list(session.scalars(select(Extraction.delivery_id)))
    assert ids == [delivery_id]
    # UTF-8, CSV quoting (a comma, a quote, line breaks), CRLF rows; Dan has no address.
    expected = (
        "recipient.id,recipient.last_name,first_name,recipient.postal_address,"
        "recipient.custom.segment,delivery.code\r\n"
        f'1,Martin,Ann,"1 rue de la Paix\n75002 Paris",gold,{code}\r\n'
        f'2,"Ström, Jr.",Bo,"Storgatan 2, ""Hus B""\n111 22 Stockholm",silver,{code}\r\n'
        f"3,Cai,蔡,台北市信義路 5 號,,{code}\r\n"
    )
    assert result.path.read_bytes() == expected.encode("utf-8")
    assert sorted(p.name for p in result.path.parent.iterdir()) == [result.path.name]


def test_the_extraction_costs_and_takes_stock_then_waits_for_the_hand_off(
    sessions, manager, tmp_path
):
    delivery_id = prepared_mailing(sessions, manager)
    _set_folder(sessions, tmp_path)

    result = extract(sessions, manager, delivery_id, today=DAY)

    assert result.status is S.READY_TO_HAND_OFF
    assert result.cost_by_category == {"postage": Decimal("13.48")}  # 3 x 1.16 + 10
    assert result.total == Decimal("13.48")
    assert result.as_dict()["cost"] == {"by_category": {"postage": "13.48"}, "total": "13.48"}
    with sessions() as session:
        line = session.scalar(select(StockLine))
        assert line.level(DAY) == 997
        assert session.get(Delivery, delivery_id).status is S.READY_TO_HAND_OFF


def test_with_file_approval_the_file_waits_for_its_reviewers(sessions, manager, tmp_path):
    delivery_id = prepared_mailing(sessions, manager, file_approval=True, proofs=True)
    _set_folder(sessions, tmp_path)

    result = extract(sessions, manager, delivery_id, today=DAY)

    assert result.status is S.FILE_TO_APPROVE
    with sessions() as session:
        steps = session.execute(
            select(Approval.kind, Approval.status).where(Approval.delivery_id == delivery_id)
        ).all()
    assert steps == [(ApprovalKind.EXTRACTION, ApprovalStatus.PENDING)]


def test_with_router_proofs_and_no_file_approval_the_proofs_are_next(sessions, manager, tmp_path):
    delivery_id = prepared_mailing(sessions, manager, proofs=True)
    _set_folder(sessions, tmp_path)

    assert extract(sessions, manager, delivery_id, today=DAY).status is S.TO_SUBMIT


def test_extracting_again_while_the_file_waits_replaces_it(sessions, manager, tmp_path):
    delivery_id = prepared_mailing(sessions, manager, file_approval=True)
    _set_folder(sessions, tmp_path)
    first = extract(sessions, manager, delivery_id, today=DAY)
    with sessions.begin() as session:
        provider = session.scalar(select(ServiceProvider))
        provider.export_format = ["delivery.code", "recipient.last_name"]

    again = extract(sessions, manager, delivery_id, today=DAY)

    assert again.path == first.path and again.status is S.FILE_TO_APPROVE
    code = f"DM{delivery_id:06d}"
    assert again.path.read_bytes().decode("utf-8") == (
        f'delivery.code,recipient.last_name\n{code},Martin\n{code},"Ström, Jr."\n{code},Cai\n'
    ).replace("\n", "\r\n")
    with sessions() as session:
        pending = session.scalars(
            select(Approval.status).where(Approval.delivery_id == delivery_id)
        ).all()
        assert pending == [ApprovalStatus.PENDING]  # asked again, once, for the new file
        assert session.scalar(select(StockLine)).level(DAY) == 997  # not taken twice


def test_without_a_folder_set_the_file_goes_to_the_user_data_folder(sessions, manager, tmp_path):
    delivery_id = prepared_mailing(sessions, manager)

    result = extract(sessions, manager, delivery_id, today=DAY)

    # XDG_DATA_HOME is the test's tmp_path / "data" (tests/conftest.py).
    assert result.path.parent == tmp_path / "data" / "campaign-console" / "extractions"
    assert result.path.is_file()


def test_a_stopped_extraction_leaves_no_file_and_changes_nothing(sessions, manager, tmp_path):
    delivery_id = prepared_mailing(sessions, manager)
    folder = _set_folder(sessions, tmp_path)
    token = CancelToken()

    def stop_mid_write(progress: Progress) -> None:
        if progress.done:  # the first rows are written: stop now
            token.cancel()

    with pytest.raises(Cancelled):
        extract(sessions, manager, delivery_id, token=token, progress=stop_mid_write, today=DAY)

    assert _files(folder) == []
    assert _status(sessions, delivery_id) is S.PENDING_EXTRACTION
    with sessions() as session:
        assert session.scalar(select(Extraction.id)) is None
        assert session.scalar(select(StockLine)).level(DAY) == 1000


def test_a_stock_shortfall_refuses_unless_forced(sessions, manager, tmp_path):
    delivery_id = prepared_mailing(sessions, manager, provider={"stock": 2})
    folder = _set_folder(sessions, tmp_path)

    with pytest.raises(StockWouldRunOut) as refused:
        extract(sessions, manager, delivery_id, today=DAY)

    assert "'Catalogue' has 2, the file needs 3" in str(refused.value)
    assert _files(folder) == []
    assert _status(sessions, delivery_id) is S.PENDING_EXTRACTION
    result = extract(sessions, manager, delivery_id, force=True, today=DAY)
    assert result.stock_shortfalls and result.path.is_file()
    with sessions() as session:
        assert session.scalar(select(StockLine)).level(DAY) == -1


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        ("reviewer", PermissionDenied, "PREPARE DELIVERIES"),
        ("email", InvalidState, "is for direct mail only"),
        ("being_edited", InvalidState, "extracting needs pending_extraction or file_to_approve"),
        ("no_format", ValidationError, "has no export format"),
        ("bad_format", ValidationError, "unknown column (column 2"),
    ],
)
def test_refusals_say_why_and_write_nothing(
    sessions, manager, reviewer, tmp_path, change, error, words
):
    delivery_id = prepared_mailing(sessions, manager)
    folder = _set_folder(sessions, tmp_path)
    actor = reviewer if change == "reviewer" else manager
    with sessions.begin() as session:
        delivery = session.get(Delivery, delivery_id)
        provider = session.get(ServiceProvider, delivery.provider_id)
        if change == "email":
            delivery.channel = "email"
        elif change == "being_edited":
            delivery.status = S.BEING_EDITED
        elif change == "no_format":
            provider.export_format = []
        elif change == "bad_format":
            provider.export_format = ["last_name", "recipient.shoe_size"]

    with pytest.raises(error) as refused:
        extract(sessions, actor, delivery_id, today=DAY)

    assert words in str(refused.value)
    assert _files(folder) == []
    with sessions() as session:
        assert session.scalar(select(Extraction.id)) is None


def test_an_extraction_file_name_pattern_is_checked_when_set(sessions):
    with sessions.begin() as session, pytest.raises(ValidationError) as refused:
        set_option(session, SYSTEM, "NmsDirectMail_ExtractionFileName", "../{code}.csv")
    assert "plain file name" in str(refused.value)
    with sessions.begin() as session:
        set_option(session, SYSTEM, "NmsDirectMail_ExtractionFileName", "{date}-{code}.txt")
        assert session.scalar(select(Option.value).where(Option.name.like("%FileName")))

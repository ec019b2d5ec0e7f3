"""The preparation as a whole: outcome, critical errors, render errors, stop, invalidation."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, event, func, select

from desktop.errors import PermissionDenied
from desktop.models import Approval, Campaign, Delivery, DeliveryLog, JournalLine, Recipient
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.delivery import exclusion_log, lifecycle, summary
from desktop.services.preparation import targeting
from desktop.services.preparation.pipeline import (
    PreparationRefused,
    PreparationSettings,
    prepare,
    stop_preparation,
)
from desktop.services.preparation.render_pool import RenderPool
from desktop.services.runtime.cancellation import CancelToken, Progress
from tests.unit.preparation_data import add_delivery, add_recipient, add_typology, log_rows


def _delivery(sessions, delivery_id: int) -> Delivery:
    with sessions() as s:
        return s.get(Delivery, delivery_id)


def _journal(sessions, delivery_id: int) -> list[tuple[str, str]]:
    with sessions() as s:
        lines = s.scalars(
            select(JournalLine)
            .where(JournalLine.delivery_id == delivery_id)
            .order_by(JournalLine.id)
        )
        return [(line.level.value, line.message) for line in lines]


def _log_count(sessions, delivery_id: int) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).where(DeliveryLog.delivery_id == delivery_id))


@pytest.fixture
def ten_recipients(sessions) -> list[int]:
    with sessions.begin() as s:
        return [add_recipient(s, f"user{n}@example.com", first_name=f"User{n}") for n in range(10)]


def test_a_prepared_delivery_waits_for_confirmation_with_its_kpis_and_journal(
    sessions, manager, ten_recipients
):
    with sessions.begin() as s:
        add_recipient(s, "")
        delivery_id = add_delivery(s)

    result = prepare(sessions, manager, delivery_id)

    delivery = _delivery(sessions, delivery_id)
    assert delivery.status is DeliveryStatus.PENDING_CONFIRMATION
    assert (delivery.targeted, delivery.to_deliver, delivery.to_exclude) == (11, 10, 1)
    assert delivery.targeted == delivery.to_deliver + delivery.to_exclude
    assert delivery.prepared_at is not None
    assert result.as_dict()["status"] == "pending_confirmation"
    statuses = [row.status for row in log_rows(sessions, delivery_id).values()]
    assert statuses.count(LogStatus.TO_DELIVER) == 10
    last_level, last_line = _journal(sessions, delivery_id)[-1]
    assert last_level == "info"
    assert "10 messages to deliver" in last_line
    assert "exclusions: 1 (address_missing: 1)" in last_line
    assert "errors: 0" in last_line


def test_a_template_syntax_error_fails_and_names_the_line(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        delivery_id = add_delivery(s, html="<p>Hello</p>\n<p>{% if recipient.city %}</p>\n")

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PREPARATION_FAILED
    assert "HTML content, line 2" in result.error
    delivery = _delivery(sessions, delivery_id)
    assert delivery.status is DeliveryStatus.PREPARATION_FAILED
    assert "line 2" in delivery.error_message
    assert _log_count(sessions, delivery_id) == 0
    assert _journal(sessions, delivery_id)[-1][0] == "error"


def test_a_recipient_whose_message_cannot_render_is_logged_with_the_reason(sessions, manager):
    with sessions.begin() as s:
        gold = add_recipient(s, "gold@example.com", custom_fields={"tier": "gold"})
        no_tier = add_recipient(s, "plain@example.com")
        delivery_id = add_delivery(s, html="<p>Your tier: {{ recipient.tier }}</p>")

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PENDING_CONFIRMATION
    assert (result.to_deliver, result.render_errors, result.to_exclude) == (1, 1, 1)
    rows = log_rows(sessions, delivery_id)
    assert rows[gold].status is LogStatus.TO_DELIVER
    assert rows[no_tier].status is LogStatus.RENDER_ERROR
    assert "tier" in rows[no_tier].error
    journal = _journal(sessions, delivery_id)
    assert any(level == "error" and f"Recipient {no_tier}" in m for level, m in journal)
    assert journal[-1][0] == "error" and "errors: 1" in journal[-1][1]
    assert _delivery(sessions, delivery_id).render_errors == 1


def test_worker_processes_give_the_same_outcome_as_the_preparing_process(sessions, manager):
    with sessions.begin() as s:
        for n in range(30):
            fields = {"tier": "gold"} if n % 7 else {}
            add_recipient(s, f"p{n}@example.com", custom_fields=fields)
        # Invalid addresses (checked in the workers there) come before every later cause.
        add_recipient(s, "no-at-sign", custom_fields={"tier": "x"}, denylisted=True)
        add_recipient(s, "two@@example.com", custom_fields={"tier": "x"}, country="CH")
        add_recipient(s, "  ", custom_fields={"tier": "x"})
        add_recipient(s, "P1@example.com", custom_fields={"tier": "x"})
        typology = add_typology(
            s,
            "swiss",
            {
                "name": "no_swiss",
                "rule_type": "filtering",
                "condition": {"field": "country", "op": "=", "value": "CH"},
            },
        )
        html = "<p>{{ recipient.tier }} {{ unsubscribe_url }}</p>"
        in_workers = add_delivery(s, html=html, typology_id=typology)
        in_process = add_delivery(s, html=html, typology_id=typology, label="Same")
    parallel = PreparationSettings(processes=2, parallel_threshold=0, chunk_size=4)

    result = prepare(sessions, manager, in_workers, settings=parallel)
    reference = prepare(sessions, manager, in_process, settings=PreparationSettings(processes=1))

    assert (result.to_deliver, result.render_errors) == (25, 5)
    assert (
        result.exclusions
        == reference.exclusions
        == {
            "address_missing": 1,
            "invalid_address": 2,
            "duplicate": 1,
        }
    )
    workers_rows, process_rows = log_rows(sessions, in_workers), log_rows(sessions, in_process)
    assert {r: (row.status, row.exclusion_cause, row.error) for r, row in workers_rows.items()} == {
        r: (row.status, row.exclusion_cause, row.error) for r, row in process_rows.items()
    }


# The excluded rows are read a chunk at a time (Targeting.excluded_ids): one row per
# chunk reads them in three.
@pytest.mark.parametrize("excluded_chunk", [1, targeting.EXCLUDED_CHUNK])
def test_messages_rendered_before_the_target_is_final_count_only_for_those_kept(
    sessions, manager, monkeypatch, excluded_chunk
):
    """Workers render while the target is computed; a duplicate or an invalid address found
    afterwards takes its message back out of the render errors and the message sizes."""
    monkeypatch.setattr(targeting, "EXCLUDED_CHUNK", excluded_chunk)
    early_chunks: list[list[int]] = []

    class RecordingPool(RenderPool):
        def render_early(self, ids: list[int]):
            early_chunks.append(ids)
            return super().render_early(ids)

    with sessions.begin() as s:
        for n in range(12):
            add_recipient(s, f"p{n}@example.com", custom_fields={"tier": "gold", "note": "hi"})
            if n == 5:
                # Among recipients kept, in the same chunks: duplicates of p1 and p2 (one
                # message far over the size limit, one that fails), an invalid address.
                add_recipient(
                    s, "P1@example.com", custom_fields={"tier": "gold", "note": "x" * 5000}
                )
                add_recipient(s, "P2@example.com", custom_fields={"note": "no tier"})
                add_recipient(s, "broken.example.com", custom_fields={"note": "no tier either"})
        typology = add_typology(
            s,
            "sized",
            {
                "name": "small_messages",
                "rule_type": "control",
                "control_check": "message_size",
                "control_threshold": 2000,
                "severity": "error",
            },
        )
        html = "<p>{{ recipient.tier }} {{ recipient.note }} {{ unsubscribe_url }}</p>"
        delivery_id = add_delivery(s, html=html, typology_id=typology)
    parallel = PreparationSettings(
        processes=2, parallel_threshold=0, chunk_size=4, render_pool=RecordingPool
    )

    result = prepare(sessions, manager, delivery_id, settings=parallel)

    assert sum(len(ids) for ids in early_chunks) == 15  # all but none excluded yet
    assert result.status is DeliveryStatus.PENDING_CONFIRMATION, result.error
    assert (result.to_deliver, result.render_errors) == (12, 0)
    assert result.exclusions == {"invalid_address": 1, "duplicate": 2}
    statuses = {row.status for row in log_rows(sessions, delivery_id).values()}
    assert statuses == {LogStatus.TO_DELIVER, LogStatus.EXCLUDED}


def _at_once(rendered: int, seconds: float, ahead: int, copy_seconds: float) -> bool:
    """The log rows are copied as soon as one chunk is kept (at a million rows, when the
    last chunks render)."""
    return True


class LogCopyWatch:
    """When a preparation copies its log rows: how many chunks it had reported kept by
    then, for each copy seen on the engine."""

    def __init__(self, engine: Engine) -> None:
        self.kept = 0
        self.copied_after: list[int] = []
        event.listen(engine, "before_cursor_execute", self._statement)

    def progress(self, progress: Progress) -> None:
        if progress.phase == "personalisation" and progress.done > 0:
            self.kept += 1

    def _statement(self, _conn, _cursor, statement: str, *_args) -> None:
        if statement.startswith("INSERT INTO delivery_log"):
            self.copied_after.append(self.kept)


def test_render_errors_found_after_the_logs_are_copied_are_logged(sessions, engine, manager):
    watch = LogCopyWatch(engine)
    with sessions.begin() as s:
        ids = [
            add_recipient(s, f"p{n}@example.com", custom_fields={"tier": "gold"}) for n in range(8)
        ]
        failing = add_recipient(s, "p8@example.com")  # in the last chunk: no tier
        delivery_id = add_delivery(s, html="<p>{{ recipient.tier }} {{ unsubscribe_url }}</p>")
    parallel = PreparationSettings(
        processes=2, parallel_threshold=0, chunk_size=3, log_copy_due=_at_once
    )

    result = prepare(sessions, manager, delivery_id, progress=watch.progress, settings=parallel)

    assert watch.copied_after == [1]
    assert (result.to_deliver, result.render_errors) == (8, 1)
    rows = log_rows(sessions, delivery_id)
    assert rows[failing].status is LogStatus.RENDER_ERROR
    assert "tier" in rows[failing].error
    assert {rows[r].status for r in ids} == {LogStatus.TO_DELIVER}
    assert _delivery(sessions, delivery_id).status is DeliveryStatus.PENDING_CONFIRMATION


def test_a_stop_after_the_logs_are_copied_leaves_nothing(sessions, engine, manager):
    watch = LogCopyWatch(engine)
    with sessions.begin() as s:
        for n in range(9):
            add_recipient(s, f"p{n}@example.com")
        delivery_id = add_delivery(s)
    token = CancelToken()

    def stop_once_copied(progress: Progress) -> None:
        watch.progress(progress)
        if watch.copied_after and progress.phase == "personalisation":
            token.cancel()

    parallel = PreparationSettings(
        processes=2, parallel_threshold=0, chunk_size=3, log_copy_due=_at_once
    )
    result = prepare(
        sessions, manager, delivery_id, token=token, progress=stop_once_copied, settings=parallel
    )

    assert watch.copied_after == [1] and result.stopped
    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED
    assert _log_count(sessions, delivery_id) == 0


def test_stopping_in_the_middle_leaves_the_delivery_being_edited_with_nothing(
    sessions, manager, ten_recipients
):
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
    token = CancelToken()
    phases: list[str] = []

    def stop_while_rendering(progress: Progress) -> None:
        phases.append(progress.phase)
        if progress.phase == "personalisation" and progress.done > 0:
            token.cancel()

    result = prepare(
        sessions,
        manager,
        delivery_id,
        token=token,
        progress=stop_while_rendering,
        settings=PreparationSettings(chunk_size=3),
    )

    assert result.stopped and result.status is DeliveryStatus.BEING_EDITED
    assert "personalisation" in phases and "logs" not in phases
    delivery = _delivery(sessions, delivery_id)
    assert delivery.status is DeliveryStatus.BEING_EDITED
    assert (delivery.targeted, delivery.to_deliver, delivery.to_exclude) == (0, 0, 0)
    assert _log_count(sessions, delivery_id) == 0
    assert "stopped" in _journal(sessions, delivery_id)[-1][1]


def test_preparing_again_replaces_the_earlier_logs(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
    first = prepare(sessions, manager, delivery_id)
    with sessions.begin() as s:
        s.get(Recipient, ten_recipients[3]).denylisted = True

    again = prepare(sessions, manager, delivery_id)  # from Pending confirmation

    assert (first.to_deliver, again.to_deliver) == (10, 9)
    assert again.status is DeliveryStatus.PENDING_CONFIRMATION
    rows = log_rows(sessions, delivery_id)
    assert len(rows) == _log_count(sessions, delivery_id) == 10  # one row per recipient
    assert rows[ten_recipients[3]].exclusion_cause == "denylisted"


def test_while_prepared_again_the_last_exclusions_are_no_longer_shown(sessions, engine, manager):
    with sessions.begin() as s:
        for n in range(5):
            add_recipient(s, f"p{n}@example.com")
        add_recipient(s, "   ")
        delivery_id = add_delivery(s)
    assert prepare(sessions, manager, delivery_id).exclusions == {"address_missing": 1}
    # The earlier rows take a while to delete (two seconds for a million), on a thread of
    # their own: held here until the dashboard has looked.
    looked = threading.Event()

    @event.listens_for(engine, "before_cursor_execute")
    def slow_removal(_conn, _cursor, statement: str, *_args) -> None:
        in_background = threading.current_thread() is not threading.main_thread()
        if in_background and statement.startswith("DELETE FROM delivery_log"):
            looked.wait(10)

    seen: list[tuple[dict[str, int], int]] = []

    def look_from_the_dashboard(progress: Progress) -> None:
        if progress.phase == "targeting" and not seen:
            with sessions() as other:
                shown = summary.summary(other, delivery_id)["exclusions"]
                seen.append((shown, exclusion_log.count(other, delivery_id)))
            looked.set()

    again = prepare(sessions, manager, delivery_id, progress=look_from_the_dashboard)

    assert seen == [({}, 0)]
    assert again.exclusions == {"address_missing": 1}
    with sessions() as s:
        assert exclusion_log.count(s, delivery_id) == 1


def test_a_stopped_preparation_again_leaves_neither_old_nor_new_logs(
    sessions, manager, ten_recipients
):
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
    prepare(sessions, manager, delivery_id)
    token = CancelToken()

    def stop_while_targeting(progress: Progress) -> None:
        if progress.phase == "targeting":
            token.cancel()

    result = prepare(sessions, manager, delivery_id, token=token, progress=stop_while_targeting)

    assert result.stopped
    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED
    assert _log_count(sessions, delivery_id) == 0


@pytest.mark.postgresql_only
def test_a_stop_whose_cancel_left_the_transaction_aborted_still_ends_cleanly(
    sessions, manager, ten_recipients, monkeypatch
):
    """A stop's cancel can reach the server after the statement it aimed at, and abort the
    transaction the clean-up then runs in; the staging table goes with the connection."""
    from desktop.services.preparation import pipeline

    with sessions.begin() as s:
        delivery_id = add_delivery(s)
    token = CancelToken()
    drop = pipeline.drop_temporary_tables

    def drop_after_a_late_cancel(conn) -> None:
        with pytest.raises(Exception):  # noqa: B017  (what a late cancel does)
            conn.exec_driver_sql("SELECT 1 / 0")
        drop(conn)

    def stop_while_targeting(progress: Progress) -> None:
        if progress.phase == "targeting":
            token.cancel()
            monkeypatch.setattr(pipeline, "drop_temporary_tables", drop_after_a_late_cancel)

    result = prepare(sessions, manager, delivery_id, token=token, progress=stop_while_targeting)

    assert result.stopped
    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED
    assert _log_count(sessions, delivery_id) == 0


def test_a_stop_from_another_process_is_seen_and_nothing_is_written(
    sessions, manager, ten_recipients
):
    with sessions.begin() as s:
        delivery_id = add_delivery(s)

    def stop_from_elsewhere(progress: Progress) -> None:
        if progress.phase == "personalisation" and progress.done == 0:
            with sessions.begin() as other:
                assert stop_preparation(other, manager, delivery_id)

    always_look = PreparationSettings(stop_poll_seconds=0.0)
    result = prepare(
        sessions, manager, delivery_id, progress=stop_from_elsewhere, settings=always_look
    )

    assert result.stopped
    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED
    assert _log_count(sessions, delivery_id) == 0


def test_editing_the_content_after_preparation_invalidates_it(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
    prepare(sessions, manager, delivery_id)

    from desktop.services import entities

    with sessions.begin() as s:
        entities.update(s, manager, "delivery", delivery_id, {"subject": "A new subject"})

    delivery = _delivery(sessions, delivery_id)
    assert delivery.status is DeliveryStatus.BEING_EDITED
    assert (delivery.targeted, delivery.to_deliver, delivery.to_exclude) == (0, 0, 0)
    assert _log_count(sessions, delivery_id) == 0
    # and it can be prepared again
    assert prepare(sessions, manager, delivery_id).to_deliver == 10


def test_invalidation_clears_every_preparing_field(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        delivery_id = add_delivery(s, typology_id=None)
    prepare(sessions, manager, delivery_id)

    with sessions.begin() as s:
        delivery = s.get(Delivery, delivery_id)
        assert lifecycle.invalidate_preparation(s, manager, delivery, {"typology_id"})

    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED
    assert _log_count(sessions, delivery_id) == 0


def test_required_approvals_lead_to_pending_approval(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        campaign = Campaign(label="Spring", approve_targeting=True, approve_content=True)
        s.add(campaign)
        s.flush()
        delivery_id = add_delivery(s, campaign_id=campaign.id)

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PENDING_APPROVAL
    with sessions() as s:
        kinds = set(s.scalars(select(Approval.kind).where(Approval.delivery_id == delivery_id)))
    assert {k.value for k in kinds} == {"targeting", "content"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"sender_address": ""}, "sender address is missing"),
        ({"audience_filter": {"field": "country", "op": "=", "value": "ZZ"}}, "selects nobody"),
        ({"audience_filter": {"field": "shoe_size", "op": "=", "value": 42}}, "unknown field"),
        ({"channel": "direct_mail", "sender_address": ""}, "needs a service provider"),
    ],
)
def test_critical_errors_end_in_preparation_failed(
    sessions, manager, ten_recipients, fields, message
):
    with sessions.begin() as s:
        delivery_id = add_delivery(s, **fields)

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PREPARATION_FAILED
    assert message in result.error
    assert message in _delivery(sessions, delivery_id).error_message
    assert _log_count(sessions, delivery_id) == 0


def test_without_a_filter_or_a_list_every_recipient_is_targeted(sessions, manager, ten_recipients):
    """What the filter builder ("No condition: every recipient is selected"), the field's
    help and `delivery create --help` promise."""
    with sessions.begin() as s:
        delivery_id = add_delivery(s, audience_filter=None)

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PENDING_CONFIRMATION, result.error
    assert (result.targeted, result.to_deliver) == (10, 10)
    assert set(log_rows(sessions, delivery_id)) == set(ten_recipients)


def test_everyone_excluded_is_a_critical_error(sessions, manager):
    with sessions.begin() as s:
        add_recipient(s, "x@example.com", denylisted=True)
        delivery_id = add_delivery(s)

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PREPARATION_FAILED
    assert "no recipient to deliver (1 targeted, all excluded)" in result.error
    journal = [m for _level, m in _journal(sessions, delivery_id)]
    assert any("denylisted: 1" in m for m in journal)


def test_a_failed_preparation_can_be_prepared_again(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        delivery_id = add_delivery(s, sender_address="")
    assert prepare(sessions, manager, delivery_id).status is DeliveryStatus.PREPARATION_FAILED
    with sessions.begin() as s:
        s.get(Delivery, delivery_id).sender_address = "news@example.com"

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PENDING_CONFIRMATION
    assert _delivery(sessions, delivery_id).error_message == ""


def test_only_operators_who_may_prepare_can_prepare(sessions, reviewer, ten_recipients):
    with sessions.begin() as s:
        delivery_id = add_delivery(s)

    with pytest.raises(PermissionDenied):
        prepare(sessions, reviewer, delivery_id)

    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED


def test_a_delivery_being_sent_cannot_be_prepared(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        delivery_id = add_delivery(s, status=DeliveryStatus.IN_PROGRESS)

    with pytest.raises(PreparationRefused, match="in_progress"):
        prepare(sessions, manager, delivery_id)

    assert _delivery(sessions, delivery_id).status is DeliveryStatus.IN_PROGRESS


def test_the_concurrency_option_limits_deliveries_at_work(sessions, manager, ten_recipients):
    with sessions.begin() as s:
        from tests.unit.preparation_data import set_flag

        set_flag(s, "NmsOperation_LimitConcurrency", "1")
        add_delivery(s, status=DeliveryStatus.IN_PROGRESS, label="Busy")
        delivery_id = add_delivery(s)

    with pytest.raises(PreparationRefused, match="at most 1 at once"):
        prepare(sessions, manager, delivery_id)

    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED


@pytest.mark.sqlite_only  # SQLite's progress handler (interrupt_steps) stops a statement
def test_a_stop_interrupts_even_a_running_database_statement(
    sessions, engine, manager, ten_recipients
):
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
    token = CancelToken()
    interrupted: list[str] = []
    completed: list[str] = []

    @event.listens_for(engine, "handle_error")
    def failed(context) -> None:
        interrupted.append(str(context.original_exception))

    @event.listens_for(engine, "after_cursor_execute")
    def ran(_conn, _cursor, statement: str, *_args) -> None:
        completed.append(statement)

    def stop_when_targeting(progress: Progress) -> None:
        if progress.phase == "targeting":
            token.cancel()

    # SQLite asks the stop check every step here, so the running statement itself stops.
    every_step = PreparationSettings(interrupt_steps=1)
    result = prepare(
        sessions,
        manager,
        delivery_id,
        token=token,
        progress=stop_when_targeting,
        settings=every_step,
    )

    assert result.stopped and result.status is DeliveryStatus.BEING_EDITED
    assert interrupted == ["interrupted"]  # the statement did not run to its end
    assert not [s for s in completed if s.startswith("INSERT INTO preparation_staging")]
    assert _log_count(sessions, delivery_id) == 0
    assert _delivery(sessions, delivery_id).status is DeliveryStatus.BEING_EDITED


def test_a_sparse_target_with_workers_checks_its_own_addresses(sessions, manager):
    with sessions.begin() as s:
        for n in range(40):
            add_recipient(s, f"fr{n}@example.com", country="FR")
        valid = add_recipient(s, "ch@example.com", country="CH")
        invalid = add_recipient(s, "ch.example.com", country="CH")
        delivery_id = add_delivery(
            s, audience_filter={"field": "country", "op": "=", "value": "CH"}
        )
    parallel = PreparationSettings(processes=2, parallel_threshold=0)

    result = prepare(sessions, manager, delivery_id, settings=parallel)

    assert result.exclusions == {"invalid_address": 1}
    rows = log_rows(sessions, delivery_id)
    assert set(rows) == {valid, invalid}
    assert rows[invalid].exclusion_cause.value == "invalid_address"


def test_invalid_addresses_outside_a_dense_target_leave_no_trace(sessions, manager):
    # The workers check every recipient while the target is computed; those the audience
    # leaves out must not show up, invalid or not.
    with sessions.begin() as s:
        targeted = [add_recipient(s, f"fr{n}@example.com", country="FR") for n in range(20)]
        outside = add_recipient(s, "ch.example.com", country="CH")
        broken = add_recipient(s, "fr.example.com", country="FR")
        delivery_id = add_delivery(
            s, audience_filter={"field": "country", "op": "=", "value": "FR"}
        )
    parallel = PreparationSettings(processes=2, parallel_threshold=0)

    result = prepare(sessions, manager, delivery_id, settings=parallel)

    assert result.exclusions == {"invalid_address": 1}
    rows = log_rows(sessions, delivery_id)
    assert set(rows) == {*targeted, broken} and outside not in rows
    assert rows[broken].exclusion_cause.value == "invalid_address"

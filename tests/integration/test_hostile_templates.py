"""A template that hangs, recurses, or builds gigabytes for one recipient is that
recipient's render error, promptly and in one line: in a preparation with real worker
processes and from the command line, in the preview and on the mirror page. A constant
too large to compute is a template error found before any work."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import JournalLine
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.delivery.preview import render_preview
from desktop.services.messages.rendering import RecipientRenderError, TemplateSyntaxProblem
from desktop.services.messages.tracking_links import signer_for
from desktop.services.preparation.pipeline import PreparationSettings, prepare
from desktop.services.servers.tracking import TrackingServer
from desktop.services.settings.options import set_option
from tests.conftest import MANAGER_PASSWORD
from tests.unit.preparation_data import HTML, add_delivery, add_recipient, log_rows

# What a hostile template does, for the recipients whose `hostile` field is set; and how
# its render error begins.
HOSTILE = {
    "nested range loop": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "the render took longer than 1 s",
    ),
    "huge power": (
        "{{ 10 ** (10 ** recipient.exponent) }}",
        "10 ** 1000000000 is too large a number",
    ),
    "huge repetition": (
        "{{ 'ab' * 10 ** recipient.exponent }}",
        "'ab' * 1000000000 would have 2,000,000,000 characters",
    ),
    "deep recursion via macros": (
        "{% macro down(n) %}{{ down(n + 1) }}{% endmacro %}{{ down(0) }}",
        "recursion too deep",
    ),
    "huge output": (
        "{% for i in range(100000) %}{{ recipient.first_name * 100 }}{% endfor %}",
        "the message passed 2,000,000 characters",
    ),
}
# A preparation, a preview or a page with a hostile recipient ends within this long.
PROMPTLY = 20.0


def hostile_html(construct: str) -> str:
    return f"{HTML}{{% if recipient.hostile %}}{construct}{{% endif %}}"


@pytest.fixture
def people(sessions, admin) -> dict[str, int]:
    """Nine ordinary recipients and one whose fields set off the hostile part; renders have
    one second."""
    with sessions.begin() as s:
        set_option(s, admin, "NmsDelivery_RenderSeconds", "1")
        ids = {
            f"p{n}": add_recipient(
                s, f"p{n}@example.com", custom_fields={"hostile": False, "exponent": 9}
            )
            for n in range(9)
        }
        ids["hostile"] = add_recipient(
            s, "h@example.com", first_name="Hostile", custom_fields={"hostile": True, "exponent": 9}
        )
    return ids


def _journal(sessions, delivery_id: int) -> list[str]:
    with sessions() as s:
        return list(
            s.scalars(
                select(JournalLine.message)
                .where(JournalLine.delivery_id == delivery_id)
                .order_by(JournalLine.id)
            )
        )


@pytest.mark.parametrize("hostile", list(HOSTILE))
def test_in_worker_processes_one_hostile_recipient_is_one_render_error(
    sessions, manager, people, hostile: str
) -> None:
    construct, reason = HOSTILE[hostile]
    with sessions.begin() as s:
        delivery_id = add_delivery(s, html=hostile_html(construct))
    workers = PreparationSettings(processes=2, parallel_threshold=0, chunk_size=4)

    started = time.monotonic()
    result = prepare(sessions, manager, delivery_id, settings=workers)

    assert time.monotonic() - started < PROMPTLY
    assert result.status is DeliveryStatus.PENDING_CONFIRMATION, result.error
    assert (result.to_deliver, result.render_errors) == (9, 1)
    row = log_rows(sessions, delivery_id)[people["hostile"]]
    assert row.status is LogStatus.RENDER_ERROR
    assert row.error.startswith(reason)
    assert "\n" not in row.error and len(row.error) <= 300
    journal = _journal(sessions, delivery_id)
    assert f"Recipient {people['hostile']}: {row.error}" in journal
    assert not any("Traceback" in line for line in journal)


def test_a_render_its_worker_cannot_survive_is_that_recipients_render_error(
    sessions, admin, manager, people
) -> None:
    """One filter call on 9 MB runs for seconds inside Jinja2's urlize, where no check of
    the budget runs: the worker's watchdog ends the worker; the chunk renders again one
    recipient at a time, and only the recipient whose render ends its process again gets a
    render error."""
    with sessions.begin() as s:
        set_option(s, admin, "NmsDelivery_RenderSeconds", "0.2")
        set_option(s, admin, "NmsDelivery_RenderCharacters", "20000000")
        html = hostile_html("{{ ('a.com ' * 1500000)|urlize|length }}")
        delivery_id = add_delivery(s, html=html)
    workers = PreparationSettings(processes=2, parallel_threshold=0, chunk_size=4)

    started = time.monotonic()
    result = prepare(sessions, manager, delivery_id, settings=workers)

    assert time.monotonic() - started < PROMPTLY
    assert result.status is DeliveryStatus.PENDING_CONFIRMATION, result.error
    assert (result.to_deliver, result.render_errors) == (9, 1)
    error = log_rows(sessions, delivery_id)[people["hostile"]].error
    assert error.startswith("the render ran far past its time budget")
    assert "its process was ended" in error


@pytest.fixture
def cli(database, db_url, monkeypatch, capsys):
    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
        code = main(["--db", db_url, "--operator", "manager", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_delivery_prepare_names_the_hostile_recipients_error_and_exits(
    sessions, people, cli
) -> None:
    construct, reason = HOSTILE["nested range loop"]
    with sessions.begin() as s:
        delivery_id = add_delivery(s, html=hostile_html(construct))

    started = time.monotonic()
    code, out, err = cli("delivery", "prepare", str(delivery_id), "--json")

    assert time.monotonic() - started < PROMPTLY
    assert code == 0, err
    result = json.loads(out)
    assert (result["status"], result["to_deliver"], result["render_errors"]) == (
        "pending_confirmation",
        9,
        1,
    )
    assert "Traceback" not in err
    code, out, _err = cli("delivery", "logs", str(delivery_id), "--json")
    messages = [line["message"] for line in json.loads(out)]
    assert any(m.startswith(f"Recipient {people['hostile']}: {reason}") for m in messages)


def test_delivery_prepare_refuses_a_constant_too_large_at_once(sessions, people, cli) -> None:
    with sessions.begin() as s:
        delivery_id = add_delivery(s, html=f"{HTML}\n<p>{{{{ 10 ** (10 ** 9) }}}}</p>")

    started = time.monotonic()
    code, out, err = cli("delivery", "prepare", str(delivery_id), "--json")

    assert time.monotonic() - started < 5
    assert code == 1
    result = json.loads(out)
    assert result["status"] == "preparation_failed"
    assert result["error"].startswith(
        "template error in HTML content, line 2: 10 ** 1000000000 is too large a number"
    )
    assert "Traceback" not in err


@pytest.mark.parametrize("hostile", list(HOSTILE))
def test_the_preview_shows_the_render_error_promptly(sessions, people, hostile: str) -> None:
    construct, reason = HOSTILE[hostile]
    draft = {"subject": "Hi", "html": hostile_html(construct), "text": ""}

    started = time.monotonic()
    with sessions.begin() as s, pytest.raises(RecipientRenderError) as error:
        render_preview(s, draft, people["hostile"])

    assert time.monotonic() - started < PROMPTLY
    assert str(error.value).startswith(reason)
    with sessions.begin() as s:
        assert "Hello Ann" in render_preview(s, draft, people["p1"]).html


def test_the_preview_names_the_line_of_a_constant_too_large(sessions, people) -> None:
    draft = {"subject": "Hi", "html": "<p>one</p>\n<p>{{ 'a' * 10 ** 10 }}</p>", "text": ""}

    with sessions.begin() as s, pytest.raises(TemplateSyntaxProblem) as error:
        render_preview(s, draft, people["p1"])

    assert (error.value.part, error.value.line) == ("HTML content", 2)


# ---- the mirror page ---------------------------------------------------------------------


@pytest.fixture
def tracking(sessions, admin) -> Iterator[TrackingServer]:
    server = TrackingServer(sessions, "127.0.0.1", 0).start()
    with sessions.begin() as s:
        set_option(s, admin, "NmsTracking_ServerUrl", server.base_url)
    yield server
    server.stop()


def _get(url: str) -> tuple[int, str]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", parts.path)
    response = connection.getresponse()
    result = response.status, response.read().decode()
    connection.close()
    return result


def _mirror_url(sessions, delivery_id: int, recipient_id: int) -> str:
    with sessions.begin() as s:
        return signer_for(s).mirror_url(delivery_id, recipient_id)


@pytest.mark.parametrize("hostile", list(HOSTILE))
def test_the_mirror_page_of_a_hostile_recipient_says_it_cannot_be_shown(
    sessions, people, tracking, hostile: str, caplog
) -> None:
    construct, reason = HOSTILE[hostile]
    with sessions.begin() as s:
        delivery_id = add_delivery(s, html=hostile_html(construct))

    started = time.monotonic()
    status, page = _get(_mirror_url(sessions, delivery_id, people["hostile"]))

    assert time.monotonic() - started < PROMPTLY
    assert status == 500
    assert "This message cannot be shown in the browser." in page
    assert any(reason in record.getMessage() for record in caplog.records)
    status, page = _get(_mirror_url(sessions, delivery_id, people["p1"]))
    assert status == 200 and "Hello Ann" in page


def test_the_mirror_page_of_a_template_that_cannot_compile_says_so(
    sessions, people, tracking
) -> None:
    with sessions.begin() as s:
        delivery_id = add_delivery(s, html="<p>{{ 2 ** 99999999 }}</p>")

    status, page = _get(_mirror_url(sessions, delivery_id, people["p1"]))

    assert status == 500
    assert "cannot be shown" in page

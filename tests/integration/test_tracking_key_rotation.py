"""The tracking keys over real processes and real HTTP: `secret rotate` run as a command
while a tracking server runs; links sent before it keep working through the grace period
and stop after it; processes that share a key file verify each other's links."""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.access.tracking_keys import KEY_FILE_ENV
from desktop.services.messages.tracking_links import signer_for
from desktop.services.sending import control
from desktop.services.sending.engine import send_delivery
from desktop.services.servers.tracking import TrackingServer
from tests.conftest import ADMIN_PASSWORD
from tests.integration.sending_support import (
    RecordingHandler,
    prepared_delivery,
    relay_of,
    set_option,
    smtp_server,
)

TIMEOUT = 60


@pytest.fixture
def tracking(sessions) -> Iterator[TrackingServer]:
    server = TrackingServer(sessions, "127.0.0.1", 0).start()
    set_option(sessions, "NmsTracking_ServerUrl", server.base_url)
    yield server
    server.stop()


def send_one(sessions: sessionmaker[Session], manager) -> str:
    """Sends a delivery of 2 messages through a real SMTP server; the first one's click."""
    delivery_id = prepared_delivery(sessions, manager, 2)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        send_delivery(sessions, manager, delivery_id, relay_of(server))
    html = handler.received[0].message.get_body(("html",)).get_content()
    return next(u for u in re.findall(r'href="([^"]+)"', html) if "/c/" in u)


def status_of(url: str) -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", parts.path)
    status = connection.getresponse().status
    connection.close()
    return status


def eventually_status(url: str, expected: int) -> int:
    """The status once a running server has seen the key file change (within a second)."""
    deadline = time.monotonic() + 10
    while (status := status_of(url)) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return status


def console(db_url: str, *args: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", db_url, *args],
        env={**(env or os.environ), "CAMPAIGN_CONSOLE_PASSWORD": ADMIN_PASSWORD},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def test_links_sent_before_secret_rotate_still_work_and_new_ones_too(
    sessions, manager, tracking, db_url
) -> None:
    sent_before = send_one(sessions, manager)
    assert status_of(sent_before) == 302

    done = console(db_url, "secret", "rotate", "--grace-days", "30", "--json")
    assert done.returncode == 0, done.stderr
    signs, retired = json.loads(done.stdout)["keys"]
    assert (signs["use"], retired["use"]) == ("signs", "verifies")

    sent_after = send_one(sessions, manager)  # signed with the new key
    assert sent_after.rsplit(".", 1)[1] != sent_before.rsplit(".", 1)[1]
    assert status_of(sent_before) == 302
    # The server started before the rotation learns the new key from the file.
    assert eventually_status(sent_after, 302) == 302


def test_after_the_grace_period_links_sent_before_are_refused(
    sessions, manager, tracking, db_url
) -> None:
    sent_before = send_one(sessions, manager)
    done = console(db_url, "secret", "rotate", "--grace-days", "0")
    assert done.returncode == 0, done.stderr
    assert eventually_status(sent_before, 404) == 404
    assert status_of(send_one(sessions, manager)) == 302


def test_only_an_administrator_runs_secret_rotate(sessions, db_url) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", db_url, "--operator", "manager",
         "secret", "rotate"],
        env={**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": "manager-secret-1"},
        capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 2 and "lacks the right ADMINISTRATION" in done.stderr


class ServeProcess:
    """`campaign-console tracking serve` in a process of its own."""

    def __init__(self, db_url: str, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--db", db_url, "tracking", "serve", "--port", "0"],
            env=env,
            stderr=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stderr is not None
        self.first_line = self.process.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)", self.first_line)
        self.base_url = found.group(0) if found else None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.communicate(timeout=TIMEOUT)


def test_processes_with_another_data_folder_share_the_keys_through_one_file(
    sessions, manager, db_url, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared" / "tracking.keys"
    monkeypatch.setenv(KEY_FILE_ENV, str(shared))
    delivery_id = prepared_delivery(sessions, manager, 1)
    with sessions.begin() as session:
        click = signer_for(session).click_url(delivery_id, 1, "https://example.com/about")
    token = click.rsplit("/", 1)[1]

    elsewhere = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "another-user")}
    server = ServeProcess(db_url, elsewhere)  # the same file, named by the environment
    try:
        assert server.base_url, server.first_line
        assert status_of(f"{server.base_url}/c/{token}") == 302
    finally:
        server.stop()

    del elsewhere[KEY_FILE_ENV]  # its own data folder has no keys: it says so, and stops
    lost = ServeProcess(db_url, elsewhere)
    assert lost.process.wait(TIMEOUT) == 2, lost.first_line
    lost.stop()
    assert "tracking keys are not here" in lost.first_line


def test_secret_status_names_where_the_keys_are_and_shows_no_key(
    sessions, manager, db_url, tmp_path: Path
) -> None:
    send_one(sessions, manager)
    assert console(db_url, "secret", "rotate").returncode == 0
    done = console(db_url, "secret", "status", "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    path = Path(shown["keys_in"])
    assert path.is_relative_to(tmp_path / "data") and path.stat().st_mode & 0o777 == 0o600
    assert [key["use"] for key in shown["keys"]] == ["signs", "verifies"]
    assert "warning" not in shown
    for key in re.findall(r"^[0-9a-f]{64}", path.read_text(), re.MULTILINE):
        assert key not in done.stdout

    path.chmod(0o644)  # copied by hand, say, with the wrong mode
    done = console(db_url, "secret", "status", "--json")
    assert "chmod 600" in json.loads(done.stdout)["warning"]

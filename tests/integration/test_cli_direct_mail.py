"""A direct mailing from the command line: `delivery create --channel direct_mail
--provider`, `delivery extract` (refused while stock would go below zero, unless --force),
`delivery proof` and `delivery proofs submit|accept|reject|back-to-extraction`, `delivery
hand-off` through the configured relay (a real SMTP server), and `delivery results`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.services.access.rights import SYSTEM
from desktop.services.settings.options import set_option
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from tests.conftest import MANAGER_PASSWORD
from tests.integration.sending_support import RecordingHandler, smtp_server
from tests.unit.direct_mail_data import add_people, add_provider


class Cli:
    def __init__(self, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db_url = db_url
        self.capsys = capsys

    def run(self, *argv: str) -> tuple[int, str, str]:
        code = main(["--db", self.db_url, "--operator", "manager", *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> Any:
        code, out, err = self.run(*argv, "--json")
        assert code == 0, err
        return json.loads(out)

    def refused(self, *argv: str) -> str:
        code, out, err = self.run(*argv)
        assert (code, out) == (2, ""), err
        assert err.count("\n") == 1 and "Traceback" not in err
        return err


@pytest.fixture
def world(sessions, db_url, capsys, monkeypatch, tmp_path):
    """The people, a provider, a relay; yields the command line and the SMTP handler."""
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            add_people(session)
            add_provider(session, drop_folder=tmp_path / "drop", stock=2)
            add_provider(
                session,
                name="Results & Co",
                drop_folder=tmp_path / "drop2",
                returns_results=True,
                stock=None,
            )
            save_relay_settings(session, SYSTEM, RelaySettings(host=server.host, port=server.port))
            set_option(session, SYSTEM, "NmsDirectMail_ExtractionFolder", str(tmp_path / "out"))
        yield Cli(db_url, capsys), handler


def _mailing(cli: Cli, provider: str, steps: str) -> str:
    campaign = str(cli.json("campaign", "create", "--label", "Autumn")["id"])
    created = cli.json(
        "delivery", "create", "--campaign", campaign, "--label", "Autumn catalogue",
        "--channel", "direct_mail", "--provider", provider,
    )  # fmt: skip
    delivery = str(created["id"])
    cli.json("delivery", "approvals", delivery, "--steps", steps)
    cli.json("delivery", "proof-target", delivery, "--addresses", "proofs@example.com")
    assert cli.json("delivery", "prepare", delivery, "--quiet")["status"] == "pending_extraction"
    return delivery


def test_a_mailing_runs_from_the_command_line(world, tmp_path: Path) -> None:
    cli, handler = world
    delivery = _mailing(cli, "Routage Atlantique", "extraction,proofs")

    refusal = cli.refused("delivery", "extract", delivery)
    assert "would take stock below zero" in refusal and "--force" in refusal
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []

    extracted = cli.json("delivery", "extract", delivery, "--force")
    file = Path(extracted["file"])
    assert file.parent == tmp_path / "out" and file.is_file()
    assert extracted["rows"] == 3 and extracted["status"] == "file_to_approve"
    assert extracted["cost"] == {"by_category": {"postage": "13.48"}, "total": "13.48"}
    assert extracted["stock_shortfalls"] == [
        {"stock": "Catalogue stock", "item": "Catalogue", "in_stock": 2, "needed": 3}
    ]

    assert cli.json("approval", "approve", delivery, "extraction")["delivery_status"] == (
        "to_submit"
    )
    assert "send one first" in cli.refused("delivery", "proofs", delivery, "submit")
    assert cli.json("delivery", "proof", delivery)["status"] == "sent"
    assert handler.received[-1].rcpt == "proofs@example.com"
    assert cli.json("delivery", "proofs", delivery, "submit")["status"] == "proofs_to_validate"
    assert "needs a comment" in cli.refused("delivery", "proofs", delivery, "reject")
    rejected = cli.json("delivery", "proofs", delivery, "reject", "--comment", "Wrong cost")
    assert rejected["status"] == "to_submit"
    cli.json("delivery", "proof", delivery)
    cli.json("delivery", "proofs", delivery, "submit")
    assert cli.json("delivery", "proofs", delivery, "accept")["status"] == "ready_to_hand_off"

    done = cli.json("delivery", "hand-off", delivery)

    assert done["status"] == "finished" and done["sent"] == 3
    assert Path(done["drop_path"]).read_bytes() == file.read_bytes()
    assert handler.received[-1].rcpt == "production@routage.example"
    shown = cli.json("delivery", "show", delivery)
    assert shown["status"] == "finished" and shown["kpis"]["delivered"] == 3
    assert shown["extraction"]["rows"] == 3
    assert shown["extraction"]["drop_path"] == done["drop_path"]
    assert "is already finished: moved there by manager" in cli.refused(
        "delivery", "hand-off", delivery
    )


def test_back_to_extraction_from_the_command_line(world) -> None:
    cli, _handler = world
    delivery = _mailing(cli, "Results & Co", "proofs")
    assert cli.json("delivery", "extract", delivery)["status"] == "to_submit"
    back = cli.json("delivery", "proofs", delivery, "back-to-extraction", "--comment", "Again")
    assert back["status"] == "pending_extraction"
    assert cli.json("delivery", "extract", delivery)["status"] == "to_submit"


def test_results_from_the_command_line(world, tmp_path: Path) -> None:
    cli, _handler = world
    delivery = _mailing(cli, "Results & Co", "")
    assert cli.json("delivery", "extract", delivery)["status"] == "ready_to_hand_off"
    done = cli.json("delivery", "hand-off", delivery)
    assert done["awaiting_results"] is True and done["sent"] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("recipient.id,status\n1,sent\n2,maybe\n3,sent\n", encoding="utf-8")
    refusal = cli.refused("delivery", "results", delivery, str(bad))
    assert f"results file {bad}, line 3: status 'maybe'" in refusal
    good = tmp_path / "good.csv"
    good.write_text("recipient.id,status\n1,sent\n2,failed\n3,sent\n", encoding="utf-8")

    imported = cli.json("delivery", "results", delivery, str(good))

    assert (imported["sent"], imported["failed"]) == (2, 1)
    assert imported["real_cost"] == "12.32"  # 2 sent x 1.16 + 10


def test_an_email_delivery_still_needs_its_subject_and_html(world) -> None:
    cli, _handler = world
    campaign = str(cli.json("campaign", "create", "--label", "Mail")["id"])
    err = cli.refused(
        "delivery", "create", "--campaign", campaign, "--label", "X", "--subject", "S"
    )
    assert "required without --template: --html" in err
    err = cli.refused(
        "delivery", "create", "--campaign", campaign, "--label", "X",
        "--channel", "direct_mail", "--provider", "Nobody",
    )  # fmt: skip
    assert "no service provider of this name" in err

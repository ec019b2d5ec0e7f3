"""`delivery create | show | list` from the command line, and the one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from tests.conftest import MANAGER_PASSWORD, REVIEWER_PASSWORD


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

    def error(self, *argv: str) -> str:
        code, out, err = self.run(*argv)
        assert code != 0 and out == ""
        assert err.count("\n") == 1 and "Traceback" not in err  # one line, no traceback
        return err


@pytest.fixture
def cli(
    sessions: sessionmaker[Session],
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Cli:
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
    return Cli(db_url, capsys)


@pytest.fixture
def campaign(cli: Cli) -> str:
    return str(cli.json("campaign", "create", "--label", "Spring")["id"])


@pytest.fixture
def html(tmp_path: Path) -> Path:
    path = tmp_path / "mail.html"
    path.write_text("<p>Hallå {{ first_name }} — 春季</p>", encoding="utf-8")
    return path


def test_create_reads_the_files_and_the_audience(
    cli: Cli, campaign: str, html: Path, tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    text = tmp_path / "mail.txt"
    text.write_text("Hallå {{ first_name }}", encoding="utf-8")
    audience = '{"and": [{"field": "country", "op": "=", "value": "SE"}]}'
    created = cli.json(
        "delivery", "create", "--campaign", campaign, "--label", "Spring sale",
        "--subject", "Hello", "--html", str(html), "--text", str(text),
        "--sender", "news@example.com", "--audience", audience,
    )  # fmt: skip
    with sessions() as session:
        delivery = session.get(Delivery, created["id"])
        assert delivery is not None
        assert delivery.html == html.read_text(encoding="utf-8") and delivery.text.startswith(
            "Hallå"
        )
        assert delivery.audience_filter == json.loads(audience)
        assert delivery.sender_address == "news@example.com"
        assert delivery.campaign_id == int(campaign)
        assert delivery.channel.value == "email"


def test_the_sender_name_is_set_from_the_command_line_and_checked_like_the_form(
    cli: Cli, campaign: str, html: Path, sessions: sessionmaker[Session]
) -> None:
    created = cli.json(
        "delivery", "create", "--campaign", campaign, "--label", "Named", "--subject", "Hi",
        "--html", str(html), "--sender-name", "Acme Outdoor 春季",
    )  # fmt: skip
    with sessions() as session:
        assert session.get(Delivery, created["id"]).sender_name == "Acme Outdoor 春季"
        count = len(session.scalars(select(Delivery)).all())
    code, _out, err = cli.run(
        "delivery", "create", "--campaign", campaign, "--label", "Too long", "--subject", "Hi",
        "--html", str(html), "--sender-name", "x" * 256,
    )  # fmt: skip
    assert code != 0 and "Sender name: 256 characters, at most 255 allowed" in err
    with sessions() as session:
        assert len(session.scalars(select(Delivery)).all()) == count


def test_without_an_audience_the_delivery_targets_every_recipient(
    cli: Cli, campaign: str, html: Path, sessions: sessionmaker[Session]
) -> None:
    created = cli.json("delivery", "create", "--campaign", campaign, "--label", "All",
                       "--subject", "Hi", "--html", str(html),
                       "--channel", "direct_mail")  # fmt: skip
    with sessions() as session:
        delivery = session.get(Delivery, created["id"])
        assert delivery is not None and delivery.channel.value == "direct_mail"
        assert delivery.audience_filter is None and delivery.audience_list_id is None


def test_show_prints_the_summary(cli: Cli, campaign: str, html: Path) -> None:
    created = cli.json("delivery", "create", "--campaign", campaign, "--label", "June",
                       "--subject", "Hi", "--html", str(html))  # fmt: skip
    shown = cli.json("delivery", "show", str(created["id"]))
    assert shown["id"] == created["id"] and shown["label"] == "June"
    assert shown["status"] == "being_edited" and shown["campaign_id"] == int(campaign)
    assert shown["kpis"]["to_deliver"] == 0 and shown["exclusions"] == {}
    code, out, _ = cli.run("delivery", "show", str(created["id"]))
    assert code == 0 and "status: being_edited" in out and "to_deliver: 0" in out


def test_list_filters_by_status(
    cli: Cli, campaign: str, html: Path, sessions: sessionmaker[Session]
) -> None:
    for label in ("First", "Second"):
        cli.json("delivery", "create", "--campaign", campaign, "--label", label,
                 "--subject", "Hi", "--html", str(html))  # fmt: skip
    with sessions.begin() as session:
        session.scalars(
            select(Delivery).where(Delivery.label == "Second")
        ).one().status = DeliveryStatus.FINISHED
    assert [d["label"] for d in cli.json("delivery", "list")] == ["First", "Second"]
    finished = cli.json("delivery", "list", "--status", "finished")
    assert [(d["label"], d["status"]) for d in finished] == [("Second", "finished")]
    assert [d["label"] for d in cli.json("delivery", "list", "--limit", "1")] == ["Second"]
    code, out, _ = cli.run("delivery", "list")
    assert code == 0 and "label=First" in out and "status=finished" in out


def test_an_unknown_id_is_one_line(cli: Cli, campaign: str, html: Path) -> None:
    assert "delivery 999 does not exist" in cli.error("delivery", "show", "999")
    err = cli.error("delivery", "create", "--campaign", "999", "--label", "X",
                    "--subject", "S", "--html", str(html))  # fmt: skip
    assert "Campaign: no campaign with this id (got 999)" in err


def test_a_wrong_type_is_one_line(cli: Cli, campaign: str, html: Path) -> None:
    assert "argument ID: must be a delivery id, a whole number from 1 to" in cli.error(
        "delivery", "show", "abc"
    )
    err = cli.error("delivery", "create", "--campaign", "one", "--label", "X",
                    "--subject", "S", "--html", str(html))  # fmt: skip
    assert "Campaign: must be an id (got 'one')" in err
    err = cli.error("delivery", "create", "--campaign", campaign, "--label", "X",
                    "--subject", "S", "--html", str(html), "--channel", "sms")  # fmt: skip
    assert "Channel: must be one of email, direct_mail (got 'sms')" in err
    assert "--status: unknown status 'done'" in cli.error("delivery", "list", "--status", "done")


def test_unreadable_files_are_named(cli: Cli, campaign: str, html: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    err = cli.error("delivery", "create", "--campaign", campaign, "--label", "X",
                    "--subject", "S", "--html", str(missing))  # fmt: skip
    assert f"HTML file {missing}: cannot be read" in err
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("line one\nHallå\n".encode("latin-1"))
    err = cli.error("delivery", "create", "--campaign", campaign, "--label", "X",
                    "--subject", "S", "--html", str(html), "--text", str(latin1))  # fmt: skip
    assert f"text file {latin1}: not UTF-8 text (line 2, byte 0xe5)" in err


@pytest.mark.parametrize(
    ("audience", "words"),
    [
        ('{"field": "country", "op": "="', "--audience: is not valid JSON"),
        ('{"field": "cuntry", "op": "=", "value": "FR"}', "audience.field: unknown field"),
        (
            '{"or": [{"field": "country", "op": "~", "value": "FR"}]}',
            "audience.or[0].op: must be one of",
        ),
    ],
)
def test_a_bad_audience_says_where(
    cli: Cli, campaign: str, html: Path, sessions: sessionmaker[Session], audience: str, words: str
) -> None:
    err = cli.error("delivery", "create", "--campaign", campaign, "--label", "X",
                    "--subject", "S", "--html", str(html), "--audience", audience)  # fmt: skip
    assert words in err
    with sessions() as session:
        assert session.scalar(select(Delivery.id)) is None


def test_an_unreachable_database_is_one_line(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing_folder = f"sqlite:///{tmp_path / 'nowhere' / 'console.db'}"
    assert main(["--db", missing_folder, "delivery", "list"]) != 0
    _, err = capsys.readouterr()
    assert "database folder does not exist" in err and err.count("\n") == 1
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are not the tables you are looking for\n" * 100)
    assert main(["--db", f"sqlite:///{not_a_database}", "delivery", "show", "1"]) != 0
    _, err = capsys.readouterr()
    assert "cannot open database" in err and "Traceback" not in err


def test_a_reviewer_cannot_create_deliveries(
    cli: Cli, campaign: str, html: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", REVIEWER_PASSWORD)
    code = main(["--db", cli.db_url, "--operator", "reviewer", "delivery", "create",
                 "--campaign", campaign, "--label", "X",
                 "--subject", "S", "--html", str(html)])  # fmt: skip
    _, err = cli.capsys.readouterr()
    assert code != 0 and "lacks the right PREPARE DELIVERIES" in err

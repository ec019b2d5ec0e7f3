"""Journal lines are stored as a message key with parameters, so that each viewer reads
them in their language; the English text stays beside them, and lines written before the
keys keep reading as they were."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Delivery, JournalLine
from desktop.models.enums import JournalLevel
from desktop.services.delivery import journal
from desktop.services.delivery.journal_messages import (
    MESSAGES,
    PLACEHOLDER,
    UnknownJournalLine,
    english,
)
from desktop.services.preparation.pipeline import prepare
from tests.conftest import MANAGER_PASSWORD
from tests.unit.preparation_data import add_delivery, add_recipient


def _lines(sessions, delivery_id: int) -> list[JournalLine]:
    with sessions() as s:
        return list(
            s.scalars(
                select(JournalLine)
                .where(JournalLine.delivery_id == delivery_id)
                .order_by(JournalLine.id)
            )
        )


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_wording_names_its_parameters_and_reads_in_english(key: str) -> None:
    message = MESSAGES[key]
    named = set(PLACEHOLDER.findall(message.text))
    if message.count is not None:
        assert "%Ln" in message.text, "a wording that counts says where the count goes"
        assert message.count not in named
    else:
        assert "%Ln" not in message.text and "(s)" not in message.text
    params = {name: 2 for name in message.parameters}
    text = english(key, params)
    assert "{" not in text and "%Ln" not in text and "(s)" not in text


def test_a_count_of_one_reads_singular_in_english() -> None:
    assert english("preparation.targeted", {"count": 1}) == "Targeting: 1 recipient selected."
    assert english("preparation.targeted", {"count": 3}) == "Targeting: 3 recipients selected."


def test_a_preparation_stores_keys_and_parameters_and_the_english_text(sessions, manager):
    with sessions.begin() as s:
        for n in range(4):
            add_recipient(s, f"k{n}@example.com")
        add_recipient(s, "")
        add_recipient(s, "K1@example.com")
        delivery_id = add_delivery(s)

    prepare(sessions, manager, delivery_id)

    lines = _lines(sessions, delivery_id)
    assert all(line.key in MESSAGES for line in lines)
    first, last = lines[0], lines[-1]
    assert (first.key, first.params) == ("preparation.started", {"operator": "manager"})
    assert last.key == "preparation.summary"
    assert last.params == {
        "count": 4,
        "excluded": 2,
        "exclusions": {"address_missing": 1, "duplicate": 1},
        "errors": 0,
    }
    assert last.message == english(last.key, last.params)  # machine names, for scripts
    assert "exclusions: 2 (address_missing: 1, duplicate: 1)" in last.message


def test_an_unknown_key_or_wrong_parameters_write_nothing(sessions, manager) -> None:
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
    with sessions() as s:
        with pytest.raises(UnknownJournalLine, match=r"not\.a\.key"):
            journal.add(s, delivery_id, JournalLevel.INFO, "not.a.key")
        with pytest.raises(UnknownJournalLine, match=r"takes \['operator'\]"):
            journal.add(s, delivery_id, JournalLevel.INFO, "send.paused_by", who="x")
        s.commit()
    assert _lines(sessions, delivery_id) == []


@pytest.fixture
def cli(database, db_url, monkeypatch, capsys):
    def run(*argv: str):
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
        code = main(["--db", db_url, "--operator", "manager", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def prepared(sessions, manager) -> int:
    with sessions.begin() as s:
        for n in range(1200):
            add_recipient(s, f"p{n}@example.com")
        add_recipient(s, "")
        delivery_id = add_delivery(s)
    prepare(sessions, manager, delivery_id)
    return delivery_id


def test_delivery_logs_speaks_the_chosen_language_and_json_keeps_machine_names(
    cli, prepared, sessions
) -> None:
    code, text, _ = cli("--lang", "fr", "delivery", "logs", str(prepared))
    assert code == 0
    last = text.splitlines()[-1]
    # Words and the French grouping of numbers (a narrow no-break space), never machine names.
    assert re.search(r"1\s200 messages à envoyer", last), last
    assert "Adresse non renseignée" in last and "address_missing" not in last

    code, out, _ = cli("delivery", "logs", str(prepared), "--json")
    rows = json.loads(out)
    assert rows[-1]["key"] == "preparation.summary"
    assert rows[-1]["params"]["exclusions"] == {"address_missing": 1}
    assert "address_missing" in rows[-1]["message"]


def test_delivery_logs_follows_the_operators_language(cli, prepared, sessions) -> None:
    with sessions.begin() as s:
        from desktop.models import Operator

        s.scalars(select(Operator).where(Operator.name == "manager")).one().language = "zh_TW"
    code, text, _ = cli("delivery", "logs", str(prepared))
    assert code == 0
    assert "1,200 封郵件待傳遞" in text.splitlines()[-1]
    assert "準備" in text.splitlines()[0]


def test_a_line_written_before_the_keys_reads_as_its_text(cli, sessions) -> None:
    with sessions.begin() as s:
        delivery_id = add_delivery(s)
        s.add(JournalLine(delivery_id=delivery_id, level=JournalLevel.INFO, message="Old words."))
    code, text, _ = cli("--lang", "fr", "delivery", "logs", str(delivery_id))
    assert code == 0 and text.strip().endswith("Old words.")
    with sessions() as s:
        assert s.get(Delivery, delivery_id) is not None

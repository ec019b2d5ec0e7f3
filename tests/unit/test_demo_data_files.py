"""The demo's data files: they load, and a bad one is refused with its name and the place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.demo import data_files
from desktop.demo.builder import create_demo_data
from desktop.demo.data_files import DemoDataError
from desktop.demo.recipe import Recipe
from desktop.models import Operator, Recipient
from desktop.resource_files import DEMO_DIR
from desktop.services.settings.setup import initialize, open_database
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def demo_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of resources/demo that the demo reads instead, for a test to spoil."""
    folder = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, folder)
    monkeypatch.setattr(data_files, "DEMO_DIR", folder)
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_files_hold_a_whole_demo():
    recipe = Recipe.load()
    messages = {d["message"] for d in recipe.deliveries["delivery"] if "message" in d}
    assert messages <= set(recipe.messages)
    assert len(recipe.population.countries) == 7
    assert all("{{ unsubscribe_url }}" in m.html for m in recipe.messages.values())


@pytest.mark.parametrize(
    ("name", "old", "new", "problem"),
    [
        (
            "deliveries.toml", 'status = "finished"', 'status = "finishd"',
            "delivery[1].sent.status: 'finishd' is not one of being_edited",
        ),
        ("deliveries.toml", 'status = "in_progress"', 'status = "paused"',
         "delivery 'Loyalty points reminder': sent.status is one of finished, in_progress"),
        ("deliveries.toml", 'message = "winback"\nhtml', "html",
         "delivery 'We miss you: reminder': html needs a message"),
        ("campaigns.toml", '{ role = "approval", group = "reviewers" }',
         '{ role = "approval" }', "reviewer of campaign 'taiwan': give an operator or a group"),
        ("typology.toml", "priority = 10", 'priority = "10"',
         "rule[1].priority: expected an integer, got '10'"),
        ("campaigns.toml", 'owner = "admin"', 'owner = "admin"\nbudgett = "x"',
         "campaign[4].budgett: unknown key"),
        ("providers.toml", 'unit_price = "0.0450"', "unit_price = 0.045",
         "unit_price: expected a decimal number as text, got 0.045"),
        ("sends.toml", "open_rate = [0.18, 0.34]", "open_rate = [0.34, 0.18]",
         "open_rate: expected [low, high]"),
        ("team.toml", 'prepared_by = "manager"', "", "'prepared_by' is missing"),
        ("messages.toml", 'site = "', 'site = ', "is not valid TOML"),
        ("messages.toml", '"bottle"]', '"botle"]',
         "no product of message 'spring_fr' 'botle' (known: trail_runner"),
        ("message_layout.txt", "$cta:", "$call:", "$call is not a placeholder"),
        ("message_layout.html", "$points", "$ points", "has a $ that starts no placeholder"),
        ("recipients.toml", '"{street}\\n{postcode} {city}"', '"{street}\\n{town}"',
         "country FR: postal_address: KeyError('town')"),
        ("team.toml", 'language = "en"', "language = 1",
         "administrator.language: expected text, got 1"),
        ("deliveries.toml", 'step = "targeting"', 'step = "layout"',
         "approved[1].step: 'layout' is not one of targeting"),
        ("deliveries.toml", "prepare = true\nprepared_days_ago", "prepared_days_ago",
         "delivery '台北旗艦店開幕通知': prepared_days_ago needs prepare = true"),
        ("deliveries.toml", "days_ago = 0.25", "days_ago = 2",
         "approved[1].days_ago: a step is decided after the preparation"),
    ],
)  # fmt: skip
def test_a_bad_file_is_named_with_what_is_wrong(demo_dir, name, old, new, problem):
    edit(demo_dir, name, old, new)
    with pytest.raises(DemoDataError) as error:
        Recipe.load()
    assert str(error.value).startswith(f"demo data file {demo_dir / name}: ")
    assert problem in str(error.value)


def test_a_missing_file_is_named(demo_dir):
    (demo_dir / "products.toml").unlink()
    with pytest.raises(DemoDataError, match=r"products\.toml: cannot be read"):
        Recipe.load()


def test_bad_data_stops_the_demo_before_it_writes(demo_dir, sessions):
    edit(demo_dir, "sends.toml", "connections = 4", 'connections = "four"')
    with pytest.raises(DemoDataError, match="connections: expected an integer"):
        create_demo_data(sessions)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Recipient)) == 0


def test_a_name_that_refers_to_nothing_rolls_the_demo_back(demo_dir, new_database):
    edit(demo_dir, "team.toml", 'group = "reviewers"', 'group = "reviewer"')
    engine, sessions = open_database(new_database("demo"))
    try:
        with sessions.begin() as session:
            initialize(session, ADMIN_PASSWORD)
        with pytest.raises(DemoDataError, match=r"team\.toml: no operator group 'reviewer'"):
            create_demo_data(sessions)
        with sessions() as session:
            assert session.scalars(select(Operator.name)).all() == ["admin"]
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('by = "reviewer", days_ago = 0.25', 'by = "manager", days_ago = 0.25',
         "manager may not approve targeting of this delivery"),
        ('step = "targeting"', 'step = "budget"',
         "its campaign does not ask to approve budget (it asks: targeting, content, proofs)"),
    ],
)  # fmt: skip
def test_an_approval_the_story_cannot_have_given_rolls_the_demo_back(
    demo_dir, new_database, old, new, problem
):
    edit(demo_dir, "deliveries.toml", old, new)
    engine, sessions = open_database(new_database("demo"))
    try:
        with sessions.begin() as session:
            initialize(session, ADMIN_PASSWORD)
        with pytest.raises(DemoDataError) as error:
            create_demo_data(sessions)
        assert "approved[1] of delivery '台北旗艦店開幕通知'" in str(error.value)
        assert problem in str(error.value)
        with sessions() as session:
            assert session.scalars(select(Operator.name)).all() == ["admin"]
            assert session.scalar(select(func.count()).select_from(Recipient)) == 0
    finally:
        engine.dispose()

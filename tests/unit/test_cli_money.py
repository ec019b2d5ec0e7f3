"""`provider`, `stock`, `delivery cost`, `campaign cost`, `program cost` and `budget show`
from the command line: JSON outputs, and bad input refused in one line that says what and
where."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Budget, Campaign, CostStructure, Delivery, Program, ServiceProvider
from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.costs import extraction_effects
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD


@pytest.fixture
def run(db_url: str, sessions, capsys: pytest.CaptureFixture[str], monkeypatch):
    def run(*argv: str, operator: str = "admin") -> tuple[int, Any, str]:
        password = ADMIN_PASSWORD if operator == "admin" else MANAGER_PASSWORD
        monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", password)
        code = main(["--db", db_url, "--operator", operator, *argv])
        out, err = capsys.readouterr()
        return code, json.loads(out) if "--json" in argv and code == 0 else out, err

    return run


def _set_up_provider(run) -> None:
    assert run("provider", "create", "Routage", "--email", "jobs@routage.example",
               "--drop-folder", "/srv/drop", "--format", '["last_name", "postal_address"]',
               "--results", "yes")[0] == 0  # fmt: skip
    for argv in (
        ("--category", "postage",
         "--formula", '{"linear_threshold": [[1, "1.10"], [501, "0.90"]]}'),
        ("--category", "printing", "--fixed", "50", "--stock-item", "Catalogue",
         "--formula", '{"constant_threshold": [[1, 400], [1001, 700]]}'),
        ("--category", "envelope", "--stock-item", "Envelope",
         "--formula", '{"linear": "12", "batch": 100}'),
    ):  # fmt: skip
        code, _, err = run("provider", "cost", "Routage", *argv)
        assert code == 0, err


def test_a_provider_and_its_costs_from_the_command_line(run, sessions) -> None:
    _set_up_provider(run)
    with sessions() as session:
        provider = session.scalar(select(ServiceProvider))
        assert (provider.router_email, provider.returns_results) == ("jobs@routage.example", True)
        assert provider.export_format == ["last_name", "postal_address"]
        structures = session.scalars(select(CostStructure).order_by(CostStructure.id)).all()
        assert [(s.category.value, s.stock_item) for s in structures] == [
            ("postage", ""), ("printing", "Catalogue"), ("envelope", "Envelope"),
        ]  # fmt: skip
        assert structures[0].bands == [[1, "1.10"], [501, "0.90"]]
    code, shown, _ = run("provider", "cost", "Routage", "--category", "email",
                         "--formula", '{"linear": "0.001"}', "--json")  # fmt: skip
    assert code == 0
    assert (shown["formula"], shown["fixed"]) == ({"linear": "0.001"}, "0.00")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--category", "postage", "--formula", '{"linear_threshold": [[1, 1], [1, 2]]}'),
         "formula, key 'linear_threshold', band 2: FROM must be above the previous band's 1"),
        (("--category", "postage", "--formula", '{"linear": 1'), "formula: is not JSON"),
        (("--category", "stamps", "--formula", '{"linear": 1}'), "Category:"),
        (("--category", "postage", "--fixed", "-5", "--formula", '{"linear": 1}'),
         "--fixed: the fixed part must be zero or more (got '-5')"),
    ],
)  # fmt: skip
def test_a_bad_cost_structure_is_refused_and_nothing_is_written(
    run, sessions, argv: tuple[str, ...], words: str
) -> None:
    assert run("provider", "create", "Routage")[0] == 0
    code, out, err = run("provider", "cost", "Routage", *argv)
    assert (code, out) == (2, "")
    assert words in err and len(err.strip().splitlines()) == 1
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(CostStructure)) == 0


def test_provider_and_stock_commands_are_an_administrators(run, sessions) -> None:
    for argv in (
        ("provider", "create", "Mine"),
        ("stock", "create", "Mine", "--provider", "Routage"),
        ("stock", "order", "Mine", "--item", "A", "--quantity", "1", "--date", "2030-01-01"),
    ):
        code, _, err = run(*argv, operator="manager")
        assert code == 2 and "lacks the right ADMINISTRATION" in err, err
    code, _, err = run("provider", "create", "X", "--format", "last_name")
    assert code == 2 and "--format: is not JSON" in err


def test_stock_commands_and_show_json(run) -> None:
    _set_up_provider(run)
    tomorrow = date.today() + timedelta(days=1)
    assert run("stock", "create", "Print stock", "--provider", "Routage",
               "--operators", "manager,admin")[0] == 0  # fmt: skip
    assert run("stock", "add-line", "Print stock", "--item", "Catalogue", "--initial", "1000",
               "--alert", "200")[0] == 0  # fmt: skip
    assert run("stock", "order", "Print stock", "--item", "Catalogue", "--quantity", "250",
               "--date", date.today().isoformat())[0] == 0  # fmt: skip
    assert run("stock", "order", "Print stock", "--item", "Catalogue", "--quantity", "100",
               "--date", tomorrow.isoformat())[0] == 0  # fmt: skip
    code, shown, _ = run("stock", "show", "Print stock", "--json", operator="manager")
    assert code == 0
    assert shown["operators"] == ["admin", "manager"] and shown["provider"] == "Routage"
    assert shown["lines"][0] == {
        "id": shown["lines"][0]["id"], "item": "Catalogue", "initial": 1000, "consumed": 0,
        "in_stock": 1250, "alert_level": 200, "below_alert": False, "ordered": 350,
        "orders": [
            {"quantity": 250, "date": date.today().isoformat(), "arrived": True},
            {"quantity": 100, "date": tomorrow.isoformat(), "arrived": False},
        ],
    }  # fmt: skip
    code, _, err = run("stock", "order", "Print stock", "--item", "Catalogue", "--quantity",
                       "0", "--date", "2030-01-01")  # fmt: skip
    assert code == 2 and "argument --quantity: must be a number of units, a whole number" in err
    code, _, err = run("stock", "show", "Nothing")
    assert code == 2 and "stock 'Nothing' does not exist" in err


def test_delivery_campaign_and_budget_costs_as_json(run, sessions) -> None:
    _set_up_provider(run)
    with sessions.begin() as session:
        budget = Budget(label="Print", allocated=1000)
        session.add(budget)
        session.flush()
        program = Program(label="Autumn")
        session.add(program)
        session.flush()
        campaign = Campaign(label="Catalogue", budget_id=budget.id, program_id=program.id)
        session.add(campaign)
        session.flush()
        delivery = Delivery(
            label="Mailing", campaign_id=campaign.id, channel=Channel.DIRECT_MAIL,
            provider_id=session.scalar(select(ServiceProvider.id)),
            status=DeliveryStatus.FILE_TO_APPROVE,
        )  # fmt: skip
        session.add(delivery)
        session.flush()
        extraction_effects.apply_extraction(session, delivery.id, 700, actor_id=None)
        ids = (delivery.id, campaign.id, budget.id, program.id)
    code, cost, _ = run("delivery", "cost", str(ids[0]), "--json", operator="manager")
    assert code == 0
    assert cost["calculated"] == {
        "by_category": {"postage": "630.00", "printing": "450.00", "envelope": "84.00",
                        "email": "0.00"},
        "total": "1164.00",
    }  # fmt: skip
    assert cost["committed"]["total"] == "1164.00" and cost["real"]["total"] == "0.00"
    assert "Over budget" in cost["over_budget"]
    code, campaign_cost, _ = run("campaign", "cost", str(ids[1]), "--json")
    assert campaign_cost["calculated"]["total"] == "1164.00"
    assert [d["label"] for d in campaign_cost["deliveries"]] == ["Mailing"]
    code, program_cost, _ = run("program", "cost", str(ids[3]), "--json")
    assert code == 0 and program_cost["label"] == "Autumn"
    assert program_cost["committed"]["total"] == "1164.00"
    assert [c["label"] for c in program_cost["campaigns"]] == ["Catalogue"]
    code, _, err = run("program", "cost", "999")
    assert code == 2 and "program 999 does not exist" in err
    code, budget_shown, _ = run("budget", "show", str(ids[2]), "--json")
    assert {k: budget_shown[k] for k in ("allocated", "calculated", "committed", "real")} == {
        "allocated": "1000.00", "calculated": "1164.00", "committed": "1164.00", "real": "0.00",
    }  # fmt: skip
    assert budget_shown["over_budget"] is True and budget_shown["over_by"] == "164.00"
    code, _, err = run("budget", "show", "999")
    assert code == 2 and "budget 999 does not exist" in err

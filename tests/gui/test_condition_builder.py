"""The audience filter builder: trees in and out unchanged, built by clicks, checked live."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, insert
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ValidationError
from desktop.models import Delivery, Recipient
from desktop.services.access.rights import Actor
from desktop.services.audience.conditions import value_from_text
from desktop.views.app_context import AppContext
from desktop.views.forms.condition_builder import ConditionBuilder, ConditionGroup, ConditionRow
from desktop.views.forms.delivery_form import DeliveryForm

NESTED = {
    "and": [
        {"field": "country", "op": "in", "value": ["FR", "BE"]},
        {
            "or": [
                {"field": "first_name", "op": "starts_with", "value": "An"},
                {"not": {"field": "denylisted", "op": "=", "value": True}},
                {
                    "and": [
                        {"field": "id", "op": ">=", "value": 10},
                        {"field": "city", "op": "is_empty"},
                    ]
                },
            ]
        },
        {"not": {"or": [{"field": "custom.tier", "op": "=", "value": "gold"}]}},
        {"not": {"not": {"field": "language", "op": "!=", "value": "en"}}},
    ]
}


@pytest.fixture
def context(sessions: sessionmaker[Session], engine: Engine, db_url: str, manager: Actor):
    return AppContext(sessions=sessions, engine=engine, actor=manager, db_url=db_url)


@pytest.fixture
def builder(qtbot, context: AppContext) -> ConditionBuilder:
    widget = ConditionBuilder(context)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


@pytest.mark.parametrize(
    "tree",
    [
        None,
        {"field": "email", "op": "contains", "value": "@example.com"},
        {"and": [{"field": "country", "op": "=", "value": "FR"}]},
        {"or": []},
        {"field": "id", "op": "in", "value": [1, 2, 3]},
        {"field": "denylisted", "op": "=", "value": False},
        NESTED,
    ],
    ids=["nothing", "one row", "explicit and", "empty or", "in ids", "boolean", "nested"],
)
def test_any_valid_tree_comes_back_unchanged(builder: ConditionBuilder, tree: Any) -> None:
    with_changes: list[bool] = []
    builder.changed.connect(lambda: with_changes.append(True))
    builder.set_condition(tree)
    assert builder.condition() == tree
    assert builder.problem() is None
    assert with_changes  # listeners learn that the condition changed


def test_a_nested_tree_shows_as_nested_groups(builder: ConditionBuilder) -> None:
    builder.set_condition(NESTED)
    children = builder.root.nodes()
    assert [type(c) for c in children] == [
        ConditionRow,
        ConditionGroup,
        ConditionGroup,
        ConditionGroup,
    ]
    or_group = children[1]
    assert or_group.mode() == "or"
    assert [type(c) for c in or_group.nodes()] == [ConditionRow, ConditionGroup, ConditionGroup]
    custom_row = children[2].nodes()[0].nodes()[0]
    assert not custom_row.custom_name.isHidden()
    assert custom_row.custom_name.text() == "tier"


def test_a_tree_is_built_with_clicks_and_typing(qtbot, builder: ConditionBuilder) -> None:
    qtbot.mouseClick(builder.root.add_row_button, Qt.MouseButton.LeftButton)
    [row] = builder.root.nodes()
    row.field_combo.setCurrentIndex(row.field_combo.findData("country"))
    qtbot.keyClicks(row.value_line, "FR")
    assert builder.condition() == {"field": "country", "op": "=", "value": "FR"}

    qtbot.mouseClick(builder.root.add_group_button, Qt.MouseButton.LeftButton)
    group = builder.root.nodes()[1]
    group.mode_combo.setCurrentIndex(group.mode_combo.findData("or"))
    for field, text in (("first_name", "Ann"), ("last_name", "Smith")):
        qtbot.mouseClick(group.add_row_button, Qt.MouseButton.LeftButton)
        inner = group.nodes()[-1]
        inner.field_combo.setCurrentIndex(inner.field_combo.findData(field))
        inner.op_combo.setCurrentIndex(inner.op_combo.findData("starts_with"))
        qtbot.keyClicks(inner.value_line, text)

    assert builder.condition() == {
        "and": [
            {"field": "country", "op": "=", "value": "FR"},
            {
                "or": [
                    {"field": "first_name", "op": "starts_with", "value": "Ann"},
                    {"field": "last_name", "op": "starts_with", "value": "Smith"},
                ]
            },
        ]
    }

    qtbot.mouseClick(group.remove_button, Qt.MouseButton.LeftButton)
    assert builder.condition() == {"field": "country", "op": "=", "value": "FR"}
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert builder.condition() is None


def test_ids_are_typed_as_numbers_and_lists_split_on_commas(
    qtbot, builder: ConditionBuilder
) -> None:
    qtbot.mouseClick(builder.root.add_row_button, Qt.MouseButton.LeftButton)
    [row] = builder.root.nodes()
    row.field_combo.setCurrentIndex(row.field_combo.findData("id"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("in"))
    qtbot.keyClicks(row.value_line, "3, 5,8")
    assert builder.condition() == {"field": "id", "op": "in", "value": [3, 5, 8]}
    row.op_combo.setCurrentIndex(row.op_combo.findData("is_empty"))
    assert row.value_line.isHidden()
    assert builder.condition() == {"field": "id", "op": "is_empty"}


def test_an_invalid_value_is_refused_and_its_row_outlined(qtbot, builder: ConditionBuilder) -> None:
    builder.set_condition({"and": [{"field": "country", "op": "=", "value": "FR"}]})
    qtbot.mouseClick(builder.root.add_row_button, Qt.MouseButton.LeftButton)
    bad = builder.root.nodes()[1]
    bad.field_combo.setCurrentIndex(bad.field_combo.findData("id"))
    qtbot.keyClicks(bad.value_line, "twelve")

    problem = builder.problem()
    assert problem is not None
    assert "audience.and[1].value" in problem and "whole number" in problem
    assert "'twelve'" in problem
    assert builder.problem_label.text() == problem
    assert bad.property("problem") is True
    assert builder.root.nodes()[0].property("problem") is False
    assert builder.count() is None  # no count of a wrong condition
    assert "Fix" in builder.count_label.text()

    bad.value_line.clear()
    qtbot.keyClicks(bad.value_line, "12")
    assert builder.problem() is None
    assert bad.property("problem") is False


def test_the_builder_shows_the_services_reason_for_a_typed_value(
    qtbot, builder: ConditionBuilder
) -> None:
    qtbot.mouseClick(builder.root.add_row_button, Qt.MouseButton.LeftButton)
    [row] = builder.root.nodes()
    row.field_combo.setCurrentIndex(row.field_combo.findData("id"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("in"))
    qtbot.keyClicks(row.value_line, "3, x")
    with pytest.raises(ValidationError) as refused:
        value_from_text("id", "in", "3, x")
    assert builder.problem() == str(refused.value)
    assert builder.condition() == {"field": "id", "op": "in", "value": ["3", "x"]}  # as typed


def test_count_shows_how_many_recipients_match(
    qtbot, builder: ConditionBuilder, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        session.execute(
            insert(Recipient),
            [
                {
                    "email": f"p{n}@example.com",
                    "email_key": f"p{n}@example.com",
                    "country": "FR" if n % 3 == 0 else "SE",
                }
                for n in range(30)
            ],
        )
    builder.set_condition({"field": "country", "op": "=", "value": "FR"})
    qtbot.mouseClick(builder.count_button, Qt.MouseButton.LeftButton)
    assert "10 recipient" in builder.count_label.text()
    builder.set_condition(None)
    assert builder.count_label.text() == ""  # a count is never shown for another condition
    assert builder.count() == 30


def test_a_delivery_refuses_a_wrong_audience_value_next_to_the_filter(
    qtbot, context: AppContext, sessions: sessionmaker[Session]
) -> None:
    form = DeliveryForm(context, None)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.editors["label"].line, "Bad filter")
    builder = form.editors["audience_filter"].builder
    qtbot.mouseClick(builder.root.add_row_button, Qt.MouseButton.LeftButton)
    [row] = builder.root.nodes()
    row.field_combo.setCurrentIndex(row.field_combo.findData("id"))
    qtbot.keyClicks(row.value_line, "abc")

    assert form.save() is False
    assert "whole number" in form.field_error("audience_filter")
    assert "audience_filter" in form.message()
    assert form.tabs.currentIndex() == form._tab_of["audience_filter"]
    assert builder.condition() == {"field": "id", "op": "=", "value": "abc"}  # kept
    with sessions() as session:
        assert session.query(Delivery).count() == 0


def test_read_only_builder_cannot_change_the_tree(qtbot, builder: ConditionBuilder) -> None:
    builder.set_condition(NESTED)
    builder.set_read_only(True)
    assert not builder.root.add_row_button.isEnabled()
    row = builder.root.nodes()[0]
    qtbot.keyClicks(row.value_line, "X")
    assert not row.field_combo.isEnabled()
    assert builder.condition() == NESTED
    assert builder.count_button.isEnabled()  # counting changes nothing

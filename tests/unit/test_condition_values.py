"""A condition's value typed as text means the same to the filter builder and to the
service: value_from_text() coerces it as compile_condition() does, and refuses it with
the error compile_condition() gives for the same condition."""

from __future__ import annotations

import pytest

from desktop.errors import ValidationError
from desktop.services.audience.conditions import (
    text_as_value,
    validate_condition,
    value_from_text,
)

CASES = [
    ("id", "=", "12", 12),
    ("id", "=", " 12 ", 12),
    ("id", "=", "-3", -3),
    ("id", "=", "+5", 5),
    ("id", ">=", "twelve", None),
    ("id", "=", "", None),
    ("id", "in", "3, 5,8", [3, 5, 8]),
    ("id", "in", "3, x", None),
    ("id", "in", " , ", None),
    ("denylisted", "=", "yes", True),
    ("denylisted", "=", "0", False),
    ("denylisted", "=", "maybe", None),
    ("denylisted", "in", "true, no", [True, False]),
    ("country", "=", " FR", " FR"),
    ("country", "in", "FR, SE ,", ["FR", "SE"]),
    ("city", "contains", "Ly", "Ly"),
    ("created_at", ">", "2024-01-01", "2024-01-01"),
    ("custom.tier", "starts_with", "go", "go"),
    ("custom.", "=", "x", None),
    ('custom.a"b', "=", "x", None),  # SQLite's JSON paths cannot quote it
    ("custom.a\\b", "=", "x", None),
    ("custom.a\nb", "=", "x", None),
    ("country", "=", "F\0R", None),  # PostgreSQL refuses a NUL: refused alike on both
    ("custom.tier", "in", "gold, si\0lver", None),
    ("shoe_size", "=", "42", None),
    ("id", "is_empty", "ignored", None),
]


@pytest.mark.parametrize(("field", "op", "text", "expected"), CASES)
def test_the_builder_and_the_service_read_a_typed_value_alike(
    field: str, op: str, text: str, expected: object
) -> None:
    try:
        value = value_from_text(field, op, text)
    except ValidationError as refused:
        # The builder keeps the text as typed; the service refuses it with the same words.
        kept = {"field": field, "op": op, "value": text_as_value(op, text)}
        with pytest.raises(ValidationError) as again:
            validate_condition(kept)
        assert str(again.value) == str(refused)
        assert expected is None
        return
    assert value == expected
    node: dict[str, object] = {"field": field, "op": op}
    if op != "is_empty":
        node["value"] = value
    validate_condition(node)


def test_an_unknown_operator_is_refused_alike() -> None:
    with pytest.raises(ValidationError, match=r"audience\.op: must be one of") as refused:
        value_from_text("id", "like", "1")
    with pytest.raises(ValidationError) as again:
        validate_condition({"field": "id", "op": "like", "value": "1"})
    assert str(again.value) == str(refused.value)


def test_the_error_names_the_place_in_the_tree() -> None:
    with pytest.raises(ValidationError) as refused:
        value_from_text("id", "=", "abc", "audience.and[1]")
    assert refused.value.field == "audience.and[1].value"
    assert "whole number" in str(refused.value)

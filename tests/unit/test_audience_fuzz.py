"""The audience parser under random input (hypothesis): whatever the text or tree, the
answer is a condition that runs on a real SQLite file, or one ValidationError; never
another exception, never a crash of the database driver.

`make test` runs a few hundred inputs per property; set AUDIENCE_FUZZ_EXAMPLES to run more
by hand (`AUDIENCE_FUZZ_EXAMPLES=20000 pytest tests/unit/test_audience_fuzz.py`).
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ValidationError
from desktop.services.audience.conditions import (
    FIELDS,
    OPERATORS,
    condition_from_json,
    count_matching,
    validate_condition,
    value_from_text,
)
from tests.unit.preparation_data import add_recipient

EXAMPLES = int(os.environ.get("AUDIENCE_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

FIELD_NAMES = st.sampled_from([*FIELDS, "custom.tier", "custom.", "nope", ""])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),  # beyond 64 bits too
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["2024-01-31", "2024-01-31T10:00:00+02:00", "9" * 30, "1e400", "٣"]),
)
# Leaves shaped like conditions, with any value; and anything at all in their place.
LEAVES = st.one_of(
    st.fixed_dictionaries(
        {"field": FIELD_NAMES, "op": st.sampled_from([*OPERATORS, "~"])},
        optional={"value": st.one_of(SCALARS, st.lists(SCALARS, max_size=4))},
    ),
    SCALARS,
)
TREES = st.recursive(
    LEAVES,
    lambda children: st.one_of(
        st.fixed_dictionaries({"and": st.lists(children, max_size=3)}),
        st.fixed_dictionaries({"or": st.lists(children, max_size=3)}),
        st.fixed_dictionaries({"not": children}),
        st.lists(children, max_size=3),
        st.dictionaries(st.text(max_size=5), children, max_size=3),
    ),
    max_leaves=20,
)


@pytest.fixture
def recipients(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with sessions.begin() as session:
        add_recipient(session, "a@example.com", custom_fields={"tier": "gold"})
        add_recipient(session, "b@example.com", country="SE")
    return sessions


def _runs_or_is_refused(sessions: sessionmaker[Session], tree: Any) -> None:
    try:
        validate_condition(tree)
    except ValidationError:
        return
    with sessions() as session:  # a valid condition runs on the database
        assert 0 <= count_matching(session, tree) <= 2


@FUZZ
@given(tree=TREES)
def test_any_tree_runs_or_is_one_validation_error(recipients, tree: Any) -> None:
    _runs_or_is_refused(recipients, tree)


@FUZZ
@given(tree=TREES, depth=st.integers(min_value=0, max_value=200))
def test_any_json_text_runs_or_is_one_validation_error(recipients, tree: Any, depth: int) -> None:
    text = '{"not": ' * depth + json.dumps(tree) + "}" * depth
    try:
        parsed = condition_from_json(text)
    except ValidationError as error:
        assert len(str(error)) < 500  # the value is quoted cut
        return
    _runs_or_is_refused(recipients, parsed)


@FUZZ
@given(text=st.text(max_size=200))
def test_any_text_is_json_or_one_validation_error(text: str) -> None:
    with contextlib.suppress(ValidationError):
        condition_from_json(text)


@FUZZ
@given(field=FIELD_NAMES, op=st.sampled_from(OPERATORS), text=st.text(max_size=60))
def test_what_a_person_types_in_the_filter_builder(field: str, op: str, text: str) -> None:
    with contextlib.suppress(ValidationError):
        value_from_text(field, op, text)

"""The four cost formulas and the fixed part, at, just below and just above each threshold,
and formulas refused naming the key or band that is wrong."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.errors import ValidationError
from desktop.services.costs.formulas import parse_formula, structure_amount

D = Decimal
LINEAR_BANDS = {"linear_threshold": [[1, "1.16"], [1001, "0.98"], [10001, "0.86"]]}
CONSTANT_BANDS = {"constant_threshold": [[1, "1450"], [5001, "3900"], [20001, "7600"]]}


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, D("1.16")),
        (999, D("1158.84")),
        (1000, D("1160.00")),  # just below the second band: still 1.16
        (1001, D("980.98")),  # at the second band: every message at 0.98
        (1002, D("981.96")),
        (10000, D("9800.00")),
        (10001, D("8600.86")),
        (10002, D("8601.72")),
    ],
)
def test_linear_by_threshold_prices_every_message_at_the_band_of_the_count(
    count: int, expected: Decimal
) -> None:
    assert structure_amount(parse_formula(LINEAR_BANDS), D("0"), count) == expected


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, D("1450.00")),
        (5000, D("1450.00")),
        (5001, D("3900.00")),
        (5002, D("3900.00")),
        (20000, D("3900.00")),
        (20001, D("7600.00")),
        (20002, D("7600.00")),
    ],
)
def test_constant_by_threshold_charges_the_amount_of_the_band(
    count: int, expected: Decimal
) -> None:
    assert structure_amount(parse_formula(CONSTANT_BANDS), D("0"), count) == expected


@pytest.mark.parametrize(
    ("count", "batches"), [(1, 1), (99, 1), (100, 1), (101, 2), (199, 2), (200, 2), (201, 3)]
)
def test_per_batch_charges_the_batches_started(count: int, batches: int) -> None:
    formula = parse_formula({"linear": "12.50", "batch": 100})
    assert structure_amount(formula, D("0"), count) == batches * D("12.50")


def test_linear_is_count_times_price_to_the_cent() -> None:
    formula = parse_formula('{"linear": "0.045"}')
    assert structure_amount(formula, D("0"), 1) == D("0.05")  # 0.045 rounded half up
    assert structure_amount(formula, D("0"), 1000) == D("45.00")
    assert structure_amount(formula, D("0"), 1001) == D("45.05")


def test_the_fixed_part_is_added_once_and_nothing_is_charged_for_no_message() -> None:
    formula = parse_formula({"linear": "0.50"})
    assert structure_amount(formula, D("120.00"), 1) == D("120.50")
    assert structure_amount(formula, D("120.00"), 1000) == D("620.00")
    assert structure_amount(formula, D("120.00"), 0) == D("0.00")
    batches = parse_formula({"linear": "10", "batch": 1000})
    assert structure_amount(batches, D("25"), 2500) == D("55.00")


def test_a_first_band_from_zero_prices_every_count() -> None:
    formula = parse_formula({"constant_threshold": [[0, "10"], [2, "20"]]})
    assert [structure_amount(formula, D("0"), n) for n in (1, 2, 3)] == [10, 20, 20]


def test_a_formula_reads_back_as_written() -> None:
    for written in (
        {"linear": "0.45"},
        {"linear": "12.50", "batch": 1000},
        {"linear_threshold": [[1, "1.16"], [1001, "0.98"]]},
        {"constant_threshold": [[0, "1450"]]},
    ):
        assert parse_formula(written).as_json() == written


BAD_FORMULAS = [
    ('{"linear": 1', "formula: is not JSON: Expecting ',' delimiter at line 1 column 13"),
    ("[1, 2]", "formula: must be a JSON object"),
    ("{}", "formula: must have exactly one of linear, linear_threshold, constant_threshold"),
    ('{"linear": 1, "constant_threshold": [[1, 1]]}', "must have exactly one of"),
    ('{"linaer": 1}', "formula, key 'linaer': is not a formula key"),
    ('{"linear": "cheap"}', "formula, key 'linear': PRICE must be a number"),
    ('{"linear": -1}', "formula, key 'linear': PRICE must be zero or more"),
    ('{"linear": true}', "formula, key 'linear': PRICE must be a number"),
    ('{"linear": 1, "batch": 0}', "formula, key 'batch': the batch size must be at least 1"),
    ('{"linear": 1, "batch": 2.5}', "formula, key 'batch': the batch size must be a whole"),
    ('{"linear_threshold": [[1, 1]], "batch": 2}', "formula, key 'batch': only goes with"),
    ('{"linear_threshold": []}', "formula, key 'linear_threshold': must be a non-empty list"),
    ('{"linear_threshold": [[5, 1]]}', "band 1: the first band must start at 0 or 1"),
    (
        '{"constant_threshold": [[1, 1], [10, 2], [10, 3]]}',
        "formula, key 'constant_threshold', band 3: FROM must be above the previous band's 10",
    ),
    ('{"linear_threshold": [[1, 1], [2]]}', "band 2: must be a pair [FROM, PRICE]"),
    ('{"linear_threshold": [[1, 1], [2.5, 1]]}', "band 2: FROM must be a whole number"),
    ('{"linear_threshold": [[1, 1], [3, "NaN"]]}', "band 2: PRICE must be zero or more"),
]


@pytest.mark.parametrize(("written", "words"), BAD_FORMULAS)
def test_a_bad_formula_says_which_key_and_band(written: str, words: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_formula(written)
    assert words in str(error.value)

"""Cost formulas: what a cost structure charges for a number of messages.

A formula is written, in the CLI and in forms, as one JSON object:

- `{"linear": PRICE}`: count x price;
- `{"linear": PRICE, "batch": N}`: started batches of N x price;
- `{"linear_threshold": [[FROM, PRICE], ...]}`: count x the price of the count's band;
- `{"constant_threshold": [[FROM, AMOUNT], ...]}`: the amount of the count's band.

Bands are by message count, each from its FROM (inclusive) to the next band's FROM, the
last open-ended; the first starts at 0 or 1 so that every count is priced. A structure's
fixed part is added once. Money is Decimal, never float; each structure's amount is
rounded to the cent (half up).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from desktop.errors import ValidationError
from desktop.models.enums import CostFormula

CENT = Decimal("0.01")
FORMULA_EXAMPLES = (
    '{"linear": "0.45"}, {"linear": "12.50", "batch": 1000}, '
    '{"linear_threshold": [[1, "1.16"], [1001, "0.98"]]}, '
    '{"constant_threshold": [[1, "1450"], [5001, "3900"]]}'
)
_KEYS = {
    "linear": CostFormula.LINEAR,
    "linear_threshold": CostFormula.LINEAR_BY_THRESHOLD,
    "constant_threshold": CostFormula.CONSTANT_BY_THRESHOLD,
}


@dataclass(frozen=True)
class Formula:
    """A formula checked: what `amount` needs, whatever form it was written in."""

    kind: CostFormula
    unit_price: Decimal = Decimal("0")
    batch_size: int = 1
    bands: tuple[tuple[int, Decimal], ...] = ()

    def amount(self, count: int) -> Decimal:
        """What this formula charges for `count` messages (the fixed part excluded)."""
        if count <= 0:
            return Decimal("0")
        if self.kind is CostFormula.LINEAR:
            batches = -(-count // self.batch_size)  # started batches
            return batches * self.unit_price
        price = self.band_price(count)
        if self.kind is CostFormula.LINEAR_BY_THRESHOLD:
            return count * price
        return price

    def band_price(self, count: int) -> Decimal:
        """The price (or amount) of the band `count` falls in."""
        chosen = self.bands[0][1]
        for start, price in self.bands:
            if count >= start:
                chosen = price
        return chosen

    def as_json(self) -> dict[str, Any]:
        """The formula as written in the CLI (the inverse of `parse_formula`)."""
        if self.kind is CostFormula.LINEAR:
            written: dict[str, Any] = {"linear": str(self.unit_price)}
            if self.batch_size != 1:
                written["batch"] = self.batch_size
            return written
        key = (
            "linear_threshold"
            if self.kind is CostFormula.LINEAR_BY_THRESHOLD
            else ("constant_threshold")
        )
        return {key: [[start, str(price)] for start, price in self.bands]}


def structure_amount(formula: Formula, fixed_part: Decimal, count: int) -> Decimal:
    """A cost structure's charge for `count` messages: the formula plus the fixed part
    once, to the cent. No message, no mailing: nothing is charged, not even the fixed part."""
    if count <= 0:
        return Decimal("0.00")
    return (formula.amount(count) + fixed_part).quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: Any, where: str, what: str = "price") -> Decimal:
    """A non-negative amount of money from JSON or typed text; names `where` when it is not."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValidationError(where, f'{what} must be a number, such as "0.45"', value)
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError(where, f'{what} must be a number, such as "0.45"', value) from None
    if not amount.is_finite() or amount < 0:
        raise ValidationError(where, f"{what} must be zero or more", value)
    return amount


def _whole(value: Any, where: str, what: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(where, f"{what} must be a whole number", value)
    if value < minimum:
        raise ValidationError(where, f"{what} must be at least {minimum}", value)
    return value


def parse_bands(bands: Any, key: str) -> tuple[tuple[int, Decimal], ...]:
    """`[[FROM, PRICE], ...]` checked; errors name the key and the band (from 1)."""
    example = '[[1, "1.16"], [1001, "0.98"]]'
    if not isinstance(bands, list) or not bands:
        raise ValidationError(key, f"must be a non-empty list of [FROM, PRICE] bands, such as "
                              f"{example}", bands)  # fmt: skip
    parsed: list[tuple[int, Decimal]] = []
    for number, band in enumerate(bands, 1):
        where = f"{key}, band {number}"
        if not isinstance(band, list) or len(band) != 2:
            raise ValidationError(where, "must be a pair [FROM, PRICE]", band)
        start = _whole(band[0], where, "FROM", 0)
        if number == 1 and start > 1:
            raise ValidationError(
                where, "the first band must start at 0 or 1 so that every count is priced", start
            )
        if parsed and start <= parsed[-1][0]:
            raise ValidationError(
                where, f"FROM must be above the previous band's {parsed[-1][0]} (ascending)", start
            )
        parsed.append((start, money(band[1], where, "PRICE")))
    return tuple(parsed)


def parse_formula(written: Any) -> Formula:
    """A formula from its JSON (text or already decoded): one of the four shapes above.
    Raises ValidationError naming the key (and the band) that is wrong."""
    if isinstance(written, str):
        try:
            written = json.loads(written)
        except json.JSONDecodeError as exc:
            raise ValidationError(
                "formula", f"is not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}; "
                f"expected one of {FORMULA_EXAMPLES}"
            ) from None  # fmt: skip
    if not isinstance(written, dict):
        raise ValidationError("formula", f"must be a JSON object, one of {FORMULA_EXAMPLES}",
                              written)  # fmt: skip
    kinds = [key for key in written if key in _KEYS]
    unknown = sorted(set(written) - set(_KEYS) - {"batch"})
    if unknown:
        raise ValidationError(
            f"formula, key {unknown[0]!r}",
            f"is not a formula key (known: {', '.join([*_KEYS, 'batch'])})",
        )
    if len(kinds) != 1:
        raise ValidationError(
            "formula", f"must have exactly one of {', '.join(_KEYS)} (got {len(kinds)})"
        )
    key = kinds[0]
    kind = _KEYS[key]
    if "batch" in written and kind is not CostFormula.LINEAR:
        raise ValidationError("formula, key 'batch'", 'only goes with "linear"')
    if kind is CostFormula.LINEAR:
        price = money(written[key], "formula, key 'linear'", "PRICE")
        batch = _whole(written.get("batch", 1), "formula, key 'batch'", "the batch size", 1)
        return Formula(kind, unit_price=price, batch_size=batch)
    return Formula(kind, bands=parse_bands(written[key], f"formula, key {key!r}"))


def stored_formula(kind: CostFormula, unit_price: Decimal, batch_size: int, bands: Any) -> Formula:
    """The formula of a stored cost structure (its columns), checked as the CLI's."""
    if kind is CostFormula.LINEAR:
        return Formula(kind, unit_price=Decimal(unit_price or 0), batch_size=batch_size or 1)
    key = "linear_threshold" if kind is CostFormula.LINEAR_BY_THRESHOLD else "constant_threshold"
    return Formula(kind, bands=parse_bands(bands, f"bands ({key})"))

"""The command line's argument types, in one place: ids, counts, ports and seconds.

Each type refuses a value that does not fit before a database is opened, with one line
that names the argument, the range and the value: `delivery show 99999999999999999999`
never reaches SQLite, which cannot bind it. Only ASCII digits count as digits (Python's
int() also reads '٣' as 3).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import date

from desktop.models.ids import ID_MAX

# Rows a command prints or skips: what LIMIT and OFFSET take on every database.
COUNT_MAX = 2**63 - 1
PORT_MAX = 65535
SHOWN_CHARACTERS = 40  # a value longer than this is cut in the message


def shown(text: str) -> str:
    """The value as an error message quotes it: whole when short, cut when long."""
    if len(text) <= SHOWN_CHARACTERS:
        return repr(text)
    return f"{text[: SHOWN_CHARACTERS // 2]!r}... ({len(text)} characters)"


def _whole_number(text: str, minimum: int, maximum: int, what: str = "") -> int:
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(maximum)):
        number = None
    else:
        number = int(digits)
    if number is None or not minimum <= number <= maximum:
        # argparse puts "argument ID: " in front.
        raise argparse.ArgumentTypeError(
            f"must be {what}a whole number from {minimum} to {maximum} (got {shown(text)})"
        )
    return number


def record_id(what: str) -> Callable[[str], int]:
    """An object's id: a whole number that fits the id columns (1 to 2**63 - 1)."""

    def parse(text: str) -> int:
        return _whole_number(text, 1, ID_MAX, f"a {what} id, ")

    return parse


def count(minimum: int = 0) -> Callable[[str], int]:
    """A number of rows (--limit, --offset): `minimum` to 2**63 - 1."""

    def parse(text: str) -> int:
        return _whole_number(text, minimum, COUNT_MAX)

    return parse


def port(text: str) -> int:
    """A TCP port to listen on, 0 (any free port) to 65535."""
    return _whole_number(text, 0, PORT_MAX, "a port, ")


def seconds(minimum: float, maximum: float) -> Callable[[str], float]:
    """A duration in seconds, a finite number between `minimum` and `maximum`."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and minimum <= value <= maximum):
            raise argparse.ArgumentTypeError(
                f"must be a number of seconds from {minimum:g} to {maximum:g} (got {shown(text)})"
            )
        return value

    return parse


# Units of a stock line: what an INTEGER column holds on every database.
QUANTITY_MAX = 2**31 - 1


def quantity(minimum: int = 0) -> Callable[[str], int]:
    """A number of units (stock lines, orders): `minimum` to 2**31 - 1."""

    def parse(text: str) -> int:
        return _whole_number(text, minimum, QUANTITY_MAX, "a number of units, ")

    return parse


def calendar_date(text: str) -> date:
    """A day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip()) if len(text.strip()) == 10 else _no_date()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a date written YYYY-MM-DD, such as 2026-12-31 (got {shown(text)})"
        ) from None


def _no_date() -> date:
    raise ValueError("not YYYY-MM-DD")


def yes_no(text: str) -> bool:
    """yes or no."""
    answer = text.strip().lower()
    if answer not in ("yes", "no"):
        raise argparse.ArgumentTypeError(f"must be yes or no (got {shown(text)})")
    return answer == "yes"

"""The demo's data files (resources/demo): read, and checked against what the code expects.

Data is TOML, read with tomllib; message layouts are text with `$name` placeholders
(string.Template, so that Jinja's braces stay as they are). Each reader states the shape
it expects: the keys a table must and may have, and the kind of each value. A file that is
missing, is not valid TOML, lacks a key, holds a value of another kind, has a key the shape
does not know or names something undefined raises DemoDataError, which names the file and
the place, e.g. `typology.toml: rule[3].severity: 'fatal' is not one of warning, error`
(the items of an array are counted from 1, as they appear in the file).
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from string import Template
from typing import Any, TypeVar

from desktop.errors import ConsoleError
from desktop.resource_files import DEMO_DIR

T = TypeVar("T")


class DemoDataError(ConsoleError):
    """A demo data file the demo cannot be built from."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"demo data file {DEMO_DIR / name}: {problem}")
        self.name = name
        self.problem = problem


class Range:
    """The kind of a `[low, high]` pair of numbers: the bounds of a random draw."""


@dataclass(frozen=True)
class ListOf:
    """The kind of an array whose items are all of one kind."""

    item: Kind


@dataclass(frozen=True)
class Named:
    """The kind of a table of values under names the data chooses (products by key...)."""

    item: Kind


@dataclass(frozen=True)
class Shape:
    """The kind of a table: the keys it must have and those it may have, with their kinds.

    A plain type is a scalar (str, int, float, bool), Decimal (from text or an integer,
    never a float), an Enum (by value) or dict (any table, kept as it is: a condition)."""

    required: Mapping[str, Kind]
    optional: Mapping[str, Kind] = field(default_factory=dict)


Kind = type | ListOf | Named | Shape


class _Problem(Exception):
    """What is wrong, and where in the file; DemoDataError adds the file."""


def read_toml(name: str, shape: Shape | Named) -> dict[str, Any]:
    """The file's values, checked against `shape` and converted to their kinds."""
    path = DEMO_DIR / name
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as exc:
        raise DemoDataError(name, f"cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DemoDataError(name, f"is not valid TOML: {exc}") from exc
    try:
        return _convert(data, shape, "")
    except _Problem as problem:
        raise DemoDataError(name, str(problem)) from None


def read_text(name: str) -> str:
    """A text file as it is (a message template)."""
    try:
        return (DEMO_DIR / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DemoDataError(name, f"cannot be read ({exc})") from exc


def read_layout(name: str, placeholders: Collection[str]) -> Template:
    """A text file whose `$name` placeholders are all among `placeholders` (`$$` for $)."""
    template = Template(read_text(name))
    if not template.is_valid():
        raise DemoDataError(name, "has a $ that starts no placeholder (write $$ for a $)")
    unknown = [p for p in template.get_identifiers() if p not in placeholders]
    if unknown:
        known = ", ".join(f"${p}" for p in placeholders)
        raise DemoDataError(name, f"${unknown[0]} is not a placeholder (known: {known})")
    return template


def lookup(name: str, what: str, defined: Mapping[str, T], key: str) -> T:
    """defined[key]: something the file `name` refers to by its key."""
    try:
        return defined[key]
    except KeyError:
        known = ", ".join(defined)
        raise DemoDataError(name, f"no {what} {key!r} (known: {known})") from None


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _table(value: Any, shape: Shape, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Problem(f"{where}: expected a table, got {value!r}")
    missing = [key for key in shape.required if key not in value]
    if missing:
        raise _Problem(f"{where or 'top level'}: {missing[0]!r} is missing")
    kinds = {**shape.required, **shape.optional}
    for key in value:
        if key not in kinds:
            known = ", ".join(kinds)
            raise _Problem(f"{_at(where, key)}: unknown key (known: {known})")
    return {key: _convert(item, kinds[key], _at(where, key)) for key, item in value.items()}


def _convert(value: Any, kind: Kind, where: str) -> Any:
    if isinstance(kind, Shape):
        return _table(value, kind, where)
    if isinstance(kind, ListOf):
        items = _exactly(value, list, "an array", where)
        return [_convert(item, kind.item, f"{where}[{n}]") for n, item in enumerate(items, 1)]
    if isinstance(kind, Named):
        table = _exactly(value, dict, "a table", where)
        return {key: _convert(item, kind.item, _at(where, key)) for key, item in table.items()}
    if kind is Range:
        bounds = _exactly(value, list, "[low, high]", where)
        pair = [_convert(item, float, where) for item in bounds]
        if len(pair) != 2 or pair[0] > pair[1]:
            raise _Problem(f"{where}: expected [low, high], got {value!r}")
        return tuple(pair)
    if kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise _Problem(f"{where}: expected a number, got {value!r}")
    if kind is Decimal:
        if isinstance(value, str | int) and not isinstance(value, bool):
            try:
                return Decimal(value)
            except InvalidOperation:
                pass
        raise _Problem(f"{where}: expected a decimal number as text, got {value!r}")
    if issubclass(kind, Enum):
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in kind)
            raise _Problem(f"{where}: {value!r} is not one of {allowed}") from None
    names = {str: "text", int: "an integer", bool: "true or false", dict: "a table"}
    return _exactly(value, kind, names.get(kind, kind.__name__), where)


def _exactly(value: Any, kind: type[T], described: str, where: str) -> T:
    # type(), not isinstance(): true is not an integer here.
    if type(value) is not kind:
        raise _Problem(f"{where}: expected {described}, got {value!r}")
    return value

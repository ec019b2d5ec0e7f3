"""Audience conditions: the filter builder's JSON tree, checked and compiled to SQL.

A condition is `{"field": "country", "op": "=", "value": "FR"}`, or `{"and": [...]}`,
`{"or": [...]}`, `{"not": {...}}`. Fields are recipient columns, or `custom.NAME` for a
custom field. Values are always bound parameters: no SQL is ever built from user text.

Bad input is a ValidationError naming the place in the tree, never a crash: a tree nested
deeper than MAX_DEPTH levels of objects and lists, a whole number the integer columns
cannot hold (10**23, 5,000 digits), a number that is not finite, a date that is not one.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, not_, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.errors import ValidationError
from desktop.models import Recipient
from desktop.models.ids import INTEGER_MAX, INTEGER_MIN, fits_integer
from desktop.services.audience.json_text import MAX_DEPTH, load_json, nesting_depth

# Field name -> (column, kind). Kinds drive value coercion and the filter builder's widgets.
FIELDS: dict[str, tuple[InstrumentedAttribute[Any], str]] = {
    "id": (Recipient.id, "integer"),
    "email": (Recipient.email, "text"),
    "first_name": (Recipient.first_name, "text"),
    "last_name": (Recipient.last_name, "text"),
    "language": (Recipient.language, "text"),
    "country": (Recipient.country, "text"),
    "city": (Recipient.city, "text"),
    "postal_address": (Recipient.postal_address, "text"),
    "denylisted": (Recipient.denylisted, "boolean"),
    "external_id": (Recipient.external_id, "text"),
    "created_at": (Recipient.created_at, "datetime"),
}
CUSTOM_PREFIX = "custom."

OPERATORS = ("=", "!=", "<", "<=", ">", ">=", "contains", "starts_with", "in", "is_empty")
_COMPARISONS = {
    "=": lambda c, v: c == v,
    "!=": lambda c, v: c != v,
    "<": lambda c, v: c < v,
    "<=": lambda c, v: c <= v,
    ">": lambda c, v: c > v,
    ">=": lambda c, v: c >= v,
}


def _column(field: Any, path: str) -> tuple[ColumnElement[Any], str]:
    if not isinstance(field, str):
        raise _error(f"{path}.field", "must be a field name", field)
    if field in FIELDS:
        column, kind = FIELDS[field]
        return column, kind
    if field.startswith(CUSTOM_PREFIX) and len(field) > len(CUSTOM_PREFIX):
        key = field[len(CUSTOM_PREFIX) :]
        # SQLite's JSON paths cannot quote these: the database would refuse the path.
        if '"' in key or "\\" in key or not key.isprintable():
            raise _error(
                f"{path}.field",
                "a custom field's name holds no quote, backslash or control character",
                field,
            )
        return Recipient.custom_fields[key].as_string(), "text"
    known = ", ".join([*FIELDS, "custom.NAME"])
    raise _error(f"{path}.field", f"unknown field (known: {known})", field)


def _shown(value: Any) -> str:
    """A value as an error quotes it, cut when long: a 5,000-digit number or a list of
    thousands is not printed whole (and Python cannot print an int of over 4,300 digits)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 80:
        return f"a number of about {int(value.bit_length() * math.log10(2)) + 1} digits"
    text = repr(value) if nesting_depth(value) <= MAX_DEPTH else f"a {type(value).__name__}"
    return text if len(text) <= 60 else f"{text[:40]}... ({len(text)} characters)"


def _error(field: str, message: str, value: Any) -> ValidationError:
    """The ValidationError for a bad value, quoting it safely (_shown)."""
    return ValidationError(field, f"{message} (got {_shown(value)})")


def _whole_number(value: Any, path: str) -> int:
    """A whole number the integer columns hold, from a number or its digits; 3.5, true,
    1e400 and '1e3' are not."""
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text[:1] in ("+", "-") else text
        if digits.isascii() and digits.isdigit() and len(digits) <= len(str(INTEGER_MAX)):
            number = int(text)
    if number is None or not fits_integer(number):
        raise _error(
            f"{path}.value", f"must be a whole number from {INTEGER_MIN} to {INTEGER_MAX}", value
        )
    return number


def _date_text(value: Any, path: str) -> str:
    """A date (YYYY-MM-DD) or date and time in ISO 8601, kept as typed: the database
    compares it with the column."""
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value.strip())
            return value.strip()
        except ValueError:
            pass
    wanted = "must be a date as YYYY-MM-DD or a date and time as YYYY-MM-DD HH:MM"
    raise _error(f"{path}.value", wanted, value)


def _single(value: Any, path: str) -> Any:
    if isinstance(value, dict | list) or value is None:
        raise _error(f"{path}.value", "must be a single value", value)
    if isinstance(value, float) and not math.isfinite(value):
        raise _error(f"{path}.value", "must be a finite number", value)
    if isinstance(value, int) and not fits_integer(value):
        raise _error(
            f"{path}.value", f"must be a number from {INTEGER_MIN} to {INTEGER_MAX}", value
        )
    return value


def _coerce(value: Any, kind: str, path: str) -> Any:
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        word = value.strip().lower() if isinstance(value, str) else value
        if word in (1, "1", "true", "yes"):
            return True
        if word in (0, "0", "false", "no"):
            return False
        raise _error(f"{path}.value", "must be true or false", value)
    if kind == "integer":
        return _whole_number(value, path)
    if kind == "datetime":
        return _date_text(value, path)
    value = _single(value, path)
    if kind != "text":
        return value
    text = str(value)
    if "\0" in text:  # PostgreSQL refuses it; SQLite would compare it: the same on both
        raise _error(f"{path}.value", "must not hold a NUL character", text)
    return text


def _check_operator(op: Any, path: str) -> None:
    if op not in OPERATORS:
        raise _error(f"{path}.op", f"must be one of {' '.join(OPERATORS)}", op)


def _check_operator_fits(kind: str, op: str, path: str) -> None:
    """A true/false field is not ordered, and only text contains or starts with text (LIKE
    on a number or a date works on SQLite, not on PostgreSQL)."""
    if kind == "boolean" and op in ("<", "<=", ">", ">="):
        raise ValidationError(f"{path}.op", f"a true/false field takes = or !=, not {op}")
    if kind != "text" and op in ("contains", "starts_with"):
        raise ValidationError(f"{path}.op", f"{op} applies to text fields only")


def _value(kind: str, op: str, value: Any, path: str) -> Any:
    """The value a condition with `op` compares a field of `kind` with (a list for 'in')."""
    _check_operator_fits(kind, op, path)
    if op == "in":
        if not isinstance(value, list) or not value:
            raise _error(f"{path}.value", "must be a non-empty list with 'in'", value)
        return [_coerce(v, kind, path) for v in value]
    if op in ("contains", "starts_with"):
        return str(_single(value, path))
    return _coerce(value, kind, path)


def text_as_value(op: str, text: str) -> Any:
    """What a person's typed text stands for before it is coerced to a field's kind: for
    'in' the list of its comma-separated parts, otherwise the text itself."""
    if op == "in":
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def value_from_text(field: Any, op: Any, text: str, path: str = "audience") -> Any:
    """The value of the condition `{"field": field, "op": op, "value": ...}` that a typed
    text means (None for 'is_empty', which takes none): text_as_value(op, text) coerced
    as compile_condition coerces a value. Raises the ValidationError compile_condition
    raises for that condition, so the filter builder and the service say the same."""
    kind = _column(field, path)[1]
    _check_operator(op, path)
    if op == "is_empty":
        return None
    return _value(kind, op, text_as_value(op, text), path)


def _leaf(node: dict[str, Any], path: str) -> ColumnElement[bool]:
    column, kind = _column(node.get("field"), path)
    op = node.get("op")
    _check_operator(op, path)
    if op == "is_empty":
        if kind == "text":
            return or_(column.is_(None), func.trim(column) == "")
        return column.is_(None)
    if "value" not in node:
        raise ValidationError(f"{path}.value", f"is required with the operator {op!r}")
    value = _value(kind, op, node["value"], path)
    if op == "in":
        return column.in_(value)
    if op == "contains":
        return column.contains(value, autoescape=True)
    if op == "starts_with":
        return column.startswith(value, autoescape=True)
    return _COMPARISONS[op](column, value)


def compile_condition(node: Any, path: str = "audience") -> ColumnElement[bool]:
    """A SQL boolean expression over `recipient` for a condition tree; raises ValidationError
    naming the place in the tree (`audience.and[1].value`) of anything wrong."""
    if nesting_depth(node) > MAX_DEPTH:
        raise ValidationError(path, f"is nested deeper than {MAX_DEPTH} levels")
    return _compile(node, path)


def _compile(node: Any, path: str) -> ColumnElement[bool]:
    if not isinstance(node, dict):
        raise _error(path, "must be an object", node)
    if "and" in node or "or" in node:
        key = "and" if "and" in node else "or"
        children = node[key]
        if not isinstance(children, list):
            raise _error(f"{path}.{key}", "must be a list of conditions", children)
        parts = [_compile(c, f"{path}.{key}[{i}]") for i, c in enumerate(children)]
        if not parts:
            return true() if key == "and" else false()
        return and_(*parts) if key == "and" else or_(*parts)
    if "not" in node:
        return not_(_compile(node["not"], f"{path}.not"))
    return _leaf(node, path)


def validate_condition(node: Any, path: str = "audience") -> None:
    """Raises ValidationError when the tree is not a valid condition."""
    compile_condition(node, path)


def condition_from_json(text: str, source: str = "audience", path: str = "audience") -> Any:
    """The condition tree a JSON text holds, checked: a ValidationError names the line and
    column for what the text itself breaks (`source`: syntax, nesting, numbers), the place
    in the tree for the rest (`path`)."""
    tree = load_json(text, source)
    validate_condition(tree, path)
    return tree


def count_matching(session: Session, node: Any | None) -> int:
    """How many recipients a condition selects (every recipient for None): one COUNT."""
    query = select(func.count()).select_from(Recipient)
    if node is not None:
        query = query.where(compile_condition(node))
    return session.scalar(query) or 0


def describe(node: Any) -> str:
    """A one-line, human-readable form of a condition, for lists and journals."""
    if not isinstance(node, dict):
        return ""
    for key in ("and", "or"):
        if key in node:
            inner = f" {key.upper()} ".join(describe(c) for c in node[key])
            return f"({inner})" if len(node[key]) > 1 else inner
    if "not" in node:
        return f"NOT {describe(node['not'])}"
    if node.get("op") == "is_empty":
        return f"{node.get('field')} is empty"
    return f"{node.get('field')} {node.get('op')} {node.get('value')!r}"

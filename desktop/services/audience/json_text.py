"""JSON a person typed, read within bounds: an audience on the command line, a JSON field
of a form.

The json module accepts what no column can hold and fails badly on the rest: it recurses
once per level of nesting (a RecursionError near 1,000 levels), reads 1e400 as infinity,
accepts NaN and Infinity, and raises a bare ValueError for an integer of more than 4,300
digits. Here the text is scanned first, without recursion, and each of those is one
ValidationError naming the line and column. The same bounds apply to a tree built in
Python (nesting_depth), such as the filter builder's.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from desktop.errors import ValidationError

MAX_DEPTH = 64  # levels of objects and lists, the outermost counting as 1
MAX_NUMBER_LENGTH = 100  # characters of one number; 64-bit integers need 20

# Strings (an unterminated one runs to the end), brackets, numbers and the non-JSON
# constants Python's json module reads.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]|-?Infinity|NaN|-?[0-9][0-9.eE+-]*', re.S)


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"at line {line} column {column}"


def _shown_number(token: str) -> str:
    return token if len(token) <= 24 else f"{token[:12]}... ({len(token)} characters)"


def _number_problem(token: str) -> str | None:
    if token in ("NaN", "Infinity", "-Infinity"):
        return f"has {token}, which is not a JSON number"
    if len(token) > MAX_NUMBER_LENGTH:
        return f"has a number too long to be read: {_shown_number(token)}"
    if any(c in token for c in ".eE"):
        try:
            value = float(token)
        except ValueError:
            return None  # not a number at all: the parser says where
        if not math.isfinite(value):
            return f"has a number out of range: {_shown_number(token)}"
    return None


def check_json_text(text: str, source: str) -> None:
    """Raises ValidationError(source, ...) for nesting deeper than MAX_DEPTH or a number no
    column could hold, naming the line and column."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            continue
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ValidationError(
                    source,
                    f"is nested deeper than {MAX_DEPTH} levels ({_where(text, match.start())})",
                )
        elif first in "]}":
            depth = max(0, depth - 1)
        else:
            problem = _number_problem(token)
            if problem is not None:
                raise ValidationError(source, f"{problem} ({_where(text, match.start())})")


def load_json(text: str, source: str) -> Any:
    """The value of a JSON text within the bounds above; ValidationError(source, ...)
    naming the line and column otherwise."""
    check_json_text(text, source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            source, f"is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None


def nesting_depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How many levels of dicts and lists `value` has, counted without recursion; stops
    counting past `limit` (so a tree that contains itself ends too)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list | tuple):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest

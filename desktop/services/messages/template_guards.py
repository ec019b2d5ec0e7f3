"""What a template may not build: numbers too large to print, strings and lists past the
output budget. Each guard looks at the operands before the operation runs (one operation
in C cannot be interrupted once started) and returns the problem in one line, or None.

Operators (`**`, `*`, `+`, `%`), the string methods and the built-in filters that can
multiply a value's size are guarded here; services.messages.bounded_sandbox applies the
guards, and services.messages.template_constants applies them to constants at compile
time.
"""

from __future__ import annotations

import functools
import math
import re
import string
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.services.messages.render_budget import RenderLimitExceeded, current, too_large

# Python prints no integer longer than this (sys.get_int_max_str_digits): a template may
# build none.
MAX_DIGITS = sys.get_int_max_str_digits() or 4300
_MAX_BITS = int(MAX_DIGITS / math.log10(2)) + 1
_SEQUENCES = (str, bytes, list, tuple)


def size_of(value: Any) -> int:
    """What a value weighs against the output budget: a string's characters; a list's or
    tuple's strings' characters (one for any other item); one for anything else."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, list | tuple):
        try:
            return sum(map(len, value))
        except TypeError:
            return sum(len(v) if isinstance(v, _SEQUENCES) else 1 for v in value)
    if isinstance(value, dict):
        return len(value)
    return 1


def stored_size(value: Any) -> int:
    """What storing a value in a list, a dict or a set weighs: size_of, and for a dict
    (an update's argument) its keys' and values'."""
    if isinstance(value, dict):
        return sum(size_of(key) + size_of(item) for key, item in value.items())
    return size_of(value)


def shown(value: Any) -> str:
    """A short form of an operand, for a message."""
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        digits = value.bit_length() * math.log10(2)
        return str(value) if digits < 30 else f"a number of {int(digits) + 1:,} digits"
    if isinstance(value, str | bytes):
        return repr(value) if len(value) <= 20 else f"{value[:12]!r}... ({len(value):,} long)"
    if isinstance(value, list | tuple):
        items = "item" if len(value) == 1 else "items"
        return f"a {type(value).__name__} of {len(value):,} {items}"
    return type(value).__name__


def _digits_problem(what: str, bits: int) -> str | None:
    if bits <= _MAX_BITS:
        return None
    digits = int(bits * math.log10(2)) + 1
    return (
        f"{what} is too large a number: about {digits:,} digits, over the {MAX_DIGITS:,} "
        "a number may have"
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int)


def binop_problem(operator: str, left: Any, right: Any, characters: int) -> str | None:
    """Why `left operator right` may not be computed, or None."""
    what = f"{shown(left)} {operator} {shown(right)}"
    if operator == "**":
        if _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
            return _digits_problem(what, left.bit_length() * right)
        return None
    if operator == "*":
        if _is_int(left) and _is_int(right):
            return _digits_problem(what, left.bit_length() + right.bit_length())
        for sequence, count in ((left, right), (right, left)):
            if isinstance(sequence, _SEQUENCES) and _is_int(count) and count > 1:
                size = size_of(sequence) * count
                return too_large(what, size, characters) if size > characters else None
        return None
    if operator == "+":
        if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
            size = size_of(left) + size_of(right)
            return too_large(what, size, characters) if size > characters else None
        return None
    if operator == "%" and isinstance(left, str):
        return percent_format_problem(left, right, characters)
    return None


# ---- formats ------------------------------------------------------------------------------

# A %-format's conversion: its width and precision (digits or *).
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")
_DIGITS = re.compile(r"\d+")


def _over(digits: str, limit: int) -> bool:
    """Whether the number written `digits` is over `limit` (without reading a number of
    thousands of digits)."""
    digits = digits.lstrip("0")
    return len(digits) > len(str(limit)) or (bool(digits) and int(digits) > limit)


def _numbers(values: Any) -> list[int]:
    if isinstance(values, Mapping):
        values = list(values.values())
    elif not isinstance(values, list | tuple):
        values = [values]
    return [v for v in values if _is_int(v)]


def _width_problem(spec: str, characters: int) -> str:
    return (
        f"the format {spec!r} asks for more than the {characters:,} characters one message may have"
    )


def percent_format_problem(template: str, values: Any, characters: int) -> str | None:
    """`template % values`: a width or precision past the budget."""
    starred = False
    for match in _PERCENT_SPEC.finditer(template):
        for number in match.group(1, 2):
            if number == "*":
                starred = True
            elif number and _over(number, characters):
                return _width_problem(match.group(0), characters)
    if starred and any(abs(n) > characters for n in _numbers(values)):
        return _width_problem("*", characters)
    return None


def brace_format_problem(
    template: str, args: Sequence[Any], kwargs: Mapping[str, Any], characters: int
) -> str | None:
    """`template.format(*args, **kwargs)`: a width or precision past the budget, written
    in the format or given as an argument ({:{width}})."""
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return None  # the format itself fails, with its own message
    nested = False
    for _literal, _name, spec, _conversion in fields:
        if not spec:
            continue
        if "{" in spec:
            nested = True
        if any(_over(number, characters) for number in _DIGITS.findall(spec)):
            return _width_problem(spec, characters)
    numbers = _numbers(list(args)) + _numbers(kwargs)
    if nested and any(abs(n) > characters for n in numbers):
        return _width_problem(template, characters)
    return None


# ---- string methods -----------------------------------------------------------------------


def method_problem(
    method: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any], characters: int
) -> str | None:
    """A string method that would build a string past the budget, or None."""
    name = getattr(method, "__name__", "")
    wrapped = getattr(method, "__wrapped__", None)  # the sandbox's str.format wrapper
    if wrapped is not None and name in ("format", "format_map"):
        template = getattr(wrapped, "__self__", None)
        if isinstance(template, str):
            if name == "format_map" and args and isinstance(args[0], Mapping):
                return brace_format_problem(template, (), args[0], characters)
            return brace_format_problem(template, args, kwargs, characters)
        return None
    owner = getattr(method, "__self__", None)
    if not isinstance(owner, str | bytes):
        return None
    what = f"{shown(owner)}.{name}(...)"
    size = 0
    if name in ("center", "ljust", "rjust", "zfill") and args and _is_int(args[0]):
        size = args[0]
    elif name == "expandtabs":
        tab = args[0] if args else kwargs.get("tabsize", 8)
        if _is_int(tab):
            size = len(owner) + owner.count("\t" if isinstance(owner, str) else b"\t") * tab
    elif name == "replace" and len(args) >= 2:
        size = _replaced_size(owner, args[0], args[1], args[2] if len(args) > 2 else -1)
    elif name == "join" and args:
        size = _joined_size(owner, args[0])
    return too_large(what, size, characters) if size > characters else None


def _replaced_size(text: Any, old: Any, new: Any, count: Any) -> int:
    if not (isinstance(old, type(text)) and isinstance(new, type(text))) or len(new) <= len(old):
        return 0
    found = len(text) + 1 if not old else text.count(old)
    if _is_int(count) and count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


def _joined_size(separator: Any, items: Any) -> int:
    if not isinstance(items, list | tuple):
        return 0
    return size_of(items) + len(separator) * max(0, len(items) - 1)


# ---- filters and globals ------------------------------------------------------------------


def _guard(
    original: Callable[..., Any], check: Callable[..., str | None] | None
) -> Callable[..., Any]:
    """`original` (a filter or a global function), run only within the render's time, and
    refused when check(characters, *args, **kwargs) finds a problem or its result is past
    the budget. Jinja2's markers (what the filter is passed) are kept by functools.wraps."""

    @functools.wraps(original)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        budget = current()
        if time.monotonic() > budget.deadline or budget.stopped is not None:
            budget.check_time()
        if check is not None:
            problem = check(budget.characters, *args, **kwargs)
            if problem is not None:
                raise RenderLimitExceeded(problem)
        result = original(*args, **kwargs)
        if isinstance(result, str | list) and len(result) > budget.characters:
            budget.check_size(len(result), "a filter's result")
        return result

    return guarded


def _center(characters: int, value: Any, width: Any = 80) -> str | None:
    if _is_int(width) and width > characters:
        return too_large(f"{shown(value)}|center({width})", width, characters)
    return None


def _indent(characters: int, s: Any, width: Any = 4, *_args: Any, **_kwargs: Any) -> str | None:
    if not isinstance(s, str):
        return None
    step = len(width) if isinstance(width, str) else width if _is_int(width) else 0
    size = len(s) + (s.count("\n") + 1) * step
    return (
        too_large(f"{shown(s)}|indent({shown(width)})", size, characters)
        if size > characters
        else None
    )


def _wordwrap(
    characters: int,
    _env: Any,
    s: Any,
    width: Any = 79,
    _long: Any = True,
    wrapstring: Any = None,
    *_args: Any,
    **kwargs: Any,
) -> str | None:
    wrapstring = kwargs.get("wrapstring", wrapstring)
    if not isinstance(s, str) or not isinstance(wrapstring, str) or not _is_int(width):
        return None
    size = len(s) + (len(s) // max(1, width) + 1) * len(wrapstring)
    return too_large(f"{shown(s)}|wordwrap", size, characters) if size > characters else None


def _format(characters: int, value: Any, *args: Any, **kwargs: Any) -> str | None:
    return (
        percent_format_problem(value, kwargs or args, characters)
        if isinstance(value, str)
        else None
    )


def _join(
    characters: int, _eval_ctx: Any, value: Any, d: Any = "", *_args: Any, **kwargs: Any
) -> str | None:
    separator = kwargs.get("d", d)
    if not isinstance(separator, str) or not isinstance(value, list | tuple):
        return None
    size = _joined_size(separator, value)
    return too_large(f"{shown(value)}|join", size, characters) if size > characters else None


def _replace(
    characters: int, _eval_ctx: Any, s: Any, old: Any, new: Any, count: Any = None
) -> str | None:
    if not isinstance(s, str):
        return None
    size = _replaced_size(s, str(old), str(new), -1 if count is None else count)
    return too_large(f"{shown(s)}|replace", size, characters) if size > characters else None


def _sum(
    characters: int, _env: Any, iterable: Any, attribute: Any = None, start: Any = 0
) -> str | None:
    if isinstance(start, _SEQUENCES) and isinstance(iterable, list | tuple) and attribute is None:
        size = size_of(start) + sum(size_of(item) for item in iterable)
        return too_large(f"{shown(iterable)}|sum", size, characters) if size > characters else None
    return None


def _batch(characters: int, value: Any, linecount: Any, fill_with: Any = None) -> str | None:
    if fill_with is not None and _is_int(linecount) and linecount > characters:
        return too_large(f"batch({linecount})", linecount, characters)
    return None


def _slice(characters: int, value: Any, slices: Any, fill_with: Any = None) -> str | None:
    if _is_int(slices) and slices > characters:
        return too_large(f"slice({slices})", slices, characters)
    return None


def _tojson(characters: int, _eval_ctx: Any, value: Any, indent: Any = None) -> str | None:
    step = len(indent) if isinstance(indent, str) else indent if _is_int(indent) else 0
    if step * max(1, size_of(value)) > characters:
        return too_large(f"tojson(indent={shown(indent)})", step * size_of(value), characters)
    return None


_FILTER_CHECKS: dict[str, Callable[..., str | None]] = {
    "center": _center,
    "indent": _indent,
    "wordwrap": _wordwrap,
    "format": _format,
    "join": _join,
    "replace": _replace,
    "sum": _sum,
    "batch": _batch,
    "slice": _slice,
    "tojson": _tojson,
}


def guarded_filters(filters: Mapping[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Every filter, run only within the render's time; those that can multiply a value's
    size are refused past the budget before they run, the others after."""
    return {name: _guard(filter_, _FILTER_CHECKS.get(name)) for name, filter_ in filters.items()}


def _lipsum(
    characters: int, n: Any = 5, html: Any = True, min: Any = 20, max: Any = 100
) -> str | None:
    if _is_int(n) and _is_int(max) and n * max * 12 > characters:
        return too_large(f"lipsum({n}, max={max})", n * max * 12, characters)
    return None


def guarded_lipsum(original: Callable[..., Any]) -> Callable[..., Any]:
    return _guard(original, _lipsum)

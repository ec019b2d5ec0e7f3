"""Printing command results: JSON with --json, readable text otherwise."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(result: Any) -> str:
    return json.dumps(result, default=_default, ensure_ascii=False, indent=2)


def to_text(result: Any, indent: str = "") -> str:
    """Readable text: a dict as `key: value` lines, a list of dicts as rows, a str as is."""
    if isinstance(result, str):
        return result
    if isinstance(result, dict):
        lines = []
        for key, value in result.items():
            if isinstance(value, dict | list) and value:
                lines.append(f"{indent}{key}:")
                lines.append(to_text(value, indent + "  "))
            else:
                lines.append(f"{indent}{key}: {_scalar(value)}")
        return "\n".join(lines)
    if isinstance(result, list):
        if not result:
            return f"{indent}(none)"
        if all(isinstance(row, dict) for row in result):
            return "\n".join(
                indent + "  ".join(f"{k}={_scalar(v)}" for k, v in row.items()) for row in result
            )
        return "\n".join(f"{indent}{_scalar(row)}" for row in result)
    return _scalar(result)


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)

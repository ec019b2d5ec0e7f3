"""The range of the integer columns: ids and typed whole numbers are checked against it
before they reach the database.

SQLite stores every INTEGER in 64 bits and refuses to bind a bigger Python int (an
OverflowError, not an SQL error). PostgreSQL's columns have their own sizes (integer: 32
bits, bigint: 64, smallint: 16), and a parameter compared with or stored in a column is
sent with the column's type: a number outside that type's range fails the whole statement
("integer out of range"). Such a number can never match a row: the services say so in one
line, and bounds that mean "below or above every id" are the column type's real min and max.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, SmallInteger
from sqlalchemy.types import TypeEngine

INTEGER_MIN = -(2**63)
INTEGER_MAX = 2**63 - 1
ID_MAX = INTEGER_MAX  # ids start at 1; the most any backend's id column holds

_POSTGRESQL_INTEGER = (-(2**31), 2**31 - 1)
_POSTGRESQL_SMALLINT = (-(2**15), 2**15 - 1)


def fits_integer(value: int) -> bool:
    return INTEGER_MIN <= value <= INTEGER_MAX


def is_possible_id(value: int) -> bool:
    """Whether a row could have this id on some backend: ids are positive and fit 64 bits."""
    return 1 <= value <= ID_MAX


def integer_range(dialect_name: str, column_type: TypeEngine[Any]) -> tuple[int, int]:
    """The least and greatest value an integer column of this type holds on the backend."""
    if dialect_name != "postgresql" or isinstance(column_type, BigInteger):
        return INTEGER_MIN, INTEGER_MAX
    if isinstance(column_type, SmallInteger):
        return _POSTGRESQL_SMALLINT
    return _POSTGRESQL_INTEGER


def fits_column(dialect_name: str, column_type: TypeEngine[Any], value: int) -> bool:
    low, high = integer_range(dialect_name, column_type)
    return low <= value <= high

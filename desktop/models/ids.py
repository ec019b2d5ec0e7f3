"""The range of the integer columns: ids and typed whole numbers are checked against it
before they reach the database.

SQLite stores an INTEGER in 64 bits and refuses to bind a bigger Python int (an
OverflowError, not an SQL error); PostgreSQL compares a 64-bit parameter with any integer
column. A number outside this range can therefore never match a row: the services say so
in one line instead of letting the driver fail.
"""

from __future__ import annotations

INTEGER_MIN = -(2**63)
INTEGER_MAX = 2**63 - 1
ID_MAX = INTEGER_MAX  # ids start at 1


def fits_integer(value: int) -> bool:
    return INTEGER_MIN <= value <= INTEGER_MAX


def is_possible_id(value: int) -> bool:
    """Whether a row could have this id: ids are positive and fit the column."""
    return 1 <= value <= ID_MAX

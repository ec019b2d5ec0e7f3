"""CSV files the console writes, safe to open in a spreadsheet.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and one
starting with a tab or a carriage return can hide such a start; a recipient who calls
himself `=HYPERLINK("https://evil.example", "Click")` would otherwise plant a link (or
worse, a DDE command) in the file of whoever opens the export. Every text value that
starts with one of those characters is written with a leading apostrophe, the OWASP rule
("CSV injection"): the spreadsheet shows the text as text, and the apostrophe tells a
reader the value was changed.

Numbers the console itself computes (ids, counts: Python ints, floats and Decimals) are
written as they are, negative ones too: they cannot carry anything but a number, and a
spreadsheet must still read them as numbers. A number that comes as text (`"-5"` typed
into a field) is text, and neutralised like any other.

Every CSV export goes through `spreadsheet_safe_writer` or `write_csv`: the exclusion log
(services.delivery.exclusion_log), the rejected lines of a recipient import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import IO, Any

# The starts OWASP lists: formula prefixes, and the tab and carriage return that can hide one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISING_PREFIX = "'"

# What an export's help says (the command line's option, the GUI's export button).
SPREADSHEET_NOTE = (
    "values a spreadsheet would run as a formula (starting with = + - @, a tab or a "
    "carriage return) are written with a leading ' so they open as text"
)


def neutralised(value: Any) -> Any:
    """The value as a CSV cell: text that a spreadsheet would run gets a leading `'`."""
    if isinstance(value, str):
        return NEUTRALISING_PREFIX + value if value.startswith(FORMULA_STARTS) else value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float | Decimal):
        return value  # a number the console computed: see the module's note
    # Anything else is written as its text by the csv module: judge that text.
    return neutralised(str(value))


class SpreadsheetSafeWriter:
    """csv.writer's writerow / writerows, every cell neutralised."""

    def __init__(self, out: IO[str], **format_options: Any) -> None:
        self._writer = csv.writer(out, **format_options)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([neutralised(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        self._writer.writerows([neutralised(value) for value in row] for row in rows)


def spreadsheet_safe_writer(out: IO[str], **format_options: Any) -> SpreadsheetSafeWriter:
    """A CSV writer on `out` (opened with newline="") whose cells are neutralised;
    format_options are csv.writer's (delimiter, ...)."""
    return SpreadsheetSafeWriter(out, **format_options)


def write_csv(out: IO[str], columns: Sequence[str], rows: Iterable[Iterable[Any]]) -> int:
    """Writes a header and the rows, neutralised; returns how many rows were written.

    What an export that holds its rows in memory calls, such as the rejected lines of a
    recipient import: `write_csv(out, ("line", "reason"), ((i.line, i.reason) for i in
    report.rejected))`."""
    writer = spreadsheet_safe_writer(out)
    writer.writerow(columns)
    written = 0
    for row in rows:
        writer.writerow(row)
        written += 1
    return written

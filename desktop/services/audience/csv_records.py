"""The records of a CSV file, each with its line number, read so that bad input costs only
its own lines.

Lines end with LF, CR LF or a lone CR (older spreadsheets on a Mac), in any mix. A quoted
field may run over several lines (a postal address); a quote that is never closed must
not swallow the rows after it, so a record that is not valid CSV, that runs over more
than MAX_RECORD_LINES lines, or that spans lines and has the wrong number of fields, is
rejected by its first line and the lines after that one are read again as rows of their
own. A line longer than MAX_LINE_BYTES is rejected without being held in memory; a
record with a NUL character is rejected (PostgreSQL cannot store one, and on SQLite it
cuts the text short for most tools).

The reader knows, after each record, the line it ended on and the byte offset just after
it: a caller that committed every record up to there can start again from that offset.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.errors import ConsoleError

MAX_LINE_BYTES = 1 << 20  # 1 MiB: far beyond any recipient's row
MAX_RECORD_LINES = 100  # a quoted field over more lines than this is an unclosed quote
FIELD_LIMIT = csv.field_size_limit()  # the csv module's own (process-wide) limit, kept
BLOCK_BYTES = 1 << 20
CONTENT_CHARS = 1000  # of a rejected record's text, kept to show and export
DELIMITERS = (",", ";", "\t")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# What a physical line is, for the records: (line number, byte offset after it, text, flag)
_PLAIN, _HAS_NUL, _TOO_LONG = 0, 1, 2
_Line = tuple[int, int, str, int]


@dataclass(frozen=True)
class BadRecord:
    """A record that cannot be read as a row: why, and the start of its text."""

    reason: str
    content: str


class _TooManyLines(Exception):
    pass


class _LineTooLong(Exception):
    def __init__(self, line: _Line) -> None:
        super().__init__()
        self.line = line


def guess_delimiter(first_line: str) -> str:
    """Comma, semicolon (spreadsheets in many European locales) or tab: the one the
    header line holds most of."""
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _csv_problem(exc: csv.Error, lines: int) -> str:
    text = str(exc)
    if "expected after" in text:
        return (
            "a quoted field is followed by other characters before the next separator "
            '(a quote inside a quoted field is written twice: "")'
        )
    if "unexpected end of data" in text:
        return "a quote opened on this line is never closed (the file ends first)"
    if "field larger than field limit" in text:
        return f"a field is longer than {FIELD_LIMIT:,} characters"
    where = f" (over {_plural(lines, 'line')})" if lines > 1 else ""
    return f"not valid CSV{where}: {text}"


class CsvRecords:
    """Reads `stream` (bytes) as CSV records. Iterating yields (line, values, problem):
    the first line of the record, its fields (None when it was rejected) and a BadRecord
    (None when it was read). After each, `line` and `offset` are where the record ended.

    `start_line` and `start_offset` resume a file after its header: the stream is read
    from its current position, which must be start_offset."""

    def __init__(
        self,
        stream: BinaryIO,
        path: Path,
        *,
        start_line: int = 0,
        start_offset: int = 0,
    ) -> None:
        self._stream = stream
        self._path = path
        self._lines = self._file_lines(start_line, start_offset)
        self._pending: deque[_Line] = deque()  # lines read again, before the file's next
        self._record: list[_Line] = []  # the lines of the record being read
        self.delimiter = ","
        self.expected_fields: int | None = None  # the header's, once it is known
        self.column_names: list[str] = []
        # The fields whose values may hold lines of any kind (None: every field). In the
        # others, a quoted line break followed by a separator looks like rows swallowed by
        # a quote left open: the record is read again, line by line.
        self.multiline_fields: frozenset[int] | None = None
        self.line = start_line
        self.offset = start_offset

    # -- physical lines ------------------------------------------------------------------

    def _file_lines(self, line: int, offset: int) -> Iterator[_Line]:
        """The file's lines, decoded, with their flags; a lone CR ends a line too."""
        read = self._stream.read
        carry = b""  # a line whose end is not read yet (or a CR that an LF may follow)
        skipping = False  # inside a line longer than MAX_LINE_BYTES: dropped as it comes
        skip_lf = False  # that line ended with a CR at the end of a block: drop an LF next
        at_start = offset == 0
        while True:
            block = read(BLOCK_BYTES)
            if at_start:
                at_start = False
                if block.startswith(codecs.BOM_UTF8):
                    block = block[len(codecs.BOM_UTF8) :]
                    offset += len(codecs.BOM_UTF8)
            if skip_lf:
                skip_lf = False
                if block.startswith(b"\n"):
                    block = block[1:]
                    offset += 1
            if skipping:
                end = _first_line_end(block)
                if end < 0:
                    offset += len(block)
                    if block:
                        continue
                    line += 1
                    yield (line, offset, "\n", _TOO_LONG)
                    return
                skip_lf = end == len(block) and block.endswith(b"\r")
                offset += end
                block = block[end:]
                skipping = False
                line += 1
                yield (line, offset, "\n", _TOO_LONG)
                if not block:
                    continue
            if not block:
                if carry:
                    line += 1
                    offset += len(carry)
                    yield (line, offset, self._decode(carry, line, offset), _flag(carry))
                return
            if carry:
                block = carry + block
                carry = b""
            lines = block.splitlines(keepends=True)
            if not lines[-1].endswith(b"\n"):  # unfinished, or a CR an LF may follow
                carry = lines.pop()
                if len(carry) > MAX_LINE_BYTES:
                    offset += len(carry)
                    carry = b""
                    skipping = True
            maybe_nul = b"\0" in block
            for raw in lines:
                line += 1
                offset += len(raw)
                if len(raw) > MAX_LINE_BYTES:
                    yield (line, offset, "\n", _TOO_LONG)
                    continue
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise self._not_utf8(raw, exc, line, offset - len(raw)) from None
                yield (line, offset, text, _HAS_NUL if maybe_nul and b"\0" in raw else _PLAIN)

    def _decode(self, raw: bytes, line: int, end: int) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self._not_utf8(raw, exc, line, end - len(raw)) from None

    def _not_utf8(self, raw: bytes, exc: UnicodeDecodeError, line: int, start: int) -> ConsoleError:
        return not_utf8(self._path, line, start, start + exc.start, raw[exc.start])

    def _feed(self) -> Iterator[str]:
        """The lines the csv reader reads: those to read again first, then the file's.
        Stops the record (by raising) at a line too long or a record over too many lines."""
        pending = self._pending
        record = self._record
        lines = self._lines
        while True:
            if pending:
                item = pending.popleft()
            else:
                item = next(lines, None)
                if item is None:
                    return
            if item[3] == _TOO_LONG:
                raise _LineTooLong(item)
            if len(record) >= MAX_RECORD_LINES:
                pending.appendleft(item)
                raise _TooManyLines()
            record.append(item)
            yield item[2]

    def _reader(self) -> Iterator[list[str]]:
        return csv.reader(self._feed(), delimiter=self.delimiter, strict=True)

    # -- records -------------------------------------------------------------------------

    def first_line(self) -> str | None:
        """The text of the next line without reading it as a record (to guess the
        delimiter from the header line); None at the end of the file."""
        item = next(self._lines, None)
        if item is None:
            return None
        self._pending.appendleft(item)
        return "" if item[3] == _TOO_LONG else item[2]

    def content(self) -> str:
        """The text of the record just yielded (its start, for a very long one)."""
        return shown("".join(item[2] for item in self._record))

    def resumed_at(self, line: int, offset: int) -> CsvRecords:
        """A reader of the same file (same delimiter and header) from `offset`, after
        `line`: the stream must have been moved to `offset`."""
        other = CsvRecords(self._stream, self._path, start_line=line, start_offset=offset)
        other.delimiter = self.delimiter
        other.expected_fields = self.expected_fields
        other.column_names = self.column_names
        other.multiline_fields = self.multiline_fields
        return other

    def __iter__(self) -> Iterator[tuple[int, list[str] | None, BadRecord | None]]:
        record = self._record
        pending = self._pending
        reader = self._reader()
        while True:
            record.clear()
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                reason = _csv_problem(exc, len(record))
                yield self._reject_first_line(reason)
                reader = self._reader()
                continue
            except _TooManyLines:
                yield self._reject_first_line(
                    f"a quote opened on this line is not closed within {MAX_RECORD_LINES} lines"
                )
                reader = self._reader()
                continue
            except _LineTooLong as exc:
                if record:  # a quoted field was still open when the long line came
                    # Read again after the record's other lines: reported in line order.
                    pending.appendleft(exc.line)
                    yield self._reject_first_line(
                        f"a quote opened on this line is not closed before line {exc.line[0]}"
                    )
                    reader = self._reader()
                    continue
                self.line, self.offset = exc.line[0], exc.line[1]
                reason = f"longer than {MAX_LINE_BYTES:,} bytes: not read"
                yield exc.line[0], None, BadRecord(reason, "")
                reader = self._reader()
                continue
            if not values:
                continue  # a blank line
            first = record[0]
            last = record[-1]
            expected = self.expected_fields
            if len(record) == 1 and first[3] == _PLAIN:
                self.line, self.offset = first[0], first[1]
                if expected is None or len(values) == expected:
                    yield first[0], values, None
                else:
                    yield first[0], None, self._wrong_count(values, first[2])
                continue
            if len(record) > 1 and (problem := self._misplaced_line_break(values, last[0])):
                yield self._reject_first_line(problem)
                reader = self._reader()
                continue
            self.line, self.offset = last[0], last[1]
            content = "".join(item[2] for item in record)
            if any(item[3] == _HAS_NUL for item in record):
                yield first[0], None, BadRecord(self._nul_problem(values), shown(content))
            elif expected is not None and len(values) != expected:
                yield first[0], None, self._wrong_count(values, content)
            else:
                yield first[0], values, None

    def _misplaced_line_break(self, values: list[str], last_line: int) -> str | None:
        """Why a record over several lines looks like a quote left open (the wrong number
        of fields, or a line break in a field that holds none), or None."""
        expected = self.expected_fields
        if expected is not None and len(values) != expected:
            count = self._wrong_count(values, "").reason
            return (
                f"{count}: a quoted field runs from this line to line {last_line}; is a "
                "quote missing? The lines after this one are read again"
            )
        allowed = self.multiline_fields
        if allowed is None:
            return None
        delimiter = self.delimiter
        for index, value in enumerate(values):
            if index in allowed:
                continue
            later_lines = _LINE_BREAK.split(value)[1:]
            if any(delimiter in text for text in later_lines):
                names = self.column_names
                column = names[index] if index < len(names) else f"field {index + 1}"
                return (
                    f"a quoted field runs from this line to line {last_line}, and {column!r} "
                    "holds what looks like rows: is a quote missing? The lines after this "
                    "one are read again"
                )
        return None

    def _reject_first_line(self, reason: str) -> tuple[int, None, BadRecord]:
        """Rejects the record's first line; the lines read after it are read again."""
        record = self._record
        if not record:  # the csv module refused before taking a line: nothing to skip
            raise ConsoleError(f"{self._path}: line {self.line + 1}: {reason}")
        first = record[0]
        # Read again in order, before the lines already waiting (a longer record's rest).
        self._pending.extendleft(reversed(record[1:]))
        record.clear()
        self.line, self.offset = first[0], first[1]
        return first[0], None, BadRecord(reason, shown(first[2]))

    def _wrong_count(self, values: list[str], content: str) -> BadRecord:
        expected = self.expected_fields or 0
        reason = f"{len(values)} fields where the header has {expected}"
        return BadRecord(reason, shown(content))

    def _nul_problem(self, values: list[str]) -> str:
        for index, value in enumerate(values):
            if "\0" in value:
                names = self.column_names
                column = (
                    f"column {names[index]!r}" if index < len(names) else f"field {index + 1}"
                )
                return f"{column} holds a NUL character (byte 0), which no text field may hold"
        return "holds a NUL character (byte 0) outside any field"


def shown(text: str) -> str:
    """A record's text as kept with its rejection: without its line end, a NUL shown as
    the symbol ␀ (no database text may hold one), at most CONTENT_CHARS characters."""
    return text.rstrip("\r\n").replace("\0", "\u2400")[:CONTENT_CHARS]


def not_utf8(path: Path, line: int, line_start: int, offset: int, byte: int) -> ConsoleError:
    """The error for a byte that is not UTF-8, at `offset` in the file."""
    return ConsoleError(
        f"{path}: not UTF-8 text: line {line}, byte {offset - line_start + 1} of the line "
        f"(offset {offset} in the file) is 0x{byte:02x}; save the file as UTF-8"
    )


def _flag(raw: bytes) -> int:
    if len(raw) > MAX_LINE_BYTES:
        return _TOO_LONG
    return _HAS_NUL if b"\0" in raw else _PLAIN


def _first_line_end(block: bytes) -> int:
    """The offset just after the first line end (LF, CR LF or CR) in block, or -1."""
    lf = block.find(b"\n")
    cr = block.find(b"\r")
    if cr < 0:
        return -1 if lf < 0 else lf + 1
    if lf < 0 or cr < lf:
        return cr + 2 if block[cr + 1 : cr + 2] == b"\n" else cr + 1
    return lf + 1

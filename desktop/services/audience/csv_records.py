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

A file is read a block (about a megabyte) at a time. A block whose every line is one
record with the header's number of fields, with no NUL and no over-long line (nearly
every block of a real file), is read by the csv module in one call; any other block is
read line by line as above, until a record ends at the end of a block.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import BinaryIO

from desktop.errors import ConsoleError

MAX_LINE_BYTES = 1 << 20  # 1 MiB: far beyond any recipient's row
MAX_RECORD_LINES = 100  # a quoted field over more lines than this is an unclosed quote
FIELD_LIMIT = csv.field_size_limit()  # the csv module's own (process-wide) limit, kept
BLOCK_BYTES = 1 << 18  # 256 KiB: the records of a block are held until their batch is written
CONTENT_CHARS = 1000  # of a rejected record's text, kept to show and export
DELIMITERS = (",", ";", "\t")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# What a physical line is, for the records: (line number, byte offset after it, text,
# flags); _BLOCK_END marks a block's last line.
_PLAIN, _HAS_NUL, _TOO_LONG, _BLOCK_END = 0, 1, 2, 4
_PROBLEMS = _HAS_NUL | _TOO_LONG
_Line = tuple[int, int, str, int]
SLOW_RECORDS = 1000  # records read line by line are handed on this many at a time


@dataclass(frozen=True)
class BadRecord:
    """A record that cannot be read as a row: why, and the start of its text."""

    reason: str
    content: str


@dataclass(frozen=True)
class RecordBlock:
    """Records in file order: each one's first line, its fields (None when it is rejected:
    see `bad`) and the line and byte offset where it ends. `bad` is None when no record
    of the block is rejected."""

    lines: Sequence[int]
    values: list[list[str]] | list[list[str] | None]
    bad: list[BadRecord | None] | None
    end_lines: Sequence[int]
    end_offsets: Sequence[int]


class _LongLine:
    """Stands for a line longer than MAX_LINE_BYTES, never held: only its length is."""

    def __init__(self, size: int) -> None:
        self.size = size

    def __len__(self) -> int:
        return self.size


@dataclass(frozen=True)
class _Block:
    line: int  # the number of the line before its first
    offset: int  # the byte offset of its first line
    raws: list[bytes | _LongLine]  # its lines with their ends (a _LongLine: one too long)


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
        self._blocks = self._file_blocks(start_line, start_offset)
        self._lines = self._file_lines()
        self._pending: deque[_Line] = deque()  # lines read again, before the file's next
        self._record: list[_Line] = []  # the lines of the record being read
        self._careful = self._records_line_by_line()
        self._careful_mode = True  # lines are read line by line until a block ends
        self._at_block_end = False  # the last line read line by line ended a block
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

    def _file_blocks(self, line: int, offset: int) -> Iterator[_Block]:
        """The file's lines, a block at a time; a lone CR ends a line too. `line` and
        `offset` are those of the stream's position (0 and 0: its start)."""
        read = self._stream.read
        data = b""  # read, not yet in a block: it starts at `offset` in the file
        long_size = -1  # >= 0 inside a line longer than MAX_LINE_BYTES: its bytes dropped
        at_start = offset == 0
        at_end = False
        while not at_end:
            # The first read takes the whole BOM, whatever the block size.
            chunk = read(max(BLOCK_BYTES, len(codecs.BOM_UTF8)) if at_start else BLOCK_BYTES)
            at_end = not chunk
            if at_start and chunk:
                at_start = False
                if chunk.startswith(codecs.BOM_UTF8):
                    chunk = chunk[len(codecs.BOM_UTF8) :]
                    offset += len(codecs.BOM_UTF8)
            data += chunk
            raws: list[bytes | _LongLine] = []
            if long_size >= 0:
                end = _first_line_end(data)
                if not at_end and (end < 0 or (end == len(data) and data.endswith(b"\r"))):
                    # No end yet (or a CR that an LF may follow): drop what is read.
                    keep = 1 if data.endswith(b"\r") else 0
                    long_size += len(data) - keep
                    data = data[len(data) - keep :]
                    continue
                end = len(data) if end < 0 else end
                raws.append(_LongLine(long_size + end))
                data = data[end:]
                long_size = -1
            if data:
                lines = data.splitlines(keepends=True)
                data = b""
                if not at_end and not lines[-1].endswith(b"\n"):
                    data = lines.pop()  # unfinished, or a CR that an LF may follow
                    if len(data) > MAX_LINE_BYTES:
                        keep = 1 if data.endswith(b"\r") else 0
                        long_size = len(data) - keep
                        data = data[len(data) - keep :]
                raws.extend(lines)
            if raws:
                yield _Block(line, offset, raws)
                line += len(raws)
                offset += sum(map(len, raws))

    def _file_lines(self) -> Iterator[_Line]:
        """The file's lines one at a time, decoded, with their flags."""
        for block in self._blocks:
            yield from self._lines_of(block)

    def _lines_of(self, block: _Block) -> Iterator[_Line]:
        line, offset = block.line, block.offset
        last = len(block.raws) - 1
        for index, raw in enumerate(block.raws):
            line += 1
            offset += len(raw)
            end = _BLOCK_END if index == last else 0
            if not isinstance(raw, bytes) or len(raw) > MAX_LINE_BYTES:
                yield (line, offset, "\n", _TOO_LONG | end)
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise self._not_utf8(raw, exc, line, offset - len(raw)) from None
            yield (line, offset, text, (_HAS_NUL if b"\0" in raw else _PLAIN) | end)

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
            if item[3] & _TOO_LONG:
                self._at_block_end = bool(item[3] & _BLOCK_END)
                raise _LineTooLong(item)
            if len(record) >= MAX_RECORD_LINES:
                pending.appendleft(item)
                raise _TooManyLines()
            record.append(item)
            self._at_block_end = bool(item[3] & _BLOCK_END)
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
        return "" if item[3] & _TOO_LONG else item[2]

    def next_record(self) -> tuple[int, list[str] | None, BadRecord | None] | None:
        """The next record alone (the header); None at the end of the file."""
        return next(self._careful, None)

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
        """The records one by one: (first line, fields or None, BadRecord or None)."""
        for block in self.blocks():
            bad = block.bad
            for index, line in enumerate(block.lines):
                self.line, self.offset = block.end_lines[index], block.end_offsets[index]
                yield line, block.values[index], bad[index] if bad is not None else None

    def blocks(self) -> Iterator[RecordBlock]:
        """The records, a block at a time, in file order."""
        while True:
            if self._careful_mode:
                block = self._careful_block()
                if block is None:
                    return
                if block.lines:
                    yield block
                continue
            raw = next(self._blocks, None)
            if raw is None:
                return
            fast = self._read_fast(raw)
            if fast is None:  # something to look at closely: line by line
                self._pending.extend(self._lines_of(raw))
                self._careful_mode = True
                continue
            self.line, self.offset = fast.end_lines[-1], fast.end_offsets[-1]
            yield fast

    def _read_fast(self, block: _Block) -> RecordBlock | None:
        """The block's records read in one call, when every line is one good record."""
        expected = self.expected_fields
        raws = block.raws
        if expected is None or self._pending or max(map(len, raws)) > MAX_LINE_BYTES:
            return None
        data = b"".join(raws)  # type: ignore[arg-type]  (no _LongLine: checked above)
        if b"\0" in data:
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        lines = io.StringIO(text, newline="").readlines()
        if len(lines) != len(raws):
            return None
        try:
            values = list(csv.reader(lines, delimiter=self.delimiter, strict=True))
        except csv.Error:
            return None
        if len(values) != len(lines) or set(map(len, values)) != {expected}:
            return None
        numbers = range(block.line + 1, block.line + 1 + len(lines))
        offsets = list(accumulate(map(len, raws), initial=block.offset))
        del offsets[0]
        return RecordBlock(numbers, values, None, numbers, offsets)

    def _careful_block(self) -> RecordBlock | None:
        """Records read line by line, up to SLOW_RECORDS of them, until one ends at the
        end of a block with no line left to read again; None at the end of the file."""
        lines: list[int] = []
        values: list[list[str] | None] = []
        bad: list[BadRecord | None] = []
        end_lines: list[int] = []
        end_offsets: list[int] = []
        for line, fields, problem in self._careful:
            lines.append(line)
            values.append(fields)
            bad.append(problem)
            end_lines.append(self.line)
            end_offsets.append(self.offset)
            if self._at_block_end and not self._pending:
                self._careful_mode = False
                break
            if len(lines) >= SLOW_RECORDS:
                break
        else:
            if not lines:
                return None
        return RecordBlock(lines, values, bad, end_lines, end_offsets)

    def _records_line_by_line(self) -> Iterator[tuple[int, list[str] | None, BadRecord | None]]:
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
            if len(record) == 1 and not first[3] & _PROBLEMS:
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
            if any(item[3] & _HAS_NUL for item in record):
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
                column = f"column {names[index]!r}" if index < len(names) else f"field {index + 1}"
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


def _first_line_end(block: bytes) -> int:
    """The offset just after the first line end (LF, CR LF or CR) in block, or -1."""
    lf = block.find(b"\n")
    cr = block.find(b"\r")
    if cr < 0:
        return -1 if lf < 0 else lf + 1
    if lf < 0 or cr < lf:
        return cr + 2 if block[cr + 1 : cr + 2] == b"\n" else cr + 1
    return lf + 1

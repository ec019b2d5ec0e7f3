"""The first rows of a CSV file as the import would read them, before anything is written:
what the import dialog shows next to the choice of what each column becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import ConsoleError
from desktop.services.audience.csv_records import CsvRecords
from desktop.services.audience.import_columns import (
    COLUMNS,
    IGNORE,
    IGNORED_COLUMNS,
    default_targets,
    read_header,
)

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class PreviewRow:
    line: int
    values: list[str] | None  # None when the line cannot be read as a row
    problem: str = ""


@dataclass(frozen=True)
class FilePreview:
    path: Path
    delimiter: str
    names: list[str]  # the header's column names
    targets: list[str]  # where each column goes unless chosen otherwise ("" = ignored)
    rows: list[PreviewRow] = field(default_factory=list)

    @property
    def fields(self) -> tuple[str, ...]:
        """The recipient fields a column may go to."""
        return COLUMNS

    def is_set_by_the_console(self, index: int) -> bool:
        """Whether column `index` is one the console sets itself (always ignored)."""
        return self.names[index].lower() in IGNORED_COLUMNS


def preview_file(path: str | Path, rows: int = PREVIEW_ROWS) -> FilePreview:
    """The header and the first `rows` rows; a ConsoleError for a file no import can read
    (the same errors as the import's, for the lines read). Whether the columns can be
    imported as they are is import_columns.check_targets's to say."""
    path = Path(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from None
    with stream:
        records = CsvRecords(stream, path)
        try:
            names = read_header(records, path)
            preview = FilePreview(path, records.delimiter, names, default_targets(names))
            for line, values, bad in records:
                preview.rows.append(PreviewRow(line, values, bad.reason if bad else ""))
                if len(preview.rows) >= rows:
                    break
        except OSError as exc:
            raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from None
    return preview


__all__ = ["IGNORE", "PREVIEW_ROWS", "FilePreview", "PreviewRow", "preview_file"]

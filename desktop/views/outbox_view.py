"""The Outbox: messages the embedded SMTP server received, read from its Maildir.

The list reads headers only, a page at a time (newest first: Maildir file names begin with
the time); the selected message's HTML is shown in a QTextBrowser, which loads no remote
image (so reading the outbox records no open) and follows no link.
"""

from __future__ import annotations

import email.policy
import mailbox
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages.builder import DELIVERY_HEADER

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex


class OutboxModel(QAbstractTableModel):
    """Maildir messages, newest first, fetched a page at a time (headers only)."""

    COLUMNS = ("Date", "To", "Subject", "Delivery")

    def __init__(self, folder: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._keys: list[str] = []
        self._rows: list[tuple[str, str, str, str]] = []
        self._headers = BytesHeaderParser(policy=email.policy.default)
        self.reload()

    def _box(self) -> mailbox.Maildir | None:
        if not self.folder.is_dir():
            return None
        return mailbox.Maildir(self.folder, factory=None, create=False)

    def reload(self) -> None:
        self.beginResetModel()
        box = self._box()
        self._keys = sorted(box.keys(), reverse=True) if box is not None else []
        self._rows = []
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int:
        return len(self._keys)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._keys)

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        box = self._box()
        if box is None:
            return
        start = len(self._rows)
        keys = self._keys[start : start + PAGE_SIZE]
        rows = []
        for key in keys:
            try:
                with box.get_file(key) as handle:
                    headers = self._headers.parse(handle)
            except (KeyError, OSError):  # removed meanwhile
                headers = EmailMessage()
            rows.append(
                (
                    _local_time(str(headers.get("Date", ""))),
                    str(headers.get("To", "")),
                    str(headers.get("Subject", "")),
                    str(headers.get(DELIVERY_HEADER, "")),
                )
            )
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("To"), self.tr("Subject"), self.tr("Delivery"))
        return titles[section]

    def message(self, row: int) -> EmailMessage | None:
        box = self._box()
        if box is None or not 0 <= row < len(self._rows):
            return None
        try:
            with box.get_file(self._keys[row]) as handle:
                return BytesParser(policy=email.policy.default).parse(handle)  # type: ignore[return-value]
        except (KeyError, OSError):
            return None


class OutboxView(QWidget):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxView")
        self.model = OutboxModel(folder, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 220)
        self.table.selectionModel().currentRowChanged.connect(self._show_row)

        self.count_label = QLabel()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Local outbox: %1").replace("%1", str(folder))), 1)
        top.addWidget(self.count_label)
        top.addWidget(refresh)

        self.headers = QLabel()
        self.headers.setTextFormat(Qt.TextFormat.RichText)
        self.headers.setWordWrap(True)
        self.headers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.html = QTextBrowser()
        self.html.setOpenLinks(False)
        self.html.setOpenExternalLinks(False)
        self.text = QTextBrowser()
        self.source = QTextBrowser()
        self.source.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.parts = QTabWidget()
        self.parts.addTab(self.html, self.tr("HTML"))
        self.parts.addTab(self.text, self.tr("Text"))
        self.parts.addTab(self.source, self.tr("Source"))
        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.headers)
        reader_layout.addWidget(self.parts, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def reload(self) -> None:
        self.model.reload()
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln message(s)", "", self.model.total))

    def _show_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        message = self.model.message(current.row()) if current.isValid() else None
        if message is None:
            for browser in (self.html, self.text, self.source):
                browser.clear()
            self.headers.clear()
            return
        rows = "".join(
            f"<tr><td><b>{name}</b></td><td>{_escape(str(message.get(key, '')))}</td></tr>"
            for name, key in (
                (self.tr("From"), "From"),
                (self.tr("To"), "To"),
                (self.tr("Subject"), "Subject"),
                (self.tr("Date"), "Date"),
                ("Message-ID", "Message-ID"),
                ("List-Unsubscribe", "List-Unsubscribe"),
            )
        )
        self.headers.setText(f"<table cellspacing='4'>{rows}</table>")
        html_part = message.get_body(("html",))
        text_part = message.get_body(("plain",))
        self.html.setHtml(html_part.get_content() if html_part is not None else "")
        self.text.setPlainText(text_part.get_content() if text_part is not None else "")
        # A plain-text message (a notification to an operator) opens on its text.
        self.parts.setTabEnabled(0, html_part is not None)
        if html_part is None and self.parts.currentWidget() is self.html:
            self.parts.setCurrentWidget(self.text)
        self.source.setPlainText(message.as_string()[:200_000])


def _local_time(date_header: str) -> str:
    """A Date header as local 'YYYY-MM-DD HH:MM:SS' (as written when unreadable)."""
    try:
        return parsedate_to_datetime(date_header).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError, IndexError):
        return date_header


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

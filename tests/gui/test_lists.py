"""Lists: total count, pages read on demand, sort, status filter and search, in SQL."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Delivery, Operator
from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.entities.list_query import ListQuery
from desktop.services.entities.listings import CAMPAIGNS, DELIVERIES, OPTIONS
from desktop.views.lazy_table_model import LazyTableModel
from desktop.views.list_panel import ListPanel

STATUSES = [DeliveryStatus.BEING_EDITED, DeliveryStatus.FINISHED, DeliveryStatus.IN_PROGRESS]


def _deliveries(sessions: sessionmaker[Session], count: int, labels=None) -> None:
    rows = [
        {
            "label": labels[n] if labels else f"Newsletter {n:05d}",
            "status": STATUSES[n % 3],
            "channel": Channel.DIRECT_MAIL if n % 5 == 0 else Channel.EMAIL,
            "to_deliver": (n * 37) % 1000,
        }
        for n in range(count)
    ]
    with sessions.begin() as session:
        session.execute(insert(Delivery), rows)


def _panel(qtbot, sessions, definition=DELIVERIES) -> ListPanel:
    panel = ListPanel(sessions)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.set_listing(definition)
    panel.show()
    return panel


def _column(panel: ListPanel, name: str) -> list:
    assert panel.model is not None
    return [panel.model.value(row, name) for row in range(panel.model.rowCount())]


def test_total_count_is_shown_and_rows_are_not_read_up_front(qtbot, sessions) -> None:
    _deliveries(sessions, 1234)
    panel = _panel(qtbot, sessions)
    assert panel.model is not None
    assert panel.model.rowCount() == 1234
    assert "1,234" in panel.count_label.text() or "1234" in panel.count_label.text()
    # only what the view showed was read: the first page
    assert set(panel.model.pages_read) == {0}


def test_scrolling_to_the_end_reads_only_the_last_pages(qtbot, sessions) -> None:
    _deliveries(sessions, 5000)
    panel = _panel(qtbot, sessions)
    model = panel.model
    assert model is not None and model.page_size == 200
    model.pages_read.clear()
    panel.table.scrollToBottom()
    last_row = model.rowCount() - 1
    qtbot.waitUntil(lambda: model.cached_pages and max(model.cached_pages) == last_row // 200)
    assert panel.table.indexAt(panel.table.viewport().rect().bottomLeft()).row() in (
        last_row,
        -1,
    )
    # rows 4,980..4,999 sit in page 24; a screenful can straddle page 23 too, no further
    assert set(model.pages_read) <= {23, 24}
    assert model.data(model.index(last_row, 1)) == "Newsletter 00000"  # newest first: id desc


def test_page_cache_stays_small(sessions) -> None:
    _deliveries(sessions, 3000)
    model = LazyTableModel(ListQuery(sessions, DELIVERIES), page_size=100, max_pages=4)
    for row in range(0, 3000, 100):
        model.data(model.index(row, 1))
    assert len(model.pages_read) == 30
    assert len(model.cached_pages) == 4
    model.data(model.index(2950, 1))  # still cached: not read again
    assert len(model.pages_read) == 30


def test_clicking_a_header_sorts_in_sql_by_that_column_then_id(qtbot, sessions) -> None:
    labels = ["delta", "alpha", "charlie", "alpha", "bravo"]
    _deliveries(sessions, len(labels), labels)
    panel = _panel(qtbot, sessions)
    model = panel.model
    assert model is not None
    label_column = model.query.column_index("label")
    assert label_column is not None
    header = panel.table.horizontalHeader()

    def click_label_header() -> None:
        x = header.sectionViewportPosition(label_column) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_label_header()
    first = _column(panel, "label")
    assert first in (sorted(labels), sorted(labels, reverse=True))
    click_label_header()
    second = _column(panel, "label")
    assert second == list(reversed(first)) or second == sorted(labels, reverse=True)
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        click_label_header()
    assert _column(panel, "label") == ["alpha", "alpha", "bravo", "charlie", "delta"]
    ids = _column(panel, "id")
    assert ids[0] < ids[1]  # equal labels: ordered by id


def test_filter_by_status_and_channel(qtbot, sessions) -> None:
    _deliveries(sessions, 30)
    panel = _panel(qtbot, sessions)
    assert set(panel.filter_boxes) == {"status", "channel"}
    status_box = panel.filter_boxes["status"]
    status_box.setCurrentIndex(status_box.findData(DeliveryStatus.FINISHED.value))
    assert panel.model is not None
    assert panel.model.rowCount() == 10
    assert set(_column(panel, "status")) == {DeliveryStatus.FINISHED}
    assert "10" in panel.count_label.text()

    panel.set_filter("channel", Channel.DIRECT_MAIL.value)
    expected = sum(1 for n in range(30) if n % 3 == 1 and n % 5 == 0)
    assert panel.model.rowCount() == expected
    assert set(_column(panel, "channel")) == {Channel.DIRECT_MAIL}

    panel.set_filter("status", None)
    panel.set_filter("channel", None)
    assert panel.model.rowCount() == 30


def test_search_matches_labels_and_treats_wildcards_as_text(qtbot, sessions) -> None:
    labels = ["Summer 50% off", "Summer 500 club", "Winter_sale", "WinterXsale", "autumn"]
    _deliveries(sessions, len(labels), labels)
    panel = _panel(qtbot, sessions)
    model = panel.model
    assert model is not None

    def search(text: str) -> list:
        panel.search.clear()
        qtbot.keyClicks(panel.search, text)
        qtbot.waitUntil(lambda: model.query.search == text)  # after the typing pause
        return _column(panel, "label")

    assert search("50%") == ["Summer 50% off"]
    assert search("winter_") == ["Winter_sale"]  # "_" is not "any character"
    assert search("SUMMER") == ["Summer 500 club", "Summer 50% off"]  # any case, newest first

    panel.search.setText("'; DROP TABLE delivery; --")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert model.rowCount() == 0
    with sessions() as session:
        assert len(session.scalars(select(Delivery.id)).all()) == len(labels)


def test_columns_come_from_the_spec_and_references_show_titles(qtbot, sessions) -> None:
    with sessions.begin() as session:
        owner = session.scalar(select(Operator).where(Operator.name == "manager"))
        assert owner is not None
        session.add(Campaign(label="Spring launch", owner_id=owner.id))
    panel = _panel(qtbot, sessions, CAMPAIGNS)
    assert panel.model is not None
    headers = [
        panel.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(panel.model.columnCount())
    ]
    assert headers[:2] == ["ID", "Label"]
    assert "Owner" in headers
    assert _column(panel, "owner_id") == ["manager"]  # the operator's name, not its id


def test_options_list_shows_name_label_type_and_value(sessions) -> None:
    query = ListQuery(sessions, OPTIONS)
    assert [c.name for c in query.columns] == ["id", "name", "label", "data_type", "value"]
    model = LazyTableModel(query)
    assert model.rowCount() > 0
    names = [model.value(row, "name") for row in range(model.rowCount())]
    assert names == sorted(names)
    assert "NmsEmail_RetryCount" in names


def test_refresh_shows_rows_added_elsewhere_and_keeps_the_current_row(qtbot, sessions) -> None:
    _deliveries(sessions, 3)
    panel = _panel(qtbot, sessions)
    assert panel.model is not None
    panel.model.sort(0, Qt.SortOrder.AscendingOrder)  # id ascending: new rows go last
    panel.select_row(1)
    current = panel.current_id()
    assert current is not None
    seen: list[int | None] = []
    panel.current_changed.connect(seen.append)
    with sessions.begin() as session:
        session.add(Delivery(label="Added by someone else"))
    qtbot.keyClick(panel.table, Qt.Key.Key_F5)  # F5 belongs to the window; the panel's own:
    panel.refresh()
    assert panel.model.rowCount() == 4
    assert panel.current_id() == current
    assert None not in seen  # the form below the list is not thrown away


def test_a_search_with_few_matches_needs_no_separate_count(sessions, monkeypatch) -> None:
    _deliveries(sessions, 500, [f"Mailing {n}" for n in range(499)] + ["Rare bird"])
    model = LazyTableModel(ListQuery(sessions, DELIVERIES), page_size=100)
    assert model.rowCount() == 500

    def no_count() -> int:
        raise AssertionError("the first page already said how many rows match")

    monkeypatch.setattr(model.query, "count", no_count)
    model.set_search("rare")
    assert model.rowCount() == 1
    assert model.value(0, "label") == "Rare bird"


def test_filters_follow_the_folder(qtbot, sessions) -> None:
    """Campaigns have no status or channel: their list offers no such filter."""
    from desktop.services.entities.listings import CAMPAIGNS

    panel = _panel(qtbot, sessions)
    assert set(panel.filter_boxes) == {"status", "channel"}
    panel.set_listing(CAMPAIGNS)
    qtbot.wait(10)
    assert panel.filter_boxes == {}
    visible = [box for box in panel.findChildren(QComboBox) if box.isVisible()]
    assert visible == []

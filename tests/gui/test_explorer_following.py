"""The explorer tree follows other workstations: a campaign or a program created (by a real
`campaign-console` command), renamed or deleted elsewhere shows within a second in the
levels of the tree already read, and what the operator expanded and selected stays. On
PostgreSQL the change notices tell it; on SQLite the tree's timer finds it."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Delivery, Program
from desktop.services.access.rights import Actor
from desktop.services.entities import base as entities
from desktop.services.entities.listings import ObjectLevel
from desktop.views.explorer_model import KEY_ROLE, ExplorerModel, ExplorerNode
from desktop.views.main_window import MainWindow
from tests.gui.main_windows import shown_main_window
from tests.gui.test_following_changes import WITHIN_MS, listening, run_command
from tests.unit.preparation_data import add_delivery


@pytest.fixture
def context(qtbot, context_for, manager):
    context = context_for(manager)
    listening(qtbot, context)
    yield context
    context.close()


def _program(sessions: sessionmaker[Session], label: str, *campaigns: str) -> dict[str, int]:
    """Ids by label of a new program and its campaigns."""
    with sessions.begin() as session:
        program = Program(label=label)
        session.add(program)
        session.flush()
        ids = {label: program.id}
        for campaign_label in campaigns:
            campaign = Campaign(label=campaign_label, program_id=program.id)
            session.add(campaign)
            session.flush()
            ids[campaign_label] = campaign.id
        return ids


def _edit(sessions: sessionmaker[Session], actor: Actor, kind: str, object_id: int, label: str):
    with sessions.begin() as session:
        entities.update(session, actor, kind, object_id, {"label": label})


def _shown(model: ExplorerModel, key: str) -> ExplorerNode | None:
    """The node of `key` among those the tree has read (reads nothing)."""
    return next((node for node in model.root.walk() if node.key == key), None)


def _titles(model: ExplorerModel, key: str) -> list[str]:
    node = _shown(model, key)
    assert node is not None, key
    return [child.display_title() for child in node.children]


def _expand(window: MainWindow, key: str) -> QPersistentModelIndex:
    """Expands a node and those above it, as the operator does; its index follows it when
    rows move."""
    index = window.explorer_model.find(key)
    assert index.isValid(), key
    above = index.parent()
    while above.isValid():
        window.explorer.expand(above)
        above = above.parent()
    window.explorer.expand(index)
    return QPersistentModelIndex(index)


def test_campaigns_created_renamed_and_deleted_elsewhere_show_in_the_open_tree(
    qtbot, context, sessions, elsewhere, manager, db_url
) -> None:
    alpha = _program(sessions, "Alpha", "Alpha one", "Alpha two")
    beta = _program(sessions, "Beta", "Beta one")
    gamma = _program(sessions, "Gamma", "Gamma one")
    window = shown_main_window(qtbot, context)
    model, explorer = window.explorer_model, window.explorer
    assert window.select_folder(f"campaign:{alpha['Alpha two']}")  # Alpha expands
    beta_index = _expand(window, f"program:{beta['Beta']}")
    assert _titles(model, f"program:{alpha['Alpha']}") == ["Alpha one", "Alpha two"]
    gamma_node = _shown(model, f"program:{gamma['Gamma']}")
    assert gamma_node is not None and gamma_node.total is None  # never expanded: not read

    # Created by the command line, under the expanded program.
    program = str(alpha["Alpha"])
    ended = run_command(
        db_url, "manager", "campaign", "create", "--label", "Alpha three", "--program", program
    )
    qtbot.waitUntil(
        lambda: "Alpha three" in _titles(model, f"program:{alpha['Alpha']}"), timeout=WITHIN_MS
    )
    assert time.monotonic() - ended < WITHIN_MS / 1000
    assert _titles(model, f"program:{alpha['Alpha']}") == ["Alpha one", "Alpha three", "Alpha two"]
    assert explorer.isExpanded(QModelIndex(beta_index))
    assert explorer.currentIndex().data(KEY_ROLE) == f"campaign:{alpha['Alpha two']}"
    assert gamma_node.total is None  # a level not read stays unread

    # Renamed: the label changes, the node moves to its place and stays current.
    _edit(elsewhere, manager, "campaign", alpha["Alpha two"], "Aardvark days")
    qtbot.waitUntil(
        lambda: _titles(model, f"program:{alpha['Alpha']}")[0] == "Aardvark days",
        timeout=WITHIN_MS,
    )
    assert _titles(model, f"program:{alpha['Alpha']}") == [
        "Aardvark days",
        "Alpha one",
        "Alpha three",
    ]
    current = explorer.currentIndex()
    assert current.data(KEY_ROLE) == f"campaign:{alpha['Alpha two']}"
    assert current.data() == "Aardvark days"
    assert window.tabs.tabText(0) == "Aardvark days"
    assert explorer.isExpanded(QModelIndex(beta_index))

    # A program renamed: it moves above Alpha with its campaigns, still expanded.
    _edit(elsewhere, manager, "program", beta["Beta"], "Aaa Beta")
    qtbot.waitUntil(lambda: _titles(model, "programs")[0] == "Aaa Beta", timeout=WITHIN_MS)
    assert _titles(model, "programs") == ["Aaa Beta", "Alpha", "Gamma"]
    assert explorer.isExpanded(QModelIndex(beta_index)) and beta_index.row() == 0
    assert explorer.isExpanded(model.find(f"program:{alpha['Alpha']}"))
    assert _titles(model, f"program:{beta['Beta']}") == ["Beta one"]
    assert explorer.currentIndex().data(KEY_ROLE) == f"campaign:{alpha['Alpha two']}"

    # Deleted: the node goes, and its program becomes current (its list shows).
    with elsewhere.begin() as session:
        entities.delete(session, manager, "campaign", alpha["Alpha two"])
    qtbot.waitUntil(
        lambda: _shown(model, f"campaign:{alpha['Alpha two']}") is None, timeout=WITHIN_MS
    )
    assert _titles(model, f"program:{alpha['Alpha']}") == ["Alpha one", "Alpha three"]
    assert explorer.currentIndex().data(KEY_ROLE) == f"program:{alpha['Alpha']}"
    assert window.current_node is not None
    assert window.current_node.key == f"program:{alpha['Alpha']}"
    assert window.tabs.tabText(0) == "Alpha"
    assert explorer.isExpanded(QModelIndex(beta_index))


def test_a_program_created_and_deleted_elsewhere_comes_and_goes_with_its_campaigns(
    qtbot, context, sessions, elsewhere, manager
) -> None:
    alpha = _program(sessions, "Alpha", "Alpha one")
    window = shown_main_window(qtbot, context)
    model, explorer = window.explorer_model, window.explorer
    alpha_index = _expand(window, f"program:{alpha['Alpha']}")

    with elsewhere.begin() as session:
        program = entities.create(session, manager, "program", {"label": "Beta"})
        session.flush()
        beta_id = program.id
    qtbot.waitUntil(lambda: _titles(model, "programs") == ["Alpha", "Beta"], timeout=WITHIN_MS)
    beta_index = _expand(window, f"program:{beta_id}")
    assert model.rowCount(QModelIndex(beta_index)) == 0
    assert window.select_folder(f"program:{beta_id}")

    with elsewhere.begin() as session:
        entities.delete(session, manager, "program", beta_id)
    qtbot.waitUntil(lambda: _titles(model, "programs") == ["Alpha"], timeout=WITHIN_MS)
    assert explorer.currentIndex().data(KEY_ROLE) == "programs"
    assert explorer.isExpanded(QModelIndex(alpha_index))
    assert _titles(model, f"program:{alpha['Alpha']}") == ["Alpha one"]


def test_a_campaign_moved_to_another_program_elsewhere_leaves_one_and_joins_the_other(
    qtbot, context, sessions, elsewhere, manager
) -> None:
    alpha = _program(sessions, "Alpha", "Alpha one", "Travelling")
    beta = _program(sessions, "Beta", "Beta one")
    window = shown_main_window(qtbot, context)
    model = window.explorer_model
    _expand(window, f"program:{alpha['Alpha']}")
    _expand(window, f"program:{beta['Beta']}")

    with elsewhere.begin() as session:
        entities.update(
            session, manager, "campaign", alpha["Travelling"], {"program_id": beta["Beta"]}
        )
    qtbot.waitUntil(
        lambda: _titles(model, f"program:{beta['Beta']}") == ["Beta one", "Travelling"],
        timeout=WITHIN_MS,
    )
    assert _titles(model, f"program:{alpha['Alpha']}") == ["Alpha one"]


def test_a_send_moving_delivery_counters_elsewhere_reads_nothing_of_the_tree(
    qtbot, context_for, sessions, elsewhere, manager, monkeypatch
) -> None:
    alpha = _program(sessions, "Alpha", "Alpha one")
    with sessions.begin() as session:
        delivery_id = add_delivery(
            session, campaign_id=alpha["Alpha one"], created_by_id=manager.operator_id
        )
    context = context_for(manager)  # listening from now on: nothing told of the above
    listening(qtbot, context)
    window = shown_main_window(qtbot, context)
    model = window.explorer_model
    _expand(window, f"program:{alpha['Alpha']}")
    assert _titles(model, f"program:{alpha['Alpha']}") == ["Alpha one"]

    levels_read: list[int | None] = []
    page = ObjectLevel.page

    def counted_page(level, sessions, parent_id, offset, limit):
        levels_read.append(parent_id)
        return page(level, sessions, parent_id, offset, limit)

    monkeypatch.setattr(ObjectLevel, "page", counted_page)
    for delivered in range(1, 21):  # a send writes its counters once per batch
        with elsewhere.begin() as session:
            session.execute(
                update(Delivery).where(Delivery.id == delivery_id).values(delivered=delivered)
            )
    qtbot.wait(3 * WITHIN_MS // 2)  # the notices came (or the timer looked) meanwhile
    assert levels_read == []

    # A campaign renamed reads its program's level, that one only.
    _edit(elsewhere, manager, "campaign", alpha["Alpha one"], "Alpha first")
    qtbot.waitUntil(
        lambda: _titles(model, f"program:{alpha['Alpha']}") == ["Alpha first"],
        timeout=WITHIN_MS,
    )
    assert levels_read == [alpha["Alpha"]]
    with sessions() as session:
        assert session.scalar(select(Delivery.delivered).where(Delivery.id == delivery_id)) == 20

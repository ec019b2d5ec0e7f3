"""The explorer tree: every folder of domain.md §2, a valid item model, lazy children."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Campaign, Program
from desktop.views.explorer_model import KEY_ROLE, ExplorerModel
from desktop.views.explorer_view import ExplorerView


def _program_with_campaigns(
    sessions: sessionmaker[Session], label: str, campaigns: int
) -> tuple[int, list[int]]:
    with sessions.begin() as session:
        program = Program(label=label)
        session.add(program)
        session.flush()
        rows = [
            {"label": f"{label} campaign {n:05d}", "program_id": program.id}
            for n in range(campaigns)
        ]
        if rows:
            session.execute(insert(Campaign), rows)
        ids = list(
            session.scalars(
                select(Campaign.id)
                .where(Campaign.program_id == program.id)
                .order_by(Campaign.label, Campaign.id)
            )
        )
        return program.id, ids


def _titles(model: ExplorerModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def _child(model: ExplorerModel, parent: QModelIndex, title: str) -> QModelIndex:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == title:
            return index
    raise AssertionError(f"no folder {title!r} under {parent.data()!r}")


def test_tree_has_every_folder_of_the_domain(sessions) -> None:
    model = ExplorerModel(sessions)
    root = QModelIndex()
    assert _titles(model, root) == [
        "Profiles and Targets",
        "Campaign Management",
        "Resources",
        "Administration",
    ]
    profiles = _child(model, root, "Profiles and Targets")
    assert _titles(model, profiles) == ["Recipients", "Lists", "Quarantine"]
    templates = _child(model, _child(model, root, "Resources"), "Templates")
    assert _titles(model, templates) == ["Delivery templates"]
    campaign_management = _child(model, root, "Campaign Management")
    assert _titles(model, campaign_management)[:1] == ["Programs"]
    assert {"Deliveries", "Budgets"} <= set(_titles(model, campaign_management))
    administration = _child(model, root, "Administration")
    assert _titles(model, administration) == [
        "Access management",
        "Campaign Management",
        "Platform",
    ]
    access = _child(model, administration, "Access management")
    assert _titles(model, access) == ["Operators", "Operator groups"]
    admin_campaigns = _child(model, administration, "Campaign Management")
    assert _titles(model, admin_campaigns) == [
        "Typology rules",
        "Typologies",
        "Service providers",
        "Stocks",
    ]
    assert _titles(model, _child(model, administration, "Platform")) == ["Options", "SMTP relay"]


def test_model_passes_the_model_tester(qtmodeltester, sessions) -> None:
    _program_with_campaigns(sessions, "Spring", 3)
    _program_with_campaigns(sessions, "Autumn", 2)
    _program_with_campaigns(sessions, "Empty", 0)
    model = ExplorerModel(sessions, page_size=2)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(ExplorerModel(sessions, page_size=2))  # and Qt's own tester


def test_programs_and_campaigns_are_read_a_page_at_a_time(sessions) -> None:
    program_id, campaign_ids = _program_with_campaigns(sessions, "Big", 450)
    model = ExplorerModel(sessions, page_size=200)
    programs = model.find("programs")
    assert model.rowCount(programs) == 0 and model.canFetchMore(programs)
    model.fetchMore(programs)
    assert _titles(model, programs) == ["Big"]
    program = model.index(0, 0, programs)
    assert program.data(KEY_ROLE) == f"program:{program_id}"
    assert model.hasChildren(program) and model.rowCount(program) == 0

    loaded = []
    while model.canFetchMore(program):
        model.fetchMore(program)
        loaded.append(model.rowCount(program))
    assert loaded == [200, 400, 450]
    keys = [model.index(row, 0, program).data(KEY_ROLE) for row in range(450)]
    assert keys == [f"campaign:{campaign_id}" for campaign_id in campaign_ids]


def test_scrolling_to_the_last_loaded_campaign_reads_the_next_page(qtbot, sessions) -> None:
    _program_with_campaigns(sessions, "Big", 400)
    model = ExplorerModel(sessions, page_size=50)
    view = ExplorerView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    programs = model.find("programs")
    view.expand(programs.parent())
    view.expand(programs)
    program = model.index(0, 0, programs)
    view.expand(program)
    after_expand = model.rowCount(program)
    assert 0 < after_expand < 400  # the first pages only

    steps = [after_expand]
    while model.canFetchMore(program):
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount(program) > steps[-1])
        steps.append(model.rowCount(program))
    assert steps[-1] == 400
    assert all(later - earlier <= 3 * 50 for earlier, later in pairwise(steps))


def test_finding_a_campaign_loads_only_up_to_it(sessions) -> None:
    _program_with_campaigns(sessions, "Small", 3)
    _, campaign_ids = _program_with_campaigns(sessions, "Big", 1000)
    model = ExplorerModel(sessions, page_size=100)
    target = campaign_ids[250]
    index = model.find(f"campaign:{target}")
    assert index.isValid()
    assert index.data(KEY_ROLE) == f"campaign:{target}"
    assert index.parent().data() == "Big"
    assert model.rowCount(index.parent()) == 300  # three pages, not the thousand campaigns
    assert not model.find("campaign:999999").isValid()


def test_reload_shows_new_programs_and_keeps_loaded_children(sessions) -> None:
    _program_with_campaigns(sessions, "Alpha", 2)
    model = ExplorerModel(sessions)
    programs = model.find("programs")
    model.fetchMore(programs)
    alpha = model.index(0, 0, programs)
    model.fetchMore(alpha)
    assert model.rowCount(alpha) == 2

    model.reload_all()  # nothing changed: the same nodes stay, children included
    assert model.rowCount(model.index(0, 0, programs)) == 2

    _program_with_campaigns(sessions, "Beta", 1)
    model.reload_all()
    assert _titles(model, programs) == ["Alpha", "Beta"]


def test_reload_inserts_moves_and_removes_rows_and_keeps_the_other_nodes(
    qtmodeltester, sessions
) -> None:
    program_id, campaign_ids = _program_with_campaigns(sessions, "Alpha", 6)
    model = ExplorerModel(sessions)
    qtmodeltester.check(model, force_py=True)  # and it keeps checking each change
    programs = model.find("programs")
    model.fetchMore(programs)
    alpha = model.index(0, 0, programs)
    model.fetchMore(alpha)
    alpha_node = model.node(alpha)
    before = {child.object_id: child for child in alpha_node.children}
    moved: list[int] = []
    model.rowsMoved.connect(lambda _parent, first, last, *_rest: moved.append(last - first + 1))

    first, second, last = campaign_ids[0], campaign_ids[1], campaign_ids[-1]
    with sessions.begin() as session:
        session.get(Campaign, first).label = "Zebra"  # sorts last now
        session.delete(session.get(Campaign, second))
        session.execute(insert(Campaign), [{"label": "Aardvark", "program_id": program_id}])
    model.reload(alpha_node)

    titles = _titles(model, alpha)
    assert titles[0] == "Aardvark" and titles[-1] == "Zebra" and len(titles) == 6
    assert "Alpha campaign 00001" not in titles
    assert moved == [1]  # the renamed one only
    kept = [child for child in alpha_node.children if child.object_id in before]
    assert all(child is before[child.object_id] for child in kept)
    assert {child.object_id for child in kept} == set(campaign_ids) - {second}
    assert model.node(model.index(5, 0, alpha)).object_id == first
    assert alpha_node.children[-2].object_id == last
    assert model.node(model.index(0, 0, programs)) is alpha_node

"""Operators and groups: only administrators manage them, and nobody gets locked out."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import AuthenticationFailed, ConsoleError, PermissionDenied, ValidationError
from desktop.models import AuditEntry, Operator, OperatorGroup
from desktop.services import entities
from desktop.services.access.rights import SYSTEM, Actor, authenticate
from tests.conftest import ADMIN_PASSWORD


def group_id(sessions: sessionmaker[Session], name: str) -> int:
    with sessions() as session:
        return session.scalars(select(OperatorGroup.id).where(OperatorGroup.name == name)).one()


def operator_id(sessions: sessionmaker[Session], name: str) -> int:
    with sessions() as session:
        return session.scalars(select(Operator.id).where(Operator.name == name)).one()


def create(sessions: sessionmaker[Session], actor: Actor, kind: str, **values: Any) -> int:
    with sessions.begin() as session:
        return entities.create(session, actor, kind, values).id


def update(
    sessions: sessionmaker[Session], actor: Actor, kind: str, entity_id: int, **values: Any
) -> None:
    with sessions.begin() as session:
        entities.update(session, actor, kind, entity_id, values)


def delete(sessions: sessionmaker[Session], actor: Actor, kind: str, entity_id: int) -> None:
    with sessions.begin() as session:
        entities.delete(session, actor, kind, entity_id)


def test_an_administrator_adds_an_operator_who_can_log_in(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    new_id = create(
        sessions,
        admin,
        "operator",
        name="claire",
        label="Claire Martin",
        email="claire@example.com",
        password="claire-secret",
        groups=[group_id(sessions, "campaign_managers")],
    )
    with sessions() as session:
        actor = authenticate(session, "claire", "claire-secret")
        assert actor.operator_id == new_id
        stored = session.get(Operator, new_id)
        assert stored is not None and "claire-secret" not in stored.password_hash
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "operator", AuditEntry.entity_id == new_id
            )
        ).one()
        assert "claire-secret" not in str(entry.details) and "password" in entry.details["fields"]
        assert "password" not in entities.values_of("operator", stored)


def test_a_password_is_required_for_a_new_operator_and_kept_on_edits(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    with pytest.raises(ValidationError) as error:
        create(sessions, admin, "operator", name="dan")
    assert str(error.value) == "Password: is required for a new operator"
    with pytest.raises(ValidationError) as error:
        create(sessions, admin, "operator", name="dan", password="short")
    assert "Password: must be at least 8 characters" in str(error.value)

    dan = create(sessions, admin, "operator", name="dan", password="dan-secret-1")
    update(sessions, admin, "operator", dan, label="Dan", password="")
    with sessions() as session:
        authenticate(session, "dan", "dan-secret-1")
    update(sessions, admin, "operator", dan, password="dan-secret-2")
    with sessions() as session:
        authenticate(session, "dan", "dan-secret-2")
        with pytest.raises(AuthenticationFailed):
            authenticate(session, "dan", "dan-secret-1")


def test_operator_names_are_unique(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ConsoleError) as error:
        create(sessions, admin, "operator", name="manager", password="another-secret")
    assert str(error.value) == "Operator: another one already has this name"


@pytest.mark.parametrize("kind", ["operator", "operator_group"])
def test_campaign_managers_and_reviewers_cannot_manage_access(
    sessions: sessionmaker[Session], manager: Actor, reviewer: Actor, kind: str
) -> None:
    values = {"name": "eve", "password": "eve-secret-1"} if kind == "operator" else {"name": "x"}
    for actor in (manager, reviewer):
        with pytest.raises(PermissionDenied) as error:
            create(sessions, actor, kind, **values)
        assert "ADMINISTRATION" in str(error.value)
    with pytest.raises(PermissionDenied):
        update(sessions, manager, "operator", operator_id(sessions, "manager"), label="Boss")


def test_nobody_deletes_their_own_account(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ConsoleError) as error:
        delete(sessions, admin, "operator", admin.operator_id)
    assert "cannot delete your own account" in str(error.value)


def test_the_last_active_administrator_cannot_be_removed(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    admins = group_id(sessions, "administrators")
    managers = group_id(sessions, "campaign_managers")
    me = admin.operator_id
    assert me is not None
    for values in ({"active": False}, {"groups": [managers]}):
        with pytest.raises(ConsoleError) as error:
            update(sessions, admin, "operator", me, **values)
        assert "at least one active operator" in str(error.value)
    with pytest.raises(ConsoleError):
        update(sessions, admin, "operator_group", admins, rights=["APPROVAL"])
    with pytest.raises(ConsoleError):
        delete(sessions, SYSTEM, "operator", me)
    with sessions() as session:
        stored = session.get(Operator, me)
        assert (
            stored is not None
            and stored.active
            and [g.name for g in stored.groups] == ["administrators"]
        )
        authenticate(session, "admin", ADMIN_PASSWORD)

    # With a second administrator, the first may step down.
    create(sessions, admin, "operator", name="root", password="root-secret", groups=[admins])
    update(sessions, admin, "operator", me, active=False)
    with sessions() as session, pytest.raises(AuthenticationFailed):
        authenticate(session, "admin", ADMIN_PASSWORD)


def test_group_rights_are_known_rights_once_each(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    auditors = create(
        sessions, admin, "operator_group", name="auditors", rights=["EXPORT", "APPROVAL", "EXPORT"]
    )
    with sessions() as session:
        assert entities.get(session, "operator_group", auditors).rights == ["EXPORT", "APPROVAL"]
    with pytest.raises(ValidationError) as error:
        update(sessions, admin, "operator_group", auditors, rights=["EXPORT", "GOD MODE"])
    assert "Rights: must be one of ADMINISTRATION" in str(error.value)
    assert "'GOD MODE'" in str(error.value)


def test_a_group_with_members_cannot_be_deleted(
    sessions: sessionmaker[Session], admin: Actor
) -> None:
    with pytest.raises(ConsoleError) as error:
        delete(sessions, admin, "operator_group", group_id(sessions, "reviewers"))
    assert str(error.value) == (
        "Operator group 'reviewers' cannot be deleted: used by operators as members ('reviewer')"
    )
    empty = create(sessions, admin, "operator_group", name="interns")
    delete(sessions, admin, "operator_group", empty)
    with sessions() as session:
        assert session.get(OperatorGroup, empty) is None


def test_an_operator_owning_campaigns_cannot_be_deleted(
    sessions: sessionmaker[Session], admin: Actor, manager: Actor
) -> None:
    with sessions.begin() as session:
        entities.create(
            session, manager, "campaign", {"label": "Spring", "owner_id": manager.operator_id}
        )
    with pytest.raises(ConsoleError) as error:
        delete(sessions, admin, "operator", manager.operator_id)
    assert "used by campaigns as owner ('Spring')" in str(error.value)
    reviewer_id = operator_id(sessions, "reviewer")
    delete(sessions, admin, "operator", reviewer_id)
    with sessions() as session:
        assert session.get(Operator, reviewer_id) is None
        assert session.scalars(
            select(AuditEntry.details).where(
                AuditEntry.entity == "operator", AuditEntry.action == "delete"
            )
        ).one() == {"title": "reviewer"}

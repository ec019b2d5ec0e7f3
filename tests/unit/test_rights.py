"""Log-in and rights: what each kind of person may do is decided in the services."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import AuthenticationFailed, PermissionDenied
from desktop.models import Operator
from desktop.models.enums import Right
from desktop.services.access.passwords import generate_password, hash_password, verify_password
from desktop.services.access.rights import Actor, authenticate, require
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD


def test_operators_log_in_with_their_password(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        actor = authenticate(session, "manager", MANAGER_PASSWORD)
        assert actor.name == "manager"
        assert actor.can(Right.PREPARE_DELIVERIES)
        assert not actor.can(Right.ADMINISTRATION)


@pytest.mark.parametrize(("name", "password"), [("admin", "wrong"), ("nobody", ADMIN_PASSWORD)])
def test_wrong_name_or_password_gives_the_same_error(
    sessions: sessionmaker[Session], name: str, password: str
) -> None:
    with sessions() as session, pytest.raises(AuthenticationFailed) as error:
        authenticate(session, name, password)
    assert str(error.value) == "unknown operator or wrong password"


def test_a_deactivated_operator_cannot_log_in(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        session.scalars(select(Operator).where(Operator.name == "manager")).one().active = False
    with sessions() as session, pytest.raises(AuthenticationFailed):
        authenticate(session, "manager", MANAGER_PASSWORD)


def test_passwords_are_salted_slow_hashes(sessions: sessionmaker[Session]) -> None:
    first, second = hash_password("same-password"), hash_password("same-password")
    assert first != second and first.startswith("scrypt$")
    assert verify_password("same-password", first)
    assert not verify_password("other-password", first)
    with sessions() as session:
        stored = session.scalar(select(Operator.password_hash).where(Operator.name == "admin"))
        assert ADMIN_PASSWORD not in (stored or "")


def test_administrators_hold_every_right(admin: Actor) -> None:
    assert all(admin.can(right) for right in Right)


def test_reviewers_only_approve(reviewer: Actor) -> None:
    assert reviewer.can(Right.APPROVAL)
    for right in set(Right) - {Right.APPROVAL}:
        with pytest.raises(PermissionDenied) as error:
            require(reviewer, right, "do it")
        assert right.value in str(error.value) and "reviewer" in str(error.value)


def test_a_generated_password_has_no_look_alike_characters() -> None:
    # Shown once, copied by eye: "O" or "0", "l" or "1" would be a guess at the login.
    generated = {generate_password() for _ in range(200)}
    assert len(generated) == 200
    for password in generated:
        groups = password.split("-")
        assert [len(group) for group in groups] == [5, 5, 5], password
        assert not set("".join(groups)) & set("0Oo1lI5S2Z8B"), password
    one = generated.pop()
    assert verify_password(one, hash_password(one))

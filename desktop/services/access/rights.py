"""Who is acting, and the checks every service runs before it changes anything."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.errors import AuthenticationFailed, NotFound, PermissionDenied
from desktop.models import Operator
from desktop.models.enums import Right
from desktop.services.access.passwords import verify_password


@dataclass(frozen=True)
class Actor:
    """The operator a service acts for: id, name and the union of its groups' rights."""

    operator_id: int | None
    name: str
    rights: frozenset[Right]

    def can(self, right: Right) -> bool:
        # Administrators do everything (domain.md §1).
        return Right.ADMINISTRATION in self.rights or right in self.rights

    @property
    def is_admin(self) -> bool:
        return Right.ADMINISTRATION in self.rights


# Used by `init` and by tests' set-up: acts before any operator exists.
SYSTEM = Actor(operator_id=None, name="system", rights=frozenset({Right.ADMINISTRATION}))


def require(actor: Actor, right: Right, action: str = "") -> None:
    if not actor.can(right):
        raise PermissionDenied(actor.name, right.value, action)


def actor_for(session: Session, operator: Operator) -> Actor:
    rights: set[Right] = set()
    for group in operator.groups:
        for name in group.rights or []:
            try:
                rights.add(Right(name))
            except ValueError:
                continue  # a right this version does not know grants nothing
    return Actor(operator_id=operator.id, name=operator.name, rights=frozenset(rights))


def load_actor(session: Session, name: str) -> Actor:
    operator = session.scalar(
        select(Operator).where(Operator.name == name).options(selectinload(Operator.groups))
    )
    if operator is None:
        raise NotFound("operator", name)
    return actor_for(session, operator)


def operator_language(session: Session, actor: Actor) -> str:
    """The language the operator chose ("" when none, or for the system)."""
    if actor.operator_id is None:
        return ""
    return session.scalar(select(Operator.language).where(Operator.id == actor.operator_id)) or ""


def authenticate(session: Session, name: str, password: str) -> Actor:
    """The actor for a name and password; the same error for an unknown name or password."""
    operator = session.scalar(
        select(Operator).where(Operator.name == name).options(selectinload(Operator.groups))
    )
    if operator is None or not operator.active:
        raise AuthenticationFailed()
    if not verify_password(password, operator.password_hash):
        raise AuthenticationFailed()
    return actor_for(session, operator)

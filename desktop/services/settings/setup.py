"""Opening a database (migrated to the newest schema) and creating its first operators."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, ValidationError
from desktop.models import Operator, OperatorGroup
from desktop.models.database import Sessions, make_engine, make_session_factory
from desktop.models.enums import Right
from desktop.models.migrations import upgrade_to_head
from desktop.services.access.passwords import hash_password
from desktop.services.settings.options import ensure_default_options

# The standard groups of domain.md §1: what each kind of person may do.
STANDARD_GROUPS: dict[str, tuple[str, list[Right]]] = {
    "administrators": ("Administrators", [Right.ADMINISTRATION]),
    "campaign_managers": (
        "Campaign managers",
        [Right.PREPARE_DELIVERIES, Right.START_DELIVERIES, Right.IMPORT, Right.EXPORT],
    ),
    "reviewers": ("Reviewers", [Right.APPROVAL]),
}


def open_database(url: str) -> tuple[Engine, Sessions]:
    """An engine and a session factory on `url`, its schema migrated to the newest revision."""
    engine = make_engine(url)
    upgrade_to_head(engine)
    return engine, make_session_factory(engine)


def ensure_standard_groups(session: Session) -> dict[str, OperatorGroup]:
    groups = {g.name: g for g in session.scalars(select(OperatorGroup))}
    for name, (label, rights) in STANDARD_GROUPS.items():
        if name not in groups:
            group = OperatorGroup(name=name, label=label, rights=[r.value for r in rights])
            session.add(group)
            groups[name] = group
    session.flush()
    return groups


def initialize(session: Session, admin_password: str) -> Operator:
    """Creates the standard groups, the default options and the administrator `admin`.

    Running it again keeps existing data and resets nothing but a missing piece."""
    if len(admin_password) < 8:
        raise ValidationError("admin password", "must be at least 8 characters")
    groups = ensure_standard_groups(session)
    ensure_default_options(session)
    admin = session.scalar(select(Operator).where(Operator.name == "admin"))
    if admin is None:
        admin = Operator(
            name="admin",
            label="Administrator",
            password_hash=hash_password(admin_password),
            groups=[groups["administrators"]],
        )
        session.add(admin)
        session.flush()
    return admin


def is_initialized(session: Session) -> bool:
    return session.scalar(select(Operator.id).limit(1)) is not None


def open_at_start(url: str) -> tuple[Engine, Sessions, bool]:
    """open_database, and whether the database awaits its first start (no operator yet).
    A database that cannot be reached, migrated or read raises ConsoleError, with the
    database's reason, for the application to show before anything else."""
    try:
        engine, sessions = open_database(url)
        with sessions() as session:
            first_start = not is_initialized(session)
    except SQLAlchemyError as exc:
        raise ConsoleError(str(exc)) from exc
    return engine, sessions, first_start

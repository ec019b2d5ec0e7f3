"""Application secrets: created at random on first use, shared by every process."""

from __future__ import annotations

import secrets

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.models import AppSecret

TRACKING_KEY = "tracking_signing_key"


def get_or_create_secret(session: Session, name: str) -> bytes:
    row = session.get(AppSecret, name)
    if row is None:
        try:
            with session.begin_nested():
                row = AppSecret(name=name, value=secrets.token_hex(32))
                session.add(row)
        except IntegrityError:
            # Another process created it first: use theirs.
            row = session.get(AppSecret, name)
            assert row is not None
    return bytes.fromhex(row.value)

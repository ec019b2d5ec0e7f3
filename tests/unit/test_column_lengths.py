"""A value longer than its column holds is refused by the services with the field, the
limit and its length, on SQLite (which would store it) as on PostgreSQL (which would
refuse it with a DataError): nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.models import Campaign, Delivery, QuarantinedAddress, Recipient
from desktop.services import entities
from desktop.services.audience import quarantine
from desktop.services.audience.recipient_import import import_recipients
from desktop.services.entities.base import all_specs

CASES = [
    ("campaign", "label", Campaign, {}),
    ("delivery", "subject", Delivery, {"label": "Spring"}),
    ("delivery", "sender_name", Delivery, {"label": "Spring"}),
    ("recipient", "first_name", Recipient, {"email": "ann@mail.example"}),
    ("recipient", "external_id", Recipient, {"email": "ann@mail.example"}),
]


def _count(sessions, model) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(("kind", "name", "model", "others"), CASES)
def test_a_value_longer_than_its_column_is_refused_naming_field_limit_and_length(
    sessions, admin, kind, name, model, others
):
    limit = model.__table__.c[name].type.length
    before = _count(sessions, model)

    with pytest.raises(ValidationError) as refused:
        entities.save(sessions, admin, kind, None, {**others, name: "x" * (limit + 1)})

    label = entities.spec_for(kind).field(name).label
    assert str(refused.value).startswith(
        f"{label}: {limit + 1:,} characters, at most {limit:,} allowed"
    )
    assert _count(sessions, model) == before


@pytest.mark.parametrize(("kind", "name", "model", "others"), CASES)
def test_a_value_as_long_as_its_column_is_stored_whole(sessions, admin, kind, name, model, others):
    limit = model.__table__.c[name].type.length
    value = "é" * limit  # characters, not bytes: PostgreSQL counts them so too

    saved = entities.save(sessions, admin, kind, None, {**others, name: value})

    with sessions() as session:
        assert getattr(session.get(model, saved), name) == value


def test_every_text_field_of_a_string_column_knows_its_column_length():
    for spec in all_specs().values():
        columns = spec.model.__table__.c
        for field in spec.fields:
            column = columns.get(field.name)
            length = getattr(column.type, "length", None) if column is not None else None
            if length is not None and field.kind.value in ("text", "multiline", "email"):
                assert field.max_length is not None and field.max_length <= length, field


def test_an_imported_value_longer_than_its_column_rejects_its_line(sessions, manager, tmp_path):
    limit = Recipient.__table__.c.city.type.length
    path = tmp_path / "people.csv"
    path.write_text(
        f"email,city\nann@mail.example,{'y' * (limit + 1)}\nbob@mail.example,Lyon\n",
        encoding="utf-8",
    )

    report = import_recipients(sessions, manager, path)

    (rejected,) = report.rejected
    assert rejected.line == 2
    assert rejected.reason.startswith(f"city: {limit + 1} characters, at most {limit} allowed")
    assert report.imported == 1


def test_a_quarantine_reason_too_long_is_refused_not_cut(sessions, manager):
    limit = QuarantinedAddress.__table__.c.reason.type.length

    with sessions() as session, pytest.raises(ValidationError, match=f"at most {limit}"):
        quarantine.add(session, manager, "ann@mail.example", "r" * (limit + 1))

    assert _count(sessions, QuarantinedAddress) == 0

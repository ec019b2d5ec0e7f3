"""A delivery's proof target: a proof list or up to 100 valid addresses, never both; set
by the service the CLI uses and by the delivery form, under the same rule."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from desktop.errors import InvalidState, PermissionDenied, ValidationError
from desktop.models import AuditEntry, Delivery, Recipient, RecipientList, list_member
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.preparation.pipeline import prepare
from desktop.services.proofs.target import proof_lists, proof_target, set_proof_target
from tests.unit.preparation_data import add_delivery, add_recipient, add_typology


@pytest.fixture
def delivery_id(sessions, manager) -> int:
    with sessions.begin() as session:
        return entities.create(session, manager, "delivery", {"label": "Spring"}).id


def _list(sessions, members: int, *, proof: bool = True) -> int:
    with sessions.begin() as session:
        seed = RecipientList(label=f"Seeds {members}", is_proof_target=proof)
        session.add(seed)
        session.flush()
        for n in range(members):
            session.add(Recipient(email=f"s{n}@example.com", email_key=f"s{n}@example.com"))
        session.flush()
        ids = session.scalars(select(Recipient.id).order_by(Recipient.id.desc()).limit(members))
        rows = [{"list_id": seed.id, "recipient_id": i} for i in ids]
        if rows:
            session.execute(insert(list_member), rows)
        return seed.id


def _set(sessions, actor, delivery_id: int, **target):
    with sessions.begin() as session:
        return set_proof_target(session, actor, delivery_id, **target)


def _stored(sessions, delivery_id: int) -> tuple[int | None, list[str]]:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        return delivery.proof_list_id, delivery.proof_addresses


def test_addresses_are_checked_trimmed_and_kept_once(sessions, manager, delivery_id) -> None:
    target = _set(
        sessions,
        manager,
        delivery_id,
        addresses=" Ann@Example.com, bob@example.org;ann@example.com\ncid@example.net ",
    )
    assert target.addresses == ["Ann@Example.com", "bob@example.org", "cid@example.net"]
    assert target.size == 3 and target.list_id is None
    assert _stored(sessions, delivery_id) == (None, target.addresses)

    with pytest.raises(ValidationError, match="'bob@' is not a valid e-mail address"):
        _set(sessions, manager, delivery_id, addresses=["ann@example.com", "bob@"])
    too_many = [f"p{n}@example.com" for n in range(101)]
    with pytest.raises(ValidationError, match="at most 100 addresses; 101 were given"):
        _set(sessions, manager, delivery_id, addresses=too_many)
    assert _set(sessions, manager, delivery_id, addresses=too_many[:100]).size == 100


def test_a_list_replaces_the_addresses_and_must_be_a_proof_list(
    sessions, manager, delivery_id
) -> None:
    _set(sessions, manager, delivery_id, addresses=["ann@example.com"])
    seeds = _list(sessions, 3)
    target = _set(sessions, manager, delivery_id, list_id=seeds)
    assert (target.list_id, target.list_label, target.size) == (seeds, "Seeds 3", 3)
    assert _stored(sessions, delivery_id) == (seeds, [])
    # And addresses replace the list; none at all clears the target.
    _set(sessions, manager, delivery_id, addresses="ann@example.com")
    assert _stored(sessions, delivery_id) == (None, ["ann@example.com"])
    _set(sessions, manager, delivery_id, addresses=[])
    with sessions() as session:
        assert not proof_target(session, delivery_id).is_set

    with pytest.raises(ValidationError, match="not flagged as a proof target"):
        _set(sessions, manager, delivery_id, list_id=_list(sessions, 2, proof=False))
    with pytest.raises(ValidationError, match="has 101"):
        _set(sessions, manager, delivery_id, list_id=_list(sessions, 101))
    with pytest.raises(ValidationError, match="either proof addresses or a proof list"):
        _set(sessions, manager, delivery_id, addresses=["a@example.com"], list_id=seeds)
    with sessions() as session:
        changes = session.scalars(
            select(AuditEntry.details).where(
                AuditEntry.entity == "delivery", AuditEntry.action == "update"
            )
        ).all()
    assert {"fields": ["proof_list_id", "proof_addresses"]} in changes


def test_only_campaign_managers_set_it_and_not_while_preparing(
    sessions, manager, reviewer, delivery_id
) -> None:
    with pytest.raises(PermissionDenied, match="PREPARE DELIVERIES"):
        _set(sessions, reviewer, delivery_id, addresses=["a@example.com"])
    with sessions.begin() as session:
        session.get(Delivery, delivery_id).status = DeliveryStatus.PREPARING
    with pytest.raises(InvalidState, match="being prepared"):
        _set(sessions, manager, delivery_id, addresses=["a@example.com"])
    assert _stored(sessions, delivery_id) == (None, [])


def test_the_form_edits_the_target_under_the_same_rule(sessions, manager, delivery_id) -> None:
    def save(values: dict) -> None:
        entities.save(sessions, manager, "delivery", delivery_id, values)

    save({"proof_addresses": "ann@example.com, bob@example.org"})
    assert _stored(sessions, delivery_id) == (None, ["ann@example.com", "bob@example.org"])
    with pytest.raises(ValidationError, match="Proof addresses: 'nope' is not a valid"):
        save({"proof_addresses": "ann@example.com, nope"})
    with pytest.raises(ValidationError, match="not both"):
        save({"proof_list_id": _list(sessions, 1)})
    with pytest.raises(ValidationError, match="not flagged as a proof target"):
        save({"proof_addresses": [], "proof_list_id": _list(sessions, 1, proof=False)})
    seeds = _list(sessions, 2)
    save({"proof_addresses": [], "proof_list_id": seeds})
    assert _stored(sessions, delivery_id) == (seeds, [])
    with sessions() as session:
        values = entities.values_of("delivery", session.get(Delivery, delivery_id))
    assert (values["proof_list_id"], values["proof_addresses"]) == (seeds, [])


def test_a_proof_target_size_rule_counts_the_typed_addresses(sessions, manager) -> None:
    with sessions.begin() as session:
        typology = add_typology(
            session,
            "small proofs",
            {
                "name": "two_proofs_at_most",
                "rule_type": "control",
                "control_check": "proof_target_size",
                "control_threshold": 2,
                "severity": "error",
            },
        )
        add_recipient(session, "a@example.com")
        delivery_id = add_delivery(
            session,
            typology_id=typology,
            proof_addresses=["p1@example.com", "p2@example.com", "p3@example.com"],
        )

    result = prepare(sessions, manager, delivery_id)

    assert result.status is DeliveryStatus.PREPARATION_FAILED
    assert "proof target has 3 recipients, over the limit of 2" in result.error


def test_a_form_offers_the_proof_lists_with_their_sizes(sessions) -> None:
    seeds = _list(sessions, 3)
    empty = _list(sessions, 0)
    _list(sessions, 2, proof=False)
    with sessions() as session:
        offered = proof_lists(session)
    assert [(p.id, p.label, p.members) for p in offered] == [
        (empty, "Seeds 0", 0),
        (seeds, "Seeds 3", 3),
    ]

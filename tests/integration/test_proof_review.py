"""The proofs step waits for a proof: its reviewers see it as theirs to decide, and are
told, once a proof has gone out (to a real SMTP server)."""

from __future__ import annotations

from desktop.models.enums import ApprovalKind
from desktop.services.delivery.approval_list import approval_rows, count_mine
from desktop.services.proofs.sending import send_proof
from desktop.services.proofs.target import set_proof_target
from tests.integration.sending_support import RecordingHandler, relay_of, smtp_server
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    clear_notifications,
    name_reviewer,
    notified,
    prepared,
)


def _mine(sessions, name: str) -> list[tuple[int, ApprovalKind]]:
    with sessions() as session:
        return [
            (r.delivery_id, r.step)
            for r in approval_rows(session, actor(sessions, name), mine=True)
        ]


def test_the_proofs_step_is_the_reviewers_to_decide_once_a_proof_went_out(sessions) -> None:
    with sessions.begin() as session:
        add_people(session)
        campaign_id = add_campaign(session, owner="manager", steps=("proofs",))
        name_reviewer(session, campaign_id=campaign_id, operator="reviewer", step="proofs")
        delivery_id = add_campaign_delivery(session, campaign_id)
    manager = actor(sessions, "manager")
    prepared(sessions, manager, delivery_id)
    with sessions.begin() as session:
        set_proof_target(session, manager, delivery_id, addresses=["seed@example.org"])
    clear_notifications(sessions)

    # Nothing to decide yet: the approve button would only be refused.
    assert _mine(sessions, "reviewer") == []
    with sessions() as session:
        assert count_mine(session, actor(sessions, "reviewer")) == 0

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        send_proof(sessions, manager, delivery_id, relay_of(server))

    assert _mine(sessions, "reviewer") == [(delivery_id, ApprovalKind.PROOFS)]
    with sessions() as session:
        assert count_mine(session, actor(sessions, "reviewer")) == 1
    assert notified(sessions, "proof 1 to approve") == {"reviewer"}

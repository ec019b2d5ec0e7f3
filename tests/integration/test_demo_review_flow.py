"""A newcomer's first steps in the demo, with a real SMTP server (aiosmtpd): at the first
start the team is told what awaits it now, and nothing older; the delivery waiting for a
proof goes on once the manager sends one; the one waiting for the reviewer goes on once
the reviewer approves it."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Delivery, Notification
from desktop.models.enums import ApprovalKind, DeliveryStatus
from desktop.services.access.rights import load_actor
from desktop.services.delivery.approval_decisions import approve
from desktop.services.delivery.approval_list import approval_rows
from desktop.services.delivery.confirmation import may_confirm
from desktop.services.direct_mail import proof_steps
from desktop.services.direct_mail.extraction import extract
from desktop.services.direct_mail.hand_off import hand_off
from desktop.services.notifications.sender import deliver_queued, has_due
from desktop.services.proofs.sending import send_proof
from desktop.services.sending import control
from tests.demo_database import demo_copy
from tests.integration.sending_support import RecordingHandler, relay_of, smtp_server

S = DeliveryStatus
CAMILLE = "camille.martin@acme-outdoor.example"  # the manager
ERIK = "erik.lindqvist@acme-outdoor.example"  # the reviewer


def _delivery_id(sessions, label: str) -> int:
    with sessions() as session:
        return session.scalars(select(Delivery.id).where(Delivery.label == label)).one()


def _status(sessions, delivery_id: int) -> DeliveryStatus:
    with sessions() as session:
        return session.get(Delivery, delivery_id).status


def _actors(sessions, *names: str):
    with sessions() as session:
        return [load_actor(session, name) for name in names]


def test_the_first_start_tells_the_team_what_awaits_it_now(tmp_path_factory) -> None:
    with demo_copy(tmp_path_factory) as (sessions, _):
        launch = _delivery_id(sessions, "Summer sale: launch")
        teaser = _delivery_id(sessions, "Summer sale: teaser")
        handler = RecordingHandler()
        with smtp_server(handler) as server:
            counts = deliver_queued(sessions, relay_of(server))
        with sessions() as session:
            nothing_left = not has_due(session)

    assert (counts.sent, counts.failed) == (2, 0) and nothing_left
    # (A subject too long for one header line is folded whole onto the next.)
    received = sorted((r.rcpt, r.message["Subject"].strip()) for r in handler.received)
    assert received == [
        (CAMILLE, f'[Campaign Console] Delivery {teaser} "Summer sale: teaser": ready to confirm'),
        (
            ERIK,
            f'[Campaign Console] Delivery {launch} "Summer sale: launch": '
            "targeting and content await your approval",
        ),
    ]
    erik = next(r.message for r in handler.received if r.rcpt == ERIK)
    assert "Campaign Management > Pending approvals" in erik.get_content()


def test_the_delivery_waiting_for_a_proof_goes_on_once_a_proof_is_sent(tmp_path_factory) -> None:
    with demo_copy(tmp_path_factory) as (sessions, _):
        taipei = _delivery_id(sessions, "台北旗艦店開幕通知")
        manager, reviewer = _actors(sessions, "manager", "reviewer")

        # The manager's next move: send a proof (in his language, French: a BAT).
        handler = RecordingHandler()
        with smtp_server(handler) as server:
            proof = send_proof(sessions, manager, taipei, relay_of(server))
        assert (proof.number, proof.status) == (1, "sent") and proof.accepted > 0
        assert handler.count() == proof.accepted
        assert all(r.message["Subject"].startswith("[BAT 1] ") for r in handler.received)

        # Then the reviewer's: the proofs, the last step, in his Pending approvals.
        with sessions() as session:
            mine = approval_rows(session, reviewer, delivery_id=taipei, mine=True)
        assert [row.step for row in mine] == [ApprovalKind.PROOFS]
        with sessions.begin() as session:
            decision = approve(session, reviewer, taipei, ApprovalKind.PROOFS)
        assert decision.delivery_status is S.PENDING_CONFIRMATION

        # The campaign names the reviewer to confirm: he is told, the manager may not.
        with sessions() as session:
            assert may_confirm(session, reviewer, taipei)
            assert not may_confirm(session, manager, taipei)
            told = session.scalars(
                select(Notification.address).where(
                    Notification.delivery_id == taipei,
                    Notification.sent_at.is_(None),
                    Notification.subject.endswith("ready to confirm"),
                )
            ).all()
        assert told == [ERIK]


def test_the_delivery_waiting_for_the_reviewer_goes_on_once_he_approves(tmp_path_factory) -> None:
    with demo_copy(tmp_path_factory) as (sessions, _):
        launch = _delivery_id(sessions, "Summer sale: launch")
        manager, reviewer = _actors(sessions, "manager", "reviewer")
        with sessions() as session:
            steps = [row.step for row in approval_rows(session, reviewer, mine=True)
                     if row.delivery_id == launch]  # fmt: skip
        for step in steps:
            with sessions.begin() as session:
                decision = approve(session, reviewer, launch, step)
        assert steps == [ApprovalKind.TARGETING, ApprovalKind.CONTENT]
        assert decision.delivery_status is S.PENDING_CONFIRMATION
        # Nobody is named to confirm it: the manager, its campaign's owner, does.
        with sessions.begin() as session:
            assert control.confirm(session, manager, launch) is S.IN_PROGRESS


def test_the_catalogue_mailing_goes_to_finished(tmp_path_factory) -> None:
    """The demo's direct mailing, as a newcomer takes it through its steps: its provider
    has an export format and a drop folder under the user data folder, its recipients
    postal addresses; the manager owns its campaign and reviews its file and proofs."""
    with demo_copy(tmp_path_factory) as (sessions, _):
        mailing = _delivery_id(sessions, "Autumn catalogue mailing")
        (manager,) = _actors(sessions, "manager")
        assert _status(sessions, mailing) is S.PENDING_EXTRACTION

        extracted = extract(sessions, manager, mailing)
        assert extracted.status is S.FILE_TO_APPROVE and extracted.rows > 0
        header = extracted.path.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("recipient.external_id,recipient.first_name")
        with sessions.begin() as session:
            approve(session, manager, mailing, ApprovalKind.EXTRACTION)
        handler = RecordingHandler()
        with smtp_server(handler) as server:
            proof = send_proof(sessions, manager, mailing, relay_of(server))
            assert proof.status == "sent"
            assert f"{extracted.rows} letters" in handler.received[0].message["Subject"]
            with sessions.begin() as session:
                proof_steps.submit_proofs(session, manager, mailing)
            with sessions.begin() as session:
                proof_steps.accept_proofs(session, manager, mailing)
            done = hand_off(sessions, manager, mailing, relay_of(server))

        assert done.status is S.FINISHED
        assert done.drop_path.read_bytes() == extracted.path.read_bytes()
        assert handler.received[-1].rcpt == "production@routage-atlantique.example"
        with sessions() as session:
            delivery = session.get(Delivery, mailing)
            assert delivery.delivered == extracted.rows

"""What a template sees of a recipient (its columns and custom fields) is read the same way
by the preview, the preparation's workers, the send engine and the tracking server's mirror
page: one list of columns, one statement."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import DeliveryLog, utcnow
from desktop.models.enums import LogStatus, TrackingKind
from desktop.services.delivery.preview import recipient_mapping, render_preview
from desktop.services.messages.rendering import RECIPIENT_FIELDS, RECIPIENTS_BY_ID
from desktop.services.messages.tracking_links import TrackingToken, signer_for
from desktop.services.preparation.render_pool import recipient_rows
from desktop.services.sending import claims, send_sessions
from desktop.services.servers.tracking import TrackingApp
from tests.unit.preparation_data import add_delivery, add_recipient

# Every field a template can name, and a custom field read as recipient.tier.
TEMPLATE = " | ".join(f"{{{{ recipient.{name} }}}}" for name in (*RECIPIENT_FIELDS, "tier"))


def test_every_path_reads_the_same_recipient(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    with sessions.begin() as session:
        recipient_id = add_recipient(
            session,
            "ann@example.com",
            language="fr",
            city="Lyon",
            postal_address="1 rue Neuve",
            external_id="A-1",
            custom_fields={"tier": "gold"},
        )
        delivery_id = add_delivery(session, html=TEMPLATE)
        session.add(
            DeliveryLog(
                delivery_id=delivery_id,
                recipient_id=recipient_id,
                status=LogStatus.TO_DELIVER,
                address="ann@example.com",
            )
        )
    with sessions() as session:
        previewed = recipient_mapping(session, recipient_id)
    with engine.connect() as connection:
        [prepared] = recipient_rows(connection, [recipient_id])
        [shared] = connection.execute(RECIPIENTS_BY_ID, {"ids": [recipient_id]})
    with sessions.begin() as session:
        sender = send_sessions.register(session, delivery_id)
        [claimed] = claims.claim_due_rows(session, delivery_id, sender, 1, utcnow())
    assert set(previewed) == {*RECIPIENT_FIELDS, "custom_fields"}
    assert previewed["custom_fields"] == {"tier": "gold"}
    assert dict(prepared) == previewed
    assert claimed.recipient == previewed
    assert dict(shared._mapping) == previewed

    with sessions.begin() as session:
        preview_html = render_preview(session, {}, recipient_id, delivery_id).html
        signer = signer_for(session)
    assert "Lyon" in preview_html and "gold" in preview_html and "A-1" in preview_html
    token = TrackingToken(delivery_id, recipient_id, TrackingKind.MIRROR)
    mirrored = TrackingApp(sessions, signer)._mirror_html(token)
    assert mirrored is not None and mirrored.startswith(preview_html)  # then the open pixel

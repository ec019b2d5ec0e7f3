"""Who may send a delivery, and through which relay (domain.md §1, §4).

Every send needs START DELIVERIES: carrying on a delivery In progress (after a crash, a
kill, Ctrl-C, or once resumed) as much as starting one. One send is the exception: the
one its confirmer starts at once, in the same action. Confirming follows the confirmation
rule (services.delivery.confirmation), which may name people without the right, such as a
confirmation reviewer; the send they start by confirming is part of their confirmation,
and is recognised by the Confirmation that sending.control.confirm_send returned them.

A relay other than the configured one (`--smtp`) needs ADMINISTRATION: choosing where a
delivery's messages leave is an administration setting (services.settings.relay_settings).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.enums import DeliveryStatus, Right
from desktop.services.access.rights import Actor, require
from desktop.services.settings.relay_settings import RelayTarget


@dataclass(frozen=True)
class Confirmation:
    """A send just confirmed: the delivery, who confirmed it, and its status now (In
    progress, or Scheduled when its contact date is ahead: the scheduler sends it)."""

    delivery_id: int
    operator_id: int | None
    status: DeliveryStatus

    def starts(self, actor: Actor, delivery_id: int) -> bool:
        """Whether this confirmation lets `actor` send `delivery_id` now."""
        return (
            self.status is DeliveryStatus.IN_PROGRESS
            and self.delivery_id == delivery_id
            and self.operator_id == actor.operator_id
        )


def ensure_may_send(
    actor: Actor, delivery_id: int, confirmation: Confirmation | None = None
) -> None:
    """Raises PermissionDenied (START DELIVERIES) unless the actor may send the delivery."""
    if confirmation is not None and confirmation.starts(actor, delivery_id):
        return
    require(actor, Right.START_DELIVERIES, f"send delivery {delivery_id}")


def ensure_may_use_relay(actor: Actor, relay: RelayTarget) -> None:
    """Raises PermissionDenied (ADMINISTRATION) for a relay chosen instead of the settings."""
    if relay.chosen:
        require(actor, Right.ADMINISTRATION, f"send through the relay {relay} (--smtp)")

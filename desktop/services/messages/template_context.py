"""What a delivery's templates can use: the one list of their variables.

The renderer builds each recipient's context from these names (messages.rendering), the
content editor's field picker offers them, and `delivery create --help` names them.
A recipient's custom fields read as `recipient.NAME` too, unless a column has that name.
"""

from __future__ import annotations

# A recipient's columns a template sees as `recipient.NAME`.
RECIPIENT_FIELDS = (
    "id",
    "email",
    "first_name",
    "last_name",
    "language",
    "country",
    "city",
    "postal_address",
    "external_id",
)
# The delivery's and its campaign's, as `delivery.NAME` and `campaign.NAME`.
DELIVERY_FIELDS = ("id", "label", "subject", "sender_name", "sender_address")
CAMPAIGN_FIELDS = ("id", "label", "description")
# Links signed for each recipient.
LINKS = ("unsubscribe_url", "mirror_url")
CUSTOM_FIELD = "recipient.NAME"  # how the list shows a custom field


def template_variables() -> list[str]:
    """Every variable, as a template writes it between {{ and }}: `recipient.first_name`."""
    return [
        *(f"recipient.{name}" for name in RECIPIENT_FIELDS),
        *(f"delivery.{name}" for name in DELIVERY_FIELDS),
        *(f"campaign.{name}" for name in CAMPAIGN_FIELDS),
        *LINKS,
    ]


def placeholder(variable: str) -> str:
    """What inserting a variable writes: `{{ recipient.first_name }}`."""
    return "{{ " + variable + " }}"

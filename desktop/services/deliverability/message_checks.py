"""Every check of a built message: its headers, its parts and its links."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from desktop.services.deliverability import header_checks, link_checks, mime_checks
from desktop.services.deliverability.findings import Finding
from desktop.services.deliverability.message_context import MessageContext


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def check_message(data: bytes, context: MessageContext) -> list[Finding]:
    """The findings of a message's bytes, as a relay would receive them."""
    message = parse(data)
    return [
        *header_checks.check_lines(data),
        *header_checks.check_date(data),
        *header_checks.check_message_id(data),
        *header_checks.check_list_headers(message, context),
        *mime_checks.check_parts(message, len(data), context),
        *link_checks.check_links(message, context),
    ]

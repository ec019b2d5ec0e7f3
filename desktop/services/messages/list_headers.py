"""What a delivery's messages say about their list: `List-Id` (RFC 2919) and the mailbox of
the `mailto:` alternative of `List-Unsubscribe` (RFC 2369).

Mailbox providers group and judge a sender's mail by its List-Id, and offer their
unsubscribe button when List-Unsubscribe is there. The List-Id is the platform's
(option NmsEmail_ListId) when an administrator set one, else one per campaign under the
sender's domain: `Spring sale <campaign-12.example.com>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.errors import ValidationError

LIST_ID_OPTION = "NmsEmail_ListId"
UNSUBSCRIBE_MAILBOX_OPTION = "NmsEmail_UnsubscribeMailbox"

# RFC 2919: [phrase] "<" list-label "." list-id-namespace ">", the id a dot-atom-text of
# at most 255 characters.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LIST_ID = re.compile(rf"{_ATOM}(?:\.{_ATOM})+")
_WITH_PHRASE = re.compile(r"^([^<>]*)<([^<>]*)>$")
# What a phrase cannot hold unquoted (RFC 5322 specials but the dot), and line breaks.
_NOT_IN_PHRASE = re.compile(r'[()<>\[\]:;@\\,"\r\n\t]+')


@dataclass(frozen=True)
class ListHeaders:
    """The List-Id value (empty: no List-Id) and the unsubscribe mailbox (empty: no mailto:)."""

    list_id: str = ""
    unsubscribe_mailbox: str = ""


def _phrase(label: str) -> str:
    return " ".join(_NOT_IN_PHRASE.sub(" ", label).split())


def list_id_value(text: str, *, field: str = LIST_ID_OPTION) -> str:
    """`Name <label.namespace>` (or a bare `label.namespace`) as a List-Id value, or a
    ValidationError naming the field."""
    text = text.strip()
    match = _WITH_PHRASE.match(text)
    phrase, identifier = (match.group(1), match.group(2).strip()) if match else ("", text)
    if not _LIST_ID.fullmatch(identifier) or len(identifier) > 255:
        raise ValidationError(
            field, "must be a list id such as `News <news.example.com>` (RFC 2919)", text
        )
    phrase = _phrase(phrase)
    return f"{phrase} <{identifier}>" if phrase else f"<{identifier}>"


def campaign_list_id(campaign_id: int, campaign_label: str, sender_address: str) -> str:
    """A campaign's own List-Id, under the sender's domain."""
    domain = sender_address.rpartition("@")[2].strip().lower().rstrip(".")
    if not _LIST_ID.fullmatch(f"x.{domain}"):
        domain = "campaign-console.invalid"
    phrase = _phrase(campaign_label)
    identifier = f"campaign-{campaign_id}.{domain}"
    return f"{phrase} <{identifier}>" if phrase else f"<{identifier}>"


def list_headers(
    *,
    platform_list_id: str,
    unsubscribe_mailbox: str,
    campaign_id: int | None,
    campaign_label: str,
    sender_address: str,
) -> ListHeaders:
    """The list headers of a delivery's messages: the platform's List-Id (option
    NmsEmail_ListId) when set, else its campaign's; the unsubscribe mailbox (option
    NmsEmail_UnsubscribeMailbox)."""
    if platform_list_id.strip():
        list_id = list_id_value(platform_list_id)
    elif campaign_id is not None:
        list_id = campaign_list_id(campaign_id, campaign_label, sender_address)
    else:
        list_id = ""
    return ListHeaders(list_id=list_id, unsubscribe_mailbox=unsubscribe_mailbox.strip())

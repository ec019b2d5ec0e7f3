"""Platform options: typed values, validated against their type, edited by administrators.

The options the console reads (domain.md §7) also have a range or a form: a validity
period of 10**20 seconds, a concurrency limit of -5 or a tracking URL `javascript:...`
would be stored, then break each send or each message; they are refused when set, and a
value stored before is refused when read, in one line naming the option.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ChangedElsewhere, NotFound, ValidationError
from desktop.models import Option
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.enums import OptionType, Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience.addresses import address_problem, is_valid_address
from desktop.services.direct_mail import extraction_names
from desktop.services.messages.list_headers import (
    LIST_ID_OPTION,
    UNSUBSCRIBE_MAILBOX_OPTION,
    list_id_value,
)
from desktop.services.runtime.local_time import shown_time

OptionValue = str | int | Decimal | date | bool

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class OptionDefault:
    name: str
    label: str
    data_type: OptionType
    value: str
    # The range of an integer option the console reads.
    minimum: int | None = None
    maximum: int | None = None


DAY = 24 * 3600
INTEGER_RANGE = (-(2**63), 2**63 - 1)  # what any integer option may hold
# Integer options the relay settings create (services.settings.relay_settings).
OTHER_RANGES = {"NmsEmail_RelayPort": (1, 65535), "NmsEmail_RelayTimeout": (1, 3600)}


# The options of domain.md §7, created by `init` with these values.
DEFAULT_OPTIONS = (
    OptionDefault(
        "NmsCampaign_Activate_OwnerConfirmation",
        "Campaign owner may confirm a send when reviewers are named",
        OptionType.BOOLEAN,
        "0",
    ),
    OptionDefault(
        "NmsBroadcast_RemoveDuplicatesRecipients",
        "Exclude duplicate addresses at preparation",
        OptionType.BOOLEAN,
        "1",
    ),
    OptionDefault(
        "NmsBroadcast_RemoveBlackList",
        "Exclude denylisted recipients at preparation",
        OptionType.BOOLEAN,
        "1",
    ),
    OptionDefault(
        "NmsBroadcast_MsgValidityDuration",
        "Validity period of a delivery (seconds)",
        OptionType.INTEGER,
        str(5 * DAY),
        minimum=1,
        maximum=3650 * DAY,
    ),
    OptionDefault(
        "NmsEmail_RetryCount",
        "Retries of temporary failures",
        OptionType.INTEGER,
        "5",
        minimum=0,
        maximum=1000,
    ),
    OptionDefault(
        "NmsEmail_RetryPeriod",
        "Seconds between retries",
        OptionType.INTEGER,
        "3600",
        minimum=0,  # retry at once
        maximum=30 * DAY,
    ),
    OptionDefault(
        "NmsOperation_LimitConcurrency",
        "Deliveries that may prepare or send at once",
        OptionType.INTEGER,
        "4",
        minimum=1,
        maximum=1000,
    ),
    OptionDefault(
        "NmsTracking_ServerUrl",
        "Public base URL of the tracking server",
        OptionType.TEXT,
        "http://127.0.0.1:8765",
    ),
    OptionDefault(
        "NmsEmail_QuarantineThreshold",
        "Hard bounces after which an address is quarantined",
        OptionType.INTEGER,
        "1",
        minimum=1,
        maximum=1000,
    ),
    OptionDefault(
        "NmsEmail_DefaultFromAddr",
        "Sender address of the console's notifications",
        OptionType.TEXT,
        # Reserved for no real domain (RFC 2606): an administrator sets the platform's own.
        "campaign-console@notifications.invalid",
    ),
    OptionDefault(
        "NmsDelivery_RenderSeconds",
        "Longest time one message may take to render (seconds)",
        OptionType.DECIMAL,
        "2",
    ),
    OptionDefault(
        "NmsDelivery_RenderCharacters",
        "Largest message one render may produce (characters)",
        OptionType.INTEGER,
        "2000000",
        minimum=10_000,  # below it even a plain message could fail
        maximum=500_000_000,  # a worker's memory is capped at about 1 GB
    ),
    OptionDefault(
        "NmsEmail_HeloName",
        "Name the console gives in EHLO (empty: this machine's fully qualified name)",
        OptionType.TEXT,
        "",
    ),
    OptionDefault(
        "NmsEmail_ListId",
        "List-Id of every message (empty: one per campaign, under the sender's domain)",
        OptionType.TEXT,
        "",
    ),
    OptionDefault(
        "NmsEmail_CaFile",
        "CA certificates (PEM file) trusted for the relay's TLS besides the system's",
        OptionType.TEXT,
        "",
    ),
    OptionDefault(
        "NmsEmail_UnsubscribeMailbox",
        "Mailbox of the mailto: unsubscribe link (empty: none)",
        OptionType.TEXT,
        "",
    ),
    OptionDefault(
        extraction_names.FOLDER_OPTION,
        "Folder of the direct-mail extraction files (empty: in the user data folder)",
        OptionType.TEXT,
        "",
    ),
    OptionDefault(
        extraction_names.NAME_OPTION,
        "Name of an extraction file: {code} and {date} are replaced",
        OptionType.TEXT,
        extraction_names.DEFAULT_PATTERN,
    ),
)


def _builtin(name: str) -> OptionDefault | None:
    return next((option for option in DEFAULT_OPTIONS if option.name == name), None)


def _range(name: str) -> tuple[int, int]:
    """The values an integer option may take: its own range, else 64 bits."""
    low, high = OTHER_RANGES.get(name, INTEGER_RANGE)
    builtin = _builtin(name)
    if builtin is not None and builtin.minimum is not None:
        low = builtin.minimum
    if builtin is not None and builtin.maximum is not None:
        high = builtin.maximum
    return low, high


def _shown(raw: str) -> str:
    return raw if len(raw) <= 40 else f"{raw[:20]}... ({len(raw)} characters)"


def _whole_number(name: str, raw: str) -> int:
    text = raw.strip()
    digits = text.removeprefix("-").removeprefix("+")
    if not (digits.isascii() and digits.isdigit()):
        raise ValidationError(name, "must be a whole number", _shown(raw))
    low, high = _range(name)
    value = int(text) if len(digits) <= 19 else None  # longer: out of any range
    if value is None or not low <= value <= high:
        raise ValidationError(name, f"must be a whole number from {low} to {high}", _shown(raw))
    return value


def _check_known(name: str, value: OptionValue) -> OptionValue:
    """The form of a text option the console reads."""
    if name == "NmsTracking_ServerUrl":
        url = urlsplit(str(value).strip())
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValidationError(name, "must be an http:// or https:// URL", value)
    elif name == LIST_ID_OPTION and str(value).strip():
        list_id_value(str(value), field=name)
    elif name == extraction_names.NAME_OPTION:
        extraction_names.check_pattern(str(value), field=name)
    elif name == UNSUBSCRIBE_MAILBOX_OPTION and not _empty_or_address(str(value)):
        raise ValidationError(
            name, f"must be an e-mail address: {address_problem(str(value))}", value
        )
    return value


def _empty_or_address(text: str) -> bool:
    return not text.strip() or is_valid_address(text.strip())


def parse_value(data_type: OptionType, raw: str, *, field: str = "value") -> OptionValue:
    """The typed value of raw text, or a ValidationError naming the field, type and value."""
    text = raw.strip() if data_type is not OptionType.MEMO else raw
    match data_type:
        case OptionType.TEXT | OptionType.MEMO:
            return _check_known(field, raw)
        case OptionType.INTEGER:
            return _whole_number(field, raw)
        case OptionType.DECIMAL:
            try:
                value = Decimal(text)
            except InvalidOperation:
                raise ValidationError(field, "must be a decimal number", raw) from None
            if not value.is_finite():
                raise ValidationError(field, "must be a finite decimal number", raw)
            return value
        case OptionType.DATE:
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise ValidationError(field, "must be a date as YYYY-MM-DD", raw) from None
        case OptionType.BOOLEAN:
            lowered = text.lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise ValidationError(field, "must be true or false (1/0, yes/no)", raw)
    raise ValidationError("data_type", "unknown option type", data_type)


def canonical_text(data_type: OptionType, value: OptionValue) -> str:
    if data_type is OptionType.BOOLEAN:
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def parse_type(name: str) -> OptionType:
    try:
        return OptionType(name)
    except ValueError:
        allowed = ", ".join(t.value for t in OptionType)
        raise ValidationError("type", f"must be one of {allowed}", name) from None


def list_options(session: Session) -> list[Option]:
    return list(session.scalars(select(Option).order_by(Option.name)))


def get_option(session: Session, name: str) -> Option:
    option = session.scalar(select(Option).where(Option.name == name))
    if option is None:
        raise NotFound("option", name)
    return option


def get_value(session: Session, name: str, default: OptionValue | None = None) -> OptionValue:
    """The typed value of an option; `default` (or the built-in default) when it is absent."""
    option = session.scalar(select(Option).where(Option.name == name))
    if option is not None:
        return parse_value(option.data_type, option.value, field=name)
    if default is not None:
        return default
    for builtin in DEFAULT_OPTIONS:
        if builtin.name == name:
            return parse_value(builtin.data_type, builtin.value, field=name)
    raise NotFound("option", name)


def get_flag(session: Session, name: str) -> bool:
    """Options such as NmsBroadcast_RemoveBlackList: 1 / true means on."""
    value = get_value(session, name, default=0)
    return bool(value)


def set_option(
    session: Session,
    actor: Actor,
    name: str,
    raw_value: str,
    data_type: OptionType | None = None,
    label: str | None = None,
    *,
    expected_version: int | None = None,
) -> Option:
    """Creates or changes an option; the value is checked against the (new) type first.
    `expected_version`: the version the editor showed; a change saved since then by
    someone else refuses this one (ChangedElsewhere)."""
    require(actor, Right.ADMINISTRATION, "edit options")
    name = name.strip()
    if not name or not name.replace("_", "").isalnum():
        raise ValidationError("name", "must be letters, digits and underscores", name)
    # SQLite stores any length; PostgreSQL refuses more than the column holds.
    for field, text, column in (("name", name, Option.name), ("label", label or "", Option.label)):
        limit = column.type.length
        if len(text) > limit:
            raise ValidationError(
                field, f"{len(text):,} characters, at most {limit:,} allowed", text[:40]
            )
    # Read as stored now, locked where the database locks rows: two saves take turns.
    option = session.scalar(
        select(Option)
        .where(Option.name == name)
        .with_for_update(**LOCK_FOR_CHANGE)
        .execution_options(populate_existing=True)
    )
    if option is not None and expected_version is not None and option.version != expected_version:
        raise ChangedElsewhere("Option", name, option.updated_by, shown_time(option.updated_at))
    effective_type = data_type or (option.data_type if option else OptionType.TEXT)
    value = canonical_text(effective_type, parse_value(effective_type, raw_value, field=name))
    if option is None:
        option = Option(name=name, label=label or name, data_type=effective_type, value=value)
        session.add(option)
        session.flush()
        audit.record(session, actor, "option", option.id, "create", details={"value": value})
        return option
    previous = option.value
    option.version += 1  # an edit: a form showing the older version is refused
    option.updated_by = actor.name
    option.data_type = effective_type
    option.value = value
    if label is not None:
        option.label = label
    audit.record(
        session, actor, "option", option.id, "update", details={"from": previous, "to": value}
    )
    return option


def delete_option(session: Session, actor: Actor, name: str) -> None:
    require(actor, Right.ADMINISTRATION, "delete options")
    option = get_option(session, name)
    audit.record(session, actor, "option", option.id, "delete", details={"name": name})
    session.delete(option)


def ensure_default_options(session: Session) -> None:
    """Creates the options of domain.md §7 that do not exist yet; keeps existing values."""
    existing = set(session.scalars(select(Option.name)))
    for default in DEFAULT_OPTIONS:
        if default.name not in existing:
            session.add(
                Option(
                    name=default.name,
                    label=default.label,
                    data_type=default.data_type,
                    value=default.value,
                )
            )

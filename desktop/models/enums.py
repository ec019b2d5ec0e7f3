"""Machine names of the domain (domain.md), stored as plain strings in the database."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum as SAEnum


def db_enum(enum_cls: type[StrEnum], length: int = 32) -> SAEnum:
    """A portable enum column: stores the machine name (value), checked by a constraint."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        create_constraint=False,
    )


class Right(StrEnum):
    ADMINISTRATION = "ADMINISTRATION"
    PREPARE_DELIVERIES = "PREPARE DELIVERIES"
    START_DELIVERIES = "START DELIVERIES"
    APPROVAL = "APPROVAL"
    IMPORT = "IMPORT"
    EXPORT = "EXPORT"


class Channel(StrEnum):
    EMAIL = "email"
    DIRECT_MAIL = "direct_mail"


class DeliveryStatus(StrEnum):
    BEING_EDITED = "being_edited"
    PREPARING = "preparing"
    PENDING_APPROVAL = "pending_approval"
    PENDING_CONFIRMATION = "pending_confirmation"
    PREPARATION_FAILED = "preparation_failed"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"
    FAILED = "failed"
    # Direct mail (domain.md §5)
    PENDING_EXTRACTION = "pending_extraction"
    FILE_TO_APPROVE = "file_to_approve"
    TO_SUBMIT = "to_submit"
    PROOFS_TO_VALIDATE = "proofs_to_validate"
    # The file is extracted and every step it needed is done: the hand-off is next.
    READY_TO_HAND_OFF = "ready_to_hand_off"


class LogStatus(StrEnum):
    """State of one delivery-log row (one targeted recipient)."""

    TO_DELIVER = "to_deliver"
    EXCLUDED = "excluded"
    RENDER_ERROR = "render_error"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ExclusionCause(StrEnum):
    """In the order in which they apply (domain.md §3.1). For direct mail, a missing
    postal address is ADDRESS_MISSING; the e-mail address checks do not apply."""

    ADDRESS_MISSING = "address_missing"
    INVALID_ADDRESS = "invalid_address"
    DENYLISTED = "denylisted"
    QUARANTINE = "quarantine"
    DUPLICATE = "duplicate"
    TYPOLOGY_RULE = "typology_rule"
    PRESSURE = "pressure"
    CONTROL_GROUP = "control_group"
    TARGET_LIMIT = "target_limit"


class JournalLevel(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class TrackingKind(StrEnum):
    OPEN = "open"
    CLICK = "click"
    UNSUBSCRIBE = "unsubscribe"
    MIRROR = "mirror"


class ApprovalKind(StrEnum):
    TARGETING = "targeting"
    CONTENT = "content"
    BUDGET = "budget"
    EXTRACTION = "extraction"
    PROOFS = "proofs"


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ReviewerRole(StrEnum):
    """What a reviewer named on a campaign or delivery does."""

    APPROVAL = "approval"
    CONFIRMATION = "confirmation"


class OptionType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    BOOLEAN = "boolean"
    MEMO = "memo"


class TypologyRuleType(StrEnum):
    CONTROL = "control"
    FILTERING = "filtering"
    PRESSURE = "pressure"
    CAPACITY = "capacity"


class ControlCheck(StrEnum):
    SUBJECT_NOT_EMPTY = "subject_not_empty"
    SENDER_SET = "sender_set"
    UNSUBSCRIBE_LINK = "unsubscribe_link"
    MESSAGE_SIZE = "message_size"
    PROOF_TARGET_SIZE = "proof_target_size"
    HTML_TEXT = "enough_text"  # the HTML has at least N characters of text
    TRACKING_URL = "reachable_tracking_links"  # the tracking URL is public and https


class ControlPhase(StrEnum):
    BEFORE_TARGETING = "before_targeting"
    AFTER_TARGETING = "after_targeting"


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


class CostCategory(StrEnum):
    POSTAGE = "postage"
    PRINTING = "printing"
    ENVELOPE = "envelope"
    EMAIL = "email"


class CostFormula(StrEnum):
    LINEAR = "linear"
    LINEAR_BY_THRESHOLD = "linear_by_threshold"
    CONSTANT_BY_THRESHOLD = "constant_by_threshold"


class CostLineKind(StrEnum):
    CALCULATED = "calculated"
    COMMITTED = "committed"
    REAL = "real"


class ImportStatus(StrEnum):
    """Where a recipient import stands."""

    RUNNING = "running"  # a process imports it now (or died doing so: its owner says)
    INTERRUPTED = "interrupted"  # stopped before the end: it can be resumed
    FINISHED = "finished"
    ABANDONED = "abandoned"  # interrupted, then imported again from the start


class IssueKind(StrEnum):
    """What a recipient import says about one line of its file."""

    REJECTED = "rejected"  # the line was not imported
    WARNING = "warning"  # imported, with something to know

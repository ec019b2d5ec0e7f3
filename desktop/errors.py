"""Errors the user can act on. The GUI shows them in a message box, the CLI in one line."""

from __future__ import annotations


class ConsoleError(Exception):
    """A user-facing error: its message says what is wrong and where."""


class NotFound(ConsoleError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key!r} does not exist")
        self.what = what
        self.key = key


class PermissionDenied(ConsoleError):
    def __init__(self, operator: str, right: str, action: str = "") -> None:
        doing = f" to {action}" if action else ""
        super().__init__(f"operator {operator!r} lacks the right {right}{doing}")
        self.operator = operator
        self.right = right


class NotEntitled(PermissionDenied):
    """Refused by whom a delivery names rather than by a right: the operator is not among
    those who may approve its step or confirm its send (domain.md §4). `who_may` names
    them, so the refusal says whom to ask."""

    def __init__(self, operator: str, action: str, who_may: str) -> None:
        ConsoleError.__init__(self, f"operator {operator!r} may not {action}: only {who_may} may")
        self.operator = operator
        self.right = ""
        self.who_may = who_may


class ValidationError(ConsoleError):
    """A value that breaks a rule; names the field and the value."""

    def __init__(self, field: str, message: str, value: object = None) -> None:
        shown = f" (got {value!r})" if value is not None else ""
        super().__init__(f"{field}: {message}{shown}")
        self.field = field
        self.value = value
        self.reason = message


class AuthenticationFailed(ConsoleError):
    def __init__(self) -> None:
        super().__init__("unknown operator or wrong password")


class InvalidState(ConsoleError):
    """An action the delivery's current status does not allow."""


class DatabaseRefused(ConsoleError):
    """A change the checks let through but the database refused: a lock held too long, a
    read-only file, a constraint no check foresaw. `reason` is the database's own words."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the database refused the change: {reason}")
        self.reason = reason


class ChangedElsewhere(ConsoleError):
    """A save refused because someone saved the same object after it was loaded: nothing
    of the refused save is written. `by` and `at` (the operator's local time, as shown)
    name the last change; reloading shows it."""

    def __init__(self, label: str, key: object, by: str, at: str) -> None:
        who = by or "another operator"
        when = f" at {at}" if at else ""
        super().__init__(f"{label} {key} was changed by {who}{when}; reload it to see the changes")
        self.label = label
        self.key = key
        self.by = by
        self.at = at

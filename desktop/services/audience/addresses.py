"""E-mail address syntax: the one rule of what a valid address is. Forms, the import, the
quarantine and the preparation (in Python, in its worker processes and inside the
database) ask it; the SMTP envelope's check builds on it.

A practical check, not full RFC 5322: after trimming surrounding whitespace (as
str.strip() does, since addresses are compared trimmed everywhere, domain.md §3.1), one
`@`; a dot-atom local part of at most 64 characters (no quoted strings, which relays
rarely accept); a domain of DNS labels ending in an alphabetic top-level label or an IDNA
(`xn--`) one; 254 characters at most (RFC 5321: the longest path a relay accepts).

ASCII only: an international domain is valid in its IDNA form (`zoé@xn--caf-dma.fr`'s
domain), not in Unicode. The console's sender speaks SMTP without SMTPUTF8, so an address
has to go into the envelope as ASCII; a rule that accepted `a@café.fr` would let
preparation keep a recipient that every send then refuses (and quarantines as a hard
bounce). The problem text says which IDNA form to write instead.

The whole rule is one regular expression (ADDRESS_PATTERN) written in the dialect that
Python's `re` and PostgreSQL's `~` share, so the database applies exactly this rule; on
SQLite preparation registers is_valid_address() as a function instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.errors import ValidationError
from desktop.models.recipients import normalize_address

MAX_ADDRESS_LENGTH = 254  # RFC 5321: the longest path a relay accepts
MAX_LOCAL_LENGTH = 64

# The characters str.strip() removes (str.isspace()), as escapes both dialects read.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_WS = "".join(f"\\u{ord(c):04x}" for c in WHITESPACE)

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = rf"{_ATOM}(?:\.{_ATOM})*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_TOP_LABEL = r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})"
_DOMAIN = rf"(?:{_LABEL}\.)+{_TOP_LABEL}"

ADDRESS_PATTERN = (
    rf"\A[{_WS}]*"
    # the local part's length, then the whole address's, each read ahead
    rf"(?=[^@{_WS}]{{1,{MAX_LOCAL_LENGTH}}}@)"
    rf"(?=[^{_WS}]{{1,{MAX_ADDRESS_LENGTH}}}[{_WS}]*\Z)"
    rf"{_LOCAL}@{_DOMAIN}[{_WS}]*\Z"
)
_ADDRESS = re.compile(ADDRESS_PATTERN)
_LOCAL_PART = re.compile(_LOCAL)
# Between the addresses of a list typed as text: no valid address holds these.
_LIST_SEPARATORS = re.compile(r"[,;\s]+")
_DOMAIN_PART = re.compile(_DOMAIN)


def is_valid_address(address: str | None) -> bool:
    """The rule itself: one regular expression (a microsecond; preparation runs it on a
    million addresses)."""
    return address is not None and _ADDRESS.match(address) is not None


def address_problem(address: str | None) -> str | None:
    """None for a valid address; otherwise a short reason (`empty`, or what is wrong)."""
    if is_valid_address(address):
        return None
    return _reason((address or "").strip())


def _reason(value: str) -> str:
    """Why a trimmed address breaks the rule (only called when it does)."""
    if not value:
        return "empty"
    if len(value) > MAX_ADDRESS_LENGTH:
        return f"longer than {MAX_ADDRESS_LENGTH} characters"
    local, at, domain = value.rpartition("@")
    if not at:
        return "no @"
    if not local:
        return "nothing before the @"
    if not domain:
        return "no domain after the @"
    if len(local) > MAX_LOCAL_LENGTH or not _LOCAL_PART.fullmatch(local):
        return "the part before the @ is not valid"
    if not domain.isascii():
        try:
            ascii_domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return "the domain is not valid"
        return f"the domain is not ASCII: write it in its IDNA form, {ascii_domain}"
    if not _DOMAIN_PART.fullmatch(domain):
        return "the domain is not valid"
    return "not a valid address"


def split_addresses(text: str) -> list[str]:
    """The addresses of a list typed as text (separated by commas, semicolons, spaces or
    lines), unchecked."""
    return [part for part in _LIST_SEPARATORS.split(text) if part]


def clean_address_list(
    value: str | Iterable[str] | None, *, field: str, maximum: int | None = None
) -> list[str]:
    """The addresses of a list (or of text separated by commas, semicolons, spaces or
    lines), each trimmed and valid by the rule, each once (compared trimmed and
    case-insensitively, the first spelling kept), at most `maximum` of them; otherwise a
    ValidationError naming the field and the first wrong address."""
    if value is None:
        parts: Iterable[str] = ()
    elif isinstance(value, str):
        parts = split_addresses(value)
    else:
        parts = (str(item) for item in value)
    addresses: dict[str, str] = {}
    for part in parts:
        address = part.strip()
        if not address:
            continue
        problem = address_problem(address)
        if problem is not None:
            raise ValidationError(field, f"{address!r} is not a valid e-mail address: {problem}")
        addresses.setdefault(normalize_address(address), address)
    if maximum is not None and len(addresses) > maximum:
        raise ValidationError(field, f"at most {maximum} addresses; {len(addresses)} were given")
    return list(addresses.values())

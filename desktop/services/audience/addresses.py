"""E-mail address syntax: what preparation calls an invalid address, and import warns about.

A practical check, not full RFC 5322: one `@`, a dot-atom local part (no quoted strings,
which relays rarely accept), and a domain of DNS labels ending in an alphabetic top-level
label. International domain names are checked in their IDNA (xn--) form. Addresses are
trimmed first, as everywhere else (domain.md §3.1).
"""

from __future__ import annotations

import re

MAX_ADDRESS_LENGTH = 254  # RFC 5321: the longest path a relay accepts
MAX_LOCAL_LENGTH = 64

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+(?:[A-Za-z]{{2,63}}|xn--[A-Za-z0-9-]{{1,59}})")


def address_problem(address: str | None) -> str | None:
    """None for a usable address; otherwise a short reason (`empty`, or what is wrong)."""
    value = (address or "").strip()
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
    if len(local) > MAX_LOCAL_LENGTH or not _LOCAL.fullmatch(local):
        return "the part before the @ is not valid"
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return "the domain is not valid"
    if not _DOMAIN.fullmatch(ascii_domain):
        return "the domain is not valid"
    return None


def is_valid_address(address: str | None) -> bool:
    return address_problem(address) is None

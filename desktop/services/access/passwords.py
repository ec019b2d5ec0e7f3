"""Salted, deliberately slow password hashes (scrypt, from the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# scrypt cost: about 50 ms per check here, which makes guessing expensive.
_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"{_PREFIX}${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        prefix, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if prefix != _PREFIX:
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        password.encode(),
        salt=base64.b64decode(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=len(expected),
    )
    return hmac.compare_digest(actual, expected)


# No look-alikes (0 O o, 1 l I, 5 S, 2 Z, 8 B) and no punctuation: a password shown once
# is copied by eye from a screen or a terminal.
UNAMBIGUOUS = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679"
GENERATED_GROUPS, GROUP_LENGTH = 3, 5  # 15 characters, about 85 bits


def generate_password() -> str:
    """A password for a new or demo account, shown once: 'kq7Rt-mW3xa-PbNe4'."""
    return "-".join(
        "".join(secrets.choice(UNAMBIGUOUS) for _ in range(GROUP_LENGTH))
        for _ in range(GENERATED_GROUPS)
    )

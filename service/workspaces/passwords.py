"""Password hashing with argon2id (argon2-cffi's defaults, RFC 9106's second recommendation),
and the one rule a new password must meet."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from service.core.errors import InvalidInput

MIN_LENGTH = 10
MAX_LENGTH = 200

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so a miss costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("no such person, but take as long as a real check")


def check_new_password(password: str) -> str:
    """The password if long enough to resist guessing, else InvalidInput."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(
            f"Choose a password of at least {MIN_LENGTH} characters.", code="weak_password"
        )
    if len(password) > MAX_LENGTH:
        raise InvalidInput(
            f"Passwords are at most {MAX_LENGTH} characters.", code="password_too_long"
        )
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """True if the password matches the stored hash; a missing hash still costs a check."""
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether the hash was made with weaker parameters than today's defaults."""
    return _hasher.check_needs_rehash(stored)

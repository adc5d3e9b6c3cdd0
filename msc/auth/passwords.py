"""argon2id password hashing and the password rules (length, variety, not a common password)."""
import os
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2id with the library's recommended parameters; the test suite may ask for cheap ones
# (still argon2id) so that thousands of sign-ins stay fast.
if os.environ.get("MSC_ARGON2_PROFILE") == "test":
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
else:
    _hasher = PasswordHasher()
# A real hash to verify against when the account does not exist, so timing does not tell.
_DUMMY = _hasher.hash("not-a-password-at-all")
MIN_LENGTH = 12
MIN_DISTINCT = 5  # "aaaaaaaaaaaa" and "121212121212" are long but not passwords
COMMON_PASSWORDS_FILE = Path(__file__).parent / "data" / "common-passwords.txt"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """True if the password matches; always spends the same work."""
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, lowercased (the header's comment lines aside)."""
    words, header = set(), True
    for line in COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines():
        if header and line.startswith("#"):
            continue
        header = False
        if line:
            words.add(line)
    return frozenset(words)


def weakness(password: str) -> str | None:
    """Why the password is refused ("short", "repetitive", "common"), or None if it may be used."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return "short"
    if len(set(password)) < MIN_DISTINCT:
        return "repetitive"
    if password.lower() in common_passwords() or password.lower().strip() in common_passwords():
        return "common"
    return None

"""Passwords and tokens kept as memory-hard hashes (scrypt, from the standard library).

A stored hash reads `scrypt$N$r$p$salt$hash` (salt and hash in base64), so its parameters can be
raised later without making older hashes unreadable. The password itself is never stored or
logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class ScryptParameters:
    n: int = 2**15  # CPU and memory cost: 128 * n * r bytes = 32 MiB
    r: int = 8
    p: int = 1
    length: int = 32

    @property
    def memory(self) -> int:
        return 128 * self.n * self.r


DEFAULT = ScryptParameters()


def hash_secret(secret: str, parameters: ScryptParameters = DEFAULT) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(secret, salt, parameters)
    return "$".join(["scrypt", str(parameters.n), str(parameters.r), str(parameters.p),
                     _b64(salt), _b64(digest)])


def verify_secret(secret: str, stored: str | None) -> bool:
    """Whether `secret` is the one `stored` was made from (False for anything malformed)."""
    try:
        scheme, n, r, p, salt, digest = (stored or "").split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        parameters = ScryptParameters(int(n), int(r), int(p), len(expected))
        return hmac.compare_digest(_scrypt(secret, base64.b64decode(salt), parameters), expected)
    except (ValueError, TypeError):
        return False


def parameters_of(stored: str) -> ScryptParameters:
    scheme, n, r, p, _salt, digest = stored.split("$")
    assert scheme == "scrypt"
    return ScryptParameters(int(n), int(r), int(p), len(base64.b64decode(digest)))


def new_token() -> str:
    """A secret for a scheduled task: shown once to the administrator, stored only hashed."""
    return secrets.token_urlsafe(24)


def _scrypt(secret: str, salt: bytes, parameters: ScryptParameters) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=parameters.n, r=parameters.r,
                          p=parameters.p, dklen=parameters.length,
                          maxmem=2 * parameters.memory + 1024 * 1024)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")

"""Reply tokens derived from a key kept beside the store, so no token is ever stored.

The core stores only a token's SHA-256. The mail that carries a token must still be
written to the outbox before it is sent (and must be the same mail if sent again after
a crash), so the outbox stores it with a marker where the token goes, and the sender
fills the token in as it sends. The token is derived: HMAC-SHA-256 of the introduction,
the event that handed it out and the role it is for, under a 256-bit key in
``STORE.key`` (mode 0600). Whoever holds the store files alone learns no live token.

Losing the key costs little: replies already in people's hands still match (the store
keeps their hashes) and threading still routes replies; only mails still waiting in the
outbox would carry tokens that no longer match their hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from agent.core.intro import Role
from agent.core.tokens import TokenSource
from agent.errors import StoreError

# Where the token goes in a queued mail: 32 letters no hex token can contain.
MARKER = "tokenmarkertokenmarkertokenmarkr"
KEY_BYTES = 32


class TokenKey:
    """Derives each reply token from the introduction, the event and the role."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("a token key needs at least 128 bits")
        self._secret = secret

    def token(self, intro_id: str, event_id: str, role: Role | str) -> str:
        """128 bits as 32 lower-case hex digits (they survive systems that fold case)."""
        message = f"{intro_id}\0{event_id}\0{role}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:32]

    def source(self, intro_id: str, event_id: str) -> TokenSource:
        """The tokens an event on ``intro_id`` may hand out, one per role."""
        return TokenSource(
            requester=self.token(intro_id, event_id, "requester"),
            a=self.token(intro_id, event_id, "a"),
            b=self.token(intro_id, event_id, "b"),
        )

    @classmethod
    def load_or_create(cls, path: Path) -> TokenKey:
        """The key in ``path``, made (readable by its owner only) if there is none yet."""
        try:
            return cls(bytes.fromhex(path.read_text().strip()))
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: not a usable token key: {exc}") from None
        secret = secrets.token_bytes(KEY_BYTES)
        temp = path.with_name(path.name + ".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secret.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        return cls(secret)

    def __repr__(self) -> str:  # the key is a credential: keep it out of logs
        return "TokenKey(***)"

"""Reply tokens: drawn outside the core, stored hashed, compared in constant time.

Randomness stays out of ``transition``: the edge draws a ``TokenSource`` (one fresh
token per role) with ``draw_tokens`` and puts it in every event that may hand a token
out. The core keeps only the SHA-256 of a token it hands out and puts the token itself in
the command whose mail carries it; an unused token in a source is simply dropped.

A token is bound to one role of one introduction and stops matching once the
introduction closes. A new token is handed out at each hand-off: to the requester when
asked to confirm, to a party with the opt-in, each reminder and the clarification. Since
only hashes are kept, an earlier token cannot be sent again; instead every token handed
to a party keeps matching until the introduction closes, so an answer to any mail the
party received still matches.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from agent.core.intro import Intro, Role

TOKEN_BYTES = 16  # 128 bits
MIN_TOKEN_CHARS = 22  # what secrets.token_urlsafe(16) produces


@dataclass(frozen=True)
class TokenSource:
    """Fresh tokens drawn in advance, one per role a transition may hand a token to."""

    requester: str
    a: str
    b: str

    def __post_init__(self) -> None:
        tokens = (self.requester, self.a, self.b)
        if any(len(t) < MIN_TOKEN_CHARS for t in tokens):
            raise ValueError(f"a token must have at least {MIN_TOKEN_CHARS} characters")
        if len(set(tokens)) != len(tokens):
            raise ValueError("the tokens of one source must differ")

    def for_role(self, role: Role) -> str:
        if role == "requester":
            return self.requester
        return self.a if role == "a" else self.b

    def __repr__(self) -> str:  # tokens are credentials: keep them out of logs and tracebacks
        return "TokenSource(***)"


def draw_tokens() -> TokenSource:
    """Draw a fresh source from the system's secure random generator (the edge calls this)."""
    return TokenSource(
        requester=secrets.token_urlsafe(TOKEN_BYTES),
        a=secrets.token_urlsafe(TOKEN_BYTES),
        b=secrets.token_urlsafe(TOKEN_BYTES),
    )


def hash_token(token: str) -> str:
    """The form a token is stored in: hex SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_matches(intro: Intro, role: Role, token: str) -> bool:
    """True when ``token`` is the live token of ``role`` in this open introduction."""
    if intro.is_closed:
        return False
    if role == "requester":
        stored: tuple[str, ...] = (
            () if intro.requester_token_hash is None else (intro.requester_token_hash,)
        )
    else:
        stored = intro.party(role).token_hashes
    digest = hash_token(token)
    # Compare with every stored hash, so the time taken does not tell which one matched.
    matches = [hmac.compare_digest(h, digest) for h in stored]
    return any(matches)

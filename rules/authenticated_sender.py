"""Rule: the receiving server vouches for the From address (Authentication-Results, RFC 8601).

Anyone can write any From header, and anyone can add an Authentication-Results header
to the mail they send. Only the receiving server's own header can be trusted, and it
adds its header on top: so only the topmost header whose authserv-id is the configured
one counts, and every header below it is ignored. The sender passes when that header
says ``dmarc=pass``, or ``spf=pass`` or ``dkim=pass`` for a domain aligned with the From
domain (relaxed alignment: the same domain or one a subdomain of the other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from agent.message import ParsedMessage

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)\s*=\s*([a-z0-9_-]+)(.*)$", re.IGNORECASE | re.DOTALL)
_PROPERTY = re.compile(r"([a-z0-9_-]+\.[a-z0-9_-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class MethodResult:
    """One ``method=result`` clause with its properties (``header.d``, ``smtp.mailfrom``...)."""

    method: str
    result: str
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuthResults:
    """One parsed Authentication-Results header."""

    authserv_id: str
    results: tuple[MethodResult, ...]


def _strip_comments(value: str) -> str:
    # Comments can nest; peel them from the inside out, a bounded number of times.
    for _ in range(10):
        stripped = _COMMENT.sub(" ", value)
        if stripped == value:
            break
        value = stripped
    return value


def parse_auth_results(value: str) -> AuthResults | None:
    """Parse one header value; None when it has no authserv-id."""
    clauses = _strip_comments(value).split(";")
    head = clauses[0].split()
    if not head:
        return None
    results = []
    for clause in clauses[1:]:
        match = _RESULT.match(clause)
        if not match:
            continue
        method, result, rest = match.groups()
        props = {k.lower(): v.strip('"').lower() for k, v in _PROPERTY.findall(rest)}
        results.append(MethodResult(method.lower(), result.lower(), props))
    return AuthResults(authserv_id=head[0].lower(), results=tuple(results))


def trusted_results(headers: Sequence[str], authserv_id: str) -> AuthResults | None:
    """The topmost header from ``authserv_id``, or None (lower ones may be forged)."""
    wanted = authserv_id.strip().lower()
    for value in headers:  # message order: the first is the topmost
        parsed = parse_auth_results(value)
        if parsed is not None and parsed.authserv_id == wanted:
            return parsed
    return None


def aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment: equal, or one a subdomain of the other."""
    d, f = domain.strip().lower().rstrip("."), from_domain.strip().lower().rstrip(".")
    if not d or not f:
        return False
    return d == f or f.endswith("." + d) or d.endswith("." + f)


def sender_passes(results: AuthResults, from_address: str) -> bool:
    """True when DMARC passed, or SPF or DKIM passed for a domain aligned with From."""
    from_domain = from_address.rpartition("@")[2]
    for r in results.results:
        if r.result != "pass":
            continue
        if r.method == "dmarc":
            return True
        if r.method == "dkim":
            signer = (
                r.properties.get("header.d") or r.properties.get("header.i", "").rpartition("@")[2]
            )
            if aligned(signer, from_domain):
                return True
        if r.method == "spf":
            mailfrom = r.properties.get("smtp.mailfrom", "")
            domain = mailfrom.rpartition("@")[2] or r.properties.get("smtp.helo", "")
            if aligned(domain, from_domain):
                return True
    return False


@dataclass(frozen=True)
class AuthenticatedSender:
    """Matches mail whose From the trusted receiving server authenticated."""

    authserv_id: str
    name: str = "authenticated-sender"
    reason: str = "the receiving server's Authentication-Results vouch for the From address"

    def check(self, message: ParsedMessage) -> bool:
        if len(message.from_) != 1:
            return False
        found = trusted_results(message.headers.get("authentication-results", ()), self.authserv_id)
        return found is not None and sender_passes(found, message.from_[0].email)

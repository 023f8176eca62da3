"""TLS client contexts for the mail edges, built from a server section of the config.

Certificates are always verified. A ``ca_file`` replaces the system trust store rather
than adding to it: whoever names a CA for a server means that CA, and a self-signed
certificate can be its own CA file.
"""

from __future__ import annotations

import ssl

from agent.config import ServerSection
from agent.errors import MailTLSError


def client_context(cfg: ServerSection) -> ssl.SSLContext:
    """A verifying client context for ``cfg``'s server, trusting ``cfg.ca_file`` if given."""
    cafile = str(cfg.ca_file) if cfg.ca_file is not None else None
    try:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise MailTLSError(
            f"cannot use ca_file {cfg.ca_file} for {cfg.host}: {exc} "
            "(it must hold PEM certificates)"
        ) from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def security_label(security: str) -> str:
    """How a connection's security reads in messages: TLS, STARTTLS or no TLS."""
    return {"tls": "TLS", "starttls": "STARTTLS"}.get(security, "no TLS")

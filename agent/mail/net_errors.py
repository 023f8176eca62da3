"""Turn socket, DNS, timeout and TLS failures into agent errors that say what is wrong.

Pure: no I/O. Shared by the IMAP source and the SMTP sink, whose own protocol errors are
translated beside them (``imap_errors``, ``smtp_sink``). Every message names the server
and, where one is likely, the fix: a TLS mismatch (implicit TLS against a plain port or
the reverse) shows up as a handshake failure one way and a silent server the other.
The names those messages use, a server's ``Endpoint`` and a secret's config key, live
here too.
"""

from __future__ import annotations

import errno
import socket
import ssl
from dataclasses import dataclass

from agent.config import Secret, Security, ServerSection
from agent.errors import MailConnectError, MailError, MailTLSError

# OpenSSL's reasons when the peer's first bytes are not a TLS record: it spoke plain text.
_PLAIN_TEXT_REASONS = frozenset(
    {
        "WRONG_VERSION_NUMBER",
        "RECORD_LAYER_FAILURE",
        "PACKET_LENGTH_TOO_LONG",
        "UNKNOWN_PROTOCOL",
        "HTTP_REQUEST",
    }
)
_TLS_PORTS = {"IMAP": 993, "SMTP": 465}


@dataclass(frozen=True)
class Endpoint:
    """One server as the agent talks to it, for error messages."""

    protocol: str
    host: str
    port: int
    security: Security
    username: str
    timeout: float

    @classmethod
    def of(cls, protocol: str, cfg: ServerSection) -> Endpoint:
        return cls(protocol, cfg.host, cfg.port, cfg.security, cfg.username, cfg.timeout_seconds)

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def tls_port(self) -> int:
        return _TLS_PORTS.get(self.protocol, 993)


def secret_key(section: str, secret: Secret) -> str:
    """The config key a secret came from, for messages: ``imap.password_env`` and so on."""
    name = {"password": "password", "env": "password_env", "command": "password_command"}
    return f"{section}.{name[secret.kind]}"


def network_error(exc: BaseException, endpoint: Endpoint) -> MailError | None:
    """The agent error for a network-level failure, or None if ``exc`` is not one."""
    where = endpoint.address
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = getattr(exc, "verify_message", None) or _ssl_reason(exc) or str(exc)
        return MailTLSError(
            f"the certificate of {where} is not trusted: {detail} (if the server uses its own "
            "CA or a self-signed certificate, set ca_file to that certificate)"
        )
    if isinstance(exc, ssl.SSLError):
        return _tls_failure(exc, endpoint)
    if isinstance(exc, socket.gaierror):
        return MailConnectError(f"host unknown: {endpoint.host!r} could not be resolved ({where})")
    if isinstance(exc, TimeoutError):
        return MailConnectError(_timeout_text(endpoint))
    if isinstance(exc, ConnectionRefusedError):
        return MailConnectError(
            f"cannot connect to {where}: connection refused (port closed: is the port right "
            "and the server running?)"
        )
    if isinstance(exc, ConnectionResetError | BrokenPipeError | ConnectionAbortedError | EOFError):
        return MailConnectError(f"the connection to {where} was dropped ({_reason(exc)})")
    if isinstance(exc, OSError):
        if exc.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH):
            return MailConnectError(f"cannot reach {where}: {exc.strerror or 'unreachable'}")
        return MailConnectError(f"cannot talk to {where}: {_reason(exc)}")
    return None


def _tls_failure(exc: ssl.SSLError, endpoint: Endpoint) -> MailError:
    where = endpoint.address
    reason = _ssl_reason(exc)
    if reason in _PLAIN_TEXT_REASONS:
        if endpoint.security == "tls":
            return MailTLSError(
                f"TLS mismatch: {where} answered in plain text, so it does not speak implicit "
                f'TLS; use security = "starttls" (or the implicit TLS port, usually '
                f"{endpoint.tls_port})"
            )
        return MailTLSError(
            f"TLS mismatch: {where} did not answer the STARTTLS handshake with TLS ({reason})"
        )
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return MailTLSError(
            f"TLS handshake with {where} failed: the server closed the connection "
            "(is this a TLS port?)"
        )
    return MailTLSError(f"TLS with {where} failed: {reason or exc}")


def _ssl_reason(exc: ssl.SSLError) -> str | None:
    """OpenSSL's reason code; errors built by hand carry it only in their text."""
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str):
        return reason
    text = str(exc)
    if "[SSL: " in text:
        return text.split("[SSL: ", 1)[1].split("]", 1)[0]
    return None


def _timeout_text(endpoint: Endpoint) -> str:
    text = f"timeout: {endpoint.address} did not answer within {endpoint.timeout:g} s"
    if endpoint.security != "tls":
        # A server that expects implicit TLS waits silently for our handshake.
        text += (
            f" (if port {endpoint.port} expects implicit TLS, as {endpoint.tls_port} usually "
            'does, use security = "tls")'
        )
    return text


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__

"""Turn aiosmtplib exceptions into agent errors that say what is wrong and what to do.

Pure: no I/O. The split the outbox relies on: a reply of 4xx, a timeout, a refused or
dropped connection is transient (``SmtpTransientError``: try again later); a 5xx reply is
permanent (``SmtpPermanentError``). What retrying cannot fix but a person can, refused
credentials or a TLS problem, is ``MailAuthError`` or ``MailTLSError`` instead, so the
outbox does not fail a message for a configuration mistake.
"""

from __future__ import annotations

import aiosmtplib

from agent.errors import (
    MailAuthError,
    MailConnectError,
    MailError,
    MailTLSError,
    SmtpPermanentError,
    SmtpReplyError,
    SmtpTransientError,
)
from agent.mail.net_errors import Endpoint, network_error


def reply_error(code: int, text: str, what: str) -> SmtpReplyError:
    """The error for an SMTP reply ``code`` ``text`` to ``what`` (e.g. "RCPT TO:<a@b>")."""
    cls = SmtpPermanentError if 500 <= code < 600 else SmtpTransientError
    kind = "permanent" if cls is SmtpPermanentError else "temporary"
    return cls(f"{what}: {kind} failure {code} {text}", code=code, text=text)


def smtp_error(exc: BaseException, endpoint: Endpoint, doing: str) -> MailError | None:
    """The agent error for ``exc`` raised while ``doing`` something; None if not a mail error.

    ``doing`` completes "while ...", e.g. "connecting" or "logging in".
    """
    where = endpoint.address
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return MailAuthError(
            f"wrong user name or password for {endpoint.username} at {where} "
            f"(the server said: {exc.code} {exc.message})"
        )
    if isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code > 0:
        return reply_error(exc.code, exc.message, f"{where} while {doing}")
    if isinstance(exc, aiosmtplib.SMTPTimeoutError):
        return _transient(network_error(TimeoutError(), endpoint), endpoint)
    if isinstance(exc, aiosmtplib.SMTPServerDisconnected):
        return SmtpTransientError(f"{where} closed the connection while {doing}: {exc}")
    if isinstance(exc, aiosmtplib.SMTPConnectError):
        # aiosmtplib wraps the socket or TLS error; the cause says which.
        cause = exc.__cause__ if exc.__cause__ is not None else exc
        return _transient(network_error(cause, endpoint), endpoint)
    if isinstance(exc, aiosmtplib.SMTPException):
        return _protocol_mismatch(exc, endpoint, doing)
    translated = network_error(exc, endpoint)
    return _transient(translated, endpoint) if translated is not None else None


def _transient(error: MailError | None, endpoint: Endpoint) -> MailError:
    """Connection failures become transient send errors; TLS problems stay what they are."""
    if error is None:
        return SmtpTransientError(f"cannot talk to {endpoint.address}")
    if isinstance(error, MailConnectError):
        return SmtpTransientError(str(error))
    return error


def _protocol_mismatch(exc: aiosmtplib.SMTPException, endpoint: Endpoint, doing: str) -> MailError:
    text = exc.message if hasattr(exc, "message") else str(exc)
    if doing.startswith("logging in"):
        hint = (
            ' (it may offer AUTH only after TLS: use security = "starttls" or "tls")'
            if endpoint.security == "none"
            else ""
        )
        return MailAuthError(f"{endpoint.address} does not offer authentication{hint}: {text}")
    if "starttls" in text.lower():
        return MailTLSError(
            f'{endpoint.address} does not offer STARTTLS; use security = "tls" with its TLS '
            "port (the password is not sent over an unencrypted connection)"
        )
    return SmtpTransientError(f"SMTP error at {endpoint.address} while {doing}: {text}")

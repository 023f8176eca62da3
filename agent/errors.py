"""The agent's exception hierarchy: narrow classes, one per thing a caller can act on.

Everything the agent raises on purpose derives from ``AgentError``, so the CLI can turn
it into a clear message and an exit code instead of a traceback.
"""

from __future__ import annotations


class AgentError(Exception):
    """Base class of every error the agent raises on purpose."""


class ConfigError(AgentError):
    """The configuration file is missing, unreadable or invalid."""


class SecretError(ConfigError):
    """A password or token could not be obtained (env variable unset, command failed)."""


class StoreError(AgentError):
    """The state store cannot be used."""


class StoreCorrupt(StoreError):
    """The store file exists but does not hold a valid store (never replaced by an empty one)."""


class StoreLocked(StoreError):
    """Another process holds the store's lock."""


class MailError(AgentError):
    """A mail server could not be used."""


class MailConnectError(MailError):
    """The server could not be reached (refused, unreachable, timed out)."""


class MailTLSError(MailError):
    """TLS could not be negotiated or the certificate was not trusted."""


class MailAuthError(MailError):
    """The server refused the credentials."""


class MailboxError(MailError):
    """An IMAP folder is missing or an IMAP command on it failed."""


class InsecureAuthError(MailError):
    """A password would be sent in clear text to a host that is not on loopback."""


class SendError(MailError):
    """Sending a message failed."""


class TransientSendError(SendError):
    """The SMTP server answered 4xx or did not answer in time: try again later."""


class PermanentSendError(SendError):
    """The SMTP server answered 5xx: trying again will not help."""


class SmtpReplyError(SendError):
    """A send failure with the SMTP reply: ``code`` (None without one), ``text``, ``refused``."""

    def __init__(
        self,
        message: str,
        code: int | None = None,
        text: str = "",
        refused: dict[str, tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.text = text
        # Recipient -> (code, text) for each recipient the server refused at RCPT.
        self.refused: dict[str, tuple[int, str]] = dict(refused or {})


class SmtpTransientError(SmtpReplyError, TransientSendError):
    """4xx, a timeout or a dropped connection, with the reply when there was one."""


class SmtpPermanentError(SmtpReplyError, PermanentSendError):
    """5xx, with the reply."""

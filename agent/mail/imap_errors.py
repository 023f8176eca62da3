"""Turn imaplib and IMAPClient exceptions into agent errors that say what is wrong.

Pure: no I/O. Network and TLS failures are left to ``net_errors``; this adds what only
IMAP can say: the credentials were refused, a folder is missing, the server hung up.
"""

from __future__ import annotations

import imaplib

from imapclient.exceptions import LoginError

from agent.errors import MailAuthError, MailboxError, MailConnectError, MailError
from agent.mail.net_errors import Endpoint, network_error


def imap_error(exc: BaseException, endpoint: Endpoint, doing: str) -> MailError | None:
    """The agent error for ``exc`` raised while ``doing`` something; None if not a mail error.

    ``doing`` completes "while ...", e.g. "logging in" or "selecting INBOX".
    """
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, LoginError):
        return MailAuthError(
            f"wrong user name or password for {endpoint.username} at {endpoint.address} "
            f"(the server said: {_text(exc)})"
        )
    if isinstance(exc, imaplib.IMAP4.abort):
        if doing == "connecting":
            return MailConnectError(
                f"{endpoint.address} does not greet like an IMAP server ({_text(exc)}); "
                "is this the IMAP port?"
            )
        return MailConnectError(
            f"the IMAP connection to {endpoint.address} broke while {doing}: {_text(exc)}"
        )
    if isinstance(exc, imaplib.IMAP4.error):
        if doing == "connecting":
            return MailConnectError(
                f"{endpoint.address} refused the IMAP session ({_text(exc)}); "
                "is this the IMAP port?"
            )
        return MailboxError(f"IMAP error at {endpoint.address} while {doing}: {_text(exc)}")
    return network_error(exc, endpoint)


def _text(exc: BaseException) -> str:
    """The server's words, decoded: imaplib passes bytes or reprs of bytes through."""
    if not exc.args:
        return type(exc).__name__
    first = exc.args[0]
    if isinstance(first, bytes):
        return first.decode("utf-8", "replace")
    text = str(first)
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        return text[2:-1]
    return text

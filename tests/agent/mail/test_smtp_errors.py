"""Translation of aiosmtplib exceptions (pure, no server)."""

from __future__ import annotations

import aiosmtplib
import pytest

from agent.errors import (
    MailAuthError,
    MailTLSError,
    PermanentSendError,
    SmtpPermanentError,
    SmtpTransientError,
    TransientSendError,
)
from agent.mail.net_errors import Endpoint
from agent.mail.smtp_errors import reply_error, smtp_error

SUBMISSION = Endpoint("SMTP", "127.0.0.1", 587, "starttls", "intros@example.test", 30.0)
PLAIN = Endpoint("SMTP", "127.0.0.1", 25, "none", "intros@example.test", 30.0)


@pytest.mark.parametrize(
    ("code", "kind", "base"),
    [
        (421, SmtpTransientError, TransientSendError),
        (451, SmtpTransientError, TransientSendError),
        (550, SmtpPermanentError, PermanentSendError),
        (554, SmtpPermanentError, PermanentSendError),
    ],
)
def test_reply_codes_split_transient_and_permanent(code: int, kind: type, base: type) -> None:
    error = reply_error(code, "5.1.1 words", "RCPT TO:<a@b>")
    assert isinstance(error, kind) and isinstance(error, base)
    assert (error.code, error.text) == (code, "5.1.1 words")
    assert str(error).startswith("RCPT TO:<a@b>: ")


def test_response_exceptions_keep_code_and_text() -> None:
    exc = aiosmtplib.SMTPSenderRefused(553, "5.7.1 sender rejected", "x@y")
    error = smtp_error(exc, SUBMISSION, "sending MAIL FROM:<x@y>")
    assert isinstance(error, SmtpPermanentError)
    assert (error.code, error.text) == (553, "5.7.1 sender rejected")


def test_authentication_failure_is_not_a_send_error() -> None:
    exc = aiosmtplib.SMTPAuthenticationError(535, "5.7.8 Error: authentication failed")
    error = smtp_error(exc, SUBMISSION, "logging in")
    assert isinstance(error, MailAuthError)
    assert "wrong user name or password for intros@example.test at 127.0.0.1:587" in str(error)


def test_connect_errors_use_their_cause() -> None:
    try:
        try:
            raise ConnectionRefusedError(111, "Connect call failed")
        except ConnectionRefusedError as cause:
            raise aiosmtplib.SMTPConnectError("Error connecting") from cause
    except aiosmtplib.SMTPConnectError as exc:
        error = smtp_error(exc, SUBMISSION, "connecting")
    assert isinstance(error, SmtpTransientError)
    assert error.code is None
    assert "connection refused" in str(error)


def test_timeouts_and_disconnects_are_transient() -> None:
    timeout = smtp_error(aiosmtplib.SMTPReadTimeoutError("slow"), SUBMISSION, "sending DATA")
    assert isinstance(timeout, SmtpTransientError) and "did not answer within 30 s" in str(timeout)
    gone = smtp_error(aiosmtplib.SMTPServerDisconnected("gone"), SUBMISSION, "sending DATA")
    assert isinstance(gone, SmtpTransientError) and "closed the connection" in str(gone)


def test_no_auth_on_a_plain_port_explains_tls_first() -> None:
    exc = aiosmtplib.SMTPException("The SMTP AUTH extension is not supported by this server.")
    error = smtp_error(exc, PLAIN, "logging in")
    assert isinstance(error, MailAuthError)
    assert 'only after TLS: use security = "starttls"' in str(error)


def test_no_starttls_offered_is_a_tls_error() -> None:
    exc = aiosmtplib.SMTPException("SMTP STARTTLS extension not supported by server.")
    assert isinstance(smtp_error(exc, SUBMISSION, "connecting"), MailTLSError)


def test_programming_errors_are_not_translated() -> None:
    assert smtp_error(TypeError("bug"), SUBMISSION, "connecting") is None

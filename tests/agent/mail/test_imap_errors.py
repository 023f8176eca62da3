"""Translation of imaplib/IMAPClient exceptions into agent errors (pure, no server)."""

from __future__ import annotations

import imaplib
import socket
import ssl

import pytest
from imapclient.exceptions import LoginError

from agent.errors import (
    MailAuthError,
    MailboxError,
    MailConnectError,
    MailError,
    MailTLSError,
)
from agent.mail.imap_errors import imap_error
from agent.mail.net_errors import Endpoint

TLS = Endpoint("IMAP", "127.0.0.1", 993, "tls", "intros@example.test", 30.0)
PLAIN = Endpoint("IMAP", "127.0.0.1", 143, "none", "intros@example.test", 30.0)


def test_login_error_names_user_and_server() -> None:
    exc = LoginError("b'[AUTHENTICATIONFAILED] Authentication failed.'")
    error = imap_error(exc, TLS, "logging in")
    assert isinstance(error, MailAuthError)
    assert str(error) == (
        "wrong user name or password for intros@example.test at 127.0.0.1:993 "
        "(the server said: [AUTHENTICATIONFAILED] Authentication failed.)"
    )


def test_abort_while_connecting_asks_whether_this_is_the_imap_port() -> None:
    error = imap_error(
        imaplib.IMAP4.abort("unexpected response: '220 smtp ready'"), PLAIN, "connecting"
    )
    assert isinstance(error, MailConnectError)
    assert "is this the IMAP port?" in str(error)


def test_abort_later_is_a_broken_connection() -> None:
    error = imap_error(imaplib.IMAP4.abort("socket error: EOF"), PLAIN, "fetching messages")
    assert isinstance(error, MailConnectError)
    assert str(error) == (
        "the IMAP connection to 127.0.0.1:143 broke while fetching messages: socket error: EOF"
    )


def test_a_no_reply_is_a_mailbox_error_with_the_servers_words() -> None:
    exc = imaplib.IMAP4.error(b"select failed: Mailbox doesn't exist: Nope")
    error = imap_error(exc, PLAIN, "selecting folder Nope")
    assert isinstance(error, MailboxError)
    assert str(error).endswith(
        "while selecting folder Nope: select failed: Mailbox doesn't exist: Nope"
    )


def test_an_error_greeting_is_a_connect_error() -> None:
    error = imap_error(imaplib.IMAP4.error("BYE too many connections"), PLAIN, "connecting")
    assert isinstance(error, MailConnectError)


def test_mail_errors_pass_through_unchanged() -> None:
    original = MailTLSError("already explained")
    assert imap_error(original, TLS, "starting TLS") is original


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (ConnectionRefusedError(111, "Connection refused"), MailConnectError),
        (socket.gaierror(-2, "Name or service not known"), MailConnectError),
        (TimeoutError(), MailConnectError),
        (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"), MailTLSError),
    ],
)
def test_network_errors_are_delegated(exc: BaseException, kind: type[MailError]) -> None:
    assert isinstance(imap_error(exc, TLS, "connecting"), kind)


def test_programming_errors_are_not_translated() -> None:
    assert imap_error(KeyError("UIDVALIDITY"), TLS, "selecting folder INBOX") is None

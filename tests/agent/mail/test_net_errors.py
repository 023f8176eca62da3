"""Translation of socket, DNS, timeout and TLS failures (pure, no server)."""

from __future__ import annotations

import errno
import ssl
from pathlib import Path

import pytest

from agent.config import Secret, SmtpSection
from agent.errors import MailConnectError, MailTLSError
from agent.mail.net_errors import Endpoint, network_error
from agent.mail.tls import client_context, security_label


def endpoint(security: str = "tls", port: int = 993, protocol: str = "IMAP") -> Endpoint:
    return Endpoint(protocol, "mail.example.org", port, security, "me@example.org", 7.0)  # type: ignore[arg-type]


def ssl_error(reason: str, cls: type[ssl.SSLError] = ssl.SSLError) -> ssl.SSLError:
    exc = cls(1, f"[SSL: {reason}] {reason.lower().replace('_', ' ')}")
    exc.reason = reason
    return exc


def test_plain_text_answer_to_implicit_tls_is_a_mismatch() -> None:
    error = network_error(ssl_error("WRONG_VERSION_NUMBER"), endpoint("tls", 143))
    assert isinstance(error, MailTLSError)
    assert str(error) == (
        "TLS mismatch: mail.example.org:143 answered in plain text, so it does not speak "
        'implicit TLS; use security = "starttls" (or the implicit TLS port, usually 993)'
    )


def test_smtp_mismatch_names_the_smtp_tls_port() -> None:
    error = network_error(ssl_error("WRONG_VERSION_NUMBER"), endpoint("tls", 587, "SMTP"))
    assert "usually 465" in str(error)


def test_untrusted_certificate_suggests_ca_file() -> None:
    exc = ssl.SSLCertVerificationError(1, "certificate verify failed")
    exc.verify_message = "self-signed certificate"
    error = network_error(exc, endpoint())
    assert isinstance(error, MailTLSError)
    assert "self-signed certificate" in str(error) and "set ca_file" in str(error)


def test_handshake_closed_by_server() -> None:
    error = network_error(ssl_error("UNEXPECTED_EOF_WHILE_READING", ssl.SSLEOFError), endpoint())
    assert isinstance(error, MailTLSError)
    assert "closed the connection" in str(error)


@pytest.mark.parametrize(
    ("security", "hinted"), [("none", True), ("starttls", True), ("tls", False)]
)
def test_timeout_hints_at_implicit_tls_unless_already_tls(security: str, hinted: bool) -> None:
    error = network_error(TimeoutError(), endpoint(security, 993))
    assert isinstance(error, MailConnectError)
    assert str(error).startswith("timeout: mail.example.org:993 did not answer within 7 s")
    assert ('use security = "tls"' in str(error)) is hinted


def test_refused_unknown_unreachable_and_dropped() -> None:
    refused = network_error(ConnectionRefusedError(errno.ECONNREFUSED, "refused"), endpoint())
    assert "connection refused (port closed" in str(refused)
    import socket

    unknown = network_error(socket.gaierror(-2, "Name or service not known"), endpoint())
    assert str(unknown).startswith("host unknown: 'mail.example.org'")
    unreachable = network_error(OSError(errno.EHOSTUNREACH, "No route to host"), endpoint())
    assert str(unreachable) == "cannot reach mail.example.org:993: No route to host"
    dropped = network_error(
        ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"), endpoint()
    )
    assert (
        str(dropped)
        == "the connection to mail.example.org:993 was dropped (Connection reset by peer)"
    )
    for error in (refused, unknown, unreachable, dropped):
        assert isinstance(error, MailConnectError)


def test_ipv6_hosts_are_bracketed() -> None:
    assert Endpoint("IMAP", "::1", 993, "tls", "u", 1.0).address == "[::1]:993"


def test_other_exceptions_are_not_ours() -> None:
    assert network_error(ValueError("bug"), endpoint()) is None


def section(ca_file: Path | None) -> SmtpSection:
    return SmtpSection(
        host="mail.example.org",
        port=465,
        security="tls",
        username="me",
        secret=Secret("password", "x"),
        ca_file=ca_file,
    )


def test_client_context_verifies_and_refuses_old_tls() -> None:
    context = client_context(section(None))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2


def test_client_context_with_a_file_that_is_no_certificate(tmp_path: Path) -> None:
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate\n")
    with pytest.raises(MailTLSError, match=r"cannot use ca_file .*ca\.pem"):
        client_context(section(bogus))


def test_security_labels() -> None:
    assert [security_label(s) for s in ("tls", "starttls", "none")] == ["TLS", "STARTTLS", "no TLS"]

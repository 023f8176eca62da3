"""``intro-agent check`` against the loopback stack: passes when all is well, and names
the problem (wrong password, closed port, TLS mismatch, missing folder) when not."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from agent.cli import cli
from tests.mailstack import MailStack


def write_config(path: Path, imap: dict[str, Any], smtp: dict[str, Any]) -> Path:
    def table(values: dict[str, Any]) -> str:
        lines = []
        for key, value in values.items():
            shown = f'"{value}"' if isinstance(value, str | Path) else str(value)
            lines.append(f"{key} = {shown}")
        return "\n".join(lines)

    path.write_text(
        '[agent]\naddress = "intros@example.test"\n\n'
        f"[imap]\n{table(imap)}\n\n[smtp]\n{table(smtp)}\n\n"
        f'[store]\npath = "{path.parent / "store.json"}"\n'
    )
    return path


def imap_settings(stack: MailStack, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "host": stack.host,
        "port": stack.imaps_port,
        "security": "tls",
        "username": "intros@example.test",
        "password": stack.password,
        "ca_file": stack.ca_file,
        "timeout_seconds": 5,
    }
    values.update(overrides)
    return values


def smtp_settings(stack: MailStack, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "host": stack.host,
        "port": stack.submission_port,
        "security": "starttls",
        "username": "intros@example.test",
        "password": stack.password,
        "ca_file": stack.ca_file,
        "timeout_seconds": 5,
    }
    values.update(overrides)
    return values


def check(tmp_path: Path, imap: dict[str, Any], smtp: dict[str, Any]) -> Result:
    config = write_config(tmp_path / "config.toml", imap, smtp)
    return CliRunner().invoke(cli, ["check", "--config", str(config)])


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.integration
def test_check_passes_with_tls_imap_and_starttls_submission(
    mailstack: MailStack, tmp_path: Path
) -> None:
    result = check(tmp_path, imap_settings(mailstack), smtp_settings(mailstack))
    lines = result.output.splitlines()
    assert result.exit_code == 0, result.output
    assert lines == [
        f"IMAP  ok  logged in to 127.0.0.1:{mailstack.imaps_port} as intros@example.test (TLS)",
        "IMAP  ok  inbox folder 'INBOX' present",
        "IMAP  ok  processed folder 'Processed' missing: will be created",
        "IMAP  ok  quarantine folder 'Quarantine' missing: will be created",
        "IMAP  ok  IDLE available: new mail is noticed as it arrives",
        "IMAP  ok  MOVE available",
        f"SMTP  ok  logged in to 127.0.0.1:{mailstack.submission_port} as intros@example.test "
        "(STARTTLS)",
    ]
    # A check only looks: it created nothing.
    assert mailstack.uids("intros", "INBOX") == []
    client = mailstack.login("intros")
    try:
        assert not client.folder_exists("Processed")
    finally:
        client.logout()


@pytest.mark.integration
def test_check_passes_with_starttls_imap_and_implicit_tls_smtp(
    mailstack: MailStack, tmp_path: Path
) -> None:
    result = check(
        tmp_path,
        imap_settings(mailstack, port=mailstack.imap_port, security="starttls"),
        smtp_settings(mailstack, port=mailstack.smtps_port, security="tls"),
    )
    assert result.exit_code == 0, result.output
    assert "(STARTTLS)" in result.output.splitlines()[0]
    assert result.output.splitlines()[-1].endswith("(TLS)")


@pytest.mark.integration
def test_check_names_a_wrong_password(mailstack: MailStack, tmp_path: Path) -> None:
    result = check(
        tmp_path,
        imap_settings(mailstack, password="wrong"),
        smtp_settings(mailstack, password="wrong"),
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(
        "IMAP  FAIL  wrong user name or password for intros@example.test at 127.0.0.1:"
    )
    assert lines[1].startswith(
        "SMTP  FAIL  wrong user name or password for intros@example.test at 127.0.0.1:"
    )


@pytest.mark.integration
def test_check_names_a_tls_mismatch(mailstack: MailStack, tmp_path: Path) -> None:
    # Implicit TLS against the plain ports of both servers.
    result = check(
        tmp_path,
        imap_settings(mailstack, port=mailstack.imap_port),
        smtp_settings(mailstack, port=mailstack.submission_port, security="tls"),
    )
    assert result.exit_code == 1
    imap_line, smtp_line = result.output.splitlines()
    assert imap_line.startswith("IMAP  FAIL  TLS mismatch:")
    assert 'use security = "starttls"' in imap_line
    assert smtp_line.startswith("SMTP  FAIL  TLS mismatch:")


@pytest.mark.integration
def test_check_hints_at_tls_when_a_plain_client_meets_a_tls_port(
    mailstack: MailStack, tmp_path: Path
) -> None:
    result = check(
        tmp_path,
        imap_settings(mailstack, security="starttls", timeout_seconds=1),
        smtp_settings(mailstack, port=mailstack.smtps_port, timeout_seconds=1),
    )
    assert result.exit_code == 1
    for line in result.output.splitlines():
        assert "FAIL  timeout:" in line
        assert 'use security = "tls"' in line


@pytest.mark.integration
def test_check_names_a_missing_inbox_folder(mailstack: MailStack, tmp_path: Path) -> None:
    result = check(tmp_path, imap_settings(mailstack, folder="Requests"), smtp_settings(mailstack))
    assert result.exit_code == 1
    assert (
        "IMAP  FAIL  folder missing: the inbox folder 'Requests' (imap.folder) does not exist"
        in result.output
    )
    assert "SMTP  ok" in result.output


@pytest.mark.integration
def test_check_names_an_untrusted_certificate(mailstack: MailStack, tmp_path: Path) -> None:
    imap = imap_settings(mailstack)
    del imap["ca_file"]
    result = check(tmp_path, imap, smtp_settings(mailstack))
    assert result.exit_code == 1
    assert "IMAP  FAIL  the certificate of 127.0.0.1:" in result.output
    assert "set ca_file" in result.output


def test_check_names_closed_ports(tmp_path: Path) -> None:
    port = closed_port()
    settings = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": "intros@example.test",
        "password": "secret",
        "timeout_seconds": 2,
    }
    result = check(tmp_path, settings, settings)
    assert result.exit_code == 1
    expected = f"cannot connect to 127.0.0.1:{port}: connection refused (port closed"
    assert [line.split("  ", 2)[:2] for line in result.output.splitlines()] == [
        ["IMAP", "FAIL"],
        ["SMTP", "FAIL"],
    ]
    assert result.output.count(expected) == 2


def test_check_names_an_unknown_host(tmp_path: Path) -> None:
    settings = {
        "host": "no-such-host.invalid",
        "port": 993,
        "security": "tls",
        "username": "intros@example.test",
        "password": "secret",
        "timeout_seconds": 5,
    }
    result = check(tmp_path, settings, settings)
    assert result.exit_code == 1
    assert result.output.count("host unknown: 'no-such-host.invalid'") == 2


@pytest.mark.integration
def test_check_names_the_secret_that_could_not_be_read(
    mailstack: MailStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTRO_AGENT_TEST_UNSET", raising=False)
    imap = imap_settings(mailstack, password_env="INTRO_AGENT_TEST_UNSET")
    del imap["password"]
    result = check(tmp_path, imap, smtp_settings(mailstack))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "IMAP  FAIL  imap.password_env: environment variable INTRO_AGENT_TEST_UNSET is not set "
        "or empty"
    )

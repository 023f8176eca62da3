"""``intro-agent check`` against the loopback stack: passes when all is well, and names
the problem (wrong password, closed port, TLS mismatch, missing folder) when not; with
``--send-probe`` it proves that plus-addressing reaches the inbox; it shows the
Authentication-Results header the server adds and compares it with the config."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from agent.check import auth_results_findings, probe_address, probe_message, run_checks
from agent.cli import cli
from agent.config import PolicySection, load_config
from tests.mailstack import MailStack

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def write_config(path: Path, imap: dict[str, Any], smtp: dict[str, Any], policy: str = "") -> Path:
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
        f"\n[policy]\n{policy}\n"
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


def check(
    tmp_path: Path,
    imap: dict[str, Any],
    smtp: dict[str, Any],
    *options: str,
    policy: str = "",
) -> Result:
    config = write_config(tmp_path / "config.toml", imap, smtp, policy)
    return CliRunner().invoke(cli, ["check", "--config", str(config), *options])


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
        "MAIL  note  plus-addressing not tested: 'intro-agent check --send-probe' sends a "
        "probe to intros+probe-TOKEN@example.test and waits for it",
        "MAIL  note  the inbox is empty: no Authentication-Results header to show "
        "(--send-probe reads it from a probe)",
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
    (smtp_line,) = [line for line in result.output.splitlines() if line.startswith("SMTP")]
    assert smtp_line.endswith("(TLS)")


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


# -- plus-addressing and Authentication-Results ---------------------------------------

AUTH_RESULTS = (
    "mx.example.test; spf=pass smtp.mailfrom=carol@example.test; "
    "dkim=pass header.d=example.test; dmarc=pass header.from=example.test"
)


def deliver_with_auth_results(stack: MailStack, value: str) -> None:
    raw = (
        "From: Carol <carol@example.test>\r\nTo: intros@example.test\r\nSubject: hello\r\n"
        f"Authentication-Results: {value}\r\n"
        "Authentication-Results: evil.example; dmarc=pass header.from=example.test\r\n"
        "Message-ID: <ar-1@example.test>\r\n\r\nHello\r\n"
    ).encode()
    stack.send(raw, sender="carol@example.test", recipients=["intros"])
    stack.wait_for_count("intros", 1)


@pytest.mark.integration
def test_send_probe_proves_plus_addressing_and_deletes_the_probe(
    mailstack: MailStack, tmp_path: Path
) -> None:
    result = check(tmp_path, imap_settings(mailstack), smtp_settings(mailstack), "--send-probe")
    print(result.output)
    assert result.exit_code == 0, result.output
    mail = [line for line in result.output.splitlines() if line.startswith("MAIL")]
    assert mail[0].startswith("MAIL  ok  plus-addressing: a probe to intros+probe-")
    assert "@example.test arrived in 'INBOX' after " in mail[0]
    assert mail[0].endswith(" s (deleted)")
    # The stack stamps no Authentication-Results; the check says so and what it means.
    assert mail[1:] == [
        "MAIL  note  no Authentication-Results header in the probe: the server does not "
        "vouch for senders, so a forged From cannot be told from a real one"
    ]
    assert mailstack.uids("intros", "INBOX") == []


@pytest.mark.integration
def test_the_newest_messages_header_is_shown_and_matches_the_config(
    mailstack: MailStack, tmp_path: Path
) -> None:
    deliver_with_auth_results(mailstack, AUTH_RESULTS)
    result = check(
        tmp_path,
        imap_settings(mailstack),
        smtp_settings(mailstack),
        policy='authserv_id = "mx.example.test"',
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2:] == [
        f"MAIL  ok  Authentication-Results in the newest message: {AUTH_RESULTS}",
        "MAIL  ok  policy.authserv_id 'mx.example.test' is the server's id",
    ]
    # Read with BODY.PEEK: the message is still unread, and still in the inbox.
    client = mailstack.login("intros")
    try:
        client.select_folder("INBOX", readonly=True)
        ((_uid, data),) = client.fetch(client.search("ALL"), ["FLAGS"]).items()
        assert b"\\Seen" not in data[b"FLAGS"]
    finally:
        client.logout()


@pytest.mark.integration
def test_an_authserv_id_the_server_does_not_use_fails(mailstack: MailStack, tmp_path: Path) -> None:
    deliver_with_auth_results(mailstack, AUTH_RESULTS)
    result = check(
        tmp_path,
        imap_settings(mailstack),
        smtp_settings(mailstack),
        policy='authserv_id = "mx.elsewhere.test"',
    )
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "MAIL  FAIL  policy.authserv_id is 'mx.elsewhere.test' but the server's header says "
        "'mx.example.test': no requester's mail will be believed"
    )


@pytest.mark.integration
def test_without_an_authserv_id_the_check_suggests_the_servers(
    mailstack: MailStack, tmp_path: Path
) -> None:
    deliver_with_auth_results(mailstack, AUTH_RESULTS)
    result = check(tmp_path, imap_settings(mailstack), smtp_settings(mailstack))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "MAIL  note  policy.authserv_id is not set: set it to 'mx.example.test' so a forged "
        "From is not believed"
    )


@pytest.mark.integration
def test_a_probe_that_never_reaches_the_inbox_fails(mailstack: MailStack, tmp_path: Path) -> None:
    # The agent's address is alice's, but the check reads intros' inbox: the probe to
    # alice+probe-...@ lands elsewhere, as it does where plus-addressing is off.
    path = write_config(
        tmp_path / "config.toml", imap_settings(mailstack), smtp_settings(mailstack)
    )
    text = path.read_text().replace('address = "intros@', 'address = "alice@', 1)
    path.write_text(text)
    lines: list[str] = []
    ok = run_checks(load_config(path), lines.append, send_probe=True, probe_timeout=2.0)
    assert not ok
    assert lines[-1].startswith("MAIL  FAIL  plus-addressing: the probe to alice+probe-")
    assert "did not arrive in 'INBOX' within 2 s" in lines[-1]
    assert len(mailstack.wait_for_count("alice", 1)) == 1


@pytest.mark.integration
def test_a_probe_the_server_refuses_is_named(mailstack: MailStack, tmp_path: Path) -> None:
    # No such user: Postfix refuses the probe's recipient, so nothing is sent or awaited.
    path = write_config(
        tmp_path / "config.toml", imap_settings(mailstack), smtp_settings(mailstack)
    )
    path.write_text(path.read_text().replace('address = "intros@', 'address = "nobody@', 1))
    lines: list[str] = []
    assert not run_checks(load_config(path), lines.append, send_probe=True, probe_timeout=30.0)
    assert lines[-1].startswith("MAIL  FAIL  plus-addressing: the probe to nobody+probe-"), lines[
        -1
    ]
    assert "@example.test was not sent: " in lines[-1]


# -- the findings themselves ----------------------------------------------------------


def test_probe_address_tags_the_agents_local_part() -> None:
    assert probe_address("intros@example.org", "ab12") == "intros+probe-ab12@example.org"
    assert probe_address("intros+x@example.org", "ab12") == "intros+probe-ab12@example.org"


def test_the_probe_is_marked_as_sent_by_a_machine() -> None:
    msg = probe_message("intros@x.test", "Intro Agent", "intros+probe-1@x.test", "1", NOW)
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Subject"] == "intro-agent check probe 1"
    assert msg["From"] == "Intro Agent <intros@x.test>"


def test_findings_without_a_header() -> None:
    (plain,) = auth_results_findings([], "the probe", PolicySection())
    assert plain.status == "note" and "does not vouch for senders" in plain.text
    (configured,) = auth_results_findings([], "the probe", PolicySection(authserv_id="mx.x"))
    assert configured.status == "note" and "'mx.x'" in configured.text


def test_findings_use_the_topmost_header_and_accept_a_configured_id_below() -> None:
    values = ["mx.a.test; dmarc=pass", "mx.b.test; spf=pass"]
    shown, verdict = auth_results_findings(values, "m", PolicySection(authserv_id="MX.B.test"))
    assert shown.text == "Authentication-Results in m: mx.a.test; dmarc=pass"
    assert verdict.status == "ok"
    long_value = "mx.a.test; " + "x" * 400
    (shown, _) = auth_results_findings([long_value], "m", PolicySection())
    assert len(shown.text) < 300 and shown.text.endswith("...")


def test_a_header_without_an_authserv_id_is_noted() -> None:
    shown, note = auth_results_findings(["  "], "m", PolicySection())
    assert (shown.status, note.status) == ("ok", "note")
    assert note.text == "the header names no authserv-id"

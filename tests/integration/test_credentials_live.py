"""Passwords from a command and from the environment, end to end against Dovecot and Postfix.

A config file is written the way a user writes one (``password_command`` or
``password_env`` in both ``[imap]`` and ``[smtp]``), read with ``load_config``, and the
agent's own ImapSource and SmtpSink log in with it: IMAPS to Dovecot, submission with
STARTTLS to Postfix. A mail sent through the sink is then found through the source.
"""

from __future__ import annotations

import asyncio
import shlex
from pathlib import Path

import pytest

from agent.config import Config, load_config
from agent.errors import MailAuthError
from agent.mail.imap_source import ImapSource
from agent.mail.smtp_sink import SmtpSink
from tests.mailstack import MailStack

pytestmark = pytest.mark.integration

ENV_NAME = "INTRO_AGENT_TEST_LIVE_PASSWORD"


def write_config(stack: MailStack, folder: Path, secret_line: str) -> Config:
    """A config whose [imap] and [smtp] both take their password from ``secret_line``."""
    path = folder / "config.toml"
    path.write_text(
        f"""
[agent]
address = "{stack.address("intros")}"

[imap]
host = "{stack.host}"
port = {stack.imaps_port}
security = "tls"
username = "{stack.address("intros")}"
{secret_line}
ca_file = "{stack.ca_file}"
timeout_seconds = 10

[smtp]
host = "{stack.host}"
port = {stack.submission_port}
security = "starttls"
username = "{stack.address("intros")}"
{secret_line}
ca_file = "{stack.ca_file}"
timeout_seconds = 10
"""
    )
    return load_config(path)


def command_printing(text: str) -> str:
    """``password_command = "printf secret"``, for whatever the stack's password is."""
    return f"password_command = {_toml(f'printf %s {shlex.quote(text)}')}"


def _toml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def send_to_agent(config: Config, subject: str) -> None:
    """Send a mail to the agent through SmtpSink, logging in as the config says."""
    raw = (
        f"From: {config.agent.address}\r\nTo: {config.agent.address}\r\n"
        f"Subject: {subject}\r\nMessage-ID: <{subject}@example.test>\r\n\r\nhello\r\n"
    ).encode()

    async def send() -> None:
        async with SmtpSink(config.smtp) as sink:
            await sink.send(raw, sender=config.agent.address, recipients=[config.agent.address])

    asyncio.run(send())


def inbox_subjects(config: Config, stack: MailStack) -> list[str]:
    stack.wait_for_count("intros", 1)
    with ImapSource(config.imap) as source:
        fetched = source.fetch_uids(source.uids_after(0))
    return [
        line.split(b": ", 1)[1].decode()
        for message in fetched
        for line in message.raw.split(b"\r\n")
        if line.startswith(b"Subject: ")
    ]


def test_password_command_logs_in_to_dovecot_and_postfix(
    clean_mailstack: MailStack, tmp_path: Path
) -> None:
    assert clean_mailstack.password == "secret"  # so the command is `printf %s secret`
    config = write_config(clean_mailstack, tmp_path, command_printing(clean_mailstack.password))
    assert config.imap.secret is not None and config.imap.secret.kind == "command"
    assert config.smtp.secret is not None and config.smtp.secret.value == "printf %s secret"
    send_to_agent(config, "via-password-command")
    assert inbox_subjects(config, clean_mailstack) == ["via-password-command"]


def test_password_env_logs_in_to_dovecot_and_postfix(
    clean_mailstack: MailStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_NAME, clean_mailstack.password)
    config = write_config(clean_mailstack, tmp_path, f'password_env = "{ENV_NAME}"')
    assert config.smtp.secret is not None and config.smtp.secret.kind == "env"
    send_to_agent(config, "via-password-env")
    assert inbox_subjects(config, clean_mailstack) == ["via-password-env"]


def test_a_command_printing_the_wrong_password_is_refused_by_both(
    clean_mailstack: MailStack, tmp_path: Path
) -> None:
    config = write_config(clean_mailstack, tmp_path, command_printing("not-the-password"))
    with pytest.raises(MailAuthError, match="wrong user name or password"):
        ImapSource(config.imap).connect()
    with pytest.raises(MailAuthError, match="wrong user name or password"):
        send_to_agent(config, "never-sent")
    assert clean_mailstack.uids("intros") == []

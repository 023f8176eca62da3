"""Tests of agent/mail/credentials.py: password, password_env and password_command."""

from __future__ import annotations

import pytest

from agent.config import Secret
from agent.errors import SecretError
from agent.mail.credentials import resolve_secret


def test_literal_password() -> None:
    assert resolve_secret(Secret("password", "s3cret"), "imap.password") == "s3cret"


def test_password_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTRO_TEST_PW", "from-env")
    assert resolve_secret(Secret("env", "INTRO_TEST_PW"), "imap.password_env") == "from-env"
    monkeypatch.delenv("INTRO_TEST_PW")
    with pytest.raises(SecretError, match=r"imap\.password_env: .*INTRO_TEST_PW is not set"):
        resolve_secret(Secret("env", "INTRO_TEST_PW"), "imap.password_env")


def test_password_command_takes_first_line_only() -> None:
    secret = Secret("command", "printf 'first line\\nsecond line\\n'")
    assert resolve_secret(secret, "smtp.password_command") == "first line"


def test_password_command_gets_no_stdin() -> None:
    # A command that waits for input must not hang the daemon: stdin is /dev/null.
    assert resolve_secret(Secret("command", "read x; echo got:$x"), "k") == "got:"


def test_password_command_failure_names_key_and_status() -> None:
    with pytest.raises(SecretError) as info:
        resolve_secret(Secret("command", "echo vault locked >&2; exit 3"), "smtp.password_command")
    assert str(info.value) == "smtp.password_command: command exited with status 3: vault locked"


def test_password_command_that_prints_nothing() -> None:
    with pytest.raises(SecretError, match="printed nothing"):
        resolve_secret(Secret("command", "true"), "imap.password_command")

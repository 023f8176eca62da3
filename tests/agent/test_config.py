"""Tests of agent/config.py: the example file loads, and every error names file, key and problem."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from agent.config import (
    ENV_VAR,
    Config,
    Secret,
    config_path,
    is_loopback_host,
    load_config,
    parse_config,
)
from agent.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "config.example.toml"


def minimal(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "agent": {"address": "intros@example.test"},
        "imap": {"host": "127.0.0.1", "username": "intros@example.test", "password": "pw"},
        "smtp": {"host": "127.0.0.1", "username": "intros@example.test", "password": "pw"},
    }
    for section, values in overrides.items():
        data.setdefault(section, {}).update(values)
    return data


def parse(data: dict[str, Any]) -> Config:
    return parse_config(data, Path("/etc/intro/config.toml"))


def error_of(data: dict[str, Any]) -> str:
    with pytest.raises(ConfigError) as info:
        parse(data)
    return str(info.value)


def test_example_file_loads_with_documented_values() -> None:
    config = load_config(EXAMPLE)
    assert config.agent.address == "intros@example.test"
    assert config.imap.port == 993 and config.imap.security == "tls"
    assert config.smtp.port == 465
    assert config.imap.secret == Secret("password", "change me")
    assert config.policy.allowed_requesters == ("*@example.test", "ceo@example.com")
    assert config.store.path == REPO / "intro-agent.json"
    assert config.lifecycle.reminder_after_days == 3.0
    assert config.digest.weekday == 0 and config.digest.hour == 8


def test_example_documents_every_key_the_loader_knows() -> None:
    # Every key the example sets (commented or not) must be accepted by the loader.
    text = EXAMPLE.read_text()
    uncommented = re.sub(r"(?m)^# ([a-z0-9_]+ = )", r"\1", text)
    data = tomllib.loads(uncommented)
    # password, password_env, password_command and oauth2 are alternatives: keep one.
    for section in ("imap", "smtp"):
        for key in ("password_env", "password_command", "oauth2_token_command", "ca_file"):
            data[section].pop(key, None)
    config = parse_config(data, EXAMPLE)
    assert config.policy.authserv_id == "mx.example.test"
    assert config.lifecycle.templates_dir == REPO / "templates"
    assert config.digest.owner == "ceo@example.com"


def test_defaults_follow_security() -> None:
    config = parse(minimal(imap={"security": "starttls"}, smtp={"security": "starttls"}))
    assert config.imap.port == 143
    assert config.smtp.port == 587
    assert config.store.path == Path("/etc/intro/intro-agent.json")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"imap": {"port": "993"}}, "imap.port: expected a whole number"),
        ({"imap": {"port": 70000}}, "imap.port: must be between 1 and 65535"),
        ({"imap": {"security": "ssl"}}, "imap.security: must be one of 'tls', 'starttls', 'none'"),
        ({"smtp": {"port": True}}, "smtp.port: expected a whole number, got a boolean"),
        ({"agent": {"address": "intros"}}, "agent.address: expected a mail address"),
        ({"agent": {"timezone": "Mars/Olympus"}}, "agent.timezone: unknown time zone"),
        ({"imap": {"colour": "blue"}}, "imap.colour: unknown key"),
        ({"policy": {"allowed_requesters": ["bob"]}}, "policy.allowed_requesters[0]"),
        ({"lifecycle": {"ask": "one"}}, "lifecycle.ask: must be one of"),
        ({"lifecycle": {"max_reminders": -1}}, "lifecycle.max_reminders: must be zero or more"),
        ({"digest": {"weekday": "someday"}}, "digest.weekday: expected a day name"),
        ({"digest": {"hour": 24}}, "digest.hour: must be between 0 and 23"),
        ({"imap": {"password_env": "X"}}, "imap.password_env: give only one of"),
        ({"imap": {"ca_file": "/nonexistent/ca.pem"}}, "imap.ca_file: no such file"),
    ],
)
def test_errors_name_file_key_and_problem(data: dict[str, Any], expected: str) -> None:
    message = error_of(minimal(**data))
    assert message.startswith("/etc/intro/config.toml: ")
    assert expected in message


def test_missing_section_and_key() -> None:
    data = minimal()
    del data["smtp"]
    assert "missing section [smtp]" in error_of(data)
    data = minimal()
    del data["imap"]["host"]
    assert "imap.host: missing (required)" in error_of(data)
    assert "unknown section [imapp]" in error_of({**minimal(), "imapp": {}})


def test_refuses_clear_text_password_to_remote_host() -> None:
    message = error_of(minimal(imap={"host": "mail.example.org", "security": "none"}))
    assert "imap.security" in message and "clear text" in message
    # Loopback is fine: the password never leaves the machine.
    assert parse(minimal(imap={"security": "none"})).imap.security == "none"


def test_secret_sources_and_repr_hides_password() -> None:
    assert parse(minimal()).imap.secret == Secret("password", "pw")
    data = minimal()
    del data["imap"]["password"]
    data["imap"]["password_command"] = "echo hunter2"
    assert parse(data).imap.secret == Secret("command", "echo hunter2")
    assert "pw" not in repr(Secret("password", "pw"))


def test_config_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.toml"))
    assert config_path("given.toml") == Path("given.toml")
    assert config_path(None) == tmp_path / "env.toml"
    monkeypatch.delenv(ENV_VAR)
    assert config_path(None) == Path("config.toml")


def test_load_errors_for_missing_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "absent.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[agent\naddress = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("10.0.0.1", False),
        ("mail.example.org", False),
    ],
)
def test_is_loopback_host(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback

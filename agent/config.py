"""The agent's configuration: a TOML file read into frozen dataclasses and validated at start.

Every error names the file, the key and what is wrong, so a person can fix it without
reading code. Secrets are not resolved here: a ``Secret`` says where the password comes
from, and the mail edges resolve it when they connect (a password command may prompt a
keyring, which should not happen for ``--help`` or ``parse``).
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from agent.errors import ConfigError

Security = Literal["tls", "starttls", "none"]
SECURITIES: tuple[Security, ...] = ("tls", "starttls", "none")
ENV_VAR = "INTRO_AGENT_CONFIG"
DEFAULT_PATH = Path("config.toml")

T = TypeVar("T")


@dataclass(frozen=True)
class Secret:
    """Where a password or token comes from: literal text, an environment variable or a command."""

    kind: Literal["password", "env", "command"]
    value: str

    def __repr__(self) -> str:  # never print a literal password in a traceback or log
        shown = "***" if self.kind == "password" else self.value
        return f"Secret({self.kind}, {shown})"


@dataclass(frozen=True)
class AgentSection:
    """Who the agent is."""

    address: str
    name: str = "Intro Agent"
    timezone: str = "UTC"


@dataclass(frozen=True)
class ServerSection:
    """How to reach one mail server (IMAP or SMTP)."""

    host: str
    port: int
    security: Security
    username: str
    secret: Secret | None
    oauth2_token_command: str | None = None
    ca_file: Path | None = None
    timeout_seconds: float = 30.0

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self.host)


@dataclass(frozen=True)
class ImapSection(ServerSection):
    """The mailbox the agent reads."""

    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    max_message_bytes: int = 10 * 1024 * 1024
    poll_seconds: float = 60.0


@dataclass(frozen=True)
class SmtpSection(ServerSection):
    """The server the agent sends through."""

    # Connections open at once when several mails are due; each waits for the server's
    # answer to one mail at a time, so a few together keep a backlog moving.
    connections: int = 3


@dataclass(frozen=True)
class StoreSection:
    """Where state is kept."""

    path: Path


@dataclass(frozen=True)
class PolicySection:
    """Who may command the agent, and limits that protect other people's inboxes."""

    allowed_requesters: tuple[str, ...] = ()
    authserv_id: str | None = None
    max_mails_per_address_per_day: int = 20


@dataclass(frozen=True)
class LifecycleSection:
    """How an introduction proceeds."""

    ask: Literal["both", "sequential"] = "both"
    reminder_after_days: float = 3.0
    max_reminders: int = 2
    expire_after_days: float = 14.0
    requester_copy: Literal["cc", "bcc", "none"] = "cc"
    templates_dir: Path | None = None


@dataclass(frozen=True)
class DigestSection:
    """When and to whom the weekly digest goes."""

    enabled: bool = True
    weekday: int = 0  # Monday, as datetime.weekday() counts
    hour: int = 8
    timezone: str | None = None  # None: the agent's timezone
    owner: str | None = None
    send_when_empty: bool = False


@dataclass(frozen=True)
class Config:
    """The whole configuration, as read from one file."""

    path: Path
    agent: AgentSection
    imap: ImapSection
    smtp: SmtpSection
    store: StoreSection
    policy: PolicySection = field(default_factory=PolicySection)
    lifecycle: LifecycleSection = field(default_factory=LifecycleSection)
    digest: DigestSection = field(default_factory=DigestSection)


def is_loopback_host(host: str) -> bool:
    """True for localhost and addresses in 127.0.0.0/8 or ::1."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The file to read: ``--config``, else ``$INTRO_AGENT_CONFIG``, else ``./config.toml``."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return DEFAULT_PATH


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate the configuration; raise ``ConfigError`` naming file, key and problem."""
    path = config_path(explicit)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file (use --config PATH or set ${ENV_VAR}; "
            "config.example.toml documents every key)"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path)


def parse_config(data: Mapping[str, Any], path: Path) -> Config:
    """Validate an already-decoded TOML document."""
    reader = _Reader(path)
    known = {"agent", "imap", "smtp", "store", "policy", "lifecycle", "digest"}
    for key in data:
        if key not in known:
            raise ConfigError(
                f"{path}: unknown section [{key}] (known: {', '.join(sorted(known))})"
            )
    agent_t = reader.table(data, "agent", required=True)
    agent = AgentSection(
        address=reader.email(agent_t, "agent.address"),
        name=reader.get(agent_t, "agent.name", str, "Intro Agent"),
        timezone=reader.timezone(agent_t, "agent.timezone", "UTC"),
    )
    reader.no_extra(agent_t, "agent", {"address", "name", "timezone"})

    imap_t = reader.table(data, "imap", required=True)
    imap_common = reader.server(
        imap_t, "imap", default_port={"tls": 993, "starttls": 143, "none": 143}
    )
    imap = ImapSection(
        **imap_common,
        folder=reader.get(imap_t, "imap.folder", str, "INBOX"),
        processed_folder=reader.get(imap_t, "imap.processed_folder", str, "Processed"),
        quarantine_folder=reader.get(imap_t, "imap.quarantine_folder", str, "Quarantine"),
        max_message_bytes=reader.positive_int(imap_t, "imap.max_message_bytes", 10 * 1024 * 1024),
        poll_seconds=reader.positive_float(imap_t, "imap.poll_seconds", 60.0),
    )
    reader.no_extra(
        imap_t,
        "imap",
        _SERVER_KEYS
        | {"folder", "processed_folder", "quarantine_folder", "max_message_bytes", "poll_seconds"},
    )

    smtp_t = reader.table(data, "smtp", required=True)
    smtp = SmtpSection(
        **reader.server(smtp_t, "smtp", default_port={"tls": 465, "starttls": 587, "none": 25}),
        connections=reader.bounded_int(smtp_t, "smtp.connections", 3, 1, 10),
    )
    reader.no_extra(smtp_t, "smtp", _SERVER_KEYS | {"connections"})

    store_t = reader.table(data, "store", required=False)
    store = StoreSection(path=reader.path(store_t, "store.path", "intro-agent.json"))
    reader.no_extra(store_t, "store", {"path"})

    policy_t = reader.table(data, "policy", required=False)
    allowed: list[Any] = reader.get(policy_t, "policy.allowed_requesters", list, [])
    patterns: list[str] = []
    for i, item in enumerate(allowed):
        if not isinstance(item, str) or "@" not in item:
            raise ConfigError(
                f"{path}: policy.allowed_requesters[{i}]: expected an address or '*@domain', "
                f"got {item!r}"
            )
        patterns.append(item.strip().lower())
    policy = PolicySection(
        allowed_requesters=tuple(patterns),
        authserv_id=reader.optional(policy_t, "policy.authserv_id", str),
        max_mails_per_address_per_day=reader.positive_int(
            policy_t, "policy.max_mails_per_address_per_day", 20
        ),
    )
    reader.no_extra(
        policy_t, "policy", {"allowed_requesters", "authserv_id", "max_mails_per_address_per_day"}
    )

    life_t = reader.table(data, "lifecycle", required=False)
    lifecycle = LifecycleSection(
        ask=reader.choice(life_t, "lifecycle.ask", ("both", "sequential"), "both"),
        reminder_after_days=reader.positive_float(life_t, "lifecycle.reminder_after_days", 3.0),
        max_reminders=reader.non_negative_int(life_t, "lifecycle.max_reminders", 2),
        expire_after_days=reader.positive_float(life_t, "lifecycle.expire_after_days", 14.0),
        requester_copy=reader.choice(
            life_t, "lifecycle.requester_copy", ("cc", "bcc", "none"), "cc"
        ),
        templates_dir=reader.optional_path(life_t, "lifecycle.templates_dir"),
    )
    reader.no_extra(
        life_t,
        "lifecycle",
        {
            "ask",
            "reminder_after_days",
            "max_reminders",
            "expire_after_days",
            "requester_copy",
            "templates_dir",
        },
    )

    digest_t = reader.table(data, "digest", required=False)
    weekday = reader.get(digest_t, "digest.weekday", (str, int), "monday")
    digest = DigestSection(
        enabled=reader.get(digest_t, "digest.enabled", bool, True),
        weekday=reader.weekday(weekday, "digest.weekday"),
        hour=reader.bounded_int(digest_t, "digest.hour", 8, 0, 23),
        timezone=(
            reader.timezone(digest_t, "digest.timezone", "UTC") if "timezone" in digest_t else None
        ),
        owner=reader.optional(digest_t, "digest.owner", str),
        send_when_empty=reader.get(digest_t, "digest.send_when_empty", bool, False),
    )
    reader.no_extra(
        digest_t, "digest", {"enabled", "weekday", "hour", "timezone", "owner", "send_when_empty"}
    )
    return Config(
        path=path,
        agent=agent,
        imap=imap,
        smtp=smtp,
        store=store,
        policy=policy,
        lifecycle=lifecycle,
        digest=digest,
    )


_SERVER_KEYS = {
    "host",
    "port",
    "security",
    "username",
    "password",
    "password_env",
    "password_command",
    "oauth2_token_command",
    "ca_file",
    "timeout_seconds",
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class _Reader:
    """Typed access to TOML tables that raises ``ConfigError`` naming the file and key."""

    def __init__(self, path: Path) -> None:
        self.file = path
        self.base = path.parent

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.file}: {key}: {problem}")

    def table(self, data: Mapping[str, Any], name: str, *, required: bool) -> Mapping[str, Any]:
        if name not in data:
            if required:
                raise ConfigError(f"{self.file}: missing section [{name}]")
            return {}
        value = data[name]
        if not isinstance(value, dict):
            raise ConfigError(f"{self.file}: [{name}] must be a table")
        return cast(Mapping[str, Any], value)

    def no_extra(self, table: Mapping[str, Any], name: str, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(
                    f"{name}.{key}", f"unknown key (known: {', '.join(sorted(allowed))})"
                )

    def get(self, table: Mapping[str, Any], key: str, kind: Any, default: T) -> T:
        short = key.rsplit(".", 1)[1]
        if short not in table:
            return default
        value = table[short]
        # bool is an int in Python; a port of `true` is a mistake, not 1.
        if isinstance(value, bool) and kind is not bool:
            raise self.fail(key, f"expected {_kind_name(kind)}, got a boolean")
        if kind is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, kind):
            raise self.fail(key, f"expected {_kind_name(kind)}, got {value!r}")
        return cast(T, value)

    def require(self, table: Mapping[str, Any], key: str, kind: Any) -> Any:
        short = key.rsplit(".", 1)[1]
        if short not in table:
            raise self.fail(key, "missing (required)")
        return self.get(table, key, kind, None)

    def optional(self, table: Mapping[str, Any], key: str, kind: type[T]) -> T | None:
        value: T | None = self.get(table, key, kind, None)
        return value

    def email(self, table: Mapping[str, Any], key: str) -> str:
        value = str(self.require(table, key, str)).strip()
        local, _, domain = value.partition("@")
        if not local or not domain or " " in value:
            raise self.fail(key, f"expected a mail address like name@example.org, got {value!r}")
        return value

    def positive_int(self, table: Mapping[str, Any], key: str, default: int) -> int:
        value = self.get(table, key, int, default)
        if value <= 0:
            raise self.fail(key, f"must be a positive whole number, got {value}")
        return value

    def non_negative_int(self, table: Mapping[str, Any], key: str, default: int) -> int:
        value = self.get(table, key, int, default)
        if value < 0:
            raise self.fail(key, f"must be zero or more, got {value}")
        return value

    def bounded_int(
        self, table: Mapping[str, Any], key: str, default: int, lo: int, hi: int
    ) -> int:
        value = self.get(table, key, int, default)
        if not lo <= value <= hi:
            raise self.fail(key, f"must be between {lo} and {hi}, got {value}")
        return value

    def positive_float(self, table: Mapping[str, Any], key: str, default: float) -> float:
        value = self.get(table, key, float, default)
        if value <= 0:
            raise self.fail(key, f"must be a positive number, got {value}")
        return value

    def choice(
        self, table: Mapping[str, Any], key: str, choices: tuple[str, ...], default: str
    ) -> Any:
        value = self.get(table, key, str, default)
        if value not in choices:
            raise self.fail(
                key, f"must be one of {', '.join(repr(c) for c in choices)}, got {value!r}"
            )
        return value

    def path(self, table: Mapping[str, Any], key: str, default: str) -> Path:
        # Relative paths are relative to the config file, so the daemon can run from anywhere.
        value = Path(self.get(table, key, str, default)).expanduser()
        return value if value.is_absolute() else self.base / value

    def optional_path(self, table: Mapping[str, Any], key: str) -> Path | None:
        value = self.optional(table, key, str)
        if value is None:
            return None
        resolved = Path(value).expanduser()
        return resolved if resolved.is_absolute() else self.base / resolved

    def timezone(self, table: Mapping[str, Any], key: str, default: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        value = self.get(table, key, str, default)
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.fail(
                key, f"unknown time zone {value!r} (use a name like 'Europe/Paris')"
            ) from None
        return value

    def weekday(self, value: str | int, key: str) -> int:
        if isinstance(value, int):
            if 0 <= value <= 6:
                return value
            raise self.fail(key, f"must be 0 (Monday) to 6 (Sunday), got {value}")
        name = value.strip().lower()
        for i, day in enumerate(_WEEKDAYS):
            if day.startswith(name) and len(name) >= 2:
                return i
        raise self.fail(key, f"expected a day name like 'monday', got {value!r}")

    def server(
        self, table: Mapping[str, Any], name: str, *, default_port: Mapping[str, int]
    ) -> dict[str, Any]:
        security = self.choice(table, f"{name}.security", SECURITIES, "tls")
        host = str(self.require(table, f"{name}.host", str)).strip()
        if not host:
            raise self.fail(f"{name}.host", "must not be empty")
        port = self.get(table, f"{name}.port", int, default_port[security])
        if not 0 < port < 65536:
            raise self.fail(f"{name}.port", f"must be between 1 and 65535, got {port}")
        sources = [k for k in ("password", "password_env", "password_command") if k in table]
        if len(sources) > 1:
            raise self.fail(
                f"{name}.{sources[1]}", "give only one of password, password_env, password_command"
            )
        secret: Secret | None = None
        if sources:
            kind = {"password": "password", "password_env": "env", "password_command": "command"}
            key = sources[0]
            value = self.get(table, f"{name}.{key}", str, "")
            if not value:
                raise self.fail(f"{name}.{key}", "must not be empty")
            secret = Secret(kind=cast(Any, kind[key]), value=value)
        oauth = self.optional(table, f"{name}.oauth2_token_command", str)
        if oauth is not None and secret is not None:
            raise self.fail(
                f"{name}.oauth2_token_command", "give either a password or an OAuth2 token command"
            )
        if (
            (secret is not None or oauth is not None)
            and security == "none"
            and not is_loopback_host(host)
        ):
            raise self.fail(
                f"{name}.security",
                f"'none' would send the password in clear text to {host}; use 'tls' or 'starttls' "
                "(plain connections are allowed only to a loopback address)",
            )
        ca_file = self.optional_path(table, f"{name}.ca_file")
        if ca_file is not None and not ca_file.is_file():
            raise self.fail(f"{name}.ca_file", f"no such file: {ca_file}")
        return {
            "host": host,
            "port": port,
            "security": security,
            "username": str(self.require(table, f"{name}.username", str)),
            "secret": secret,
            "oauth2_token_command": oauth,
            "ca_file": ca_file,
            "timeout_seconds": self.positive_float(table, f"{name}.timeout_seconds", 30.0),
        }


def _kind_name(kind: Any) -> str:
    names = {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
    }
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, getattr(kind, "__name__", str(kind)))

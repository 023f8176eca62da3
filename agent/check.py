"""``intro-agent check``: try the configured IMAP and SMTP servers and say what is wrong.

Looks without changing anything: folders that are missing are reported as "will be
created", not created. One line per finding, ``PROTO  STATUS  words``, where STATUS is
``ok``, ``note`` (works, with a limitation) or ``FAIL``; any FAIL makes the check fail.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from agent.config import Config, ImapSection, SmtpSection
from agent.errors import AgentError
from agent.mail.imap_source import ImapSource
from agent.mail.smtp_sink import SmtpSink
from agent.mail.tls import security_label

Echo = Callable[[str], None]


def run_checks(config: Config, echo: Echo) -> bool:
    """Check IMAP, then SMTP (even when IMAP failed); True when nothing failed."""
    imap_ok = check_imap(config.imap, echo)
    smtp_ok = asyncio.run(check_smtp(config.smtp, echo))
    return imap_ok and smtp_ok


def check_imap(cfg: ImapSection, echo: Echo) -> bool:
    """Log in, look for the folders the agent uses, report IDLE and MOVE."""
    source = ImapSource(cfg)
    try:
        source.connect()
    except AgentError as exc:
        _line(echo, "IMAP", "FAIL", str(exc))
        return False
    try:
        _line(
            echo,
            "IMAP",
            "ok",
            f"logged in to {source.endpoint.address} as {cfg.username} "
            f"({security_label(cfg.security)})",
        )
        ok = _check_folders(source, cfg, echo)
        if source.has_idle:
            _line(echo, "IMAP", "ok", "IDLE available: new mail is noticed as it arrives")
        else:
            _line(
                echo, "IMAP", "note", f"no IDLE: the inbox is polled every {cfg.poll_seconds:g} s"
            )
        if source.has_move:
            _line(echo, "IMAP", "ok", "MOVE available")
        else:
            _line(echo, "IMAP", "note", "no MOVE: handled mail is copied, then deleted")
        return ok
    except AgentError as exc:
        _line(echo, "IMAP", "FAIL", str(exc))
        return False
    finally:
        source.close()


def _check_folders(source: ImapSource, cfg: ImapSection, echo: Echo) -> bool:
    # A \Noselect or \NonExistent name is only a parent of other folders: it cannot hold mail.
    unusable = {"\\noselect", "\\nonexistent"}
    present = {_folder_key(f.name) for f in source.list_folders() if not unusable & _lower(f.flags)}

    def exists(name: str) -> bool:
        return _folder_key(name) in present

    ok = True
    if exists(cfg.folder):
        _line(echo, "IMAP", "ok", f"inbox folder {cfg.folder!r} present")
    else:
        _line(
            echo,
            "IMAP",
            "FAIL",
            f"folder missing: the inbox folder {cfg.folder!r} (imap.folder) does not exist at "
            f"{source.endpoint.address}",
        )
        ok = False
    for role, name in (("processed", cfg.processed_folder), ("quarantine", cfg.quarantine_folder)):
        if exists(name):
            _line(echo, "IMAP", "ok", f"{role} folder {name!r} present")
        else:
            _line(echo, "IMAP", "ok", f"{role} folder {name!r} missing: will be created")
    return ok


async def check_smtp(cfg: SmtpSection, echo: Echo) -> bool:
    """Connect with the configured security and log in (when a secret is configured)."""
    sink = SmtpSink(cfg)
    try:
        await sink.connect()
    except AgentError as exc:
        _line(echo, "SMTP", "FAIL", str(exc))
        return False
    try:
        label = security_label(cfg.security)
        if cfg.secret is not None or cfg.oauth2_token_command is not None:
            done = f"logged in to {sink.endpoint.address} as {cfg.username} ({label})"
        else:
            done = f"connected to {sink.endpoint.address} ({label}, no login configured)"
        _line(echo, "SMTP", "ok", done)
        return True
    finally:
        await sink.close()


def _line(echo: Echo, protocol: str, status: str, text: str) -> None:
    echo(f"{protocol}  {status}  {text}")


def _folder_key(name: str) -> str:
    # RFC 3501: INBOX is case-insensitive; other names are compared as the server lists them.
    return "INBOX" if name.upper() == "INBOX" else name


def _lower(flags: tuple[str, ...]) -> set[str]:
    return {f.lower() for f in flags}

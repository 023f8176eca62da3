"""The config file the demo writes for its sandbox: the same format a user writes.

The agent sends through the sandbox's SMTP server with the real ``SmtpSink`` (security
``none`` is allowed because the server is on loopback). The ``[imap]`` section is
required by the format but is not contacted: the demo hands the engine the sandbox's
own ``MailSource`` instead of an IMAP connection.
"""

from __future__ import annotations

from pathlib import Path


def sandbox_config(*, agent: str, domain: str, smtp_port: int, store: Path) -> str:
    """The TOML text of the sandbox's config."""
    return f"""# Written by `intro-agent demo` for its loopback sandbox.
[agent]
address = "{agent}"
name = "Intro Agent"

[imap]
# Not contacted: the demo reads the agent's mailbox from the sandbox directly.
host = "127.0.0.1"
port = 143
security = "none"
username = "{agent}"
password = "demo"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
username = "{agent}"
timeout_seconds = 10

[store]
path = "{store}"

[policy]
allowed_requesters = ["*@{domain}"]
"""

"""``intro-agent digest``: preview a digest, or send one now, outside the weekly schedule.

``--preview`` prints the digest of the seven days up to ``--now`` (default: the clock)
for ``--to ADDRESS``, or for every requester who would get one, plus the owner's when
configured, and with ``--html FILE`` writes the HTML part of the one previewed. It
writes nothing to the store: not even the Message-ID secret, which a preview does not
need. Pass ``--now`` at the schedule's slot to see exactly what the weekly digest says.

``--send-now --to ADDRESS`` queues that requester's digest of the seven days up to
``--now`` under the weekly key plus a time suffix (``agent.digest.schedule.now_key``),
so the scheduled digest of the week still goes, and then runs the engine's sender, which
also sends any other mail already due, as the next pass would.

Exit codes: 0 done, 1 failed (no store, store in use, nothing to send, not delivered),
2 usage.
"""

from __future__ import annotations

import asyncio
import secrets as secrets_module
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from agent.config import Config
from agent.digest.content import build_digest
from agent.digest.queue import (
    intros_of,
    queue_digest_now,
    render_digest,
    render_owner_digest,
    requesters,
)
from agent.digest.schedule import Schedule, normal
from agent.engine import outbox
from agent.engine.mails import MailSettings, MailToSend
from agent.engine.sending import MailSink, send_due
from agent.engine.tables import INDEXES, META
from agent.engine.token_key import TokenKey
from agent.errors import AgentError, StoreError
from agent.render import Renderer
from agent.store import open_store
from agent.store.base import StateStore

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
RULE = "-" * 72

Connect = Callable[[], AbstractAsyncContextManager[MailSink]]


@dataclass(frozen=True)
class _PreviewEnv:
    """Just enough environment to render: how the agent writes mail."""

    mails: MailSettings


def digest_command(
    config: Config,
    *,
    preview: bool,
    send_now: bool,
    recipient: str | None,
    now: datetime,
    html_file: str | None,
    echo: Callable[[str], None],
    connect_sink: Connect | None = None,
) -> int:
    """Run ``intro-agent digest``; the exit code. ``connect_sink`` defaults to SMTP."""
    if preview == send_now:
        echo("intro-agent digest: use --preview, or --send-now --to ADDRESS")
        return EXIT_USAGE
    if send_now and not (recipient and recipient.strip()):
        echo("intro-agent digest: --send-now needs --to ADDRESS")
        return EXIT_USAGE
    if html_file and not preview:
        echo("intro-agent digest: --html FILE goes with --preview")
        return EXIT_USAGE
    if now.tzinfo is None or now.utcoffset() is None:
        echo("intro-agent digest: --now needs a time zone")
        return EXIT_USAGE
    path = config.store.path
    if not path.exists():
        echo(f"intro-agent digest: no store at {path}: no introductions yet")
        return EXIT_FAILURE
    try:
        store = open_store(path, indexes=INDEXES)
    except StoreError as exc:
        echo(f"intro-agent digest: {exc}")
        return EXIT_FAILURE
    schedule = Schedule.from_config(config.digest, config.agent.timezone)
    try:
        if preview:
            return _preview(config, store, schedule, recipient, now, html_file, echo)
        assert recipient is not None
        return _send_now(config, store, schedule, recipient, now, echo, connect_sink)
    finally:
        store.close()


def _settings(config: Config, store: StateStore) -> MailSettings:
    secrets = store.get(META, "secrets")
    # A preview must not create the secret; its Message-IDs are never sent anyway.
    secret = str(secrets["message_id"]) if secrets else "preview"
    # A digest carries no reply token: a throwaway key keeps a preview from making one.
    return MailSettings(
        address=config.agent.address,
        name=config.agent.name,
        id_secret=secret,
        renderer=Renderer(config.lifecycle.templates_dir),
        tokens=TokenKey(secrets_module.token_bytes(32)),
    )


def _preview(
    config: Config,
    store: StateStore,
    schedule: Schedule,
    recipient: str | None,
    now: datetime,
    html_file: str | None,
    echo: Callable[[str], None],
) -> int:
    env = _PreviewEnv(_settings(config, store))
    owner = config.digest.owner
    mails: list[MailToSend] = []
    try:
        if recipient:
            if not intros_of(store, recipient):
                echo(f"({normal(recipient)} has requested no introductions)")
            mails.append(render_digest(store, env, recipient, now, schedule=schedule))
            if owner and normal(owner) == normal(recipient):
                mails.append(render_owner_digest(store, env, owner, now, schedule=schedule))
        else:
            for email, (_, intros) in sorted(requesters(store).items()):
                digest = build_digest(intros, end=now, as_of=now, tz=schedule.tz, limit=0)
                if config.digest.send_when_empty or not digest.is_empty:
                    mails.append(render_digest(store, env, email, now, schedule=schedule))
            if owner:
                mails.append(render_owner_digest(store, env, owner, now, schedule=schedule))
    except AgentError as exc:
        echo(f"intro-agent digest: {exc}")
        return EXIT_FAILURE
    if html_file and len(mails) != 1:
        echo(f"intro-agent digest: --html FILE needs one digest, not {len(mails)}: add --to")
        return EXIT_USAGE
    if not mails:
        echo("No digest would be sent: nobody had anything happen or open.")
    for item in mails:
        to = ", ".join(a.email for a in item.mail.to)
        echo(f"To: {to}\nSubject: {item.mail.subject}\n\n{item.mail.text.rstrip()}\n{RULE}")
    if html_file:
        Path(html_file).write_text(mails[0].mail.html or "", encoding="utf-8")
        echo(f"HTML part written to {html_file}")
    return EXIT_OK


def _smtp(config: Config) -> Connect:
    from agent.mail.smtp_sink import SmtpSink

    return lambda: SmtpSink(config.smtp)


def _send_now(
    config: Config,
    store: StateStore,
    schedule: Schedule,
    recipient: str,
    now: datetime,
    echo: Callable[[str], None],
    connect_sink: Connect | None,
) -> int:
    email = normal(recipient)
    if not intros_of(store, email):
        echo(f"intro-agent digest: {email} has requested no introductions; nothing to send")
        return EXIT_FAILURE
    from agent.engine.environment import build_environment

    env = build_environment(config, store)
    try:
        key, queued = queue_digest_now(store, env, email, now, schedule)
    except AgentError as exc:
        echo(f"intro-agent digest: {exc}")
        return EXIT_FAILURE
    if not queued:
        echo(f"A digest for {email} was already queued at this time ({key}).")
    report = asyncio.run(
        send_due(
            store,
            connect_sink or _smtp(config),
            now,
            daily_cap=config.policy.max_mails_per_address_per_day,
            mails=env.mails,
        )
    )
    others = len([k for k in report.sent if k != key])
    if others:
        echo(f"Also sent {others} other mail{'s' if others != 1 else ''} that were due.")
    row = store.get(outbox.TABLE, key) or {}
    if key in report.sent or row.get("state") == outbox.SENT:
        echo(f"Sent the digest to {email} ({key}).")
        return EXIT_OK
    error = row.get("last_error") or "not sent"
    if row.get("state") == outbox.PENDING:
        echo(f"The digest to {email} is queued but not sent yet: {error}. The agent retries it.")
    else:
        echo(f"The digest to {email} could not be sent: {error}")
    return EXIT_FAILURE

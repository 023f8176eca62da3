"""One pass of the agent: read the inbox, act on what is due, send what is queued.

``intro-agent once`` runs exactly this; the daemon runs it in a loop between waits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime

from agent.config import Config, DigestSection
from agent.digest.queue import queue_due_digests
from agent.engine.environment import build_environment
from agent.engine.inbound import Environment
from agent.engine.ingest import IngestReport, MailSource, ingest_steps
from agent.engine.schedule import run_due
from agent.engine.sending import MailSink, Sender, SendReport
from agent.errors import AgentError
from agent.store.base import StateStore

log = logging.getLogger(__name__)

YIELDS_PER_MESSAGE = 4


@dataclass
class PassReport:
    """What one pass did."""

    ingest: IngestReport
    ticked: list[str]
    send: SendReport
    digests: list[str] = field(default_factory=list)

    def summary(self) -> str:
        i, s = self.ingest, self.send
        return (
            f"read {i.fetched} (processed {i.processed}, duplicates {i.duplicates}, "
            f"quarantined {i.quarantined}, failed {i.failed}); "
            f"due {len(self.ticked)}; digests {len(self.digests)}; "
            f"sent {len(s.sent)}, retry {len(s.retried)}, "
            f"failed {len(s.failed)}, held {len(s.held)}"
        )


def run_pass(
    store: StateStore,
    env: Environment,
    now: datetime,
    *,
    source: MailSource,
    folder: str,
    uidvalidity: int,
    connect_sink: Callable[[], AbstractAsyncContextManager[MailSink]],
    daily_cap: int,
    digest: DigestSection | None = None,
    timezone: str = "UTC",
    connections: int = 1,
) -> PassReport:
    """Read, tick, queue due digests and send, in that order, with the given edges.

    Sending starts as soon as the first message read has queued a mail: the connections
    wait on the server's answers while the next messages are read and understood.
    """
    return asyncio.run(
        _pass(
            store,
            env,
            now,
            source=source,
            folder=folder,
            uidvalidity=uidvalidity,
            connect_sink=connect_sink,
            daily_cap=daily_cap,
            digest=digest,
            timezone=timezone,
            connections=connections,
        )
    )


async def _pass(
    store: StateStore,
    env: Environment,
    now: datetime,
    *,
    source: MailSource,
    folder: str,
    uidvalidity: int,
    connect_sink: Callable[[], AbstractAsyncContextManager[MailSink]],
    daily_cap: int,
    digest: DigestSection | None,
    timezone: str,
    connections: int,
) -> PassReport:
    sender = Sender(
        store, connect_sink, now, daily_cap=daily_cap, mails=env.mails, connections=connections
    )
    read = IngestReport()
    steps = ingest_steps(source, store, env, now, read, folder=folder, uidvalidity=uidvalidity)
    for _ in steps:
        sender.feed()
        # Let the connections handle the answers that came in while this message was
        # read: a few turns of the event loop, each one step of a mail's SMTP dialogue.
        for _ in range(YIELDS_PER_MESSAGE):
            await asyncio.sleep(0)
    ticked = run_due(store, env, now)
    digests: list[str] = []
    if digest is not None and digest.enabled:
        try:
            digests = queue_due_digests(store, env, now, digest, timezone)
        except AgentError as exc:
            # A digest that cannot be written must not hold back the mail already queued.
            log.error("digests not queued: %s", exc)
    sent = await sender.finish()
    return PassReport(read, ticked, sent, digests)


def run_once(config: Config, now: datetime) -> PassReport:
    """One pass against the configured IMAP and SMTP servers and store."""
    from agent.engine.tables import INDEXES
    from agent.mail.imap_source import ImapSource
    from agent.mail.smtp_sink import SmtpSink
    from agent.store import open_store

    store = open_store(config.store.path, indexes=INDEXES)
    try:
        env = build_environment(config, store)
        with ImapSource(config.imap) as source:
            return run_pass(
                store,
                env,
                now,
                source=source,
                folder=config.imap.folder,
                uidvalidity=source.uidvalidity,
                connect_sink=lambda: SmtpSink(config.smtp),
                daily_cap=config.policy.max_mails_per_address_per_day,
                digest=config.digest,
                timezone=config.agent.timezone,
                connections=config.smtp.connections,
            )
    finally:
        store.close()

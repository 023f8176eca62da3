"""One pass of the agent: read the inbox, act on what is due, send what is queued.

``intro-agent once`` runs exactly this; the daemon runs it in a loop between waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime

from agent.config import Config
from agent.engine.environment import build_environment
from agent.engine.inbound import Environment
from agent.engine.ingest import IngestReport, MailSource, ingest
from agent.engine.schedule import run_due
from agent.engine.sending import MailSink, SendReport, send_due
from agent.store.base import StateStore


@dataclass
class PassReport:
    """What one pass did."""

    ingest: IngestReport
    ticked: list[str]
    send: SendReport

    def summary(self) -> str:
        i, s = self.ingest, self.send
        return (
            f"read {i.fetched} (processed {i.processed}, duplicates {i.duplicates}, "
            f"quarantined {i.quarantined}, failed {i.failed}); "
            f"due {len(self.ticked)}; sent {len(s.sent)}, retry {len(s.retried)}, "
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
) -> PassReport:
    """Read, tick and send, in that order, with the given edges."""
    read = ingest(source, store, env, now, folder=folder, uidvalidity=uidvalidity)
    ticked = run_due(store, env, now)
    sent = asyncio.run(send_due(store, connect_sink, now, daily_cap=daily_cap))
    return PassReport(read, ticked, sent)


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
            )
    finally:
        store.close()

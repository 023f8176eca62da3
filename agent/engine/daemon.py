"""``intro-agent run``: passes in a loop, waiting for mail with IMAP IDLE or by polling.

Between passes the daemon waits for whichever comes first: new mail (IDLE, re-issued
well before the server's 29-minute limit), the next thing due (an outbox retry, a
reminder, an expiry), or the poll interval on a server without IDLE. A lost connection,
a TLS failure or a server restart is retried with exponential backoff and jitter, and
logged once per outage rather than once per try. SIGTERM and SIGINT let the message in
hand finish, flush what can be sent, and exit 0. The store's lock makes a second daemon
on the same store exit at once.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import FrameType

from agent.config import Config
from agent.engine.environment import build_environment
from agent.engine.once import run_pass
from agent.engine.schedule import next_wakeup
from agent.engine.tables import INDEXES
from agent.errors import MailError

log = logging.getLogger(__name__)

# IDLE is re-issued after this long; RFC 2177 asks for less than 29 minutes.
IDLE_SLICE_SECONDS = 25 * 60.0
MAX_BACKOFF_SECONDS = 300.0


@dataclass
class Backoff:
    """Exponential backoff with full jitter, starting over after a success."""

    base: float = 1.0
    cap: float = MAX_BACKOFF_SECONDS
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def next_delay(self) -> float:
        self.failures += 1
        return self.rng.uniform(0, min(self.cap, self.base * 2 ** (self.failures - 1)))

    def reset(self) -> None:
        self.failures = 0


class Stopper:
    """Set by SIGTERM or SIGINT; waits are cut short, work in hand is finished."""

    def __init__(self) -> None:
        self.event = threading.Event()

    @property
    def stopped(self) -> bool:
        return self.event.is_set()

    def stop(self, signum: int | None = None, frame: FrameType | None = None) -> None:
        if signum is not None:
            log.info("signal %s received: finishing the work in hand, then exiting", signum)
        self.event.set()

    @contextmanager
    def on_signals(self) -> Iterator[None]:
        previous = {s: signal.signal(s, self.stop) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def seconds_until(moment: datetime | None, now: datetime, longest: float) -> float:
    """How long to wait for ``moment`` (at most ``longest``; 0 when it has passed)."""
    if moment is None:
        return longest
    return max(0.0, min(longest, (moment - now).total_seconds()))


def run_daemon(
    config: Config,
    stopper: Stopper,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    backoff: Backoff | None = None,
) -> int:
    """Run until stopped; the exit code (0 after a clean stop)."""
    from agent.mail.imap_source import ImapSource
    from agent.mail.smtp_sink import SmtpSink
    from agent.store import open_store

    backoff = backoff or Backoff()
    store = open_store(config.store.path, indexes=INDEXES)
    try:
        env = build_environment(config, store)
        if config.policy.authserv_id is None:
            log.warning(
                "policy.authserv_id is not set: a requester's From address is not verified "
                "and can be forged"
            )
        outage: str | None = None
        while not stopper.stopped:
            try:
                with ImapSource(config.imap) as source:
                    if outage is not None:
                        log.info("connection restored after: %s", outage)
                        outage = None
                    backoff.reset()
                    while not stopper.stopped:
                        report = run_pass(
                            store,
                            env,
                            clock(),
                            source=source,
                            folder=config.imap.folder,
                            uidvalidity=source.uidvalidity,
                            connect_sink=lambda: SmtpSink(config.smtp),
                            daily_cap=config.policy.max_mails_per_address_per_day,
                            digest=config.digest,
                            timezone=config.agent.timezone,
                            connections=config.smtp.connections,
                        )
                        log.info("pass: %s", report.summary())
                        if stopper.stopped:
                            break
                        longest = (
                            IDLE_SLICE_SECONDS if source.has_idle else config.imap.poll_seconds
                        )
                        wait = seconds_until(next_wakeup(store), clock(), longest)
                        _wait(source, wait, stopper)
            except MailError as exc:
                if outage is None:
                    outage = str(exc)
                    log.error("mail server unavailable, retrying with backoff: %s", exc)
                delay = backoff.next_delay()
                log.debug("retrying in %.1f s", delay)
                stopper.event.wait(delay)
        log.info("stopped")
        return 0
    finally:
        store.close()


def _wait(source: object, seconds: float, stopper: Stopper) -> None:
    """Wait for new mail or ``seconds``, in slices short enough to notice a stop soon.

    The server announces new mail once, to whatever command is running: mail that
    arrived during a pass, or between two IDLE slices, was announced to a command that
    was not listening. So each slice starts by looking: a message still in the inbox
    (every handled one has been moved out) ends the wait at once.
    """
    from agent.mail.imap_source import ImapSource

    assert isinstance(source, ImapSource)
    remaining = seconds
    while remaining > 0 and not stopper.stopped:
        if source.uids_after(0):
            return
        step = min(remaining, 5.0)
        if source.has_idle:
            if source.idle_wait(step):
                return
        else:
            if stopper.event.wait(step):
                return
            if source.noop():
                return
        remaining -= step

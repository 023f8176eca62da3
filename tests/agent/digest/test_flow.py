"""Digests end to end through the engine, with the mail edges in memory and the clock moved.

Until ``run_pass`` queues digests itself, each step here queues what is due and then
runs a pass at the same moment, the order a pass would use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.config import DigestSection
from agent.digest.queue import DIGESTS, queue_due_digests
from agent.engine import outbox
from agent.engine.once import run_pass
from agent.engine.sending import MailSink
from agent.engine.tables import INTROS
from tests.agent.engine.harness import AGENT, Sent, World, mail

ANN = "ann@example.test"
CARL = "carl@example.test"
CFG = DigestSection()  # Monday 08:00, UTC here


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.store.close()


def step(world: World, after: timedelta = timedelta(minutes=1)) -> list[str]:
    """Move the clock, queue the digests due, run a pass; the digest keys queued."""
    world.now += after
    keys = queue_due_digests(world.store, world.env, world.now, CFG, "UTC")
    world.run(timedelta(0))
    return keys


def until(world: World, moment: datetime, every: timedelta = timedelta(hours=6)) -> list[str]:
    """Step through time up to ``moment``; every digest key queued on the way."""
    keys: list[str] = []
    while world.now + every <= moment:
        keys += step(world, every)
    keys += step(world, moment - world.now)
    return keys


def digests_to(world: World, address: str) -> list[Sent]:
    return [
        s
        for s in world.inbox_of(address)
        if str(s.message["Subject"]).startswith("Your week of introductions")
    ]


def request(world: World, sender: str, a: str, b: str) -> None:
    world.source.deliver(
        mail(
            sender,
            AGENT,
            "Intro",
            f"Hi,\n\nPlease introduce {a} to {b}. They both work on search and should talk."
            "\n\nThanks",
        )
    )


def week_numbers(world: World, requester: str, start: datetime, end: datetime) -> str:
    """The summary's counts, computed from the store's documents directly."""
    docs = world.store.find(INTROS, "requester", requester).values()

    def closed(status: str) -> int:
        return sum(
            1
            for d in docs
            if d["status"] == status and start <= datetime.fromisoformat(str(d["closed_at"])) < end
        )

    waiting = sum(1 for d in docs if d["status"] in ("awaiting_requester", "awaiting_parties"))
    parts = [f"{closed('completed')} made"]
    if closed("declined"):
        parts.append(f"{closed('declined')} declined")
    if closed("expired"):
        parts.append(f"{closed('expired')} expired")
    parts.append(f"{waiting} waiting")
    return ", ".join(parts)


def first_week(world: World) -> None:
    """Ann: one made, one left open; Carl: one declined."""
    step(world)
    request(
        world,
        "Ann Lee <ann@example.test>",
        "Alice Smith <alice@example.test>",
        "Bob Jones <bob@example.test>",
    )
    request(
        world,
        "Carl Diaz <carl@example.test>",
        "Dave Ross <dave@example.test>",
        "Erin Wu <erin@example.test>",
    )
    step(world)
    request(
        world,
        "Ann Lee <ann@example.test>",
        "Frank Ober <frank@example.test>",
        "Gina Park <gina@example.test>",
    )
    step(world)
    world.answer("alice@example.test", world.last_to("alice@example.test"), "Yes, happy to.")
    world.answer("bob@example.test", world.last_to("bob@example.test"), "Sure, go ahead.")
    world.answer("dave@example.test", world.last_to("dave@example.test"), "No thanks, not now.")
    step(world, timedelta(hours=2))
    statuses = {k: d["status"] for k, d in world.store.all(INTROS).items()}
    assert sorted(statuses.values()) == ["awaiting_parties", "completed", "declined"]


def test_one_digest_per_requester_per_week(world: World) -> None:
    first_week(world)
    assert until(world, datetime(2026, 11, 9, 7, 59, tzinfo=UTC)) == []
    assert digests_to(world, ANN) == [] and digests_to(world, CARL) == []

    # 2026-W46: both requesters hear about the week before, once.
    keys = until(world, datetime(2026, 11, 9, 8, 0, tzinfo=UTC))
    assert keys == ["digest:ann@example.test:2026-W46", "digest:carl@example.test:2026-W46"]
    start, end = datetime(2026, 11, 2, 8, tzinfo=UTC), datetime(2026, 11, 9, 8, tzinfo=UTC)
    (ann,) = digests_to(world, ANN)
    (carl,) = digests_to(world, CARL)
    assert ann.recipients == [ANN] and carl.recipients == [CARL]
    assert week_numbers(world, ANN, start, end) == "1 made, 1 waiting"
    assert "1 made, 1 waiting, acceptance 100% over the last 12 weeks." in ann.text
    assert week_numbers(world, CARL, start, end) == "0 made, 1 declined, 0 waiting"
    assert "0 made, 1 declined, 0 waiting, acceptance 0% over the last 12 weeks." in carl.text
    assert "waiting for Frank Ober since Mon 2 Nov (6 days, 2 reminders sent)" in ann.text
    assert "Dave Ross declined" in carl.text
    # Nothing of the parties' addresses or words.
    assert "@" not in ann.text and "@" not in carl.text and "not now" not in carl.text
    assert ann.message["Message-ID"] == world.env.mails.message_id(keys[0])

    # The rest of the week: passes every few hours send no other digest.
    assert until(world, datetime(2026, 11, 16, 7, 59, tzinfo=UTC), timedelta(hours=5)) == []
    assert len(digests_to(world, ANN)) == 1 and len(digests_to(world, CARL)) == 1

    # 2026-W47: Ann still has one open; Carl had nothing and has nothing open.
    assert until(world, datetime(2026, 11, 16, 8, 1, tzinfo=UTC)) == [
        "digest:ann@example.test:2026-W47"
    ]
    ann2 = digests_to(world, ANN)[-1]
    assert "0 made, 1 waiting, acceptance 100% over the last 12 weeks." in ann2.text
    assert len(digests_to(world, CARL)) == 1

    # 2026-W48: the open one expired on the Monday after the last digest.
    assert until(world, datetime(2026, 11, 23, 8, 1, tzinfo=UTC)) == [
        "digest:ann@example.test:2026-W48"
    ]
    ann3 = digests_to(world, ANN)[-1]
    start, end = datetime(2026, 11, 16, 8, tzinfo=UTC), datetime(2026, 11, 23, 8, tzinfo=UTC)
    assert week_numbers(world, ANN, start, end) == "0 made, 1 expired, 0 waiting"
    assert "0 made, 1 expired, 0 waiting, acceptance 50% over the last 12 weeks." in ann3.text
    ids = [str(s.message["Message-ID"]) for s in digests_to(world, ANN)]
    assert len(set(ids)) == 3
    recorded = sorted(k for k in world.store.keys(DIGESTS) if not k.startswith("week|"))
    assert recorded == [
        "ann@example.test|2026-W46",
        "ann@example.test|2026-W47",
        "ann@example.test|2026-W48",
        "carl@example.test|2026-W46",
    ]


class Crash(Exception):
    """The process dying right after the SMTP server accepted a mail."""


def test_a_crash_after_sending_resends_the_same_mail_once(world: World) -> None:
    first_week(world)
    until(world, datetime(2026, 11, 9, 7, 0, tzinfo=UTC))
    before = len(world.sink.sent)

    class DiesAfterAccept:
        async def send(self, message: bytes, *, sender: str, recipients: list[str]) -> None:
            await world.sink.send(message, sender=sender, recipients=recipients)
            raise Crash("killed before the outbox row was marked sent")

    @asynccontextmanager
    async def dying() -> AsyncIterator[MailSink]:
        yield DiesAfterAccept()

    world.now = datetime(2026, 11, 9, 8, 0, tzinfo=UTC)
    keys = queue_due_digests(world.store, world.env, world.now, CFG, "UTC")
    assert len(keys) == 2
    with pytest.raises(Crash):
        run_pass(
            world.store,
            world.env,
            world.now,
            source=world.source,
            folder="INBOX",
            uidvalidity=1,
            connect_sink=dying,
            daily_cap=20,
        )
    # The server took one digest; the store still says pending.
    assert len(world.sink.sent) == before + 1
    first = world.sink.sent[-1]
    row = world.store.get(outbox.TABLE, keys[0])
    assert row is not None and row["state"] == outbox.PENDING

    # Restarted: nothing new is queued, the pending rows go out, the first one again.
    assert step(world) == []
    again = digests_to(world, first.recipients[0])
    assert len(again) == 2
    assert again[0].message["Message-ID"] == again[1].message["Message-ID"]
    assert again[0].message.as_bytes() == again[1].message.as_bytes()
    assert len(digests_to(world, CARL if first.recipients == [ANN] else ANN)) == 1
    assert all(world.store.get(outbox.TABLE, k)["state"] == outbox.SENT for k in keys)  # type: ignore[index]
    # And the rest of the week stays quiet.
    assert until(world, datetime(2026, 11, 12, tzinfo=UTC)) == []
    assert len(digests_to(world, ANN)) + len(digests_to(world, CARL)) == 3

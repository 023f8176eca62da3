"""4xx answers are retried with a growing delay, 5xx answers are final, against a loopback
SMTP server that answers from a script; the engine and its store are the real ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from agent.config import SmtpSection
from agent.engine import outbox
from agent.engine.once import PassReport, run_pass
from agent.engine.tables import INTROS, load_intro
from agent.mail.smtp_sink import SmtpSink
from tests.agent.engine.harness import AGENT, World, mail
from tests.reliability.scripted_smtp import Script, scripted_smtp

ALICE = "alice@example.test"
BOB = "bob@example.test"
ANN = "ann@example.test"
REQUEST = (
    "Hi,\n\nPlease introduce Alice Smith <alice@example.test> to Bob Jones "
    "<bob@example.test>. Bob is hiring data engineers and Alice is looking.\n\nThanks,\nAnn"
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.store.close()


def run(world: World, port: int, after: timedelta = timedelta(minutes=1)) -> PassReport:
    """One pass of the engine, sending through the scripted server."""
    world.now += after
    cfg = SmtpSection(
        host="127.0.0.1",
        port=port,
        security="none",
        username=AGENT,
        secret=None,
        timeout_seconds=10.0,
    )
    return run_pass(
        world.store,
        world.env,
        world.now,
        source=world.source,
        folder="INBOX",
        uidvalidity=1,
        connect_sink=lambda: SmtpSink(cfg),
        daily_cap=20,
    )


def rows_to(world: World, address: str) -> list[outbox.OutboxRow]:
    return [
        outbox.OutboxRow.from_document(k, d)
        for k, d in world.store.all(outbox.TABLE).items()
        if address in d["recipients"]
    ]


def test_451_then_250_sends_once_after_a_growing_delay(world: World) -> None:
    script = Script(rcpt={ALICE: [451, 451, 250]})
    world.source.deliver(mail(ANN, AGENT, "Intro", REQUEST))
    with scripted_smtp(script) as port:
        first = run(world, port)
        (row,) = rows_to(world, ALICE)
        assert row.key in first.send.retried and row.state == outbox.PENDING
        delay_1 = row.next_attempt_at - world.now
        # Not due yet: the next pass does not try it.
        run(world, port, timedelta(seconds=1))
        assert script.attempts[ALICE] == 1
        second = run(world, port, delay_1)
        (row,) = rows_to(world, ALICE)
        assert row.key in second.send.retried
        delay_2 = row.next_attempt_at - world.now
        assert delay_2 > delay_1
        third = run(world, port, delay_2)
        assert row.key in third.send.sent
        run(world, port, timedelta(hours=3))
    to_alice = [a for a in script.accepted if a.recipients == [ALICE]]
    assert len(to_alice) == 1 and script.attempts[ALICE] == 3
    (row,) = rows_to(world, ALICE)
    assert row.state == outbox.SENT and row.attempts == 3


def test_550_is_final_and_fails_the_party_once(world: World) -> None:
    script = Script(rcpt={BOB: [550]})
    world.source.deliver(mail(ANN, AGENT, "Intro", REQUEST))
    with scripted_smtp(script) as port:
        first = run(world, port)
        (row,) = rows_to(world, BOB)
        assert row.key in first.send.failed and row.state == outbox.FAILED
        assert "550" in row.last_error
        for hours in (1, 5, 30):
            run(world, port, timedelta(hours=hours))
    assert script.attempts[BOB] == 1
    (intro_id,) = world.store.all(INTROS)
    intro = load_intro(world.store, intro_id)
    assert intro is not None and intro.status == "failed" and intro.b.delivery_failed
    told = [a for a in script.accepted if a.recipients == [ANN] and b"Could not reach" in a.data]
    assert len(told) == 1
    # Alice, who was asked, hears it will not go ahead; nothing more goes to Bob.
    assert any(a.recipients == [ALICE] and b"will not go ahead" in a.data for a in script.accepted)


def test_4xx_until_the_deadline_gives_up_and_fails_the_party(world: World) -> None:
    script = Script(rcpt={BOB: [451]})
    world.source.deliver(mail(ANN, AGENT, "Intro", REQUEST))
    with scripted_smtp(script) as port:
        run(world, port)
        for _ in range(40):  # bounded: the retry deadline is two days
            run(world, port, timedelta(hours=2))
            (row,) = rows_to(world, BOB)
            if row.state != outbox.PENDING:
                break
        run(world, port)  # what giving up queued goes out
    (row,) = rows_to(world, BOB)
    assert row.state == outbox.FAILED and "gave up" in row.last_error
    (intro_id,) = world.store.all(INTROS)
    intro = load_intro(world.store, intro_id)
    assert intro is not None and intro.status == "failed"
    told = [a for a in script.accepted if a.recipients == [ANN] and b"Could not reach" in a.data]
    assert len(told) == 1

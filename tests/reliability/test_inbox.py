"""The inbox on the real stack: oversize mail, a message that always fails, one
Message-ID under two UIDs, and a yes that is only in the quote.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

import agent.engine.ingest as ingest
from agent.core.intro import Consent
from agent.engine.inbound import process_message
from agent.engine.once import run_once
from agent.engine.tables import INTROS, PROCESSED, load_intro
from agent.message import ParsedMessage
from tests.mailstack import MailStack
from tests.reliability.agent_world import REQUEST, AgentWorld

pytestmark = pytest.mark.integration


@pytest.fixture
def world(clean_mailstack: MailStack, tmp_path: Path) -> Iterator[AgentWorld]:
    yield AgentWorld(clean_mailstack, tmp_path, imap={"max_message_bytes": "200000"})


def intro_count(world: AgentWorld) -> int:
    store = world.open_store()
    try:
        return len(store.all(INTROS))
    finally:
        store.close()


def test_oversize_mail_is_quarantined_unread_and_the_rest_goes_on(world: AgentWorld) -> None:
    filler = ("All work and no play makes Jack a dull boy. " * 20 + "\n") * 400
    world.send("carol", "Intro: Alice and Bob", REQUEST + "\n" + filler)
    world.send("carol", "Intro: Alice and Bob, short", REQUEST)
    world.ok_once()
    world.ok_once()
    assert world.stack.uids("intros") == []
    assert len(world.stack.uids("intros", "Quarantine")) == 1
    assert len(world.stack.uids("intros", "Processed")) == 1
    assert intro_count(world) == 1
    world.stack.wait_for_count("alice", 1)
    assert len(world.messages("alice")) == 1


def test_poison_message_is_quarantined_after_three_tries(
    world: AgentWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = process_message
    tries: list[int] = []

    def fails_on_poison(
        tx: object,
        env: object,
        message: ParsedMessage,
        key: str,
        now: object,
        source: dict[str, object],
        raw: bytes,
    ) -> object:
        if "POISON" in message.subject:
            tries.append(int(str(source["uid"])))
            raise RuntimeError("a bug this message triggers")
        return real(tx, env, message, key, now, source, raw)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "route_message", fails_on_poison)
    monkeypatch.setenv("INTRO_TEST_SMTP_PASSWORD", world.stack.password)
    world.send("carol", "POISON", REQUEST)
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    for n in range(1, 4):
        world.now += timedelta(minutes=1)
        report = run_once(world.config, world.now)
        assert report.ingest.quarantined == (1 if n == 3 else 0)
        in_inbox = len(world.stack.uids("intros"))
        assert in_inbox == (0 if n == 3 else 1)
    assert len(tries) == 3 and len(set(tries)) == 1
    assert len(world.stack.uids("intros", "Quarantine")) == 1
    assert len(world.stack.uids("intros", "Processed")) == 1
    world.now += timedelta(minutes=1)
    assert run_once(world.config, world.now).ingest.fetched == 0
    assert len(tries) == 3
    assert intro_count(world) == 1


def test_one_message_id_under_two_uids_is_processed_once(world: AgentWorld) -> None:
    raw = world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.deliver(raw, "carol", ["intros"])  # the same message again: a second UID
    world.ok_once()
    world.deliver(raw, "carol", ["intros"])  # and once more, after it was processed
    world.ok_once()
    world.ok_once()
    assert world.stack.uids("intros") == []
    assert len(world.stack.uids("intros", "Processed")) == 3
    assert intro_count(world) == 1
    world.stack.wait_for_count("bob", 1)
    for person in ("alice", "bob", "carol"):
        assert len(world.messages(person)) == 1, person
    store = world.open_store()
    try:
        assert len(store.all(PROCESSED)) == 1
    finally:
        store.close()


def test_a_yes_only_in_the_quote_never_counts(world: AgentWorld) -> None:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.ok_once()
    (opt_a,) = world.new_mail("alice", 1)
    quoted = (
        "Let me think about it over the weekend.\n\n"
        f"On Mon, 2 Nov 2026 at 09:01, {opt_a.message['From']} wrote:\n"
        "> Yes\n> yes, I'd love to be introduced\n> YES\n"
        + "".join(f"> {line}\n" for line in opt_a.text.splitlines())
    )
    msg = EmailMessage()
    msg["From"] = f"Alice Example <{world.stack.address('alice')}>"
    msg["To"] = opt_a.reply_address
    msg["Subject"] = "Re: " + opt_a.subject
    msg["Date"] = format_datetime(world.now)
    msg["Message-ID"] = make_msgid(domain="mail.example.test")
    msg["In-Reply-To"] = str(opt_a.message["Message-ID"])
    msg["References"] = str(opt_a.message["Message-ID"])
    msg.set_content(quoted)
    world.deliver(msg.as_bytes(), "alice", [opt_a.reply_address])
    for style in ("gmail", "outlook", "apple", "iphone", "bottom"):
        world.reply("alice", opt_a, "Hmm, not sure yet. Who else is involved?", style=style)
    world.ok_once()
    world.ok_once()
    store = world.open_store()
    try:
        (intro_id,) = store.all(INTROS)
        intro = load_intro(store, intro_id)
    finally:
        store.close()
    assert intro is not None and intro.a.consent != Consent.YES
    assert intro.status == "awaiting_parties"

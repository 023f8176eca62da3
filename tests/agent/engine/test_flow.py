"""The introduction end to end through the engine, with the mail edges kept in memory."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.engine.tables import INTROS, load_intro
from tests.agent.engine.harness import AGENT, World, mail

ANN = "Ann Lee <ann@example.test>"
ALICE = "alice@example.test"
BOB = "bob@example.test"


def request(world: World, body: str | None = None) -> None:
    world.source.deliver(
        mail(
            ANN,
            AGENT,
            "Intro: Alice and Bob",
            body
            or "Hi,\n\nPlease introduce Alice Smith <alice@example.test> to Bob Jones "
            "<bob@example.test>. Bob is hiring data engineers and Alice is looking."
            "\n\nThanks,\nAnn",
        )
    )


def test_both_say_yes(world: World) -> None:
    request(world)
    world.run()
    ack = world.last_to("ann@example.test")
    assert "Alice" in ack.text and "Bob" in ack.text
    opt_a, opt_b = world.last_to(ALICE), world.last_to(BOB)
    # Private: each opt-in goes to one party, and names the other without their address.
    assert opt_a.recipients == [ALICE] and opt_b.recipients == [BOB]
    assert BOB not in opt_a.message.as_string() and ALICE not in opt_b.message.as_string()
    assert str(opt_a.message["Auto-Submitted"]) == "auto-generated"
    world.answer(ALICE, opt_a, "Yes, happy to!")
    world.run()
    assert not [
        s
        for s in world.sink.sent
        if "Introduction:" in str(s.message["Subject"])
        and ALICE in s.recipients
        and BOB in s.recipients
    ]
    world.answer(BOB, opt_b, "Sure, go ahead.")
    world.run()
    intro_mails = [s for s in world.sink.sent if ALICE in s.recipients and BOB in s.recipients]
    assert len(intro_mails) == 1
    intro = intro_mails[0]
    assert "ann@example.test" in intro.recipients
    assert str(intro.message["Cc"]) == "Ann Lee <ann@example.test>"
    assert ALICE in intro.text and BOB in intro.text
    # Replies to the introduction go to the people, never to the agent.
    assert AGENT not in str(intro.message["Reply-To"])
    assert world.store.get(INTROS, "i00001")["status"] == "completed"  # type: ignore[index]
    # Anything more in that thread is never answered.
    before = len(world.sink.sent)
    world.source.deliver(
        mail(BOB, f"{ALICE}, {AGENT}", "Re: intro", "Thanks!", reply_to=intro.message)
    )
    world.run()
    assert len(world.sink.sent) == before


def test_a_declines_and_b_never_learns_who(world: World) -> None:
    request(world)
    world.run()
    opt_a, opt_b = world.last_to(ALICE), world.last_to(BOB)
    world.answer(ALICE, opt_a, "No thanks, not interested at the moment.")
    world.run()
    told = world.last_to("ann@example.test")
    assert "declined" in told.text and "Alice" in told.text
    note = world.last_to(BOB)
    assert note is not opt_b
    assert "Alice" not in note.text and "declin" not in note.text.lower()
    intro = load_intro(world.store, "i00001")
    assert intro is not None and str(intro.status) == "declined"


def test_silence_brings_reminders_then_expiry(world: World) -> None:
    request(world)
    world.run()
    opt_b = world.last_to(BOB)
    world.answer(ALICE, world.last_to(ALICE), "yes")
    world.run()
    for _ in range(2):
        world.run(timedelta(days=3, minutes=1))
    reminders = [s for s in world.inbox_of(BOB) if "Reminder" in str(s.message["Subject"])]
    assert len(reminders) == 2
    assert all(str(r.message["In-Reply-To"]) == str(opt_b.message["Message-ID"]) for r in reminders)
    world.run(timedelta(days=9))
    intro = load_intro(world.store, "i00001")
    assert intro is not None and str(intro.status) == "expired"
    assert "No answer" in str(world.last_to("ann@example.test").message["Subject"])


def test_reply_from_another_address_does_not_count(world: World) -> None:
    request(world)
    world.run()
    world.answer("mallory@example.test", world.last_to(ALICE), "Yes")
    world.answer(ALICE, world.last_to(ALICE), "yes")
    world.answer("mallory@example.test", world.last_to(BOB), "Yes")
    world.run()
    intro = load_intro(world.store, "i00001")
    assert intro is not None and str(intro.b.consent) == "asked"
    assert not [s for s in world.sink.sent if ALICE in s.recipients and BOB in s.recipients]


def test_same_message_twice_changes_nothing(world: World) -> None:
    raw = mail(
        ANN,
        AGENT,
        "Intro",
        "Please introduce Alice <alice@example.test> to "
        "Bob <bob@example.test>, they should talk about hiring.",
    )
    world.source.deliver(raw)
    world.run()
    count = len(world.sink.sent)
    world.source.deliver(raw)
    world.run()
    assert len(world.sink.sent) == count
    assert world.store.count(INTROS) == 1


def test_stranger_gets_no_action(world: World) -> None:
    world.source.deliver(
        mail(
            "Eve <eve@evil.test>",
            AGENT,
            "Intro",
            "Please introduce Alice <alice@example.test> to Bob <bob@example.test>.",
        )
    )
    world.run()
    assert world.sink.sent == []
    assert world.store.count(INTROS) == 0
    assert len(world.source.processed) == 1


def test_cancel_by_replying_in_the_thread(world: World) -> None:
    request(world)
    world.run()
    ack = world.last_to("ann@example.test")
    world.answer("ann@example.test", ack, "Please cancel this introduction.")
    world.run()
    intro = load_intro(world.store, "i00001")
    assert intro is not None and str(intro.status) == "cancelled"
    assert "will not go ahead" in world.last_to(ALICE).text
    assert "Cancelled" in str(world.last_to("ann@example.test").message["Subject"])


def test_quarantine_after_three_failures(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import agent.engine.ingest as ingest

    def broken(*args: object) -> object:
        raise RuntimeError("understanding crashed")

    monkeypatch.setattr(ingest, "route_message", broken)
    request(world)
    for attempt in range(1, 4):
        report = world.run()
        assert (report.ingest.failed, report.ingest.quarantined) == (
            (1, 0) if attempt < 3 else (0, 1)
        )
    assert len(world.source.quarantine) == 1 and world.source.inbox == {}
    # The loop goes on: the next message is handled normally.
    monkeypatch.undo()
    request(
        world,
        "Please introduce Carol <carol@example.test> to Dan <dan@example.test>, "
        "both work on search.",
    )
    world.run()
    assert len(world.source.processed) == 1


def test_the_same_open_pair_is_not_asked_twice(world: World) -> None:
    request(world)
    world.run()
    opt_ins = len(world.inbox_of(ALICE)) + len(world.inbox_of(BOB))
    world.source.deliver(
        mail(
            "Dan <dan@example.test>",
            AGENT,
            "intro",
            "Could you introduce Bob <bob@example.test> to Alice <alice@example.test>? "
            "They should compare notes on data hiring.",
        )
    )
    report = world.run()
    assert "already being introduced" in report.ingest.outcomes[0].detail
    assert len(world.inbox_of(ALICE)) + len(world.inbox_of(BOB)) == opt_ins
    assert world.store.count(INTROS) == 1


def test_a_name_seen_in_headers_is_resolved_later(world: World) -> None:
    # Ann once wrote to Carol with the agent in copy: the agent learns Carol's address.
    world.source.deliver(
        mail(ANN, "Carol Diaz <carol@example.test>", "lunch", "See you Friday!", cc=AGENT)
    )
    world.run()
    assert world.sink.sent == []
    world.source.deliver(
        mail(
            ANN,
            AGENT,
            "intro",
            "Please introduce me to Carol Diaz, I want to ask her about her search work.",
        )
    )
    world.run()
    opt_in = world.last_to("carol@example.test")
    assert "Ann" in opt_in.text


def test_a_cancel_in_the_thread_meaning_another_request_cancels_nothing(world: World) -> None:
    request(world)
    world.run()
    ack = world.last_to("ann@example.test")
    world.answer(
        "ann@example.test", ack, "Oh and the other request, the one with Bergeron, forget it."
    )
    world.run()
    intro = load_intro(world.store, "i00001")
    assert intro is not None and str(intro.status) != "cancelled"
    assert "Nothing to cancel" in str(world.last_to("ann@example.test").message["Subject"])


def test_a_cancel_in_the_thread_naming_its_party_cancels_it(world: World) -> None:
    request(world)
    world.run()
    ack = world.last_to("ann@example.test")
    world.answer("ann@example.test", ack, "Pls forget the Bob thing, we already met.")
    world.run()
    intro = load_intro(world.store, "i00001")
    assert intro is not None and str(intro.status) == "cancelled"

"""The introduction end to end through Dovecot and Postfix: every scenario of the lifecycle.

Each test sends real mail, lets the people answer from their own mailboxes in different
client styles, runs ``once`` with the clock moved, and checks what each mailbox holds.
Users: carol asks (an allowed requester), alice and bob are introduced, dave is another
person; intros is the agent.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.integration.real_world import RealWorld, Received
from tests.mailstack import MailStack

pytestmark = pytest.mark.integration

REQUEST = (
    "Hi,\n\nCould you please introduce Alice <alice@example.test> to Bob <bob@example.test>? "
    "Bob is hiring data engineers and Alice is looking for her next role.\n\nThanks!\nCarol\n"
)


@pytest.fixture
def world(
    clean_mailstack: MailStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[RealWorld]:
    monkeypatch.setenv("INTRO_TEST_SMTP_PASSWORD", clean_mailstack.password)
    yield RealWorld(clean_mailstack, tmp_path)


def asked_both(world: RealWorld) -> tuple[Received, Received]:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    report = world.once()
    assert report.ingest.processed == 1 and len(report.send.sent) == 3
    (ack,) = world.new_mail("carol", 1)
    assert "Alice" in ack.text and "Bob" in ack.text
    (opt_a,) = world.new_mail("alice", 1)
    (opt_b,) = world.new_mail("bob", 1)
    # Private: each party sees only their own opt-in, the other's name but not address.
    assert "bob@example.test" not in opt_a.message.as_string()
    assert "alice@example.test" not in opt_b.message.as_string()
    assert "Bob" in opt_a.text and "Carol" in opt_a.text
    return opt_a, opt_b


def test_both_say_yes(world: RealWorld) -> None:
    opt_a, opt_b = asked_both(world)
    world.reply("alice", opt_a, "Yes, I'd love that!", style="gmail")
    world.once()
    assert world.new_mail("alice", 0) == [] and world.new_mail("bob", 0) == []
    world.reply("bob", opt_b, "Sure, happy to chat.\n\nBob", style="outlook")
    world.once()
    (intro_a,) = world.new_mail("alice", 1)
    (intro_b,) = world.new_mail("bob", 1)
    (copy,) = world.new_mail("carol", 1)
    assert intro_a.subject == intro_b.subject == copy.subject
    assert str(intro_a.message["Message-ID"]) == str(copy.message["Message-ID"])
    assert "alice@example.test" in intro_a.text and "bob@example.test" in intro_a.text
    assert "carol@example.test" in str(intro_a.message["Cc"])
    assert "intros@" not in str(intro_a.message["Reply-To"])
    # A reply-all that still reaches the agent in that thread is never answered.
    world.reply("bob", intro_b, "Great to meet you Alice!", style="gmail", to="intros")
    report = world.once()
    assert report.send.sent == []
    assert world.new_mail("alice", 0) == [] and world.new_mail("carol", 0) == []


def test_a_says_no_and_b_is_not_told_who(world: RealWorld) -> None:
    opt_a, opt_b = asked_both(world)
    world.reply("alice", opt_a, "Thanks, but no - I'm not looking right now.", style="apple")
    world.once()
    (told,) = world.new_mail("carol", 1)
    assert "declined" in told.text and "Alice" in told.text
    (note,) = world.new_mail("bob", 1)
    assert "Alice" not in note.text and "declin" not in note.text.lower()
    assert world.new_mail("alice", 0) == []
    # Bob's late yes changes nothing: the introduction is closed.
    world.reply("bob", opt_b, "yes")
    report = world.once()
    assert report.send.sent == []


def test_silence_brings_reminders_then_expiry(world: RealWorld) -> None:
    opt_a, _ = asked_both(world)
    world.reply("alice", opt_a, "Yes please", style="iphone")
    world.once()
    world.once(timedelta(days=3, minutes=5))
    world.once(timedelta(days=3, minutes=5))
    reminders = world.new_mail("bob", 2)
    assert all(r.subject.startswith("Reminder") for r in reminders)
    world.once(timedelta(days=9))
    (closing,) = world.new_mail("bob", 1)
    assert "will not go ahead" in closing.text
    (expired,) = world.new_mail("carol", 1)
    assert expired.subject.startswith("No answer")
    (alice_note,) = world.new_mail("alice", 1)
    assert "will not go ahead" in alice_note.text


def test_unclear_answer_gets_one_clarification_then_yes(world: RealWorld) -> None:
    opt_a, opt_b = asked_both(world)
    world.reply("alice", opt_a, "Who is Bob exactly? What does his company do?", style="gmail")
    world.once()
    (clarify,) = world.new_mail("alice", 1)
    assert "yes" in clarify.text and "no" in clarify.text
    world.reply("alice", clarify, "OK then, yes.", style="bottom")
    world.reply("bob", opt_b, "Yes")
    world.once()
    assert len(world.new_mail("alice", 1)) == 1
    assert len(world.new_mail("bob", 1)) == 1


def test_requester_who_is_a_party_is_not_asked(world: RealWorld) -> None:
    world.send(
        "carol",
        "Could you connect me with Bob?",
        "Hi! Could you connect me with Bob Example <bob@example.test>? "
        "I'd like to talk to him about his data team.\n\nCarol",
    )
    world.once()
    (ack,) = world.new_mail("carol", 1)
    assert "Bob" in ack.text
    (opt_b,) = world.new_mail("bob", 1)
    assert "Carol" in opt_b.text
    world.reply("bob", opt_b, "Yes, sounds good")
    world.once()
    (intro,) = world.new_mail("bob", 1)
    (intro_c,) = world.new_mail("carol", 1)
    assert intro.message["Message-ID"] == intro_c.message["Message-ID"]
    assert "carol@example.test" in intro.all_recipients


def test_cc_intake(world: RealWorld) -> None:
    world.send(
        "carol",
        "Alice, meet Bob",
        "Alice, meet Bob! Bob runs the data team at Example and is hiring; Alice is a data "
        "engineer. (cc'ing my intro agent to make sure you both want this)\n\nCarol",
        to="alice, bob",
        cc="intros",
    )
    # The direct copies of Carol's mail reach Alice and Bob as well.
    world.seen["alice"] = 1
    world.seen["bob"] = 1
    world.once()
    (opt_a,) = world.new_mail("alice", 1)
    (opt_b,) = world.new_mail("bob", 1)
    assert opt_a.subject.startswith("Would you like") and opt_b.subject.startswith("Would you")


def test_forward_intake(world: RealWorld) -> None:
    forwarded = (
        "Could you help Dave here?\n\n---------- Forwarded message ---------\n"
        "From: Dave Example <dave@example.test>\nDate: Sun, Nov 1, 2026 at 6:12 PM\n"
        "Subject: intro?\nTo: Carol Example <carol@example.test>\n\n"
        "Hi Carol, would you introduce me to Bob Example <bob@example.test>? I'd like to "
        "learn about his data team.\n\nThanks, Dave\n"
    )
    world.send("carol", "Fwd: intro?", forwarded)
    world.once()
    (opt_b,) = world.new_mail("bob", 1)
    assert "Dave" in opt_b.text
    # Dave asked Carol, not the agent, and a forwarded text proves nothing of its author:
    # the agent asks him too, like any party who did not ask it directly.
    (opt_d,) = world.new_mail("dave", 1)
    assert "Bob" in opt_d.text and "bob@example.test" not in opt_d.message.as_string()


def test_unsure_request_is_confirmed_by_the_requester(world: RealWorld) -> None:
    world.send(
        "carol",
        "intro",
        "Please introduce Alice <alice@example.test> to Bob, he is hiring data engineers.",
    )
    world.once()
    (question,) = world.new_mail("carol", 1)
    assert question.subject.startswith("Please confirm")
    assert world.new_mail("alice", 0) == [] and world.new_mail("bob", 0) == []
    world.reply("carol", question, "Yes. Bob is bob@example.test", style="gmail")
    world.once()
    assert len(world.new_mail("alice", 1)) == 1
    assert len(world.new_mail("bob", 1)) == 1


def test_reply_from_a_different_address_does_not_count(world: RealWorld) -> None:
    opt_a, opt_b = asked_both(world)
    world.reply("dave", opt_a, "yes")
    world.reply("dave", opt_b, "yes")
    world.reply("alice", opt_a, "yes")
    world.once()
    world.once()
    assert world.new_mail("alice", 0) == [] and world.new_mail("bob", 0) == []


def test_yes_only_in_the_quote_does_not_count(world: RealWorld) -> None:
    opt_a, opt_b = asked_both(world)
    # The opt-in quoted below says 'reply "yes" or "no"'; the new text says neither.
    world.reply("alice", opt_a, "", style="gmail")
    world.reply("bob", opt_b, "Yes!")
    world.once()
    (clarify,) = world.new_mail("alice", 1)
    assert clarify.subject.startswith("Re: an introduction")
    assert world.new_mail("bob", 0) == []


def test_status_cancel_and_help(world: RealWorld) -> None:
    asked_both(world)
    world.send("carol", "status", "status")
    world.once()
    (status,) = world.new_mail("carol", 1)
    assert "Alice" in status.text and "waiting for" in status.text
    intro_id = status.text.split("#", 1)[1].split()[0]
    world.send("carol", "help", "help")
    world.once()
    (help_mail,) = world.new_mail("carol", 1)
    assert "status" in help_mail.text and "cancel" in help_mail.text
    world.send("carol", f"cancel #{intro_id}", f"cancel #{intro_id}")
    world.once()
    (cancelled,) = world.new_mail("carol", 1)
    assert cancelled.subject.startswith("Cancelled")
    assert "will not go ahead" in world.new_mail("alice", 1)[0].text
    assert "will not go ahead" in world.new_mail("bob", 1)[0].text


def test_the_same_message_delivered_twice(world: RealWorld) -> None:
    raw = world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.deliver(raw, "carol", ["intros"])
    report = world.once()
    assert report.ingest.processed == 1 and report.ingest.duplicates == 1
    assert len(world.new_mail("alice", 1)) == 1
    assert len(world.new_mail("carol", 1)) == 1
    world.deliver(raw, "carol", ["intros"])
    world.once()
    assert world.new_mail("alice", 0) == [] and world.new_mail("carol", 0) == []


def test_a_sender_not_on_the_allowlist(world: RealWorld, clean_mailstack: MailStack) -> None:
    world.config = type(world.config)(
        **{**world.config.__dict__, "policy": type(world.config.policy)(("dave@example.test",))}
    )
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    report = world.once()
    assert report.ingest.processed == 1 and report.send.sent == []
    assert world.new_mail("carol", 0) == [] and world.new_mail("alice", 0) == []
    assert len(clean_mailstack.uids("intros", "Processed")) == 1

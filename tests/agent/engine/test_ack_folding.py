"""A requester's acknowledgements of one pass go out as one mail listing every request."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from agent.engine import outbox
from agent.engine.ack_folding import fold_acknowledgements
from agent.engine.sending import send_due
from tests.agent.engine.harness import AGENT, World, mail

ANN = "Ann Lee <ann@example.test>"
CARL = "Carl Diaz <carl@example.test>"


SURNAMES = ("Jones", "Okafor", "Lindqvist", "Moreau")


def request(world: World, sender: str, n: int) -> None:
    world.source.deliver(
        mail(
            sender,
            AGENT,
            f"Intro {n}",
            f"Hi,\n\nPlease introduce Alice Smith <alice.{n}@example.test> to Bob {SURNAMES[n]} "
            f"<bob.{n}@example.test>. They both work on storage.\n\nThanks",
        )
    )


def rows(world: World, state: str) -> dict[str, dict[str, object]]:
    return {k: dict(v) for k, v in world.store.find(outbox.TABLE, "state", state).items()}


def test_one_requesters_acknowledgements_of_a_pass_are_one_mail(world: World) -> None:
    for n in range(3):
        request(world, ANN, n)
    request(world, CARL, 3)
    world.run()
    to_ann = world.inbox_of("ann@example.test")
    assert len(to_ann) == 1
    text = to_ann[0].text
    assert "3 requests received" in str(to_ann[0].message["Subject"])
    for n, intro_id in enumerate(("i00001", "i00002", "i00003")):
        assert f"#{intro_id}  Alice Smith and Bob {SURNAMES[n]}" in text
    # Carl's request is not in Ann's mail.
    assert SURNAMES[3] not in text and "#i00004" not in text
    # Carl sent one request: his acknowledgement is the usual one, in his request's thread.
    to_carl = world.inbox_of("carl@example.test")
    assert len(to_carl) == 1
    assert "#i00004" in str(to_carl[0].message["Subject"])
    assert to_carl[0].message["In-Reply-To"] is not None
    # Every opt-in went out on its own.
    assert len(world.sink.sent) == 1 + 1 + 8


def test_folded_acknowledgements_stay_in_the_outbox_marked_with_their_mail(world: World) -> None:
    request(world, ANN, 0)
    request(world, ANN, 1)
    world.run()
    folded = rows(world, outbox.FOLDED)
    assert sorted(folded) == ["i00001:acknowledge", "i00002:acknowledge"]
    into = {str(doc["folded_into"]) for doc in folded.values()}
    assert into == {"i00001:acknowledge:folded-2"}
    assert into <= set(rows(world, outbox.SENT))
    assert not rows(world, outbox.PENDING)
    # The names a pending acknowledgement keeps for folding leave with its bytes.
    done = [*folded.values(), *rows(world, outbox.SENT).values()]
    assert all("about" not in doc and doc["raw"] == "" for doc in done)


def test_folding_twice_queues_nothing_more(world: World) -> None:
    request(world, ANN, 0)
    request(world, ANN, 1)
    # Every connection refused: the pass folds, then leaves the mails for later.
    report = world.run(refused=True)
    assert report.send.retried and not report.send.sent
    again = fold_acknowledgements(world.store, world.env.mails, world.now)
    assert again == []
    world.now += timedelta(minutes=5)
    sent = asyncio.run(
        send_due(world.store, world.sink.connect, world.now, daily_cap=20, mails=world.env.mails)
    )
    assert len(world.inbox_of("ann@example.test")) == 1
    assert len(sent.sent) == 5


def test_an_acknowledgement_from_an_earlier_pass_keeps_its_own_mail(world: World) -> None:
    # It may have reached the server before a crash kept it from being marked sent:
    # folding it into a new mail would acknowledge the request twice.
    request(world, ANN, 0)
    world.run(refused=True)
    request(world, ANN, 1)
    request(world, ANN, 2)
    world.run()
    to_ann = world.inbox_of("ann@example.test")
    assert len(to_ann) == 2
    single, folded = sorted(to_ann, key=lambda s: "requests received" in s.text)
    assert "#i00001" in str(single.message["Subject"])
    assert "#i00001" not in folded.text
    assert "#i00002" in folded.text and "#i00003" in folded.text


def test_a_lone_acknowledgement_is_not_folded(world: World) -> None:
    request(world, ANN, 0)
    world.run()
    assert not rows(world, outbox.FOLDED)
    (ack,) = world.inbox_of("ann@example.test")
    assert "Got it." in ack.text


def test_cancel_by_reference_works_from_the_folded_mail(world: World) -> None:
    ids = iter(("c0ffee01", "c0ffee02"))
    world.env = replace(world.env, new_intro_id=lambda: next(ids))
    request(world, ANN, 0)
    request(world, ANN, 1)
    world.run()
    folded = world.last_to("ann@example.test")
    # Replying "cancel" to the folded mail names no single request: Ann is asked which.
    world.answer(ANN, folded, "cancel")
    world.run()
    unknown = world.last_to("ann@example.test")
    assert "Nothing to cancel" in str(unknown.message["Subject"])
    assert "I could not find an open introduction of yours to cancel." in unknown.text
    world.answer(ANN, folded, "cancel #c0ffee02")
    world.run()
    assert _status(world, "c0ffee02") == "cancelled"
    assert _status(world, "c0ffee01") == "awaiting_parties"


def _status(world: World, intro_id: str) -> str:
    doc = world.store.get("intros", intro_id)
    assert doc is not None
    return str(doc["status"])

"""A cancel naming someone, with no intro id, ends the requester's one intro with them."""

from __future__ import annotations

from agent.engine.tables import load_intro
from tests.agent.engine.harness import AGENT, World, mail

ANN = "Ann Lee <ann@example.test>"


def two_requests(world: World) -> None:
    for subject, body in (
        (
            "Intro: Alice and Bob",
            "Please introduce Alice Smith <alice@example.test> to "
            "Bob Jones <bob@example.test>. Bob is hiring data engineers.",
        ),
        (
            "Intro: Carol and Dan",
            "Please introduce Carol White <carol@example.test> to "
            "Dan Brown <dan@example.test>. Dan needs a designer.",
        ),
    ):
        world.source.deliver(mail(ANN, AGENT, subject, f"Hi,\n\n{body}\n\nThanks,\nAnn"))
        world.run()


def statuses(world: World) -> tuple[str, str]:
    first, second = load_intro(world.store, "i00001"), load_intro(world.store, "i00002")
    assert first is not None and second is not None
    return str(first.status), str(second.status)


def test_a_cancel_naming_a_party_ends_that_intro_only(world: World) -> None:
    two_requests(world)
    world.source.deliver(mail(ANN, AGENT, "cancel", "Please cancel my request for Dan Brown."))
    world.run()
    assert statuses(world)[1] == "cancelled"
    assert statuses(world)[0] != "cancelled"


def test_a_cancel_naming_no_party_or_both_ends_nothing(world: World) -> None:
    two_requests(world)
    for body in ("Please cancel my request for Bergeron.", "Please cancel the Bob/Dan intro."):
        world.source.deliver(mail(ANN, AGENT, "cancel", body))
        world.run()
        answer = world.last_to("ann@example.test")
        assert "Nothing to cancel" in str(answer.message["Subject"])
        # The requester's own words are quoted back, so she sees what was not found.
        assert "Bergeron" in answer.text or "Bob/Dan" in answer.text
    assert "cancelled" not in statuses(world)

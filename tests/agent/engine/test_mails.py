"""How the mails name people who gave no display name (``agent/engine/mails.py``)."""

from __future__ import annotations

from tests.agent.engine.harness import AGENT, World, mail


def test_a_requester_without_a_name_goes_by_their_address(world: World) -> None:
    world.source.deliver(
        mail(
            "ann@example.test",
            AGENT,
            "Intro",
            "Hi,\n\nPlease introduce Alice Smith <alice@example.test> to Bob Jones "
            "<bob@example.test>. Both work on storage.\n\nThanks",
        )
    )
    world.run()
    opt_in = world.last_to("alice@example.test").text
    assert "ann@example.test would like to introduce you to Bob Jones" in opt_in
    assert "someone" not in opt_in
    ack = world.last_to("ann@example.test").text
    assert ack.startswith("Hello ann@example.test,")


def test_a_party_without_a_name_is_greeted_by_address_and_named_to_the_requester(
    world: World,
) -> None:
    world.source.deliver(
        mail(
            "Ann Lee <ann@example.test>",
            AGENT,
            "Intro",
            "Hi,\n\nPlease introduce Alice Smith <alice@example.test> to bob@example.test. "
            "Both work on storage.\n\nThanks,\nAnn",
        )
    )
    world.run()
    assert world.last_to("bob@example.test").text.startswith("Hello bob@example.test,")
    # Alice learns nothing of Bob but that someone is asked.
    to_alice = world.last_to("alice@example.test").text
    assert "bob@example.test" not in to_alice
    assert "Ann Lee would like to introduce you to someone" in to_alice
    assert "Alice Smith and bob@example.test" in world.last_to("ann@example.test").text


def test_a_requester_who_is_a_party_is_never_named_by_address_to_the_other(
    world: World,
) -> None:
    world.source.deliver(
        mail(
            "ann@example.test",
            AGENT,
            "Intro",
            "Hi,\n\nCould you connect me with Bob Jones <bob@example.test>? We both work on "
            "storage.\n\nThanks",
        )
    )
    world.run()
    to_bob = world.last_to("bob@example.test").text
    assert "ann@example.test" not in to_bob
    # Ann said yes by asking: only Bob is asked, as her acknowledgement says.
    ack = world.last_to("ann@example.test").text
    assert "I am asking Bob Jones, privately, whether they would like the" in ack

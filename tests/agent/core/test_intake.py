"""Making an introduction from a request."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.config import LifecycleSection
from agent.core.commands import AcknowledgeRequest, AskRequesterToConfirm, SendOptIn
from agent.core.intake import new_intro
from agent.core.intro import Consent, Person, Status
from agent.core.policy import Policy
from agent.core.tokens import hash_token
from tests.agent.core.builders import ALICE, BOB, REQUESTER, T0, of_type, request, tokens


def test_a_confident_request_is_acknowledged_and_both_parties_asked() -> None:
    source = tokens()
    intro, commands = new_intro(request(), "K7Q2", T0, source, Policy())
    (ack,) = of_type(commands, AcknowledgeRequest)
    assert (ack.intro_id, ack.to, ack.a_name, ack.b_name) == (
        "K7Q2",
        REQUESTER,
        "Alice Archer",
        "Bob Baker",
    )
    opt_ins = of_type(commands, SendOptIn)
    assert [(c.party, c.to, c.other_name, c.token) for c in opt_ins] == [
        ("a", ALICE, "Bob Baker", source.a),
        ("b", BOB, "Alice Archer", source.b),
    ]
    assert all(c.requester_name == "Rita Requester" for c in opt_ins)
    assert intro.status is Status.AWAITING_PARTIES
    assert intro.a.asked_at == intro.b.asked_at == T0
    assert intro.applied == ("<request@example.org>",)
    assert intro.requester_token_hash is None


def test_an_unsure_request_asks_the_requester_and_nobody_else() -> None:
    source = tokens()
    intro, commands = new_intro(request(confident=False), "K7Q2", T0, source, Policy())
    assert [type(c) for c in commands] == [AskRequesterToConfirm]
    assert all(c.recipients == (REQUESTER.email,) for c in commands)
    (ask,) = of_type(commands, AskRequesterToConfirm)
    assert (ask.a, ask.b, ask.token) == (ALICE, BOB, source.requester)
    assert intro.requester_token_hash == hash_token(source.requester)
    assert intro.a.consent is intro.b.consent is Consent.NOT_ASKED


def test_a_requester_who_is_a_party_consented_by_asking() -> None:
    me = Person("Rita", "Rita@Example.org")
    intro, commands = new_intro(request(b=me), "K7Q2", T0, tokens(), Policy())
    assert intro.b.consent is Consent.YES
    assert intro.b.answer_message_id == "<request@example.org>"
    assert not intro.b.was_asked
    assert [c.party for c in of_type(commands, SendOptIn)] == ["a"]


def test_sequential_asks_only_the_first_party() -> None:
    intro, commands = new_intro(request(), "K7Q2", T0, tokens(), Policy(ask="sequential"))
    assert [c.party for c in of_type(commands, SendOptIn)] == ["a"]
    assert intro.b.consent is Consent.NOT_ASKED


def test_sequential_with_the_requester_first_asks_the_other() -> None:
    intro, commands = new_intro(
        request(a=REQUESTER), "K7Q2", T0, tokens(), Policy(ask="sequential")
    )
    assert [c.party for c in of_type(commands, SendOptIn)] == ["b"]
    assert intro.waiting_on == ("b",)


def test_the_lifecycle_section_is_accepted_as_policy() -> None:
    section = LifecycleSection(max_reminders=5, requester_copy="none")
    intro, _ = new_intro(request(), "K7Q2", T0, tokens(), section)
    assert intro.policy == Policy(max_reminders=5, requester_copy="none")


def test_unusable_requests_are_refused() -> None:
    with pytest.raises(ValueError, match="different addresses"):
        new_intro(request(b=Person("Al", "ALICE@example.com")), "K7Q2", T0, tokens(), Policy())
    with pytest.raises(ValueError, match="timezone"):
        new_intro(request(), "K7Q2", datetime(2026, 1, 5), tokens(), Policy())
    with pytest.raises(ValueError, match="id"):
        new_intro(request(), "", T0, tokens(), Policy())


def test_the_history_starts_with_the_request() -> None:
    intro, _ = new_intro(request(), "K7Q2", T0, tokens(), Policy())
    first = intro.history[0]
    assert (first.kind, first.role, first.message_id, first.at) == (
        "requested",
        "requester",
        "<request@example.org>",
        T0,
    )

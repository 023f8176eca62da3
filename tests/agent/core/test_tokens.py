"""Tokens: hashed for storage, compared in constant time, bound to one role of one open intro."""

from __future__ import annotations

import hashlib

import pytest

from agent.core.commands import AskRequesterToConfirm, SendOptIn
from agent.core.events import Answer
from agent.core.tokens import (
    MIN_TOKEN_CHARS,
    TokenSource,
    draw_tokens,
    hash_token,
    token_matches,
)
from agent.core.transition import transition
from tests.agent.core.builders import T0, confirm, of_type, reply, request, started


def test_hash_token_is_hex_sha256_of_the_utf8_text() -> None:
    assert hash_token("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert hash_token("é" * 30) == hashlib.sha256(("é" * 30).encode()).hexdigest()


def test_drawn_tokens_have_at_least_128_bits_and_differ() -> None:
    drawn = [draw_tokens() for _ in range(20)]
    every = [t for s in drawn for t in (s.requester, s.a, s.b)]
    assert len(set(every)) == len(every)
    assert all(len(t) >= MIN_TOKEN_CHARS for t in every)


def test_a_token_source_refuses_short_or_repeated_tokens() -> None:
    long = "x" * MIN_TOKEN_CHARS
    with pytest.raises(ValueError, match="at least"):
        TokenSource(requester="short", a=long + "a", b=long + "b")
    with pytest.raises(ValueError, match="differ"):
        TokenSource(requester=long, a=long, b=long + "b")


def test_a_token_source_keeps_its_tokens_out_of_its_repr() -> None:
    source = draw_tokens()
    assert source.a not in repr(source) and source.requester not in repr(source)


def test_each_party_token_matches_only_that_party() -> None:
    intro, commands = started()
    opt_ins = {c.party: c.token for c in of_type(commands, SendOptIn)}
    assert token_matches(intro, "a", opt_ins["a"])
    assert token_matches(intro, "b", opt_ins["b"])
    assert not token_matches(intro, "a", opt_ins["b"])
    assert not token_matches(intro, "requester", opt_ins["a"])
    assert not token_matches(intro, "a", opt_ins["a"] + "x")


def test_only_hashes_are_stored() -> None:
    intro, commands = started()
    (opt_in_a, _) = of_type(commands, SendOptIn)
    assert intro.a.token_hashes == (hash_token(opt_in_a.token),)
    assert opt_in_a.token not in repr(intro)


def test_the_requester_token_lives_until_the_requester_confirms() -> None:
    intro, commands = started(req=request(confident=False))
    (ask,) = of_type(commands, AskRequesterToConfirm)
    assert token_matches(intro, "requester", ask.token)
    assert not token_matches(intro, "a", ask.token)
    confirmed, _ = transition(intro, confirm(), T0)
    assert not token_matches(confirmed, "requester", ask.token)


def test_tokens_of_one_introduction_do_not_match_another() -> None:
    _, first_commands = started()
    second, _ = started()
    (opt_in_a, _) = of_type(first_commands, SendOptIn)
    assert not token_matches(second, "a", opt_in_a.token)


def test_tokens_are_useless_after_close() -> None:
    intro, commands = started()
    closed, _ = transition(intro, reply("b", Answer.NO, "<no@x>"), T0)
    assert not any(token_matches(closed, c.party, c.token) for c in of_type(commands, SendOptIn))

"""A mail sent from someone else's account ("Brandt Family <home@brandt.example>", a
partner's address) and signed by another, whose own address the Reply-To gives ("Reply-To:
Jonas Brandt <jonas@brandt.example>", or an address spelling the signer), is the signer's:
the requester and the "me" of the ask are the signer at the Reply-To address. A Reply-To
that does not bear out the signer, or a writer signing their own From name, changes
nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ASK = "Hi,\n\nCould you introduce me to Pia Holm (pia@holm.example)? We both run choirs.\n\n"


@pytest.mark.parametrize(
    ("sender", "reply_to", "signed", "requester"),
    [
        (
            "Brandt Family <home@brandt.example>",
            "Jonas Brandt <jonas@brandt.example>",
            "Thanks,\nJonas",
            Party("Jonas Brandt", "jonas@brandt.example"),
        ),
        (
            "Ann Lee <ann@lee.example>",
            "jonas.b@post.example",
            "Thanks,\nJonas Brandt",
            Party("Jonas Brandt", "jonas.b@post.example"),
        ),
        (
            "Ann Lee <ann@lee.example>",
            "Jonas Brandt <jb1984@post.example>",
            "Best,\nJonas",
            Party("Jonas Brandt", "jb1984@post.example"),
        ),
    ],
)
def test_the_signer_at_the_reply_to_address_asks(
    sender: str, reply_to: str, signed: str, requester: Party
) -> None:
    result = understand(_ASK + signed, sender=sender, headers={"Reply-To": reply_to})
    assert result.requester == requester
    assert (result.a, result.b) == (requester, Party("Pia Holm", "pia@holm.example"))


@pytest.mark.parametrize(
    ("reply_to", "signed"),
    [
        # The writer signs their own From name and replies from elsewhere.
        ("ann.lee@work.example", "Thanks,\nAnn"),
        # A Reply-To that does not bear out the one who signs.
        ("Office <office@lee.example>", "Thanks,\nJonas"),
    ],
)
def test_otherwise_the_from_writes(reply_to: str, signed: str) -> None:
    result = understand(_ASK + signed, headers={"Reply-To": reply_to})
    assert result.requester == Party("Ann Lee", "ann@lee.example")

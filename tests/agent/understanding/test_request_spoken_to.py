"""The one a sentence speaks to by name is its "you", never its "him" or "her": in "Pedro,
can you introduce him to Liesbeth (...)?" to Pedro, the agent on Cc, "him" is someone
else, the one named before when there is one, and otherwise no one certain; never Pedro,
nor the one the people on the mail would imply. The same goes for the name the mail opens
on ("Hi Pedro,"), for "le" before a French infinitive ("peux-tu le présenter"), never
"you" there, and for "la" before a verb of the familiar "you" ("¿la puedes presentar?"),
a pronoun there and not an article."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party, RequestResult
from tests.agent.understanding.test_requests import AGENT, understand

_ANA = "Ana Ruiz <ana@ruiz.example>"
_PEDRO = "Pedro Gil <pedro@gil.example>"
_AGENT = f"Intro <{AGENT}>"
_LIESBETH = "Liesbeth (liesbeth@vv.example)"
_WRITER = Party("Ana Ruiz", "ana@ruiz.example")
_PEDRO_PARTY = Party("Pedro Gil", "pedro@gil.example")
_LIESBETH_PARTY = Party("Liesbeth", "liesbeth@vv.example")
_TOM = Party("Tom Lee", "tom@lee.example")


def _to_pedro(body: str) -> RequestResult:
    return understand(body, sender=_ANA, to=_PEDRO, cc=_AGENT)


@pytest.mark.parametrize(
    "body",
    [
        f"Pedro, can you introduce him to {_LIESBETH}? Thanks",
        f"Pedro, could you introduce her to {_LIESBETH}?",
        f"Hi Pedro, can you introduce him to {_LIESBETH}?",
        f"Hi Pedro,\n\ncould you introduce her to {_LIESBETH}?",
        f"Pedro, ¿lo puedes presentar a {_LIESBETH}? Gracias",
        f"Pedro, ¿le puedes presentar a {_LIESBETH}?",
        f"Pedro, ¿la puedes presentar a {_LIESBETH}?",
        f"Pedro, peux-tu le présenter à {_LIESBETH} ?",
        f"Pedro, tu peux la présenter à {_LIESBETH} ?",
        f"Pedro, peux-tu lui présenter {_LIESBETH} ?",
        f"Pedro, kannst du ihn {_LIESBETH} vorstellen?",
        f"Pedro, kannst du ihn mit {_LIESBETH} bekannt machen?",
        f"Pedro, podes apresentá-lo à {_LIESBETH}?",
        f"Pedro, você pode apresentar ele à {_LIESBETH}?",
        f"Pedro, podes-lhe apresentar a {_LIESBETH}?",
        f"Pedro, unaweza kumtambulisha kwa {_LIESBETH}?",
        f"Pedro, tafadhali mtambulishe yeye kwa {_LIESBETH}.",
    ],
)
def test_him_is_never_the_one_spoken_to(body: str) -> None:
    result = _to_pedro(body)
    assert not result.confident, body
    assert _PEDRO_PARTY not in (result.a, result.b), body


def test_a_french_le_before_an_infinitive_is_no_you() -> None:
    # "vous" after the hyphen is the subject; "le" is him, whoever he is.
    result = _to_pedro(f"Pedro, pouvez-vous le présenter à {_LIESBETH} ?")
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Tom Lee (tom@lee.example) is great. Pedro, can you introduce him to {_LIESBETH}?",
        f"Pedro, Tom Lee (tom@lee.example) needs a designer. Could you introduce him to "
        f"{_LIESBETH}?",
        f"Hi Pedro,\n\nTom Lee (tom@lee.example) needs a designer. Could you introduce him to "
        f"{_LIESBETH}?",
        f"Pedro, Tom Lee (tom@lee.example) busca diseñadora, ¿lo puedes presentar a {_LIESBETH}?",
        f"Pedro, Tom Lee (tom@lee.example) sucht eine Designerin. Kannst du ihn mit "
        f"{_LIESBETH} bekannt machen?",
    ],
)
def test_him_is_then_the_one_named_before(body: str) -> None:
    result = _to_pedro(body)
    assert result.kind == "intro_request", body
    assert {result.a, result.b} == {_TOM, _LIESBETH_PARTY}, body
    assert result.confident, body


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        # The one spoken to is a party when "you" or the call says so.
        (f"Pedro, meet {_LIESBETH}.", {_PEDRO_PARTY, _LIESBETH_PARTY}),
        (f"Pedro, I'd like to introduce you to {_LIESBETH}.", {_PEDRO_PARTY, _LIESBETH_PARTY}),
        (f"Pedro, je vous présente {_LIESBETH}.", {_PEDRO_PARTY, _LIESBETH_PARTY}),
        (f"Pedro, te presento a {_LIESBETH}.", {_PEDRO_PARTY, _LIESBETH_PARTY}),
        (f"Pedro, darf ich dir {_LIESBETH} vorstellen?", {_PEDRO_PARTY, _LIESBETH_PARTY}),
        # "me" asked of Pedro is the writer.
        (f"Pedro, can you introduce me to {_LIESBETH}?", {_WRITER, _LIESBETH_PARTY}),
        (f"Pedro, ¿me puedes presentar a {_LIESBETH}?", {_WRITER, _LIESBETH_PARTY}),
        (f"Pedro, kannst du mich {_LIESBETH} vorstellen?", {_WRITER, _LIESBETH_PARTY}),
        (f"Pedro, podes apresentar-me à {_LIESBETH}?", {_WRITER, _LIESBETH_PARTY}),
        # "la" doubling the first of two people pairs the two.
        (
            "Pedro, ¿la puedes presentar a Lucía Paz (lucia@paz.example) con Tom Lee "
            "(tom@lee.example)?",
            {Party("Lucía Paz", "lucia@paz.example"), _TOM},
        ),
    ],
)
def test_the_one_spoken_to_still_meets_when_the_text_says_so(body: str, pair: set[Party]) -> None:
    result = _to_pedro(body)
    assert result.kind == "intro_request", body
    assert {result.a, result.b} == pair, body
    assert result.confident, body


def test_a_name_at_the_head_of_a_mail_to_the_agent_alone_is_still_him() -> None:
    # No one is written to but the agent: "Pedro Gil (...)" is the one spoken of.
    result = understand(
        f"Pedro Gil (pedro@gil.example) is great. Can you introduce him to {_LIESBETH}?",
        sender=_ANA,
    )
    assert {result.a, result.b} == {_PEDRO_PARTY, _LIESBETH_PARTY}
    assert result.confident

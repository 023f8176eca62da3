"""A plea for the writer and "him", the one asked written to with the agent copied, and
the next sentence naming whom "him" stands for ("Podes mo apresentar? Refiro-me ao
Oliver Grant (oliver@...)", "I mean ...", "Je parle de ...", "Me refiero a ...", "Ich
meine ...", "Namaanisha ..."): the writer and that one are the pair. Without an address,
with two named, or with the lead inside a sentence, nothing is guessed."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import plain_mail

AGENT = "intro@introbot.net"
INES = Party("Inês Carvalho", "ines@valeescuro.pt")
WRITER = Party("Joan Sanchis", "joan@coop.example.es")
OLIVER = Party("Oliver Grant", "oliver@grant.example")


def understand(body: str) -> RequestResult:
    mail = plain_mail(
        body + "\n\nJoan",
        "Joan Sanchis <joan@coop.example.es>",
        "Inês Carvalho <ines@valeescuro.pt>",
        "Pedido",
        AGENT,
    )
    return understand_request(mail, AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Olá Inês,\n\nPodes mo apresentar? Refiro-me ao Oliver Grant (oliver@grant.example).",
        "Olá Inês,\n\nApresentas-mo? Estou a falar do Oliver Grant (oliver@grant.example).",
        "Olá Inês,\n\nApresenta-mo, por favor! Refiro-me ao Oliver Grant (oliver@grant.example).",
        "Hola Inês,\n\n¿Me lo presentas? Me refiero a Oliver Grant (oliver@grant.example).",
        "Salut Inês,\n\nTu me le présentes ? Je parle de Oliver Grant (oliver@grant.example).",
        "Hi Ines,\n\nCould you introduce me to him? I mean Oliver Grant (oliver@grant.example).",
        "Hallo Inês,\n\nKannst du ihn mir vorstellen? Ich meine Oliver Grant "
        "(oliver@grant.example).",
        "Habari Inês,\n\nUnaweza kunitambulisha kwake? Namaanisha Oliver Grant "
        "(oliver@grant.example).",
    ],
)
def test_the_one_named_after_is_whom_him_stands_for(body: str) -> None:
    result = understand(body)
    assert result.confident
    assert {result.a, result.b} == {WRITER, OLIVER}


@pytest.mark.parametrize(
    "body",
    [
        # No address, two named, the lead not opening its sentence, no "him" before.
        "Hi Ines,\n\nCould you introduce me to him? I mean Oliver Grant.",
        "Hi Ines,\n\nCould you introduce me to him? I mean Oliver Grant "
        "(oliver@grant.example) or Sara Lee (sara@lee.example).",
        "Hi Ines,\n\nCould you introduce me to him? I mean, he seems nice. Oliver Grant is "
        "at oliver@grant.example.",
        "Hi Ines,\n\nThanks for introducing me to him last week. I mean Oliver Grant "
        "(oliver@grant.example).",
        "Salut Inês,\n\nTu me le diras ? Je parle de Oliver Grant (oliver@grant.example).",
        # "Her", and someone named after who is not said to be her: the one asked is no
        # party, nor is she paired with the one named.
        "Olá Inês,\n\nApresenta-ma, por favor! A Joana Lopes (joana@lopes.example) é ótima.",
        "Olá Inês,\n\nApresentas-mo? A Joana Lopes (joana@lopes.example) é ótima.",
    ],
)
def test_nothing_is_guessed_without_a_named_referent(body: str) -> None:
    result = understand(body)
    parties = {p for p in (result.a, result.b) if p is not None}
    assert not result.confident or (INES not in parties and OLIVER not in parties)
    assert INES not in parties or not result.confident


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Apresenta-ma, por favor!", ["word", "punct", "self", "word", "third"]),
        ("Tu me la présentes ?", ["word", "self", "third", "word"]),
        ("¿Me la presentas?", ["punct", "self", "third", "word"]),
        # French "ma" ("my") is no clitic; "me, la ..." joins nothing.
        ("Présente ma collègue", ["word", "word", "word"]),
        ("Me, la semaine prochaine", ["self", "punct", "word", "word", "word"]),
    ],
)
def test_clitic_clusters_read_as_pronouns(text: str, kinds: list[str]) -> None:
    items = tokenize(text, load_rules())
    assert [i.kind for i in items if i.kind != "end"][: len(kinds)] == kinds

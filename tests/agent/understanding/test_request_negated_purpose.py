"""A negation of the writer's own copying of the agent covers what it was for: the
purpose clause after a comma ("Ich habe Intro nicht in Kopie gesetzt, um dich mit ...
bekannt zu machen", "I did not put Intro in copy, to connect you with ...", "je n'ai
jamais ajouté Intro, pour vous mettre en relation avec ...", "ainda não pus o Intro em
cópia, para te apresentar à ...", "no puse a Intro en copia, para ponerte en contacto
con ...", a phrasing of no pattern too), a negated copying in any tense before a purpose
without a comma ("I didn't copy Intro in to connect you with ...", "todavía no pondré a
Intro en copia para ...", "je ne mets pas encore Intro en copie pour ...") and the Swahili
negated verb of the hand-over ("sijamweka Intro kwenye nakala ili akuunganishe na ...")
pair no one. The copying said outright, a negation in another sentence or before a
contrast word still pairs the two."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_RUTH = "Ruth Abernathy (ruth@helix.example)"
_KENJI = Party("Kenji Mori", "kenji@mori.example")
_COPIED = {"to": "Kenji Mori <kenji@mori.example>", "cc": "Intro <intro@introbot.net>"}


@pytest.mark.parametrize(
    "sentence",
    [
        f"Kenji, ich habe Intro nicht in Kopie gesetzt, um dich mit {_RUTH} bekannt zu machen.",
        f"Kenji, ich habe Intro keine Kopie geschickt, um dich mit {_RUTH} bekannt zu machen.",
        f"Kenji, I did not put Intro in copy, to connect you with {_RUTH}.",
        f"Kenji, je n'ai jamais ajouté Intro, pour vous mettre en relation avec {_RUTH}.",
        f"Kenji, ainda não pus o Intro em cópia, para te apresentar à {_RUTH}.",
        f"Kenji, sijamweka Intro kwenye nakala ili akuunganishe na {_RUTH}.",
        f"Kenji, sitamweka Intro kwenye nakala ili akuunganishe na {_RUTH}.",
        f"Kenji, sikumweka Intro kwenye nakala ili akuunganishe na {_RUTH}.",
        f"Kenji, sijaweka Intro kwenye nakala ili akuunganishe na {_RUTH}.",
        f"Kenji, hatujamweka Intro kwenye nakala, ili akuunganishe na {_RUTH}.",
    ],
)
def test_a_negated_copy_pairs_no_one(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn", **_COPIED)
    assert not result.confident
    assert result.kind == "not_a_request" or result.a is None


@pytest.mark.parametrize(
    "sentence",
    [
        f"Kenji, ich habe Intro in Kopie gesetzt, um dich mit {_RUTH} bekannt zu machen.",
        f"Kenji, ich kenne Ruth nicht gut. Ich habe Intro in Kopie gesetzt, um dich mit {_RUTH}"
        " bekannt zu machen.",
        f"Kenji, ich kenne Ruth nicht gut, aber ich habe Intro in Kopie gesetzt, um dich mit"
        f" {_RUTH} bekannt zu machen.",
        f"Kenji, nimemweka Intro kwenye nakala ili akuunganishe na {_RUTH}.",
        f"Kenji, I've copied Intro in, to connect you with {_RUTH}.",
        f"Kenji, I don't know Ruth well. I've copied Intro in, to connect you with {_RUTH}.",
        f"Kenji, I don't know Ruth well, but I've copied Intro in, to connect you with {_RUTH}.",
        f"Kenji, j'ai mis Intro en copie, pour vous mettre en relation avec {_RUTH}.",
        f"Kenji, je ne connais pas bien Ruth. J'ai mis Intro en copie, pour vous mettre en"
        f" relation avec {_RUTH}.",
        f"Kenji, he puesto a Intro en copia, para ponerte en contacto con {_RUTH}.",
        f"Kenji, no conozco bien a Ruth. He puesto a Intro en copia, para ponerte en contacto"
        f" con {_RUTH}.",
        f"Kenji, coloquei o Intro em cópia, para te apresentar à {_RUTH}.",
        f"Kenji, não conheço bem a Ruth. Coloquei o Intro em cópia, para te apresentar à {_RUTH}.",
    ],
)
def test_the_copy_said_outright_pairs_the_two(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn", **_COPIED)
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {_KENJI, Party("Ruth Abernathy", "ruth@helix.example")}


@pytest.mark.parametrize(
    "sentence",
    [
        # The purpose clause after a comma, the ask a phrasing of no pattern.
        f"Kenji, no puse a Intro en copia, para ponerte en contacto con {_RUTH}.",
        f"Kenji, no pongo a Intro en copia, para ponerte en contacto con {_RUTH}.",
        # Any tense of the copying negated, with no comma before the purpose.
        f"Kenji, no copié a Intro para ponerte en contacto con {_RUTH}.",
        f"Kenji, todavía no pondré a Intro en copia para ponerte en contacto con {_RUTH}.",
        f"Kenji, I didn't copy Intro in to connect you with {_RUTH}.",
        f"Kenji, je ne mets pas encore Intro en copie pour te présenter à {_RUTH}.",
        f"Kenji, não coloco o Intro em cópia ainda para te apresentar à {_RUTH}.",
        f"Kenji, ich habe Intro noch nicht in Kopie gesetzt um dich mit {_RUTH} bekannt zu machen.",
    ],
)
def test_a_negated_copy_in_any_tense_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn", **_COPIED)
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Kenji, puse a Intro en copia para ponerte en contacto con {_RUTH}.",
        f"Kenji, I copied Intro in to connect you with {_RUTH}.",
        f"Kenji, je mets Intro en copie pour te présenter à {_RUTH}.",
        f"Kenji, coloco o Intro em cópia para te apresentar à {_RUTH}.",
        f"Kenji, ich habe Intro in Kopie gesetzt, um dich mit {_RUTH} bekannt zu machen.",
    ],
)
def test_the_copy_in_any_tense_said_outright_pairs_the_two(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn", **_COPIED)
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {_KENJI, Party("Ruth Abernathy", "ruth@helix.example")}

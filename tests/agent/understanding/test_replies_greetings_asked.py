"""A greeting asked of the reader ("how are you?", "¿cómo andan por ahí?", "ça va ?",
"wie geht's euch?", "tudo bem com vc?", "habari zenu?") asks nothing of the answer: it
is neutral, said to one or to many, with its marks repeated ("como andan por ahi???",
"how are you??"), and in Spanish without its opening mark ("Hola, que tal?"). A real
question, or a bare "???" after a yes, still asks or doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

GREETED = [
    "Hi all, how are you all doing?? Yes, happy to.",
    "Hi, how are you??? Yes, happy to.",
    "Salut, ça va ?! Oui, avec plaisir.",
    "Bonjour, vous allez tous bien ?? Oui, avec plaisir.",
    "Hola que tal!!!! como andan por ahi??? Bueno al grano: DALE!!!! presentame con el"
    " Negro Ocampo.",
    "Hola, que tal? Sí, con gusto.",
    "Hola, ¿cómo están? Sí, con gusto.",
    "Hallo, wie geht's euch?? Ja, gerne.",
    "Boa tarde!!! tudo bem com vc?? Pode sim me apresentar.",
    "Olá, como vocês estão??? Sim, com prazer.",
    "Habari zenu?? Ndiyo, sawa.",
]


@pytest.mark.parametrize("text", GREETED)
def test_a_greeting_asked_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


ASKED = [
    "Yes???",
    "Sí, con gusto. ¿Quién es exactamente???",
    "Hola, que tal? Sí, pero ¿de qué se trata?",
    "Ja, gerne. Wie geht's euch? Und worum geht es genau?",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_real_question_or_bare_marks_still_count(text: str) -> None:
    assert classify_text(text) == "unclear"

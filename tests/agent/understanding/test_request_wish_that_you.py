"""The writer's wish that the agent do it pleads as a question does: "Ich hätte gern,
dass Sie zwei Nachbarn miteinander bekannt machen:", "I'd like you to introduce",
"J'aimerais que vous mettiez en relation", "Quiero que pongas en contacto", "Queria que vc
apresentasse", "Ningependa uwatambulishe": the two listed with their addresses are the
pair. A wish that the agent know something ("Ich möchte, dass Sie wissen, dass ...") asks
nothing; Portuguese "que você apresentasse" (and a learner's "gostaria que você apresenta")
asks for an intro even where the people are not understood."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_AYSE = Party("Ayşe Yilmaz", "ayse@yilmaz.example")
_JURGEN = Party("Jürgen Brandt", "j.brandt@brandt.example")

_WISHES = [
    "Ich hätte gern, dass Sie zwei Nachbarn miteinander bekannt machen:\n\n- Ayşe Yilmaz "
    "(ayse@yilmaz.example) aus Nr. 14, ihr Sohn braucht Nachhilfe.\n- Jürgen Brandt "
    "(j.brandt@brandt.example) aus Nr. 9, pensionierter Mathelehrer.",
    "Ich möchte, dass Sie zwei Nachbarn miteinander bekannt machen:\n\n- Frau Ayşe Yilmaz "
    "(ayse@yilmaz.example) aus Nr. 14.\n- Herrn Jürgen Brandt (j.brandt@brandt.example) "
    "aus Nr. 9.",
    "I'd like you to introduce two neighbours of mine to each other:\n\n- Ayşe Yilmaz "
    "(ayse@yilmaz.example) at no. 14, her son needs tutoring.\n- Jürgen Brandt "
    "(j.brandt@brandt.example) at no. 9, a retired maths teacher.",
    "J'aimerais que vous mettiez en relation deux voisins :\n\n- Ayşe Yilmaz "
    "(ayse@yilmaz.example) au n° 14, son fils a besoin de cours.\n- Jürgen Brandt "
    "(j.brandt@brandt.example) au n° 9, prof de maths retraité.",
    "Quiero que pongas en contacto a dos vecinos míos:\n\n- Ayşe Yilmaz "
    "(ayse@yilmaz.example), del n.º 14, su hijo necesita clases.\n- Jürgen Brandt "
    "(j.brandt@brandt.example), del n.º 9, profesor jubilado.",
    "Queria que vc apresentasse dois vizinhos meus um ao outro:\n\n- Ayşe Yilmaz "
    "(ayse@yilmaz.example), do nº 14, o filho precisa de aulas.\n- Jürgen Brandt "
    "(j.brandt@brandt.example), do nº 9, professor aposentado.",
    "Ningependa uwatambulishe majirani wawili:\n\n- Ayşe Yilmaz (ayse@yilmaz.example) wa "
    "nyumba namba 14, mwanawe anahitaji masomo.\n- Jürgen Brandt (j.brandt@brandt.example) "
    "wa nyumba namba 9, mwalimu mstaafu.",
]


@pytest.mark.parametrize("text", _WISHES)
def test_a_wish_that_the_agent_introduce_two_listed_pairs_them(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_AYSE, _JURGEN}
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Queria que vc apresentasse dois clientes meus um pro outro: a Patrícia Lemos "
        "(patricia@doce.example) e o Fernando Kato, que faz embalagens.",
        "Eu gostaria que você apresenta o meu filho Lukas (lukas@vogel.example) ao "
        "treinador dos juniores, o senhor Rui Carvalho.",
    ],
)
def test_a_wish_that_you_introduce_asks_even_unread(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte, dass Sie wissen, dass Ayşe Yilmaz (ayse@yilmaz.example) und Jürgen "
        "Brandt (j.brandt@brandt.example) jetzt unsere Nachbarn sind.",
        "Eu queria que você soubesse que a Ayşe Yilmaz (ayse@yilmaz.example) e o Jürgen "
        "Brandt (j.brandt@brandt.example) são nossos vizinhos agora.",
        "Ele pediu que o professor apresentasse o relatório na reunião de sexta.",
    ],
)
def test_a_wish_for_something_else_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"

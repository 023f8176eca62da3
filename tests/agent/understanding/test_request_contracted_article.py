"""A preposition joined to its article before a person ("al" for "a el"): "¿Podrías
presentarme al Sr. Brandt?", "presentarme al arquitecto Julián Ortega (...)" name the
one to meet, as "presentarme a la Dra. ..." and "ponerme en contacto con el Sr. ..." do,
and as French "me présenter à M. ...", Portuguese "apresentar-me ao Sr. ..." and German
"mich Herrn ... vorstellen" do. Before a thing ("al examen", "al Premio Nacional", "al
equipo de Acme") it is read as written."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
BRANDT = Party("Brandt", "klaus.brandt@brandt.example")
ORTEGA = Party("Julián Ortega", "julian@ortega-arq.example")


@pytest.mark.parametrize(
    "body",
    [
        "¿Podrías presentarme al Sr. Brandt? Su correo es klaus.brandt@brandt.example.",
        "¿Podrías presentarme al señor Brandt (klaus.brandt@brandt.example)?",
        "¿Me podrías presentar al Dr. Brandt (klaus.brandt@brandt.example)?",
        "Pourriez-vous me présenter à M. Brandt ? Son adresse est klaus.brandt@brandt.example.",
        "Poderia apresentar-me ao Sr. Brandt? O e-mail dele é klaus.brandt@brandt.example.",
        "Könnten Sie mich Herrn Brandt vorstellen? Seine Adresse ist klaus.brandt@brandt.example.",
    ],
)
def test_a_title_after_the_joined_article_is_the_one_to_meet(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (ME, BRANDT)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "¿Podrías presentarme al arquitecto Julián Ortega (julian@ortega-arq.example)? "
        "Quiero hablar del proyecto.",
        "¿Podrías presentarme al arquitecto jefe Julián Ortega (julian@ortega-arq.example)?",
    ],
)
def test_a_role_after_the_joined_article_describes_the_one_to_meet(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (ME, ORTEGA)
    assert result.confident


def test_a_pair_with_the_joined_article() -> None:
    result = understand(
        "¿Podrías presentar a Ana López (ana@lopez.example) al Sr. Brandt "
        "(klaus.brandt@brandt.example)?"
    )
    assert (result.a, result.b) == (Party("Ana López", "ana@lopez.example"), BRANDT)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A prize, an exam, a team: no one to meet.
        "¿Crees que debería presentarme al Premio Nacional de Diseño? Me lo recomendó Pedro.",
        "¿Podrías presentarme al equipo de Acme? Me interesa su producto.",
        # Something presented to someone.
        "El lunes voy a presentar el proyecto al director Pedro Gil (pedro@gil.example).",
        "Al final Juan no vino. Quiero presentarme al puesto que Pedro Gil anunció.",
    ],
)
def test_no_request_without_a_person_after_the_joined_article(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("presentarme al Sr. Brandt", ["presentarme", "a", "el"]),
        ("presentarme al arquitecto Julián Ortega", ["presentarme", "a", "el", "arquitecto"]),
        ("presentarme al examen de junio", ["presentarme", "al", "examen", "de", "junio"]),
        ("presentarme al equipo de Acme", ["presentarme", "al", "equipo", "de"]),
        ("presentarme al Premio Nacional", ["presentarme", "al"]),
    ],
)
def test_the_joined_article_is_split_before_a_person_only(text: str, words: list[str]) -> None:
    items = tokenize(text, load_rules())
    assert [item.lower for item in items if item.kind == "word"] == words


_PATO = Party("Pato Giménez", "pato.gimenez@talarugby.example")
_FLORENCIA = Party("Florencia Aguirre", "florencia@nutricionfa.example")


@pytest.mark.parametrize(
    "body",
    [
        "Presentá al Pato Giménez (pato.gimenez@talarugby.example) a Florencia Aguirre"
        " (florencia@nutricionfa.example).",
        "Presentale al Pato Giménez, nuestro preparador físico"
        " (pato.gimenez@talarugby.example), a la licenciada Florencia Aguirre"
        " (florencia@nutricionfa.example), la nutricionista que laburó con los juveniles.",
        "¿Podés presentar al Pato Giménez <pato.gimenez@talarugby.example> a Florencia"
        " Aguirre <florencia@nutricionfa.example>?",
    ],
)
def test_the_joined_article_before_a_name_its_address_spells(body: str) -> None:
    # Spoken Spanish puts the article before a first name or a nickname ("el Pato"):
    # the address spelling the name says it is a person.
    result = understand(body)
    assert (result.a, result.b) == (_PATO, _FLORENCIA)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A firm's mailbox spells no name: no one to meet.
        "¿Podrías presentarme al Banco Nación (info@bna.example)?",
        # Something presented to someone.
        "El lunes voy a presentar el proyecto al Pato Giménez (pato.gimenez@talarugby.example).",
    ],
)
def test_the_joined_article_before_a_firm_or_a_thing_presented(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("presentá al Pato Giménez (pato.gimenez@talarugby.example)", ["presentá", "a", "el"]),
        ("presentá al Pato Giménez, el preparador (pato@x.example)", ["presentá", "a", "el"]),
        ("presentarme al Banco Nación (info@bna.example)", ["presentarme", "al"]),
        ("presentarme al Pato Giménez. Escribile a pato@x.example", ["presentarme", "al"]),
    ],
)
def test_the_joined_article_is_split_before_a_spelled_name(text: str, words: list[str]) -> None:
    items = tokenize(text, load_rules())
    assert [item.lower for item in items if item.kind == "word"][: len(words)] == words

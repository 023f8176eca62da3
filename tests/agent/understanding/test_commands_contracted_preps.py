"""A status phrase ending on a preposition asks as well with its form joined to an
article (``contractions``): "¿Se sabe algo del aparejador?" as "se sabe algo de",
"Alguma notícia do canalizador?", "Avez-vous eu des nouvelles du plombier ?", "Gibt es
was Neues vom Baumeister?". A Basque greeting ("Kaixo,") opens such a mail as "Hola"
does. A new ask beside the question is still read as one."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "¿Se sabe algo del aparejador? Lo de Mikel Goikoetxea, para la cocina.",
        "Kaixo,\n\n¿Se sabe algo del aparejador? Lo de Mikel Goikoetxea, para la cocina.\n\nÍñigo",
        "Alguma notícia do canalizador? Aquilo do Rui Costa, para a cozinha.",
        "Avez-vous eu des nouvelles du plombier ? Le truc avec Marc Roy, pour la cuisine.",
        "Gibt es was Neues vom Baumeister? Das mit Herrn Pichler, für den Dachboden.",
    ],
)
def test_a_status_phrase_with_its_contracted_preposition_is_status(body: str) -> None:
    result = understand(body, subject="aparejador")
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "body",
    [
        "¿Se sabe algo del aparejador? Y, ¿me presentas a Ana Lima (ana@lima.es)?",
        "Alguma notícia do canalizador? E podes apresentar-me à Ana Lima (ana@lima.pt)?",
        "Avez-vous eu des nouvelles du plombier ? Et pouvez-vous me présenter à Ana Lima"
        " (ana@lima.fr) ?",
        "Gibt es was Neues vom Baumeister? Und könnten Sie mich mit Ana Lima (ana@lima.de)"
        " bekannt machen?",
    ],
)
def test_a_new_ask_beside_it_is_read_as_one(body: str) -> None:
    result = understand(body, subject="aparejador")
    assert result.kind == "intro_request"

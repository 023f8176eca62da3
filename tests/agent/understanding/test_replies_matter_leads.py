"""A turn to the matter asked about, with the name of the one asked about ("Ah, y lo de
Marta: sí, claro, me encantaría conocerla", "Oh, and as for Marta: yes"), is read as a
summing-up: the answer after it decides whatever doubts came before it, about other
things. Another's name, a doubt after it or a question before it still count."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

NEWS = (
    "Hola Jo!!\n\nPerdona que conteste tan tarde, esta semana ha sido una locura con la"
    " mudanza del estudio, todavía tenemos cajas por todas partes y el router no funcionó"
    " hasta ayer. Te mando la factura de octubre el lunes sin falta. Y dile a Nuria que me"
    " encantó la cena del sábado.\n\n"
)

ANSWERS = [
    (NEWS + "Ah, y lo de Marta: sí, claro, me encantaría conocerla.\n\nUn abrazo,\nLucía", "yes"),
    (NEWS + "Ah, y lo de Marta: sí.", "yes"),
    (
        "Sorry for the slow reply, the move was chaos and the router didn't work until"
        " yesterday, but the boxes are still everywhere.\n\nOh, and as for Marta: yes, I'd love"
        " to meet her.",
        "yes",
    ),
    (
        "Désolée, le déménagement était un chaos, mais le routeur ne marchait pas jusqu'à"
        " hier.\n\nEt quant à Marta : oui, avec plaisir.",
        "yes",
    ),
    (
        "Sorry, der Umzug war Chaos, aber der Router ging erst gestern wieder nicht.\n\nAch,"
        " und zu Marta: ja, gerne.",
        "yes",
    ),
    (
        "Desculpa, a mudança foi um caos, mas o router não funcionou até ontem.\n\nAh, e sobre"
        " a Marta: sim, claro, adoraria conhecê-la.",
        "yes",
    ),
    (
        "Samahani, kuhamia kulikuwa na fujo, lakini ruta haikufanya kazi hadi jana.\n\nKuhusu"
        " Marta: ndiyo, nitafurahi kukutana naye.",
        "yes",
    ),
    # Near misses: the answer after the turn doubts, refuses or asks; another's name.
    (NEWS + "Ah, y lo de Marta: sí, pero ahora no puedo.", "no"),
    (NEWS + "Ah, y lo de Marta: ni hablar.", "no"),
    (NEWS + "Ah, y lo de Marta: no sé, déjame pensarlo.", "unclear"),
    (NEWS + "Ah, y lo de Marta: sí, si es seria.", "unclear"),
    (NEWS + "Ah, y lo de Marta: ¿quién es?", "unclear"),
    (NEWS + "Ah, y lo de Nuria: sí, claro, me encantaría.", "unclear"),
    ("¿Me mandas la factura? Lo de Marta: sí, claro, me encantaría.", "unclear"),
    ("I'd love to but maybe later. As for Marta: maybe.", "unclear"),
    ("About Marta, I'm not sure yet.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), ANSWERS)
def test_the_answer_after_a_turn_to_the_matter_asked_decides(text: str, answer: str) -> None:
    assert read_answer(text, asked="Marta Soler")[0] == answer


def test_a_particle_of_the_name_is_no_turn_to_the_matter() -> None:
    text = "Gracias. Lo de la factura: sí, claro, te la mando. Pero no quiero conocer a nadie."
    assert read_answer(text, asked="Marta de la Fuente")[0] != "yes"


def test_without_the_name_asked_about_no_turn_is_read() -> None:
    assert read_answer(NEWS + "Ah, y lo de Marta: sí, claro, me encantaría.")[0] == "unclear"


# A title before the name, its dot too, still turns to the matter asked about.
TITLED = [
    ("Samahani kwa kuchelewa, lakini wiki hii ilikuwa na fujo.\n\nKuhusu Bw. Soler: ndiyo.", "yes"),
    ("Sorry, the move was chaos, but the router works again.\n\nAs for Mr. Soler: yes.", "yes"),
    ("Désolée, c'était le chaos, mais le routeur marche.\n\nQuant à M. Soler : oui.", "yes"),
    ("Sorry, der Umzug war Chaos, aber der Router geht.\n\nZu Herrn Dr. Soler: ja.", "yes"),
    ("Perdona, la mudanza fue un caos, pero el router va.\n\nSobre el Sr. Soler: sí.", "yes"),
    ("Desculpa, a mudança foi um caos, mas o router funciona.\n\nSobre o Sr. Soler: sim.", "yes"),
    # Another's name after the title, or a doubt after the turn, still count.
    ("Sijui bado, labda baadaye.\n\nKuhusu Bw. Juma: ndiyo.", "unclear"),
    ("I'm not sure yet, maybe later.\n\nAs for Mr. Jones: yes.", "unclear"),
    ("Sorry, the move was chaos, but it works.\n\nAs for Mr. Soler: maybe.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), TITLED)
def test_a_title_before_the_name_still_turns_to_the_matter(text: str, answer: str) -> None:
    assert read_answer(text, asked="Marta Soler")[0] == answer

"""A religious title before a name is a title, as "Dr" is: "Father Tomás Byrne", "Sister
Agnes Mwangi", "Sœur Claire Martin", "Fray Diego Ortiz", "Schwester Maria Huber", "Irmã
Lúcia Pires", "Sista Neema Mushi" are named without it. Written in lower case it is the
word it is: "my sister Agnes Mwangi" is still Agnes Mwangi."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Could you introduce me to Father Tomás Byrne (tbyrne@parish.example)? He runs the"
            " youth choir.",
            Party("Tomás Byrne", "tbyrne@parish.example"),
        ),
        (
            "Could you connect me with Sister Agnes Mwangi (agnes@convent.example)?",
            Party("Agnes Mwangi", "agnes@convent.example"),
        ),
        (
            "Pourriez-vous me présenter à Sœur Claire Martin (claire.martin@abbaye.example) ?",
            Party("Claire Martin", "claire.martin@abbaye.example"),
        ),
        (
            "Pourriez-vous me présenter au Père Olivier Lenoir (o.lenoir@diocese.example) ?",
            Party("Olivier Lenoir", "o.lenoir@diocese.example"),
        ),
        (
            "¿Me podrías presentar a Fray Diego Ortiz (dortiz@convento.example)?",
            Party("Diego Ortiz", "dortiz@convento.example"),
        ),
        (
            "¿Me podrías poner en contacto con Sor Inés Calvo (ines@clarisas.example)?",
            Party("Inés Calvo", "ines@clarisas.example"),
        ),
        (
            "Könnten Sie mich mit Schwester Maria Huber (m.huber@kloster.example) bekannt machen?",
            Party("Maria Huber", "m.huber@kloster.example"),
        ),
        (
            "Könnten Sie mich mit Pater Anselm Grün (anselm@abtei.example) bekannt machen?",
            Party("Anselm Grün", "anselm@abtei.example"),
        ),
        (
            "Poderia apresentar-me à Irmã Lúcia Pires (lucia@irmas.example)?",
            Party("Lúcia Pires", "lucia@irmas.example"),
        ),
        (
            "Poderia apresentar-me ao Frei Bento Silva (bento@convento.example)?",
            Party("Bento Silva", "bento@convento.example"),
        ),
        (
            "Tafadhali nitambulishe kwa Sista Neema Mushi (neema@masista.example).",
            Party("Neema Mushi", "neema@masista.example"),
        ),
    ],
)
def test_a_religious_title_is_left_out_of_the_name(text: str, b: Party) -> None:
    assert confident_b(text) == b


def test_a_lower_case_kin_word_is_no_title() -> None:
    result = understand(
        "Could you introduce my sister Agnes Mwangi (agnes@mwangi.example) to Tom Otieno"
        " (tom@otieno.example)? She is moving to Kisumu."
    )
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a == Party("Agnes Mwangi", "agnes@mwangi.example")
    assert result.b == Party("Tom Otieno", "tom@otieno.example")


def test_a_title_in_the_header_name_is_left_out() -> None:
    result = understand(
        "Could you introduce me to Dana Reyes (dana@reyes.example)?",
        sender="Father Tomás Byrne <tbyrne@parish.example>",
    )
    assert result.requester == Party("Tomás Byrne", "tbyrne@parish.example")

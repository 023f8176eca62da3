"""A mail dictated by voice, its marks spoken as words ("... bekannt machen Punkt sie ist
...", "hallo Komma", "... full stop her email is ...", "... madame Sylvie Garnier point
elle fait ..."): written as marks where the mail is dictated, in the six languages; the
same words in ordinary prose ("the point is", "a full stop to the project", "drei Komma
fünf", "a las tres en punto"), or in a mail that writes its marks, are words."""

from __future__ import annotations

import pytest

from agent.understanding.request_dictated import dictated_marks_written
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "hi there can you put me in touch with Sandra Okoye full stop she does the tiling "
            "for the new builds full stop her email is sandra@okoyetiling.co.uk full stop "
            "cheers Ann",
            Party("Sandra Okoye", "sandra@okoyetiling.co.uk"),
        ),
        (
            "hallo Komma kannst du mich bitte mit Frau Petra Schulze bekannt machen Punkt sie "
            "sucht einen Elektriker Punkt ihre Mail ist p.schulze@schulze-hv.de Punkt Gruß Ann",
            Party("Petra Schulze", "p.schulze@schulze-hv.de"),
        ),
        (
            "bonjour est-ce que vous pouvez me présenter à madame Sylvie Garnier point elle "
            "fait des confitures point son adresse c'est sylvie.garnier@confitures.fr point "
            "merci Ann",
            Party("Sylvie Garnier", "sylvie.garnier@confitures.fr"),
        ),
        (
            "hola coma me puedes presentar a Marisol Ortega punto su correo es "
            "marisol@ortega.es punto quiero alquilarle el sillón punto gracias Ann",
            Party("Marisol Ortega", "marisol@ortega.es"),
        ),
        (
            "olá vírgula você pode me apresentar à Beatriz Lima ponto o email dela é "
            "bia@lima.com.br ponto ela faz bolos ponto obrigada Ann",
            Party("Beatriz Lima", "bia@lima.com.br"),
        ),
    ],
)
def test_marks_spoken_in_a_dictated_mail_are_read_as_marks(body: str, b: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == WRITER
    assert result.b == b
    assert result.confident


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("machen Punkt sie sucht Hilfe Punkt Gruß", "machen. Sie sucht Hilfe. Gruß"),
        (
            "hallo Komma kannst du helfen Fragezeichen danke Punkt",
            "hallo, kannst du helfen? Danke.",
        ),
        ("merci point elle fait point bien", "merci. Elle fait. Bien"),
        ("hola coma que tal punto y coma bien punto", "hola, que tal; bien."),
        ("habari nukta asante nukta", "habari. Asante."),
    ],
)
def test_dictated_marks_are_written(text: str, written: str) -> None:
    assert dictated_marks_written(text, load_rules()) == written


@pytest.mark.parametrize(
    "text",
    [
        # Ordinary words: after a determiner or a preposition, beside a number.
        "the point is we need a full stop to the project and that point matters",
        "Der Wert liegt bei drei Komma fünf und der Punkt ist klar, Punkt acht Uhr",
        "quedamos a las tres en punto y el punto de vista es otro",
        "le point de vue est clair et au point mort",
        # A mail that writes its marks: the words are words, even where they could be marks.
        "Could you introduce me to Ann? She's great. The point is, she knows. Full stop.",
        # One spoken mark alone shows no dictation.
        "hallo Komma kannst du mich mit Petra bekannt machen",
    ],
)
def test_words_in_prose_stay_words(text: str) -> None:
    assert dictated_marks_written(text, load_rules()) == text


def test_an_ask_written_with_care_reads_as_before() -> None:
    result = understand(
        "Could you introduce me to Sandra Okoye (sandra@okoyetiling.co.uk)? The point is "
        "she tiles, full stop. Thanks"
    )
    assert result.b == Party("Sandra Okoye", "sandra@okoyetiling.co.uk")
    assert result.confident

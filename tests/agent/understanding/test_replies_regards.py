"""Regards passed on to someone ("dale recuerdos a Jo", "grüß ihn von mir", "passe le
bonjour", "manda um abraço", "msalimie") answer nothing: a yes in their clause says how
gladly they are passed on, and Spanish "dale" ("go ahead") is a yes only opening its
sentence and closing its clause ("Dale.", "Dale, de una"), never the verb "dar" with an
object ("dale las gracias", "dale un abrazo a Jo")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Dale recuerdos a Jo de mi parte.", "unclear"),
        ("Dale un abrazo a Jo. No, gracias.", "no"),
        ("Dale las gracias a Jo.", "unclear"),
        ("Por favor, dale saludos a Jo.", "unclear"),
        ("Grüß Jo gerne von mir.", "unclear"),
        ("Richte Jo gern schöne Grüße von mir aus.", "unclear"),
        ("Gerne grüße ich Jo von dir. Nein danke.", "no"),
        ("Transmets mes amitiés à Jo avec plaisir.", "unclear"),
        ("Salue-le volontiers de ma part.", "unclear"),
        ("Please do give Jo my regards.", "unclear"),
        ("Manda um abraço ao Jo com todo o prazer.", "unclear"),
        ("Msalimie Jo kwa furaha.", "unclear"),
    ],
)
def test_a_yes_passing_on_regards_answers_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        # "dale" as an answer, alone or before a pause.
        "Dale.",
        "dale",
        "Dale, de una.",
        "Bueno, dale.",
        "Dale pues.",
        "Sí, dale.",
        # A yes past a pause from the regards still answers.
        "Sí, claro. Dale recuerdos a Jo.",
        "Gerne! Und Grüße an Jo.",
        "Sure thing, say hi to Jo.",
        "Avec plaisir ! Passe le bonjour à Jo.",
        "Sim, pode apresentar. Um abraço ao Jo.",
        "Ndiyo, nipo tayari. Msalimie Jo.",
    ],
)
def test_an_answer_beside_regards_still_answers(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # Dictated with no stop: the yes said well before the regards still answers.
        "Passt eh gib ihm meine Nummer ich steh eh jeden Tag am Standplatz Hauptbahnhof "
        "Flughafen mach ich gern Grüße an die Frau Moser",
        "sure give him my number I am at the stand every day near the station happy to say "
        "hi to Jo",
        "oui donne-lui mon numéro je suis au bureau tous les jours de la semaine avec plaisir "
        "passe le bonjour à Jo",
        "sim passa o meu número estou na praça todos os dias da semana com prazer manda um "
        "abraço ao Jo",
        "ndiyo mpe namba yangu niko stendi kila siku ya wiki kwa furaha msalimie Jo",
    ],
)
def test_a_yes_well_before_regards_in_a_dictated_clause_answers(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # The yeses nearest the regards, a few words apart, are all theirs.
        "Sure happy to give Jo and the whole team my regards",
        "klar mach ich gern Grüße an die Frau Moser",
        "Please do thank Jo for thinking of me.",
        "claro con mucho gusto dale recuerdos a Jo de mi parte",
    ],
)
def test_the_yeses_nearest_regards_stay_theirs(text: str) -> None:
    assert read_answer(text)[0] == "unclear"

"""A meeting format the writer guesses would be easier than mail ("coffee might be easier
than email", "un café serait peut-être plus simple que les mails", "un café quizá sea más
fácil que el correo", "ein Kaffee ist vielleicht einfacher als E-Mails", "um café talvez
seja mais fácil do que email", "kahawa labda ni rahisi kuliko barua pepe") is a practical
preference about how to meet: its "might" doubts no yes. A "might" about anything else,
and a condition beside the preference, still do."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

PREFERENCES = [
    "Yes. I'm in Gothenburg for a conference in late November anyway, coffee might be easier"
    " than email.",
    "Oui. Je suis à Göteborg en novembre pour un congrès, un café serait peut-être plus"
    " simple que les mails.",
    "Sí. Estaré en Gotemburgo en noviembre por un congreso, un café quizá sea más fácil que"
    " el correo.",
    "Ja. Ich bin im November ohnehin in Göteborg, ein Kaffee ist vielleicht einfacher als E-Mails.",
    "Sim. Estou em Gotemburgo em novembro, um café talvez seja mais fácil do que email.",
    "Ndiyo. Nitakuwa Gothenburg mwezi Novemba, kahawa labda ni rahisi kuliko barua pepe.",
    "Happy to. A call may be better than email.",
]


@pytest.mark.parametrize("text", PREFERENCES)
def test_a_format_guessed_easier_than_mail_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


DOUBTS = [
    "Yes. Coffee might be easier than email if he is legit.",
    "Yes. I might be busy, a call might be better than email.",
    "Yes. Meeting might be a bad idea.",
    "Yes, but I'm not sure. Coffee might be easier than email.",
    "Oui. Un café serait peut-être plus simple que les mails, si c'est sérieux.",
    "Ja. Vielleicht später, ein Kaffee ist vielleicht einfacher als E-Mails.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_another_might_or_a_condition_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_the_preference_alone_answers_nothing() -> None:
    assert read_answer("Coffee might be easier than email.")[0] == "unclear"

"""A tentative put-off closed by a question mark ("Maybe next year?", "Peut-être l'année
prochaine ?", "Labda mwakani?") declines the introduction as offered, as the same words
closed by a full stop do: its question mark asks nothing back. A yes beside it, a real
question after it or more words before it still leave the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for thinking of me. Honestly, maybe next year?",
        "Ha, thanks. Perhaps later?",
        "Merci d'avoir pensé à moi. Peut-être l'année prochaine, à mon retour à Grenoble ?",
        "Merci. Peut-être plus tard ?",
        "Gracias por acordarte de mí. ¿Quizás el año que viene?",
        "Gracias. Tal vez más adelante?",
        "Obrigada por se lembrar de mim. Talvez no ano que vem?",
        "Danke, dass du an mich gedacht hast. Vielleicht nächstes Jahr?",
        "Asante kwa kunikumbuka. Labda mwakani?",
        "Asante. Labda mwaka ujao?",
        # Marks doubled or mixed close the same sentence and ask nothing more.
        "No, sorry. Maybe next year??",
        "Merci, mais non. Peut-être l'année prochaine ?!",
        "Gracias, pero no. ¿Quizás el año que viene??",
        "Danke, aber nein. Vielleicht nächstes Jahr??",
        "Obrigada, mas não. Talvez no ano que vem??",
        "Asante, lakini hapana. Labda mwakani??",
    ],
)
def test_a_tentative_put_off_with_a_question_mark_declines(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Maybe next year.",
        "Peut-être l'année prochaine.",
        "Labda mwakani.",
        "Mwakani labda.",
        "Lakini mwaka huu nimejitwika mambo mengi. Labda mwakani, Mungu akipenda, tutaona.",
    ],
)
def test_the_same_put_off_without_a_question_mark_declines(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, maybe next year?",
        "Oui, peut-être l'année prochaine ?",
        "Sí, ¿quizás el año que viene?",
        "Ndiyo, labda mwakani?",
        "Maybe next year? Who is he exactly?",
        "Peut-être l'année prochaine ? Qui est-ce exactement ?",
        "Would it suit her to wait until maybe next year?",
        "Next year?",
        "Yes, maybe next year??",
        "Maybe next year?? Who is he exactly?",
    ],
)
def test_a_yes_a_real_question_or_a_longer_sentence_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Ça va être non pour astheure, désolée! Peut-être au printemps?",
        "No thanks, not for now. Maybe in the spring?",
        "No, gracias, por ahora no. ¿Quizás en primavera?",
        "Nein danke, im Moment nicht. Vielleicht im Frühjahr?",
        "Não, obrigada, por agora não. Talvez na primavera?",
    ],
)
def test_a_doubt_before_a_later_time_asks_nothing_after_a_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        # The doubt still doubts: beside a yes, or alone, nothing is decided.
        "Yes, happy to. Maybe in the spring?",
        "Maybe in the spring?",
        # More than a later time after the doubt asks back.
        "No thanks. Maybe he can ask again in the spring?",
    ],
)
def test_a_doubt_before_a_later_time_decides_nothing_else(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Not right now honey, the bazaar has me running ragged. Maybe ask me again in February?",
        "Not right now. Maybe try me again in the spring?",
        "No thanks, not for now. Maybe in February?",
        "Sorry, I can't. Maybe ask me again in March?",
        "Pas pour l'instant, merci. Peut-être recontactez-moi en février ?",
        "Ahora no, gracias. ¿Quizás vuelve a preguntarme en febrero?",
        "Jetzt gerade nicht, danke. Vielleicht fragen Sie mich gerne wieder im Februar?",
        "Agora não, obrigada. Talvez pode voltar a falar comigo em fevereiro?",
        "Sasa hivi hapana, asante. Labda niulize tena mwakani?",
    ],
)
def test_a_doubted_wish_to_be_asked_again_later_asks_nothing_after_a_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        # Beside a yes, or alone, the doubt still doubts.
        "Yes, happy to. Maybe ask me again in February?",
        "Maybe ask me again in February?",
        "Maybe in February?",
        # A condition or a question after the wish still asks back.
        "No thanks. Maybe ask me again when he has funding?",
        "No thanks. Maybe in February, who is he?",
    ],
)
def test_a_doubted_wish_to_be_asked_again_decides_nothing_else(text: str) -> None:
    assert read_answer(text)[0] == "unclear"

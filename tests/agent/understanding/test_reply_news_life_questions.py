"""A question after how the reader's own things go, asked in a paragraph of small talk
before the answer ("Haven't seen you since the fair. How's the new kitten? Last photo I
saw she'd climbed the curtains."), is news like the sentences around it: it conditions
nothing the answer after it says. A question that names the introduction or the one
asked about, one that opens with no such ask ("Ist die Arbeit bezahlt?"), one alone in its
paragraph, and one after the answer are still read as questions."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer
from agent.understanding.reply_news import NEWS_MIN_WORDS
from tests.agent.understanding.test_reply_news import _CLOSE, _GO, _NEWS

_ASKED = "Joanne Reid"

# A paragraph of small talk: a story, a question after the reader's own thing, a story.
_SMALL_TALK = {
    "en": (
        "We finally repainted the kitchen last month. How's the new kitten settling in? "
        "My sister told me it climbed the curtains on the first day."
    ),
    "fr": (
        "Nous avons enfin repeint la cuisine le mois dernier. Comment va ton potager ? "
        "Ma sœur m'a raconté que les courgettes avaient tout envahi l'été dernier."
    ),
    "es": (
        "Por fin pintamos la cocina el mes pasado. ¿Qué tal el gatito nuevo? "
        "Mi hermana me contó que trepó por las cortinas el primer día."
    ),
    "de": (
        "Wir haben letzten Monat endlich die Küche gestrichen. Wie geht's eurem neuen Kätzchen? "
        "Meine Schwester hat erzählt, dass es am ersten Tag die Vorhänge hochgeklettert ist."
    ),
    "pt": (
        "Finalmente pintámos a cozinha no mês passado. Como está o gatinho novo? "
        "A minha irmã contou-me que trepou às cortinas no primeiro dia."
    ),
    "sw": (
        "Hatimaye tulipaka rangi jikoni mwezi uliopita. Vipi paka wako mpya? "
        "Dada yangu aliniambia alipanda mapazia siku ya kwanza."
    ),
}


def _letter(lang: str, paragraph: str) -> str:
    return f"{_NEWS[lang]}\n\n{paragraph}\n\n{_GO[lang]}\n\n{_CLOSE[lang]}"


@pytest.mark.parametrize("lang", sorted(_SMALL_TALK))
def test_a_question_after_the_readers_life_before_the_answer_is_news(lang: str) -> None:
    text = _letter(lang, _SMALL_TALK[lang])
    assert len(text.split()) >= NEWS_MIN_WORDS
    answer, evidence = read_answer(text, asked=_ASKED)
    assert answer == "yes"
    assert evidence[0].startswith("news-aside:")


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        # A question naming the one asked about, the introduction or a meeting.
        ("en", "We finally repainted the kitchen last month. How's Joanne's project going?"),
        ("en", "We finally repainted the kitchen last month. How is the introduction done?"),
        ("en", "We finally repainted the kitchen last month. How's his timing looking?"),
        ("fr", "Nous avons enfin repeint la cuisine le mois dernier. Comment va Joanne ?"),
        # A question that opens with no ask after the reader's things.
        ("de", "Wir haben letzten Monat endlich die Küche gestrichen. Ist die Arbeit bezahlt?"),
        # An ask naming no thing of its own.
        ("fr", "Nous avons enfin repeint la cuisine le mois dernier. Comment vont-ils ?"),
        # A question alone in its paragraph.
        ("en", "How's the new kitten settling in?"),
        ("pt", "Como está o gatinho novo?"),
        # Beside a doubt of the writer's own.
        ("en", "How's the new kitten settling in? I'm not sure I'll have the time, though."),
    ],
)
def test_other_questions_before_the_answer_still_ask(lang: str, paragraph: str) -> None:
    assert read_answer(_letter(lang, paragraph), asked=_ASKED)[0] != "yes"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_small_talk_that_asks_after_the_answer_still_asks(lang: str) -> None:
    text = f"{_NEWS[lang]}\n\n{_GO[lang]}\n\n{_SMALL_TALK[lang]}"
    assert read_answer(text, asked=_ASKED)[0] != "yes"

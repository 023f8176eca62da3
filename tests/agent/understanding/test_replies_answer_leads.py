"""A lead that marks the answer ("to your question:", "pour répondre à votre question :",
"en cuanto a tu pregunta:", "zu Ihrer Frage:", "quanto à sua pergunta:", "kuhusu swali
lako:") sums up as "long story short" does: the answer after it decides, whatever small
talk came before and a "But" opening its sentence. A later time that dates the writer's
own plans ("where we want to be next year") puts no yes off."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "The last few weeks have been mad here, we've just moved office and half the team"
        " still can't find the kitchen.\n\nBut to your question: yes, I'd be very happy to"
        " be put in touch with Priyanka.",
        "Les dernières semaines ont été folles, la moitié de l'équipe ne trouve toujours pas"
        " la cuisine.\n\nMais pour répondre à votre question : oui, avec grand plaisir.",
        "Las últimas semanas han sido una locura, la mitad del equipo todavía no encuentra la"
        " cocina.\n\nPero en cuanto a tu pregunta: sí, encantado de conocerla.",
        "Die letzten Wochen waren verrückt, das halbe Team findet die Küche immer noch"
        " nicht.\n\nAber zu Ihrer Frage: ja, sehr gerne.",
        "As últimas semanas foram uma loucura, metade da equipe ainda não acha a"
        " cozinha.\n\nMas quanto à sua pergunta: sim, com todo o prazer.",
        "Wiki chache zilizopita zimekuwa na shughuli nyingi, nusu ya timu bado haijapata"
        " jikoni.\n\nLakini kuhusu swali lako: ndiyo, kwa furaha.",
    ],
)
def test_the_answer_after_the_lead_decides(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Busy month. But to your question: no, thanks.", "no"),
        ("Busy month. But to your question: I'm not sure.", "unclear"),
        ("I can't do it this month. But to your question: yes, maybe later.", "unclear"),
        ("Is she a recruiter? To your question: yes.", "unclear"),
        ("Zu Ihrer Frage: vielleicht.", "unclear"),
    ],
)
def test_what_follows_the_lead_is_read_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'd be very happy to be put in touch. Hospital procurement is exactly where we"
        " want to be next year.",
        "Oui, avec plaisir. Le secteur hospitalier, c'est exactement là où nous voulons être"
        " l'année prochaine.",
        "Sí, encantado. La compra hospitalaria es justo donde queremos estar el año que viene.",
        "Ja, sehr gerne. Krankenhauseinkauf ist genau da, wo wir hinwollen im nächsten Jahr.",
        "Sim, com prazer. Compras hospitalares é exatamente onde queremos estar no ano que vem.",
        "Ndiyo, kwa furaha. Ununuzi wa hospitali ndiko hasa tunapotaka kuwa mwaka ujao.",
    ],
)
def test_a_later_time_of_the_writers_plans_puts_nothing_off(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. Next year.",
        "Yes, happy to, next year.",
        "Yes, hospital procurement is exactly where we want to be next year.",
        "Yes. She is exactly where we want to be next year.",
        "Yes. Meeting her is exactly where we want to be next year.",
        "Yes. Maybe next year is where we want to be.",
        "Sí. Él es justo donde queremos estar el año que viene.",
        "Sí, encantado. Solo el año que viene es donde queremos estar.",
        "Sim. Não, onde queremos estar no ano que vem é outra coisa.",
    ],
)
def test_a_later_time_bearing_on_the_yes_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"

"""A yes taken back once the writer recognises the other: a pause ("wait", "hold on",
"attends", "espera", "Moment", "espera aí", "ngoja"), an interjection before it at most
("Aaah ngoja"), opening a question about who the other is ("is this the Ryan from ...?",
"c'est le Paul de Lyon ?"), below a yes, leaves the answer to what follows: a condition
that points back at the question ("if so", "si oui", "si es así", "wenn ja", "se sim",
"kama ndiyo") is the writer's recognition, and a refusal after it, plain or after the
reasons, is no. Anything else after the question leaves the reply read whole, never a
yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

RECOGNISED = [
    "Sure, no problem\n\nWait is this Kevin Naidoo from Bluff Container Services?? If so rather"
    " not. We're still waiting on R180k from that mess in 2023. Sorry Nomvula, not this one.",
    "Yes sure, send her my way.\n\nHold on - is this the Ngozi from Perfect Day Events? If yes,"
    " please don't. She still owes us money. So actually no, I'll pass.",
    "Yes!! omg that would be amazing\n\n....wait is this the Ryan from the Doha layover?? I just"
    " looked him up and it is. Actually please don't, I'd rather not go there again",
    "Oui, volontiers. Attends, c'est le Paul de Lyon ? Si oui, non merci, je préfère pas.",
    "Sí, claro. Espera, ¿es el Martín de la imprenta? Si es así, mejor no.",
    "Ja, gerne. Moment, ist das der Kevin von Bluff? Wenn ja, lieber nicht.",
    "Sim! Espera aí, é o Paulo da gráfica? Se sim, prefiro não.",
    "Ndiyo. Ngoja, ni yule Kiprono wa Eldoret? Kama ndiyo, hapana, usinitambulishe.",
]


@pytest.mark.parametrize("text", RECOGNISED)
def test_a_yes_taken_back_on_recognising_the_other_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("identity-check:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Ndiyo, sawa!\n\nAaah ngoja... nimeona jina sasa. Ni yule Kiprono aliyetulipa nusu"
        " mshahara. Hapana, usinitambulishe kwake tafadhali, bora nitafute kazi kwingine.",
        "Yes, happy to. Ah, hold on. I just checked my contract and I can't, sorry.",
        "Oui. Ah, attends. Je viens de voir mon contrat : je ne peux pas, désolé.",
    ],
)
def test_an_interjection_before_the_pause_still_stops_short(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Recognised and glad, or the other case refused: never a no, never a yes.
        ("Yes. Hold on, is this the Ngozi from Perfect Day Events? If so, even better!", "unclear"),
        ("Yes. Hold on, is this the Ngozi from Perfect Day Events? If not, no.", "unclear"),
        # A question about something else than who the other is.
        ("Yes. Wait, is this a paid gig? If so, no.", "unclear"),
        ("Yes, happy to. Hang on, is he in sales?", "unclear"),
        # The condition does not point back at the question.
        ("Sim! Espera aí, é o Paulo da gráfica? Se for sobre vendas, não.", "unclear"),
        # No yes before the pause.
        ("Wait, is this the Ngozi from Perfect Day Events? If so, no.", "unclear"),
    ],
)
def test_other_questions_after_a_pause_change_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, but I would rather look for work elsewhere.",
        "Merci, mais je préfère chercher ailleurs.",
        "Gracias, pero prefiero buscar en otro lado.",
        "Danke, aber ich suche lieber woanders.",
        "Obrigado, mas prefiro procurar em outro lugar.",
        "Hapana asante, bora nitafute kazi kwingine.",
    ],
)
def test_looking_for_work_elsewhere_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_looking_elsewhere_beside_a_yes_leaves_it_unclear() -> None:
    assert read_answer("Ndiyo, bora nitafute kazi kwingine.")[0] == "unclear"
    # "bora" before another wish still doubts the yes.
    assert read_answer("Ndiyo, bora nitafute ushauri kwanza.")[0] == "unclear"


# The pause in a sentence of its own, the question about who the other is a sentence or
# more after it: the question is the writer's recognition, and a yes withdrawn in so
# many words ("I am withdrawing that yes", "je retire mon oui", "retiro mi sí", "ich
# ziehe mein Ja zurück", "retiro o meu sim", "naondoa ndiyo yangu") refuses.
RECOGNISED_LATER = [
    "Yes sure, I can talk to him.\n\nWait. I have just seen the name properly. Is this the"
    " same Peter Kamau Njoroge who was going round Karatina in 2023? I have checked and it is"
    " him. He never refunded even one shilling.\n\nSo I am withdrawing that yes. No, I don't"
    " want to be introduced to him.",
    "Yes sure. Wait. I have just seen the name. Is this the same Peter who sold us bad feed?"
    " He never refunded us. So no, I do not want to meet him.",
    "Oui, volontiers. Attends. Je viens de voir le nom. C'est le même Pierre qui vendait des"
    " semences à Sion ? Je retire mon oui. Non, je ne veux pas.",
    "Sí, claro. Espera. Acabo de ver el nombre. ¿Es el mismo Pedro que vendía semillas? Ya no"
    " confío en él. No, gracias.",
    "Ja, gerne. Moment. Ich habe den Namen jetzt erst gesehen. Ist das der Peter aus Kassel?"
    " Ich ziehe mein Ja zurück. Nein, danke.",
    "Sim, claro. Espera. Acabei de ver o nome. É o mesmo Pedro que vendia sementes? Retiro o"
    " meu sim. Não, obrigado.",
    "Ndiyo, sawa. Subiri kidogo. Nimeona jina sasa. Ni yule Petro aliyeuza mbegu? Naondoa"
    " ndiyo yangu. Hapana, asante.",
]


@pytest.mark.parametrize("text", RECOGNISED_LATER)
def test_a_yes_withdrawn_after_recognising_the_other_later_is_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        # Nothing after the question refuses: read whole, never a yes.
        "Yes sure. Wait. I just saw the name. Is this the same Peter who sold us feed? If so,"
        " even better!",
        "Yes. Wait. I just saw the name. Is this the same Peter from Karatina? If not, no.",
    ],
)
def test_a_later_question_with_no_refusal_after_it_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Salamat po. Pero hindi na po, we already sold the land last year.",
        "Thank you po. Hindi po.",
        "Ay salamat, pero wag na po. We're fine.",
    ],
)
def test_a_taglish_refusal_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_hindi_po_going_on_in_its_clause_refuses_nothing() -> None:
    # "Hindi po ako sigurado": "I'm not sure", no refusal.
    assert read_answer("Hindi po ako sigurado.")[0] == "unclear"

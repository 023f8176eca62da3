"""A yes taken back as said too soon ("I'm sorry, I spoke too soon - please take that
as a no"), an apology before it at most, after the writer learned something about the
other; an organisation declining ("nous déclinons", "declinamos", "tunakataa") or unable
to follow up ("nous ne pouvons pas y donner suite") citing its confidentiality rules; a
refusal wrapped in affection ("prefiero que lo dejemos aquí")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'd be glad to.\n\n...Actually, I've just looked his firm up and it makes "
        "parts for military drones. I'm sorry, I spoke too soon - please take that as a "
        "no. We would not accept such funding.",
        "Oui, avec plaisir.\n\nEn fait, je viens de regarder son entreprise. Désolée, "
        "j'ai parlé trop vite : ce sera non. Nous n'acceptons pas ce genre de financement.",
        "Sí, con gusto.\n\nEn realidad, acabo de mirar su empresa. Perdón, hablé "
        "demasiado pronto: es un no. No aceptamos esa financiación.",
        "Ja, gerne.\n\nEigentlich habe ich mir seine Firma gerade angesehen. "
        "Entschuldigung, ich war zu voreilig: bitte werten Sie das als Nein.",
        "Sim, com prazer.\n\nNa verdade, acabei de ver a empresa dele. Desculpe, falei "
        "cedo demais: a resposta é não.",
        "Ndiyo, kwa furaha.\n\nKwa kweli, nimeangalia kampuni yake. Samahani, "
        "nimeharakisha: jibu ni hapana.",
    ],
)
def test_a_yes_said_too_soon_then_refused_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        # Said too soon, then yes again or a doubt: never a no from the pause alone.
        "Yes. Sorry, I spoke too soon - let me check with my wife first.",
        "Oui. Désolé, j'ai parlé trop vite : je dois vérifier mon agenda.",
        "Sí. Perdón, hablé demasiado pronto: tengo que mirar mi agenda.",
        "Ja. Entschuldigung, ich war zu voreilig: ich muss erst meinen Kalender prüfen.",
        "Sim. Desculpe, falei cedo demais: preciso ver minha agenda.",
        "Ndiyo. Samahani, nimeharakisha: lazima niangalie ratiba yangu.",
    ],
)
def test_a_yes_said_too_soon_then_doubted_is_no_yes(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "We must decline this introduction.",
        "Nous déclinons donc cette mise en relation.",
        "Nous ne pouvons malheureusement pas y donner suite.",
        "Declinamos la propuesta, con todo respeto.",
        "Wir müssen ablehnen.",
        "Wir lehnen ab, danke.",
        "Temos de recusar.",
        "Tunakataa kwa heshima.",
    ],
)
def test_an_organisation_declining_is_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately we cannot share any data about the families we support, under our "
        "confidentiality rules.",
        "Nous ne pouvons malheureusement pas y donner suite. Notre association ne transmet "
        "aucune donnée, conformément à notre charte de confidentialité.",
        "Lamentablemente no podemos compartir datos, por nuestra política de confidencialidad.",
        "Leider können wir ihn aus Datenschutzgründen nicht treffen.",
        "Infelizmente não podemos partilhar dados das famílias.",
        "Kwa bahati mbaya hatuwezi kushiriki taarifa za familia.",
    ],
)
def test_we_cannot_for_confidentiality_is_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_a_confidential_footer_is_still_left_out() -> None:
    text = (
        "Yes, happy to.\n\nThis email is confidential. If you are not the intended "
        "recipient, do not read it."
    )
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much for thinking of us. However, we decided to take on nothing new "
        "this year, so I'd rather we leave it there.",
        "Merci d'avoir pensé à nous. Cependant, je préfère qu'on en reste là.",
        "Me halaga que pienses en nosotras. Sin embargo, con todo el cariño, prefiero que "
        "lo dejemos aquí.",
        "Danke, dass Sie an uns gedacht haben. Ich würde es lieber dabei belassen.",
        "Obrigada por pensar em nós. Contudo, prefiro que fiquemos por aqui.",
        "Asante kwa kutufikiria. Hata hivyo, afadhali tuishie hapa.",
    ],
)
def test_leaving_it_there_kindly_is_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Leaving a detail to the others after a yes closes nothing.
        ("Yes, go ahead. I'd rather leave it there for the details to you two.", "yes"),
        ("Sí, adelante. Prefiero dejarlo aquí en tus manos.", "yes"),
    ],
)
def test_leaving_it_there_mid_clause_keeps_the_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer

"""A yes that answers another question than the one asked: knowing the person, or
having received the mail. Such a yes gives no consent to the introduction and leaves
the reply unclear unless a yes of its own follows (rules/replies/*.json: hedges,
knowing, receipts)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes I know Marek Nowak, he fixed our boiler in the winter. Say hello from me!",
        "Yes, I do know Lena, lovely woman. Give her my best.",
        "Yes, we've met at the allotment show. Tell her I said hi.",
        "Oui je connais Paul, il a refait notre toit. Dites-lui bonjour.",
        "Oui, on se connaît du marché. Bien des choses à elle.",
        "Sí, conozco a Paco, nos arregló la cocina. Salúdalo de mi parte.",
        "Sí, nos conocemos del club. Dale saludos.",
        "Ja, wir kennen uns vom Wochenmarkt. Schöne Grüße an ihn!",
        "Conheço sim, é o rapaz da oficina. Manda um abraço pra ele.",
        "Sim, a gente se conhece da feira. Manda um beijo.",
        "Ndio tunajuana, alinishonea suti. Msalimie sana.",
        "Yes, I know. He's a good lad, tell him hi.",
    ],
)
def test_a_yes_to_knowing_the_person_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Sí, me llegó, gracias. Lo leo esta noche.",
        "Ja, habe ich bekommen. Ich lese es heute Abend.",
        "Sim, chegou sim, obrigado. Vou ler com calma.",
        "Sim, recebi sim. Vou ver depois.",
        "Recebi, sim. Vou ler no fim de semana.",
        "Ndiyo, nimeipata, asante. Nitasoma jioni.",
    ],
)
def test_a_yes_to_having_received_the_mail_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, happy to be introduced to her.",
        "Oui, avec plaisir, vous pouvez nous mettre en contact.",
        "Sí, claro, preséntanos.",
        "Ja, gerne, stellen Sie uns vor.",
        "Sim, pode apresentar.",
        "Ndiyo, nitafurahi kutambulishwa.",
        "Yes, I know of Bob's company and I'd be happy to chat.",
        "Yes, I know, it's been ages. Please go ahead and introduce us anyway.",
    ],
)
def test_a_yes_to_the_introduction_stands(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes I know Marek, but no thanks, I'm not looking for anyone.",
        "Sí, conozco a Paco, pero no, gracias.",
    ],
)
def test_a_refusal_beside_the_knowing_is_not_read_as_yes(text: str) -> None:
    assert read_answer(text)[0] != "yes"

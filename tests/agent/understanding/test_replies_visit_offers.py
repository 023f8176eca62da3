"""After a yes, the writer's time offered for the other to take up when coming by ("I'm
around most thursdays if he's ever over", "si pasa por aquí", "wenn er mal in der
Gegend ist") is no condition on the yes, as "if he wants a call" is none, in every
language. A visit with more to it, negated, or an "if" on the yes itself still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

VISITS = [
    "Go on so, sure why not. Tell him Im around the harbour most thursdays if he's ever over.",
    "Oui. Je suis dispo le jeudi s'il passe dans le coin.",
    "Sí, claro. Estoy libre los jueves si pasa por aquí.",
    "Ja, gerne. Ich bin donnerstags erreichbar, wenn er mal in der Gegend ist.",
    "Sim, claro. Estou livre às quintas se ele passar por aqui.",
    "Ndiyo, sawa. Niko huru Alhamisi akipita.",
]


@pytest.mark.parametrize("text", VISITS)
def test_time_offered_for_a_visit_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Sure. I'm around most thursdays if he's in town and serious.",
    "Sure. I'm around most thursdays if he's not in town.",
    "Sure, if he's ever over.",
    "Sure. I'm around most thursdays if he's in town, maybe.",
    "Oui. Je suis dispo le jeudi s'il passe dans le coin et s'il paie.",
    "Sí. Si pasa por aquí, vale.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_visit_with_more_to_it_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"


# The other coming by said with a verb of its own ("come around", "come by") closing the
# "if" clause, after the writer's days at a place: logistics, in every language.
COMING_BY = [
    "Ofc!! Abeg link us up, I've been stuck on goroutines for 2 weeks now.\n"
    "I dey the hub Mon-Thu if she wants to come around.",
    "Yes please. I'm at the hub Mon-Thu if she wants to come by.",
    "Oui, avec plaisir. Je suis au bureau du lundi au jeudi si elle veut passer.",
    "Sí, claro. Estoy en la oficina de lunes a jueves si quiere pasarse.",
    "Ja, gerne. Ich bin Montag bis Donnerstag im Büro, falls sie vorbeikommen möchte.",
    "Sim, claro. Estou no escritório de segunda a quinta se ela quiser aparecer.",
    "Ndiyo, sawa. Niko ofisini Jumatatu hadi Alhamisi akitaka kunitembelea.",
    # Dropping by the writer's premises, said casually ("darse una vuelta", Rioplatense
    # "pegarse una vuelta por el local").
    "Dale, de una. Abrimos de 8 a 12:30 y de 16 a 20 si quiere pegarse una vuelta por el local",
    "Sí, claro. Abrimos de 8 a 12:30 si quiere pasar por el local.",
    "Sí, claro. Estoy en el taller de 8 a 12 si quiere darse una vuelta.",
]


@pytest.mark.parametrize("text", COMING_BY)
def test_days_offered_if_the_other_wants_to_come_by_keep_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


COMING_BY_WITH_MORE = [
    "Yes please. I'm at the hub Mon-Thu if she wants to come around and sign an NDA first.",
    "Yes please. I'm at the hub Mon-Thu if she wants to come over, otherwise no.",
    "Yes please. I'm at the hub Mon-Thu if she is serious.",
    "Yes please. Only if she wants to come around.",
    "Yes, happy to. If he is vetted he can come by.",
    "Yes please. I'm at the hub Mon-Thu if he is vetted and can come by.",
    "Sí. Si quiere pegarse una vuelta por el local tiene que pagar.",
]


@pytest.mark.parametrize("text", COMING_BY_WITH_MORE)
def test_a_coming_by_with_more_to_it_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"


@pytest.mark.parametrize("text", ["Abeg link us up.", "Link us up, thanks!", "Ofc! Link us up."])
def test_link_us_up_is_a_go_ahead(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize("text", ["Don't link us up.", "Abeg no link us up."])
def test_link_us_up_negated_refuses(text: str) -> None:
    assert classify_text(text) == "no"


# The writer's week named as days of it, abbreviated or recurring, and the other in town.
WEEK_OFFERED_FOR_A_VISIT = [
    "Absolutely!!! Yes yes yes. Please pass my cell along to Evelyn too (555-0178), I'm at"
    " the shop Tues-Sat 10 to 5 so she can just drop in if she's downtown.",
    "Yes. I'm at the shop Thursdays if she's ever over.",
    "Oui. Je suis à la boutique du mardi au samedi si elle est en ville.",
    "Sí. Estoy en la tienda los jueves si ella está en la ciudad.",
    "Ja, gerne. Ich bin dienstags im Laden, wenn sie mal im Ort ist.",
    "Sim, claro. Estou na banca às quintas se ela vier à cidade.",
    "Ndiyo. Niko dukani Jumanne hadi Jumamosi kama akiwa mjini.",
]


@pytest.mark.parametrize("text", WEEK_OFFERED_FOR_A_VISIT)
def test_days_of_the_week_offered_for_a_visit_keep_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


WEEK_WITH_A_CONDITION = [
    "Yes. I'm at the shop Tues-Sat if she's downtown and pays.",
    "Yes. I'm at the shop Tues-Sat if she's legit.",
    "Oui. Je suis à la boutique le jeudi si elle est sérieuse.",
    "Ja. Ich bin dienstags im Laden, wenn sie nicht in der Stadt ist.",
]


@pytest.mark.parametrize("text", WEEK_WITH_A_CONDITION)
def test_days_of_the_week_beside_a_condition_still_doubt(text: str) -> None:
    assert classify_text(text) != "yes"

"""After a yes, a note on reaching the writer that says whom to ask for at their door
over one of the writer's own ("best to just pop in, ask for Raj not my brother",
"pregunte por Rosa, no por mi hermana", "demandez Paul, pas mon frère", "pergunte pela
Rosa, não pelo meu irmão", "fragen Sie nach Anna, nicht meinen Bruder") chooses a person,
no refusal. A negation that goes on, names no one of the writer's, stands in the name,
or sits outside a note on reaching the writer still doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CHOSEN = [
    "YES go ahead. Open 6 till 10 every day, best to just pop in, ask for Raj not my brother",
    "Yes, go ahead. Best to pop in and ask for Raj, not my brother.",
    "Sí, adelante. Lo mejor es que me llame o pase por la tienda y pregunte por Rosa, no por "
    "mi hermana.",
    "Oui, allez-y. Passez à la boutique et demandez Paul, pas mon frère.",
    "Ja, gerne. Er kann gern vorbeikommen, fragen Sie nach Anna, nicht meinen Bruder.",
    "Sim, pode avançar. O melhor é passar pela loja e pergunte pela Rosa, não pelo meu irmão.",
]

NEAR_MISSES = [
    # Someone else to decide, not someone to ask for.
    "Yes. Ask my boss, not me.",
    # The negation goes on to something else.
    "Yes, go ahead. Best to pop in and ask for Raj, not my boss, he decides.",
    "Yes, go ahead. Pop in and ask for Raj, not my brother, he isn't keen.",
    # A negator where the name would be.
    "Yes, go ahead. Best to pop in and ask for nothing, not my brother.",
    # No note on reaching the writer around it.
    "Yes, go ahead. Ask for Raj not my brother",
]


@pytest.mark.parametrize("text", CHOSEN)
def test_whom_to_ask_for_is_no_refusal(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_other_negations_still_doubt(text: str) -> None:
    assert classify_text(text) == "unclear"


SELF_CHOSEN = [
    "Yes - go ahead, happy to meet him. Tell him to come in any morning except Wednesday "
    "(half day) and ask for me, not the lad on the till.",
    "Yes, go ahead. Tell him to come in and ask for me, not the lad on the till.",
    "Oui, allez-y. Qu'il passe un matin et demande moi, pas le stagiaire à l'accueil.",
    "Sí, adelante. Puede pasarse cualquier mañana y preguntar por mí, no por el chico de la caja.",
    "Ja, gerne. Er kann vormittags vorbeikommen, fragen Sie nach mir, nicht nach dem Jungen "
    "an der Kasse.",
    "Sim, pode. Ele pode passar na loja de manhã e perguntar por mim, não pelo rapaz do caixa.",
]


@pytest.mark.parametrize("text", SELF_CHOSEN)
def test_the_writer_asked_for_over_anyone_else_there_is_no_refusal(text: str) -> None:
    assert classify_text(text) == "yes"


SELF_NEAR_MISSES = [
    # No way of reaching the writer around it.
    "Yes - go ahead, happy to meet him. Tell him to ask for me, not the lad on the till.",
    # The negation goes on, or names something else than a person.
    "Yes. Tell him to come in and ask for me, not the lad, he isn't keen.",
    "Sí, adelante. Puede pasarse cualquier mañana y preguntar por mí, no por el chico de la "
    "caja, que no quiere saber nada.",
    # The visit itself negated, or turned against.
    "Yes. Tell him not to come in.",
    "Yes. Tell him to come in, but not before May.",
]


@pytest.mark.parametrize("text", SELF_NEAR_MISSES)
def test_other_negations_beside_the_writer_asked_for_still_doubt(text: str) -> None:
    assert classify_text(text) == "unclear"

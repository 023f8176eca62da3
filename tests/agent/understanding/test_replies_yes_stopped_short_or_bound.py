"""A yes the writer stops short of right after ("Yes - oh wait, I'm away all of next
month", "Oui - ah attends, ...", "Ja - ach warte, ..."), a yes that only says the writer
will see ("Ok, I'll see.", "Oui, je vais voir.", "Sim, vou ver."), and a yes bound by a
condition said without "if" ("on the understanding that", "pour autant que", "a
condición de que", "suponiendo que", "caso seja", "tuseme") or by what is possible ("within
reason", "dans la mesure du possible", "en la medida de lo posible", "soweit möglich", "na
medida do possível") has not consented: it is unclear. A pause followed by a no still
refuses, and seeing someone beside a plain yes still agrees."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

STOPPED_SHORT = [
    "Yes - oh wait, I'm abroad the whole of June. Can we pick this up after?",
    "Sure. Oh, wait, I start a new job next week.",
    "Oui - ah attends, je pars trois semaines en Asie. On en reparle à mon retour.",
    "Sí... ah, espera, justo me mudo este mes. Lo vemos luego.",
    "Ja - ach, warte, ich bin ab morgen im Urlaub. Lass uns danach reden.",
    "Sim - ah espera, vou estar fora o mês todo. Falamos na volta.",
]

WILL_SEE = [
    "Ok, I'll see.",
    "Yes, I'll see.",
    "Oui, je vais voir.",
    "Ok, je vais voir ce que je peux faire.",
    "Sim, vou ver.",
    "Ok, vou ver o que dá para fazer.",
]

BOUND = [
    "Yes, on the understanding that it stays informal.",
    "Yes, presuming she's still looking.",
    "Sure, within reason.",
    "Oui, pour autant que ça ne prenne pas trop de temps.",
    "Oui, à supposer qu'il soit toujours à Lyon.",
    "Oui, dans la mesure du possible.",
    "Oui, le cas échéant.",
    "Sí, a condición de que sea por videollamada.",
    "Sí, suponiendo que siga buscando socio.",
    "Sí, asumiendo que me cuadre la agenda.",
    "Sí, en la medida de lo posible.",
    "Ja, im Rahmen des Möglichen.",
    "Ja, soweit möglich.",
    "Sim, caso seja por vídeo.",
    "Sim, na medida do possível.",
    "Sim, dentro do possível.",
    "Ndiyo, tuseme bado anatafuta mshirika.",
]

STILL_NO = [
    "Yes. Oh wait, no, sorry.",
    "Oui. Ah attends, non, désolé.",
    "Ja. Ach warte, nein, sorry.",
]

STILL_YES = [
    "Yes, happy to, I'll see her at the summit anyway.",
    "Oui, avec plaisir, je vais voir Marie jeudi de toute façon.",
]


@pytest.mark.parametrize("text", STOPPED_SHORT)
def test_a_yes_stopped_short_of_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", WILL_SEE)
def test_a_yes_that_will_see_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", BOUND)
def test_a_yes_bound_by_an_unspoken_condition_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", STILL_NO)
def test_a_pause_then_a_no_still_refuses(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize("text", STILL_YES)
def test_seeing_someone_beside_a_plain_yes_still_agrees(text: str) -> None:
    assert classify_text(text) == "yes"

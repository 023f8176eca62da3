"""A refusal said as having to disappoint the asker ("Ich muss dich aber leider
enttäuschen", "I'm afraid I have to disappoint you") or as better leaving the matter
there ("así que mejor lo dejamos", "so better leave it there") declines, with no "no" in
it. Not disappointing ("er wird dich nicht enttäuschen") refuses nothing, and leaving
something else there ("Mejor lo dejamos en tus manos") keeps the yes before it."""

from __future__ import annotations

import pytest

from tests.agent.understanding.shared_inputs import reply_answer

DISAPPOINTS = [
    "Thanks for thinking of me! I'm afraid I have to disappoint you: we signed an "
    "exclusive deal in October.",
    "Merci d'avoir pensé à moi ! Je dois malheureusement vous décevoir : nous avons "
    "signé un contrat d'exclusivité en octobre.",
    "¡Gracias por pensar en mí! Tengo que decepcionarte: firmamos un contrato de "
    "exclusividad en octubre.",
    "Danke dir fürs Mitdenken! Ich muss dich aber leider enttäuschen: Wir haben im "
    "Oktober einen Exklusivvertrag unterschrieben.",
    "Ich muss Sie leider enttäuschen, wir haben einen Exklusivvertrag.",
    "Obrigado por pensar em mim! Vou ter que te decepcionar: assinamos um contrato de "
    "exclusividade em outubro.",
    "Asante kwa kunifikiria! Lazima nikuvunje moyo, tumesaini mkataba wa kipekee.",
]


@pytest.mark.parametrize("body", DISAPPOINTS)
def test_having_to_disappoint_declines(body: str) -> None:
    assert reply_answer(body) == "no"


LEAVE_IT = [
    "Thanks for thinking of me. We're mid-season with the squad closed, so better leave "
    "it there. If the lad is good he'll find a club.",
    "Merci d'avoir pensé à moi. On est en pleine saison, alors mieux vaut en rester là.",
    "Muchas gracias por pensar en mí. Estamos en plena pretemporada, con la plantilla "
    "cerrada, así que mejor lo dejamos. Si el chaval es bueno seguro que encuentra sitio.",
    "Danke, aber wir sind mitten in der Saison, lassen wir es lieber.",
    "Obrigado, estamos em plena temporada, melhor deixar pra lá.",
    "Asante, tuko katikati ya msimu, bora tuiache.",
]


@pytest.mark.parametrize("body", LEAVE_IT)
def test_better_leaving_it_there_declines(body: str) -> None:
    assert reply_answer(body) == "no"


NEAR_MISSES = [
    # Not disappointing is praise or a promise, never a refusal.
    ("Ja, gerne! Er wird dich nicht enttäuschen.", "unclear"),
    ("Ich muss dich leider nicht enttäuschen: ja, gerne!", "unclear"),
    ("Sim, claro! Não vou te decepcionar.", "unclear"),
    # Leaving something else there closes no clause: the yes before it stands.
    ("¡Claro que sí! Mejor lo dejamos en tus manos.", "yes"),
    ("Yes! Let's leave it there for now and talk Monday.", "yes"),
    ("Ja, gerne! Lassen wir es lieber locker angehen.", "yes"),
    ("Sim! Melhor deixar pra lá o contrato e falar direto.", "yes"),
    ("Sí, claro. Mejor lo dejamos para el martes, que el lunes no puedo.", "unclear"),
]


@pytest.mark.parametrize(("body", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(body: str, expected: str) -> None:
    assert reply_answer(body) == expected

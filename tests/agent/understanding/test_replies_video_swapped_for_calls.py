"""A video meeting ruled out after a yes ("no Zoom", "pas de Zoom", "nada de Zoom", "kein
Zoom", "hakuna Zoom": channel_limits) with a call offered in its place a sentence on
("Phone only please") says how to meet, not whether: the yes stands, as it did when a
written channel took the place of a call. A call offered after calls ruled out, or a
meeting refused, still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Yes, glad to talk to her.\n\nI'm in clinic most days, so no Zoom. Phone only please.",
    "Sure, happy to. I'm on site all week, so no video calls. A phone call after 6 is best.",
    "Oui, avec plaisir. Je suis au bloc toute la semaine, donc pas de Zoom. Téléphone "
    "uniquement, idéalement après 18h.",
    "Sí, encantada. Estoy de guardia toda la semana, así que nada de Zoom. Solo por "
    "teléfono, mejor después de las 18h.",
    "Ja, gerne. Ich habe die ganze Woche Dienst, also kein Zoom. Nur telefonisch bitte, am "
    "besten nach 18 Uhr.",
    "Sim, com prazer. Estou de plantão a semana toda, então nada de Zoom. Só por telefone, "
    "de preferência depois das 18h.",
    "Ndiyo, sawa. Niko zamu wiki nzima, kwa hiyo hakuna Zoom. Simu tu tafadhali.",
]

NEAR_MISSES = [
    ("Yes, glad to talk to her. No calls. Phone only please.", "unclear"),
    ("Yes, glad to talk to her. No Zoom. I don't want to meet him.", "unclear"),
    ("Maybe. No Zoom. Phone only please.", "unclear"),
    ("No Zoom, no calls, no thanks.", "no"),
]


@pytest.mark.parametrize("text", YES)
def test_a_call_in_place_of_video_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(text: str, expected: str) -> None:
    assert classify_text(text) == expected

"""Knowing the one asked about is a doubt (the introduction may be needless), unless
the writer tells of having lost touch with them in that sentence or the next ("we
completely lost touch", "wir haben uns aus den Augen verloren"): the introduction brings
someone known back. No longer having their number beside a yes ("ich habe ihre Nummer
nicht mehr") is the reason for it, no negation against the yes."""

from __future__ import annotations

import pytest

from tests.agent.understanding.shared_inputs import reply_answer


def _reply(body: str) -> str:
    return reply_answer(body)


LOST_TOUCH = [
    "Oh I already know Neema! We were at school together and completely lost touch. So yes "
    "please, connect us.",
    "Je connais déjà Neema ! On s'est perdues de vue après l'école. Oui, mettez-nous en "
    "contact avec plaisir.",
    "Ya conozco a Neema. Perdimos el contacto hace años. Sí, preséntanos por favor.",
    "Die kenne ich doch! Wir haben uns nur aus den Augen verloren. Ja, machen Sie das bitte, "
    "ich habe ihre Nummer nicht mehr.",
    "Já conheço a Neema! Perdemos o contato depois da faculdade. Sim, pode nos apresentar.",
]


@pytest.mark.parametrize("body", LOST_TOUCH)
def test_knowing_someone_lost_touch_with_doubts_nothing(body: str) -> None:
    assert _reply(body) == "yes"


NUMBER_GONE = [
    "Yes please, I don't have her number anymore.",
    "Oui, avec plaisir, je n'ai plus son numéro.",
    "Sí, por favor, ya no tengo su número.",
    "Ja, gerne, ich habe ihre Nummer nicht mehr.",
    "Sim, por favor, já não tenho o número dela.",
    "Ndiyo tafadhali, sina tena namba yake.",
]


@pytest.mark.parametrize("body", NUMBER_GONE)
def test_no_longer_having_the_number_beside_a_yes_is_a_reason(body: str) -> None:
    assert _reply(body) == "yes"


NEAR_MISSES = [
    ("I already know Neema. Yes please, connect us.", "unclear"),
    ("I already know Neema, we never lost touch. Yes please.", "unclear"),
    ("I already know Neema? We lost touch. Yes please.", "unclear"),
    ("Yes, though I don't have time anymore.", "no"),
]


@pytest.mark.parametrize(("body", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(body: str, expected: str) -> None:
    assert _reply(body) == expected

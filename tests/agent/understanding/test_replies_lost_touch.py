"""Knowing the one asked about is a doubt (the introduction may be needless), unless
the writer tells of having lost touch with them in that sentence or the next ("we
completely lost touch", "wir haben uns aus den Augen verloren"): the introduction brings
someone known back; so does a wish to reconnect anywhere after the knowing ("Happy to
reconnect - please do put us in touch", "Bora reconectar sim, pode apresentar!"), a yes
after the wish. No longer having their number beside a yes ("ich habe ihre Nummer
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


RECONNECT = [
    "Already know Neema! We shared a very long panel in Bergen in 2019 and swore we'd have a "
    "drink and never did. Happy to reconnect - please do put us in touch.",
    "Je connais déjà Neema ! Ravie de reprendre contact, mettez-nous en relation.",
    "Ya conozco a Neema. Encantada de retomar el contacto, preséntanos.",
    "Frau Neema kenne ich bereits. Ich freue mich, den Kontakt wieder aufzunehmen; stellen Sie "
    "uns gern vor.",
    "Já conheço a Neema!! A gente trabalhou junto numa fintech em 2019 😂\n\nBora reconectar "
    "sim, pode apresentar! 😊",
    "Namjua Neema tayari! Nafurahi kuungana tena, tuunganishe.",
]


@pytest.mark.parametrize("body", RECONNECT)
def test_knowing_someone_with_a_wish_to_reconnect_doubts_nothing(body: str) -> None:
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
    ("I already know Neema. Should we reconnect? Yes please.", "unclear"),
    ("I already know Neema, I'd never reconnect with her. Yes please.", "unclear"),
    ("I already know Neema? Happy to reconnect.", "unclear"),
    ("I already know Neema - we worked together at Stripe. Happy to reconnect though!", "unclear"),
    ("Namjua Neema. Ndiyo, tuunganishe.", "unclear"),
]


@pytest.mark.parametrize(("body", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(body: str, expected: str) -> None:
    assert _reply(body) == expected

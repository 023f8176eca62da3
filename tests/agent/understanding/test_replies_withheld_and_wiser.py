"""A yes to talking while withholding the address the introduction shares ("Happy to
jump on a call, but please don't give out my email address") is no full yes and no refusal:
unclear. A refusal said as the wiser course ("considero más prudente no abrir nuevas
conversaciones", "I think it wiser not to") or in the negative conditional
("Singependa utambulisho huu") declines."""

from __future__ import annotations

import pytest

from tests.agent.understanding.shared_inputs import reply_answer


def _reply(body: str) -> str:
    return reply_answer(body)


WITHHELD = [
    "Happy to jump on a quick call with him, but please don't give out my email address.",
    "Happy to talk to him, but please don't share my email.",
    "Fico feliz em falar por telefone, mas por favor não passe o meu e-mail.",
    "Volontiers pour un appel, mais ne donnez pas mon adresse e-mail s'il vous plaît.",
    "Encantada de hablar por teléfono, pero por favor no le den mi correo.",
    "Gerne telefonisch, aber bitte geben Sie meine E-Mail-Adresse nicht weiter.",
]


@pytest.mark.parametrize("body", WITHHELD)
def test_a_yes_withholding_the_address_is_unclear(body: str) -> None:
    assert _reply(body) == "unclear"


REFUSALS = [
    "However, I think it wiser not to open new conversations right now.",
    "Par contre, je trouve plus prudent de ne pas ouvrir de nouvelles discussions pour le moment.",
    "Sin embargo, considero más prudente no abrir nuevas conversaciones de este tipo por ahora.",
    "Allerdings halte ich es für klüger, nicht neue Gespräche zu beginnen.",
    "No entanto, considero mais prudente não abrir novas conversas por agora.",
    "Singependa utambulisho huu. Asante kwa kunifikiria, lakini mkataba wangu hauniruhusu.",
    "Singependa, asante.",
]


@pytest.mark.parametrize("body", REFUSALS)
def test_the_wiser_course_not_to_declines(body: str) -> None:
    assert _reply(body) == "no"


NEAR_MISSES = [
    ("Please don't pass on my contact details.", "no"),
    # The introduction shares addresses: keeping the email back turns against the yes
    # (the phone number kept back is a note on privacy, see test_replies_phone_withheld).
    ("Yes to the intro but please don't share my email", "unclear"),
    ("No thanks, please don't share my email.", "no"),
    ("Ningependa sana, asante.", "yes"),
]


@pytest.mark.parametrize(("body", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(body: str, expected: str) -> None:
    assert _reply(body) == expected

"""After a yes, a note that names a channel the writer (or the one they type for) takes,
then rules another out in a clause of its own ("Best to ring the house phone in the
evening, he doesn't really do email", "Mejor por WhatsApp, el correo no lo miro"),
chooses one channel over the other, as "Best on mobile not email" does: the negation
doubts nothing. A channel ruled out alone, a negated clause that names no channel, one
that puts the channel off ("until the new year") and a negated wish or doubt still
doubt the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CHOSEN = [
    "Yes, go ahead. Best to ring the house phone in the evening, he doesn't really do email.",
    "Sure thing. Text me on my mobile, I don't check this inbox.",
    "Oui, avec plaisir. Le mieux est de m'appeler le soir, je ne lis pas mes mails.",
    "Sí, adelante. Mejor por WhatsApp, el correo no lo miro.",
    "Ja, gerne. Am besten telefonisch am Abend, E-Mails lese ich nicht.",
    "Sim, pode avançar. Melhor ligar à noite, não leio o email.",
]

NEAR_MISSES = [
    # No channel chosen before: the negation stands alone.
    "Yes, go ahead. I don't really do email.",
    # The negated clause names no channel: a refusal or a doubt of something else.
    "Yes, go ahead. Best to ring me in the evening, I don't want to meet.",
    "Yes, go ahead. Ring me in the evening, I'm not sure about email.",
    "Yes, go ahead. Ring me in the evening, I don't think it will work.",
    # The channel is put off, not ruled out for another.
    "Yes, go ahead. Ring me in the evening, I don't do email until the new year.",
    "Yes, go ahead. Best to ring the house phone, I don't do email before March.",
    "Yes, go ahead. Best to ring the house phone, I don't do email in December.",
    "Sí, adelante. Mejor por WhatsApp, el correo no lo miro hasta enero.",
]


@pytest.mark.parametrize("text", CHOSEN)
def test_a_channel_ruled_out_after_one_chosen_doubts_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_other_negations_still_doubt_the_yes(text: str) -> None:
    assert classify_text(text) == "unclear"


# The channel ruled out named by a pronoun opening its clause, the negator right after it.
POINTED = [
    "Yes please. Best address is orders@shop.example, that one gets checked every morning, "
    "this one not so much.",
    "Sí, claro. Mejor escribir a pedidos@tienda.example, esta no tanto.",
    "Ja, gerne. Am besten an bestellung@laden.example schreiben, die lese ich jeden Morgen, "
    "diese hier nicht so sehr.",
    "Sim, claro. Melhor escrever para pedidos@loja.example, esse vejo todas as manhãs, este "
    "nem tanto.",
]

POINTED_NEAR_MISSES = [
    # A week, not a channel, after the pronoun: the yes is put off.
    "Sí, mejor por WhatsApp, esta semana no.",
    "Sim, melhor por WhatsApp, esta semana não.",
    "Ja, gerne, am besten per Mail, diese Woche nicht.",
    # A date after the negator.
    "Yes, best by email, this one not before March.",
]


@pytest.mark.parametrize("text", POINTED)
def test_a_channel_pointed_to_and_ruled_out_doubts_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize("text", POINTED_NEAR_MISSES)
def test_a_time_after_the_pronoun_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"

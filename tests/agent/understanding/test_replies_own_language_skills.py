"""A writer modest about a language ("my written English isn't very good", "mon anglais
n'est pas très bon", "mi inglés no es muy bueno", "mein Englisch ist nicht so gut", "meu
inglês não é muito bom", "Kiingereza changu si kizuri sana"), read whole, negates nothing
beside a yes, and a "but" right after it in a sentence of its own turns against the
modesty, not against the yes ("..., pero por teléfono nos entendemos bien"). A modesty
that goes on to tie itself to the meeting ("..., so she should find someone else"), a
contrast before it ("Yes, but my English isn't very good") and anything after the "but"
that answers, doubts or asks still count."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Sí, adelante, sin problema. Mi inglés escrito no es muy bueno, pero por teléfono nos"
    " entendemos bien.",
    "Yes, happy to. My English is not very good.",
    "Yes, happy to. My English isn't great, but we'll manage on the phone.",
    "Oui, avec plaisir. Mon anglais n'est pas très bon, mais au téléphone on se comprend bien.",
    "Ja, gerne. Mein Englisch ist nicht so gut, aber am Telefon verstehen wir uns.",
    "Sim, pode apresentar. Meu inglês não é muito bom, mas por telefone a gente se entende.",
    "Ndiyo, karibu. Kiingereza changu si kizuri sana, lakini kwa simu tutaelewana.",
]


@pytest.mark.parametrize("text", YES)
def test_modesty_about_a_language_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


NOT_YES = [
    # A contrast before the modesty, or in the yes's own sentence.
    "Yes, but my English is not very good.",
    "Sí, pero mi inglés no es muy bueno.",
    # The modesty tied to the meeting, or going on to something else.
    "Sure. My English is not very good, so she should find someone else.",
    "Sí, adelante. Mi inglés no es muy bueno así que busque a otra persona.",
    "Yes. My English isn't good enough to talk to her.",
    # What follows the "but" answers, doubts or asks.
    "Sí. Mi inglés no es muy bueno, pero no sé si me interesa.",
    "Sí. Mi inglés no es muy bueno, pero prefiero no hablar con ella.",
    "Yes. My English isn't very good, but I'd rather not meet.",
    "Yes. My English isn't very good, but only if she writes first.",
    "Yes. My English isn't very good, but maybe.",
    "Ja. Mein Englisch ist nicht so gut, aber ich weiß nicht, ob das passt.",
    "Sim. Meu inglês não é muito bom, mas não tenho tempo.",
    "Ndiyo. Kiingereza changu si kizuri sana, lakini sina muda.",
    "Oui. Mon anglais n'est pas très bon, mais je ne suis pas intéressé.",
    # No yes at all.
    "Mi inglés no es muy bueno, lo siento.",
]


@pytest.mark.parametrize("text", NOT_YES)
def test_what_ties_it_to_the_meeting_or_follows_the_turn_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"

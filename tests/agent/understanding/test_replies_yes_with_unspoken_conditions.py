"""A yes limited by a condition said without "if" ("Yes, so long as it's quick", "Oui, du
moment que c'est en visio", "Sí, con tal de que sea breve", "Ja, unter der Voraussetzung,
dass ...", "Sim, enquanto for online", "Ndiyo, ilimradi ...") or by naming conditions
("Yes, conditionally", "Sí, con condiciones", "Ja, unter Bedingungen", "Ndiyo, kwa
masharti"), a yes that depends on something ("en fonction de", "abhängig von"), given for
the time being ("provisoirement", "vorläufig") or in part ("en quelque sorte", "más o
menos") has not consented: it is unclear. So is a yes to another thing than the
introduction: having heard of the other, keeping it in mind, an answer still to come,
thanks for being told, what one would normally say. A plain yes beside such words
elsewhere, or the words in a reply that agrees outright, still read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

UNSPOKEN_CONDITIONS = [
    "Yes, so long as it's a quick call.",
    "Sure, contingent on my schedule next month.",
    "Yes, barring anything unexpected at work.",
    "Yes, all else being equal.",
    "Yes, conditionally.",
    "Oui, du moment que ça reste court.",
    "Oui, sauf imprévu de dernière minute.",
    "Oui, toutes choses égales par ailleurs.",
    "Sí, con tal de que no me quite mucho tiempo.",
    "Sí, mientras sea algo breve.",
    "Sí, salvo imprevistos de última hora.",
    "Sí, bajo ciertas condiciones.",
    "Vale, con condiciones.",
    "Ja, unter der Voraussetzung, dass wir uns online treffen.",
    "Ja, unter bestimmten Bedingungen.",
    "Ja, außer es kommt noch etwas dazwischen.",
    "Sim, enquanto for por videochamada.",
    "Sim, com certas condições.",
    "Sim, salvo imprevistos.",
    "Ndiyo, ilimradi tuzungumze kwa simu.",
    "Ndiyo, mradi tu iwe fupi.",
    "Sawa, kwa masharti fulani.",
]

DEPENDING_OR_FOR_NOW = [
    "Yes, provisionally.",
    "Oui, en fonction de mon agenda.",
    "Oui, provisoirement.",
    "Oui, en quelque sorte.",
    "Sí, en función de lo que necesite.",
    "Sí, provisionalmente.",
    "Sí, más o menos.",
    "Ja, abhängig von meinem Kalender.",
    "Ja, vorläufig.",
    "Ja, so halbwegs.",
    "Sim, provisoriamente.",
    "Kimsingi ndiyo.",
]

ANOTHER_THING = [
    "Yes, I've heard of her startup.",
    "Yes, I'll keep it in mind.",
    "Yes, I'll reply soon.",
    "Yes, just give me some time to decide.",
    "Ok, thanks for letting me know.",
    "I'd normally say yes.",
    "Oui, j'en ai déjà entendu parler.",
    "Oui, je garde ça en tête.",
    "Oui, je te réponds bientôt.",
    "Ok, merci de m'avoir prévenue.",
    "Oui, c'est ça, et puis quoi encore.",
    "Sí, he oído hablar de su empresa.",
    "Sí, lo tendré en cuenta.",
    "Vale, gracias por avisar.",
    "Ja, ich habe schon von ihm gehört.",
    "Ja, ich behalte das im Hinterkopf.",
    "Ja, gib mir ein paar Tage zum Entscheiden.",
    "Okay, danke für die Info.",
    "Sim, já ouvi falar dele.",
    "Sim, vou ter isso em mente.",
    "Ok, obrigada por avisar.",
    "Normalmente eu diria que sim.",
    "Ndiyo, nimewahi kusikia habari zake.",
    "Ndiyo, nitaliweka akilini.",
    "Ndiyo, nipe siku chache niamue.",
    "Sawa, asante kwa kunijulisha.",
]

STILL_YES = [
    "Yes, happy to - go ahead and introduce us.",
    "Oui, avec plaisir, présente-nous.",
    "Sí, encantada, preséntanos.",
    "Ja, gerne, stell uns vor.",
    "Sim, com prazer, pode apresentar-nos.",
    "Ndiyo, kwa furaha, tuunganishe.",
    "Yes! I have heard great things about her, go ahead.",
    "Oui, avec plaisir, on m'a dit beaucoup de bien d'elle.",
    "Sí, encantado, me han hablado muy bien de ella.",
    "Ja, gerne, ich habe viel Gutes über sie gehört.",
    "Sim, com prazer, já me falaram muito bem dela.",
    "Ndiyo, nitafurahi kukutana naye.",
]


@pytest.mark.parametrize("text", UNSPOKEN_CONDITIONS)
def test_a_yes_with_a_condition_said_without_if_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", DEPENDING_OR_FOR_NOW)
def test_a_yes_that_depends_holds_for_now_or_in_part_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", ANOTHER_THING)
def test_a_yes_to_another_thing_than_the_introduction_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", STILL_YES)
def test_a_plain_yes_stays_yes(text: str) -> None:
    assert classify_text(text) == "yes"

"""A formal yes with a caveat the other knows already: a contrast inside a clause opened
by a relative lead that says the other is aware of it ("..., was Herrn Keller aber
bekannt sein dürfte", "..., which Mr Keller will however be aware of", "ce que Paul sait
toutefois", "lo que Pablo sin embargo sabe", "o que o Pedro no entanto sabe") turns
nothing against the yes; nor does the caveat itself, that the writer cannot share
internal information in the talk. A contrast in a clause that tells of nothing known, of
what the writer knows, or negates, and one that opens its clause, still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

KNOWN = [
    "Gerne bestätige ich Ihnen, dass ich mit der Vorstellung einverstanden bin. Ich weise "
    "darauf hin, dass ich keine internen Informationen weitergeben kann, was Herrn Keller "
    "aber bekannt sein dürfte.",
    "I confirm that I am content to be introduced. I should make clear that I cannot share "
    "internal information, which Mr Keller will however be aware of.",
    "Je vous confirme mon accord. Je ne peux pas partager d'informations internes, ce que "
    "Paul sait toutefois.",
    "Le confirmo que acepto la presentación. No puedo compartir información interna, lo que "
    "Pablo sin embargo sabe.",
    "Confirmo que aceito a apresentação. Não posso partilhar informações internas, o que o "
    "Pedro no entanto sabe.",
    "Ndiyo, nakubali utambulisho. Nitampigia simu, jambo ambalo hata hivyo anajua.",
]

NEAR_MISSES = [
    # Nothing known: the contrast weighs something else.
    ("Ja, gerne, was aber schwierig werden dürfte.", "unclear"),
    ("Sí, acepto, lo que sin embargo puede tardar.", "unclear"),
    ("Ndiyo, nakubali utambulisho, jambo ambalo hata hivyo ni gumu.", "unclear"),
    # Negated: what the other does not know.
    ("Ja, gerne, was ihm aber nicht bekannt ist.", "unclear"),
    ("Sí, acepto, lo que sin embargo no sabe Pablo.", "unclear"),
    # The contrast opens its clause.
    ("Ja, aber das ist ihm bekannt.", "unclear"),
    # Information withheld that is not the writer's internal kind still doubts.
    ("Yes, happy to. I cannot share my phone number.", "unclear"),
]


@pytest.mark.parametrize("text", KNOWN)
def test_a_caveat_the_other_knows_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_other_contrasts_still_doubt(text: str, expected: str) -> None:
    assert classify_text(text) == expected

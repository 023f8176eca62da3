"""A sentence opened by a marker of a separate matter ("Separately - ...", "Autre point :
...", "Aparte de esto, ...", "Separat davon: ...", "Separadamente, ...", "Jambo jingine:
...") sets the rest of its paragraph aside, so a refusal there of something else asked
("it's a no for the concert, I'm afraid") leaves the yes before it standing. A stretch
that speaks of the introduction or a meeting is read as ever, and so is the yes's own
paragraph. A lack told in the perfect ("we've been without a pianist since March") is a
story beside the yes, no negation of it, while a lack now ("we're without time") still
counts as it did."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SEPARATE_MATTERS = [
    (
        "Yes, please do, she'd be very welcome.\n\nSeparately - Tom also asked whether the "
        "band could play at his party on the 9th. It's a no for that one, I'm afraid.",
        "yes",
    ),
    (
        "Yes, happy to.\n\nOn a separate matter: no, I won't be renewing the magazine "
        "subscription.",
        "yes",
    ),
    (
        "Oui, avec plaisir.\n\nAutre point : pour la kermesse du 9, c'est non, désolée, la "
        "moitié de la chorale sera absente.",
        "yes",
    ),
    (
        "Sí, encantada.\n\nAparte de esto, me preguntó si el coro podía cantar el día 9: "
        "no, lo siento, ese día no podemos.",
        "yes",
    ),
    (
        "Ja, gerne.\n\nSeparat davon: Beim Sommerfest am 9. können wir leider nicht singen, "
        "da ist der halbe Chor im Urlaub.",
        "yes",
    ),
    (
        "Sim, com todo o gosto.\n\nSeparadamente, sobre a festa do dia 9: não, lamento, "
        "metade do coro está fora.",
        "yes",
    ),
    (
        "Ndiyo, nitafurahi.\n\nJambo jingine: kuhusu sherehe ya tarehe 9, hapana, samahani, "
        "kwaya haitaweza kuimba.",
        "yes",
    ),
]

NEAR_MISSES = [
    # The stretch speaks of the meeting or the introduction: read whole.
    ("Yes, happy to.\n\nSeparately - I'd rather not meet before March.", "unclear"),
    ("Sí, encantada.\n\nAparte de esto, no quiero que me presentes todavía.", "no"),
    ("Ja, gerne.\n\nSeparat davon: ein Treffen kann ich leider nicht zusagen.", "unclear"),
    # Nothing answers before the marker: no other matter to set aside from.
    ("Separately - no, thank you.", "no"),
    # The refusal in the yes's own paragraph still counts.
    ("Yes, happy to, but no calls please. Separately - I'm fine.", "unclear"),
]

LACKS = [
    ("Yes, please do - we've been without a treasurer since June, so she'd be a godsend.", "yes"),
    ("Sí, por favor, hemos estado sin tesorero y nos vendría de maravilla.", "yes"),
    ("Sim, por favor, temos estado sem tesoureiro e vinha mesmo a calhar.", "yes"),
    ("Ndiyo tafadhali, tumekuwa bila mweka hazina tangu Juni.", "yes"),
]

LACK_NEAR_MISSES = [
    # A lack now, of time, still doubts the yes.
    ("Yes, though we're without much time this month.", "unclear"),
    ("Sí, pero estamos sin tiempo este mes.", "unclear"),
    # A lack in the perfect does not outweigh a refusal beside it.
    ("We've been without a treasurer since June, but no, I'd rather not.", "no"),
]


@pytest.mark.parametrize(("text", "expected"), SEPARATE_MATTERS + NEAR_MISSES)
def test_a_separate_matter_is_set_aside(text: str, expected: str) -> None:
    assert classify_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), LACKS + LACK_NEAR_MISSES)
def test_a_lack_told_in_the_perfect_negates_no_yes(text: str, expected: str) -> None:
    assert classify_text(text) == expected

"""A doubt the writer resolves before the answer ("I was unsure at first ... Having
thought it over, yes, please do introduce us") blocks no yes: saying they thought the
question over opens a conclusion, and the answer after it decides. A doubt, a condition
or a turn after it, and a doubt left unresolved before a yes, still leave it unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

RESOLVED = [
    "I wasn't sure at first that this made sense for us. On reflection, yes - please go ahead"
    " and introduce us.",
    "My first instinct was to hesitate, as I'm not certain I'd be much help. Having given it"
    " some thought, yes, I'd be happy to be introduced.",
    "Au début j'hésitais, je n'étais pas sûre que ce soit utile. Après réflexion, oui,"
    " volontiers pour la mise en relation.",
    "Al principio dudé un poco, no sabía si tenía sentido. Después de pensarlo, sí, adelante"
    " con la presentación.",
    "Ich war zuerst skeptisch, ob das zu uns passt. Nachdem ich es mir überlegt habe: ja,"
    " stellen Sie uns gerne vor.",
    "No começo fiquei em dúvida se valia a pena. Depois de refletir, sim, pode fazer a"
    " apresentação.",
    "Mwanzoni sikuwa na uhakika kama ni wazo zuri. Baada ya kutafakari, ndiyo, tafadhali"
    " tutambulishe.",
]


@pytest.mark.parametrize("text", RESOLVED)
def test_a_resolved_doubt_leaves_the_final_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTS = [
    # No resolution: the doubt stands beside the yes.
    "I wasn't sure at first that this made sense for us. Yes, please introduce us.",
    "Je ne suis pas sûre que ce soit utile. Oui, allez-y.",
    # The doubt comes back after the resolution, or a condition or a turn follows it.
    "I was hesitant at first. Having thought it over, yes, please introduce us. I'm still"
    " not sure it's a good fit though.",
    "I was hesitant at first. On reflection, yes, if she can come to Leeds.",
    "Après réflexion, oui, mais je ne suis pas sûre d'avoir le temps.",
    # The thinking over ends in a doubt.
    "Having thought it over, maybe.",
]


@pytest.mark.parametrize("text", STILL_DOUBTS)
def test_an_unresolved_doubt_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_a_refusal_after_thinking_it_over_refuses() -> None:
    assert classify_text("I was tempted at first. On reflection, I'd rather not.") == "no"


_LETTER = (
    "Dear Mr Achebe,\n\n"
    "Thank you for your note of Tuesday and for thinking of me with regard to Ms Varga. I"
    " am sorry to have taken a few days over my answer; the close of the financial year"
    " keeps the office busy, and I preferred to consider your proposal properly rather"
    " than answer in haste.\n\n"
    "I must confess that I was hesitant at first whether an introduction would serve"
    " either of us. We have been approached by several advisory firms over the years, and"
    " those exchanges did not always prove fruitful. I was also not certain that I could"
    " give Ms Varga the attention she deserves, given my commitments to the trustees and"
    " the two reviews we are preparing this spring.\n\n"
    "I mentioned the matter to my colleague Mr Oduya, who knows the sector well and had"
    " heard good things of Ms Varga's work with smaller charities in the region. He felt a"
    " short conversation could be worthwhile for both sides, with no obligation on either"
    " part.\n\n"
    "{answer}\n\n"
    "With kind regards,\nMargaret Ellis"
)


def test_a_long_letter_resolving_its_doubts_says_yes() -> None:
    answer = "Having thought it over, yes, please do introduce us. I would be glad to speak."
    assert classify_text(_LETTER.format(answer=answer)) == "yes"


def test_a_long_letter_with_its_doubts_unresolved_stays_unclear() -> None:
    answer = "Yes, please do introduce us. I would be glad to speak."
    assert classify_text(_LETTER.format(answer=answer)) == "unclear"

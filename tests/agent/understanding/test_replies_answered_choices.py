"""A question after a yes that offers a choice ("or", "oder", "ou", "o", "au") and
holds nothing that answers, doubts, negates or sets a condition, answered at once by the
writer with either ("Ist mir beides recht", "Either works", "Les deux me vont"), asks
nothing of the consent ("Passt, gern! Meldet er sich bei mir oder soll ich ihm
schreiben? Ist mir beides recht."). A choice about the answer itself ("Should I say yes
or no?"), about holding the introduction off, one left unanswered (but for a choice of
channels: see test_replies_contact_choices.py), answered with a condition or a doubt, or
with no yes before it still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ANSWERED = [
    "Passt, gern! Meldet er sich bei mir oder soll ich ihm schreiben? Ist mir beides recht.",
    "Happy to. Should he email me or should I reach out? Either works.",
    "Happy to. Should he email me or should I reach out? Either works for me.",
    "Avec plaisir ! Il m'écrit ou je lui écris ? Les deux me vont.",
    "¡Claro! ¿Te escribe él o prefieres que lo contacte yo? Cualquiera me sirve.",
    "Sim, pode apresentar. Ele me liga ou eu ligo? Os dois servem.",
    "Ndiyo. Ataniandikia au nimwandikie? Vyovyote sawa.",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_a_choice_answered_with_either_after_a_yes_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_ASKING = [
    "Yes. Should I say yes or no? Either is fine.",
    "Ja. Soll ich ja oder nein sagen? Ist mir beides recht.",
    "Yes. Should I wait or not? Either works.",
    "Sure. Could you hold off on the intro until I'm back or send it now? Either works.",
    "Should he email me or should I reach out? Either works.",
    "Happy to. Is he a recruiter or a founder?",
    "Happy to. Is he a recruiter or a founder? Either works if he's legit.",
    "Happy to. Should he email me or should I reach out? Either works, but I'm not sure.",
    "Gerne. Meldet er sich oder ich? Ist mir beides recht?",
]


@pytest.mark.parametrize("text", STILL_ASKING)
def test_a_choice_about_the_answer_or_left_open_still_asks(text: str) -> None:
    assert classify_text(text) == "unclear"

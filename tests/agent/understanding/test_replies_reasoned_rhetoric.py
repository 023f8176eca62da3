"""A question saying the writer cannot refuse may follow its reason, joined by one of the
reason_links ("Ana never sends me anyone dull, so how could I say no?", "... donc
comment refuser ?", "... así que ¿cómo decir que no?"): the whole sentence leans to a
yes, a never-word in a reason told of someone else praises, and only a yes in a later
sentence answers. A reason told of the writer ("I never take calls, so ...") still
restricts, and alone the question answers nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REASONED = [
    "Ana never sends me anyone dull, so how could I say no? Please do introduce us.",
    "Ana ne m'envoie jamais personne d'ennuyeux, donc comment refuser ? Avec plaisir,"
    " présentez-nous.",
    "Ana nunca me manda a nadie aburrido, así que ¿cómo decir que no? Sí, preséntanos.",
    "Ana schickt mir nie jemanden Langweiligen, also wie könnte ich nein sagen? Ja, gerne,"
    " stellen Sie uns vor.",
    "A Ana nunca me manda ninguém chato, então como dizer não? Sim, pode apresentar.",
    "Ana ni rafiki yangu wa zamani, kwa hiyo nitakataaje? Ndiyo, nitafurahi.",
    "She's very persuasive, so how could I say no? Fine, introduce us.",
]


@pytest.mark.parametrize("text", REASONED)
def test_a_reasoned_cannot_refuse_question_leans_to_the_yes_after_it(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_NOT_YES = [
    # A reason told of the writer restricts.
    "I never take calls, so how could I say no? Yes, go ahead.",
    "Nunca atiendo llamadas, así que ¿cómo decir que no? Sí.",
    "Je ne prends jamais d'appels, donc comment refuser ? Oui.",
    # Alone, or with a doubt or a refusal after it.
    "Ana never sends me anyone dull, so how could I say no?",
    "She's persistent, so how could I say no? Fine, introduce us, if she's not a recruiter.",
    "Ana never sends me anyone dull, so how could I say no? No thanks though.",
    # A doubt inside the reason.
    "I'm not sure about her, so how could I say no? Yes, fine.",
]


@pytest.mark.parametrize("text", STILL_NOT_YES)
def test_a_reason_of_the_writers_own_or_a_doubt_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"

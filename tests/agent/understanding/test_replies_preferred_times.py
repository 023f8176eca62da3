"""After a yes, the writer's preference of when or how to be reached (asides: "evenings are
best", "le soir c'est mieux", "am besten abends", "à noite é melhor", "jioni ni bora")
followed by an "if" whose clause is only the other's wish to call or meet ("if he wants a
call", "s'il veut m'appeler", "si quiere llamar", "falls er anrufen möchte", "se ele quiser
ligar", "kama anataka kupiga simu") offers the time, as "I'm around if he wants a call"
does: it is no condition on the yes. A condition on who or what, a negation, a question,
another condition and a preference with no yes before it still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PREFERRED_TIMES = [
    ("Works for me. I'm on nights this week so evenings are best if he wants a call.", "yes"),
    ("Works for me. Evenings are best if he wants a call.", "yes"),
    ("Yes, happy to. Mornings work best if she'd like to chat.", "yes"),
    ("Sure, evenings are best if he wants a call.", "yes"),
    ("Sure. Best in the evening if he wants to talk.", "yes"),
    ("Sure. I'd prefer a call if he wants to talk.", "yes"),
    ("Oui, avec plaisir. Le soir c'est mieux s'il veut m'appeler.", "yes"),
    ("Oui. Plutôt le soir s'il veut m'appeler.", "yes"),
    ("Sí, claro. Por las tardes es mejor si quiere llamar.", "yes"),
    ("Sí, claro. Mejor por la noche si quiere llamar.", "yes"),
    ("Ja, gerne. Abends passt es am besten, falls er anrufen möchte.", "yes"),
    ("Ja, gerne. Am besten abends, falls er anrufen möchte.", "yes"),
    ("Sim, claro. À noite é melhor se ele quiser ligar.", "yes"),
    ("Sim, claro. Melhor à tarde se ele quiser ligar.", "yes"),
    ("Ndiyo, sawa. Jioni ni bora kama anataka kupiga simu.", "yes"),
    ("Ndiyo, sawa. Jioni ni bora akitaka kupiga simu.", "yes"),
    # A condition on who or what, the writer's own say, a negation, a question, another
    # condition or branch, no yes before: still a doubt.
    ("Works for me if he's legit.", "unclear"),
    ("Sure, if he wants a call first.", "unclear"),
    ("Works for me. Evenings are best if I agree.", "unclear"),
    ("Works for me. Evenings are best if he is legit.", "unclear"),
    ("Works for me. Evenings are not best if he wants a call.", "unclear"),
    ("Sure. Evenings are best if he doesn't want a call.", "unclear"),
    ("Sure. Evenings are best if he wants a call?", "unclear"),
    ("Sure. Evenings are best if he wants a call, otherwise no.", "unclear"),
    ("Sure. Evenings are best if he wants a call and if he is not a recruiter.", "unclear"),
    ("Works for me. I can't promise anything if he wants a call.", "unclear"),
    ("Maybe. Evenings are best if he wants a call.", "unclear"),
    ("Evenings are best if he wants a call.", "unclear"),
    ("Oui. Le soir c'est mieux si mon associé est d'accord.", "unclear"),
    ("Sí. Por las tardes es mejor si es sobre inversión.", "unclear"),
    ("Ja. Abends ist besser, wenn es um Recruiting geht.", "unclear"),
    ("Sim. À noite é melhor se ele não for recrutador.", "unclear"),
    ("Ndiyo. Jioni ni bora kama si mwajiri.", "unclear"),
    ("No thanks. Evenings are best if he wants a call.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), PREFERRED_TIMES)
def test_a_preferred_time_offered_for_the_others_call_doubts_nothing(
    text: str, answer: str
) -> None:
    assert classify_text(text) == answer

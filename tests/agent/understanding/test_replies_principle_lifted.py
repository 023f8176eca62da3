"""A yes "in principle" whose reservation the writer lifts in the same sentence by
saying nothing stands in the way (reply_principles), and a colon's reason after a
no-objection. "In principle" with the check still to come stays unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

LIFTED = [
    "In principle yes - and having checked with legal, I see no objection, so please go ahead.",
    (
        "En principe oui \u2013 et, après vérification, je ne vois aucun obstacle."
        " Vous pouvez procéder."
    ),
    "En principio sí, y tras consultar con el área jurídica no veo ningún inconveniente. Adelante.",
    (
        "Grundsätzlich ja \u2013 und da ich nach Rücksprache mit der Rechtsabteilung keinerlei"
        " Einwände sehe, darf ich Sie bitten, den Kontakt herzustellen."
    ),
    (
        "Em princípio sim - e, depois de consultar o jurídico, não vejo nenhuma objeção."
        " Pode apresentar."
    ),
]

PENDING = [
    "In principle yes, but I must clear it with legal first.",
    "In principle yes, and I see no objection once legal has signed off.",
    "In principle yes and I see no objection. But I need my director's sign-off first.",
    "In principle, no objection.",
    "En principe oui, et si le ministère valide, je ne vois aucun obstacle.",
    "En principe, aucun inconvénient.",
    "En principio sí, pero tengo que consultarlo con mi jefa.",
    "En principio, ningún inconveniente.",
    "Grundsätzlich ja, keine Einwände, sobald die Freigabe da ist.",
    "Grundsätzlich ja \u2013 nach Rücksprache mit der Rechtsabteilung melde ich mich.",
    "Grundsätzlich keine Einwände.",
    "Em princípio sim, não vejo nenhuma objeção, mas preciso do aval da diretoria.",
    "Em princípio, nenhuma objeção.",
]

REASONS = [
    ("Oui. Je ne vois aucun obstacle : le sujet ne touche à aucune négociation en cours.", "yes"),
    ("No objection: the project does not compete with ours.", "yes"),
    # Near misses: a refusal or a restriction after the colon.
    ("No objection: but I won't meet him.", "no"),
    ("Keine Einwände: nur nicht vor März.", "unclear"),
]


@pytest.mark.parametrize("text", LIFTED)
def test_in_principle_lifted_at_once_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize("text", PENDING)
def test_in_principle_still_pending_stays_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(("text", "answer"), REASONS)
def test_a_reason_after_a_no_objection(text: str, answer: str) -> None:
    assert classify_text(text) == answer

"""After a yes, a note that the writer will answer once back or free ("je réponds dès
que je rentre", "le respondo en cuanto vuelva", "respondo assim que voltar", "antworte
sobald ich zurück bin", "I'll reply as soon as I'm back", "nitajibu nikirudi") or risks
being slow to answer ("je risque d'être lente à répondre") is the writer's own time, as
"à mon retour" is: beside a yes and a note on where the writer is, the yes stands. Said
as the yes's own condition ("Oui, je réponds dès que je rentre."), or with a doubt or a
refusal beside it, it still does not make a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Oui avec plaisir. Je suis à Dakar jusqu'à mardi, le réseau est faible, mais il peut "
        "m'écrire, je réponds dès que je rentre à Paris.",
        "yes",
    ),
    (
        "Sí, encantada. Estoy en la obra hasta el viernes, le respondo en cuanto vuelva.",
        "yes",
    ),
    ("Sim, com prazer. Estou fora até sexta, respondo assim que voltar.", "yes"),
    ("Ja, gerne. Ich bin bis Freitag auf Montage und antworte sobald ich zurück bin.", "yes"),
    # Near-misses: the answer put off to the return, a doubt, a refusal, no yes at all.
    ("Oui, je réponds dès que je rentre.", "unclear"),
    ("Je réponds dès que je rentre à Paris.", "unclear"),
    (
        "Sí, encantada. Estoy en la obra hasta el viernes, le respondo en cuanto vuelva si "
        "me interesa.",
        "unclear",
    ),
    (
        "Oui avec plaisir. Je suis à Dakar jusqu'à mardi, mais je ne suis pas sûr, je réponds "
        "dès que je rentre.",
        "unclear",
    ),
    ("Sim. Respondo assim que decidir se quero.", "unclear"),
    ("Nein danke. Ich bin bis Freitag unterwegs und antworte sobald ich zurück bin.", "no"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reply_on_return(text: str, expected: str) -> None:
    assert classify_text(text) == expected

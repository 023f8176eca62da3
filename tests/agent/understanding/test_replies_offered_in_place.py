"""After a refusal, a yes word in a sentence that puts someone else at the other's disposal
("Für allgemeine Auskünfte steht Herrn Aebischer selbstverständlich das Sekretariat zur
Verfügung", "our office is of course available to him") offers something else in the
refusal's place: the refusal stands. The writer offering themselves, or such a sentence
with no refusal, read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

OFFERED = [
    (
        "Ein Kontakt ist mir deshalb nicht möglich. Ich muss Ihnen daher eine Absage"
        " erteilen. Für allgemeine Auskünfte steht Herrn Aebischer selbstverständlich das"
        " Sekretariat zur Verfügung.",
        "no",
    ),
    (
        "A contact is not possible for me. For general questions our office is of course"
        " available to him.",
        "no",
    ),
    ("Je ne peux pas. Le secrétariat est bien entendu à sa disposition.", "no"),
    (
        "Un contacto no me es posible. Para consultas generales, la secretaría está por"
        " supuesto a su disposición.",
        "no",
    ),
    ("Siwezi kukutana naye. Bila shaka katibu wetu anapatikana.", "no"),
    # Near misses.
    ("I cannot meet him, but of course I am available by phone.", "unclear"),
    ("Ein Kontakt ist mir nicht möglich. Selbstverständlich stehe ich zur Verfügung.", "unclear"),
    ("Yes of course, our office is available to him.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), OFFERED)
def test_something_else_offered_after_a_refusal(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer

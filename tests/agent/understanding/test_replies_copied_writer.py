"""After a yes, the writer asking as a courtesy to be copied in ("She would be grateful if
any follow-up regarding scheduling could be copied to me, as I keep her diary", "Ich wäre
dankbar, wenn Sie mich in Kopie setzen") sets no condition: the "if" and "could be" of
the ask doubt nothing. A condition after the copy, a request of the other, or a question
mark still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

COPIED_WRITER = [
    (
        "Professor Okonkwo has read the message below and has asked me to confirm that she "
        "would be happy to be introduced to Mr Ortega. She would be grateful if any "
        "follow-up regarding scheduling could be copied to me, as I keep her diary.",
        "yes",
    ),
    (
        "Oui, avec plaisir. Je vous serais reconnaissante de me mettre en copie des échanges.",
        "yes",
    ),
    ("Sí, con gusto. Le agradecería que me pusiera en copia.", "yes"),
    ("Ja, gerne. Ich wäre dankbar, wenn Sie mich in Kopie setzen.", "yes"),
    ("Sim, com prazer. Agradeceria se me colocasse em cópia.", "yes"),
    ("Ndiyo, sawa. Ningeshukuru kama ungenitumia nakala.", "yes"),
    (
        "Oui, avec plaisir. Je vous remercie de bien vouloir me mettre en copie de l'e-mail "
        "de présentation.",
        "yes",
    ),
    ("Oui, avec plaisir. Merci de bien vouloir me mettre en copie.", "yes"),
    ("Sim, com prazer. Agradeço que me coloque em cópia do e-mail de apresentação.", "yes"),
    (
        "Oui, avec plaisir. Je vous remercie de bien vouloir me mettre en copie si c'est sérieux.",
        "unclear",
    ),
    # A condition after the copy, a request of the other, a question mark.
    ("Yes, happy to. I'd be grateful if you could copy me in if he is legit.", "unclear"),
    ("Yes, happy to. I'd be grateful if he could send his CV first.", "unclear"),
    ("Yes, happy to. I'd be grateful if you could copy me in?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), COPIED_WRITER)
def test_asking_to_be_copied_in_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer

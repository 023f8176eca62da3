"""Thanks passed on to someone ("Please do thank Anna for me", "Merci de remercier Anna",
"agradécele a Ana", "richte Anna meinen Dank aus", "agradeça à Ana", "mshukuru Anna") are
regards: a yes in their clause says how gladly they are passed on and answers nothing.
Asking that the writer's details not be passed on ("I would be grateful if you would not
pass on my details", "ne pas transmettre mes coordonnées", "que no pasara mis datos",
"meine Daten nicht weitergeben", "não passe os meus dados", "usitoe maelezo yangu")
refuses; beside a yes it leaves the reply unclear. "however interesting" concedes a
degree and turns nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    # Thanks passed on answer nothing.
    ("Please do thank Anna for me.", "unclear"),
    ("Please do pass on my thanks to Anna.", "unclear"),
    ("Remerciez-le de ma part avec plaisir.", "unclear"),
    ("Agradécele a Ana de mi parte con gusto.", "unclear"),
    # A yes of its own beside the thanks still answers.
    ("Yes please do. And thank her for me.", "yes"),
    ("Je vous remercie et accepte avec plaisir.", "yes"),
    # A refusal to pass details on.
    ("I retired last year. I would be grateful if you would not pass on my details.", "no"),
    (
        "I no longer take on consultancy work of any kind, however interesting. I would "
        "therefore be grateful if you would not pass on my details. Please do thank Mr. "
        "Ashworth for thinking of me all the same.",
        "no",
    ),
    ("Je suis à la retraite. Merci de ne pas transmettre mes coordonnées.", "no"),
    ("Estoy jubilado. Le agradecería que no pasara mis datos.", "no"),
    ("Ich bin im Ruhestand. Bitte meine Daten nicht weitergeben.", "no"),
    ("Estou aposentado. Agradecia que não passe os meus dados.", "no"),
    ("Nimestaafu. Tafadhali usitoe maelezo yangu.", "no"),
    # Beside a yes it stands against it: never a yes.
    ("Yes, happy to. I would be grateful if you would not pass on my mobile number.", "unclear"),
    ("Sí, encantada, pero no pases mis datos todavía.", "no"),
    ("Ja, gerne, aber bitte meine Daten nicht weitergeben.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_thanks_passed_on_and_details_kept(text: str, answer: str) -> None:
    assert classify_text(text) == answer

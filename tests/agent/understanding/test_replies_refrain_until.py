"""A request to refrain ("please don't", "veuillez vous abstenir", "no me contacten",
"tun Sie es nicht", "usimpe namba yangu") followed in its sentence by a word of "until"
and a date, or with "until then" and its kin anywhere in its sentence ("till such time",
"d'ici là", "hasta entonces", "bis dahin", "hadi wakati huo"), asks to wait, not to
refuse: beside a yes the reply is unclear, never no and never yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'd be glad to, but not before Thanksgiving. So please don't send anything "
        "along or give out my number until the first week of December.",
        "Yes, I'd be glad to, but please don't give out my number before January.",
        "Oui, volontiers, mais veuillez vous abstenir avant janvier.",
        "Sí, con gusto, pero no me contacten hasta enero.",
        "Ja, gerne. Tun Sie es nicht vor Januar.",
        "Ndiyo, lakini usimpe namba yangu hadi Januari.",
        "Please don't send anything until December.",
    ],
)
def test_a_request_to_refrain_until_a_date_waits(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("wait-till:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # No date: still a refusal beside the yes.
        ("Yes, glad to. Please don't give out my email.", "unclear"),
        ("Yes to the intro but please don't share my email", "unclear"),
        # Busy until a date is a reason for the refusal, not a wait asked for.
        ("No thanks, I'm busy until December.", "no"),
    ],
)
def test_a_request_to_refrain_without_a_date_keeps_its_reading(text: str, answer: str) -> None:
    answer_read, evidence = read_answer(text)
    assert answer_read == answer
    assert not any(e.startswith("wait-till:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "In principle I have no objection to meeting Mr. Whitfield. However, any interaction"
        " requires clearance under the conduct rules. I shall revert once the clearance is"
        " received. Till such time, please do not share my contact details.",
        "Yes, happy to. Please don't share my details until then.",
        "En principe, je n'y vois pas d'objection. Cependant, j'ai besoin d'une autorisation"
        " préalable. D'ici là, merci de ne pas transmettre mes coordonnées.",
        "En principio no tengo inconveniente. Sin embargo, necesito una autorización previa."
        " Hasta entonces, no me contacten.",
        "Grundsätzlich habe ich nichts dagegen. Allerdings brauche ich vorher eine"
        " Genehmigung. Bis dahin geben Sie meine Kontaktdaten bitte nicht weiter.",
        "Kimsingi sina pingamizi. Hata hivyo, nahitaji kibali kwanza. Hadi wakati huo,"
        " usitoe maelezo yangu.",
    ],
)
def test_a_request_to_refrain_until_then_waits(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("wait-till:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # No time to come pointed to: the refusal reads as before.
        ("Please do not share my contact details.", "no"),
        ("Nein, bitte nicht.", "no"),
        ("No. Please do not contact me.", "no"),
    ],
)
def test_a_request_to_refrain_without_until_then_keeps_its_reading(text: str, answer: str) -> None:
    answer_read, evidence = read_answer(text)
    assert answer_read == answer
    assert not any(e.startswith("wait-till:") for e in evidence)

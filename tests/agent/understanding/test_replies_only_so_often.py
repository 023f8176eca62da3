"""How often the writer checks mail or is free, said with "only" ("je ne consulte ma
messagerie qu'une fois par semaine", "I only check my email once a week"), beside a yes
doubts nothing: the French "ne ... que" says "only", no negation, and "once a week"
counts, it waits for nothing. A real negation or condition after the yes still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("Happy to. I only check my email once a week, so a phone call is better.", "yes"),
    ("Volontiers. Je ne consulte mes mails qu'une fois par semaine.", "yes"),
    ("Avec plaisir. Je ne suis libre que le matin.", "yes"),
    ("Con gusto. Solo miro el correo una vez por semana.", "yes"),
    ("Gerne. Ich schaue nur einmal pro Woche in meine Mails.", "yes"),
    ("Com prazer. Só vejo o e-mail uma vez por semana.", "yes"),
    ("Kwa furaha. Ninaangalia barua pepe mara moja tu kwa wiki.", "yes"),
    # A negation, a condition or a wait still doubts the yes.
    ("Volontiers. Je ne consulte pas mes mails.", "unclear"),
    ("Volontiers. Je ne crois pas que ce soit utile.", "unclear"),
    ("Avec plaisir. Je ne le rencontrerai que s'il est sérieux.", "unclear"),
    ("Oui. Je ne veux pas qu'il m'appelle.", "unclear"),
    # "only" from a date limits when: the negation stands.
    ("Oui, volontiers. Je ne suis libre qu'en mars.", "unclear"),
    ("Oui. Nous ne prenons de nouveaux clients qu'à partir de janvier.", "unclear"),
    ("Avec plaisir. Je ne serai joignable que dès le 12.", "unclear"),
    # A "que" before a subject opens a clause: no "only".
    ("Oui. Rien ne me dit que ce soit utile.", "unclear"),
    ("Oui. Je ne dis pas qu'il faut se presser, mais je doute.", "unclear"),
    ("Yes, once the board approves.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_only_so_often_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer

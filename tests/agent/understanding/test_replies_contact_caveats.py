"""Caveats beside a yes that limit what the writer speaks for or about, not the
introduction: views said to be the writer's own and not the employer's, topics the
writer will not comment on, references back to terms ("Subject to that, yes"), a title's
dot inside the name of the one asked about, and a register number in a signature."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

CAVEATS = [
    (
        "No problem at all, please go ahead. Happy to talk about disclosure logs - just so"
        " Daniel knows, anything I say is my own view and not the Council's."
    ),
    "Oui, allez-y. Tout ce que je dirai sera mon avis personnel et non celui du ministère.",
    "Sí, adelante. Lo que diga será mi opinión personal y no la del ayuntamiento.",
    "Ja, gerne. Alles, was ich sage, ist meine persönliche Meinung und nicht die des Ministeriums.",
    "Sim, pode apresentar. O que eu disser é minha opinião pessoal e não a da prefeitura.",
    "Ndiyo, endelea. Nitakachosema ni maoni yangu binafsi na si ya wizara.",
    "Yes, happy to. I can't comment on ongoing cases, though.",
    "Volontiers. Je ne pourrai pas commenter les dossiers en cours.",
    "Sí, con gusto. No podré comentar los expedientes en curso.",
    (
        "Ja, gerne. Ich ersuche lediglich um Verständnis, dass ich zu laufenden"
        " Förderverfahren keine Auskünfte erteilen kann."
    ),
    "Sim, com prazer. Não poderei comentar processos em andamento.",
    "Ich bin einverstanden, stellen Sie mich Frau Dr. Popescu gerne vor.",
    "Sí, acepto.\n\nLic. Rodrigo Garza\nNotario Público No. 214",
]

# Near misses: a refusal beside the caveat's words, another's yes after a title.
NEAR = [
    (
        "Yes, go ahead. Anything I say is my own view and not the Council's, and I will not"
        " meet him.",
        "unclear",
    ),
    ("Sure, that's my own view and not negotiable: I won't meet him.", "unclear"),
    ("I need my manager's sign-off. Subject to that, yes.", "unclear"),
]


@pytest.mark.parametrize("text", CAVEATS)
def test_a_caveat_beside_a_yes_leaves_it_standing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(("text", "answer"), NEAR)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ich bin einverstanden, stellen Sie mich Frau Dr. Popescu gerne vor.", "yes"),
        ("Happy to. Please introduce me to Mr. Rao.", "yes"),
        # Another's yes after a title, and a bare yes that answers for them.
        ("Ja. Dr. Popescu ist einverstanden.", "unclear"),
        ("Yes. Dr. Rao would be happy to.", "unclear"),
        ("Yes, Mr. Rao would be happy to.", "unclear"),
    ],
)
def test_a_title_dot_ends_no_clause(text: str, answer: str) -> None:
    assert read_answer(text, frozenset({"popescu", "rao"}))[0] == answer

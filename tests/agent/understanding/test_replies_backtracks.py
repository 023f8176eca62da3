"""A yes taken back by the writer going back on it ("So I have to take that back:",
"Então vou ter que voltar atrás:", "Du coup je dois revenir sur ma réponse :"), a link
that draws a conclusion before it at most, is a no when what follows refuses and
neither doubts nor asks; a Brazilian "não" said again at the end of its clause ("Não
passa meu contato não") repeats the refusal rather than negating it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, of course! I'd love to talk to Felipe.\n\nP.S. I just spoke to my manager. "
        "So I have to take that back: not for now, sorry.",
        "Oui, avec plaisir !\n\nPS : je viens de parler à mon chef. Du coup je dois "
        "revenir sur ma réponse : pas pour le moment, désolé.",
        "¡Sí, claro! Me encantaría hablar con Felipe.\n\nPD: acabo de hablar con mi jefe. "
        "Así que tengo que echarme atrás: por ahora no, lo siento.",
        "Ja, gern!\n\nPS: Ich habe mit meiner Chefin gesprochen. Ich muss leider "
        "zurückrudern: im Moment nicht, sorry.",
        "Sim, claro! Adoraria conversar com o Felipe.\n\nP.S.: acabei de falar com meu "
        "gestor. Então vou ter que voltar atrás: por enquanto não, desculpa.",
        "Ndiyo, karibu!\n\nNB: nimeongea na bosi wangu. Kwa hiyo lazima nibadilishe jibu "
        "langu: hapana, samahani.",
    ],
)
def test_a_yes_the_writer_goes_back_on_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Going back on a yes to say yes again, or to hesitate: as the rest reads.
        ("Yes, of course. So I have to take that back: yes, go ahead.", "yes"),
        ("Sim, claro. Então vou ter que voltar atrás: não sei ainda.", "unclear"),
        # No yes before it: the refusal is read as it is.
        ("Então vou ter que voltar atrás: por enquanto não, desculpa.", "no"),
    ],
)
def test_a_backtrack_that_does_not_refuse_a_yes_changes_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Não passa meu contato não.", "no"),
        ("Não quero não.", "no"),
        ("Sim, claro! Não tenho nada contra não.", "yes"),
        # Another word after it in its clause: a negation of its own.
        ("Não, não.", "no"),
    ],
)
def test_a_brazilian_negation_said_again_repeats_it(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer

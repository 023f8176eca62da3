"""A refusal said of someone else ("O Rui já não trabalha connosco", "He no longer works
here"), in a reply that says no yes, is no refusal of the writer's: most often a colleague
telling of the one asked, it leaves the reply unclear. The writer's own refusal, and one
the writer relays ("He has asked me to let you know that he has to decline"), still
refuse; beside a yes nothing changes, so that a yes never stands alone for it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

OTHERS = [
    "He no longer works with us; he left in September. I don't know whether he'd be interested.",
    "Il ne travaille plus chez nous depuis septembre. Je ne sais pas si cela l'intéresserait.",
    "Hola. Lamentablemente, Javier ya no trabaja aquí desde septiembre.",
    "Er arbeitet seit September nicht mehr bei uns. Ich weiß nicht, ob er Interesse hätte.",
    "Bom dia. O Rui já não trabalha connosco desde setembro.",
    "Yeye hafanyi kazi hapa tena tangu Septemba. Sijui kama angependa.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_a_refusal_said_of_someone_else_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The writer's own refusal.
        ("I no longer take on consultancy work.", "no"),
        ("Ya no acepto clientes nuevos.", "no"),
        ("Já não aceito novos clientes.", "no"),
        ("Eu já não trabalho com isso.", "no"),
        ("Im Moment leider nicht.", "no"),
        # Relayed by the writer.
        ("He has asked me to let you know that he has to decline.", "no"),
        ("Ele pediu-me para lhe dizer que já não está interessado.", "no"),
        # Beside a yes: never a yes left standing alone.
        ("Yes, happy to. He no longer works with Marta, though.", "unclear"),
        ("Sim, claro. O Rui já não trabalha connosco.", "unclear"),
    ],
)
def test_the_writers_own_or_relayed_refusal_still_refuses(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "haziniruhusu": the writer is the verb's object, whoever the subject.
        ("Sheria ya Ununuzi wa Umma na kanuni zake haziniruhusu kukutana naye.", "no"),
        ("Kanuni za Bandari hazikuniruhusu kukutana na mzabuni.", "no"),
        ("Bw. Pedro hawezi kukutana nasi.", "unclear"),
    ],
)
def test_a_refusal_whose_object_is_the_writer_is_the_writers(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer

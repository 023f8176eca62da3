"""A one-word question lead after a noun or pronoun it relates to ("someone who's hiring",
"la empresa, la cual", "na qual", "un proveedor que podría") is a relative pronoun, not
a question, where nothing says yes and no question mark closes its sentence: a refusal
beside it still refuses. Beside a yes the clause may name whom the yes is for, and it is
read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("Oh lovely, yet another intro to someone who's raising money. Hard pass.", "no"),
    ("Not for me, thanks - I've met plenty of people who's pitching the same thing.", "no"),
    ("Oh génial, encore une présentation à quelqu'un qui recrute. Non merci.", "no"),
    ("No, gracias. Ya trabajo con una agencia, la cual me va muy bien.", "no"),
    ("Qué bien, otra presentación a alguien que está contratando. Paso.", "no"),
    ("Não, obrigado. Já tenho a empresa na qual confio.", "no"),
    ("Que ótimo, mais uma apresentação a alguém que está a contratar. Passo.", "no"),
    ("Schon wieder eine Vorstellung bei jemandem, der gerade einstellt. Nein danke.", "no"),
    ("Utambulisho mwingine kwa mtu anayeajiri. Hapana asante.", "no"),
    # A modal that asks when it opens a question, inside a relative clause.
    (
        "Lamentablemente, debo declinar la presentación. Cualquier conversación con un"
        " proveedor que podría postular a nuestras licitaciones pasa por Adquisiciones.",
        "no",
    ),
    (
        "Infelizmente não posso aceitar. Qualquer contacto com um fornecedor que poderia"
        " concorrer aos nossos concursos passa pelas Compras.",
        "no",
    ),
    # Still asking, or beside a yes.
    ("No sé. ¿Un proveedor que podría postular?", "unclear"),
    ("Sí, claro, aunque es un proveedor que podría postular.", "unclear"),
    ("Não sei. Um fornecedor que poderia concorrer?", "unclear"),
    ("Yes. Who's she?", "unclear"),
    ("Yes, but someone who's what?", "unclear"),
    ("Sure - I'd like to know who's behind it first.", "unclear"),
    ("Yes, happy to meet anyone who's serious.", "unclear"),
    ("Qual é a empresa dela?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_relative_pronoun_asks_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer

"""After a yes and a contrast, a condition that restricts (one of the only_words with it)
and then a refusal ("sim ... mas só se a obra for aqui para os lados de Gaia, para Braga
já não vou") declines only the branch the condition leaves out: unclear, not no. A
refusal after the contrast with no condition before it, or on a condition that limits
nothing ("Yes, but if it's about sales, no thanks"), is still the answer, and colloquial
and formal refusals read as no."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "sim pode passar o meu contacto mas só se a obra for aqui para os lados de Gaia,"
        " para Braga já não vou",
        "unclear",
    ),
    ("sí, pásale mi número pero solo si la obra es por aquí, a Sevilla ya no voy", "unclear"),
    ("Ja, aber nur wenn die Baustelle in der Nähe ist, nach Hamburg fahre ich nicht.", "unclear"),
    ("Oui, mais seulement si c'est près de Lyon, à Paris je n'irai pas.", "unclear"),
    # Near-misses: a refusal after the contrast with no condition before it, or on a
    # condition that limits nothing of the yes.
    ("Yes, but if it's about sales, no thanks", "no"),
    ("Gerne, aber falls es um Verkauf geht, nein danke.", "no"),
    ("I'd love to, but I can't", "no"),
    ("sim, mas não posso", "no"),
]

REFUSALS = [
    ("ne sorry 😅 hab schon nen ausbildungsplatz, fang im august an. trotzdem danke!!", "no"),
    ("ne, danke", "no"),
    ("Lamento comunicarle que no me resulta posible aceptar la presentación propuesta.", "no"),
    ("Il ne m'est pas possible d'accepter.", "no"),
    ("J'aurais kiffé. Mais j'ai déjà signé mon stage, donc c'est mort pour moi cette fois.", "no"),
    # Near-misses: a tag "ne?" and an article "ne" refuse nothing.
    ("Ja klar, machen wir so, ne? Danke!", "unclear"),
    ("hab ne frage, sorry: wer ist das?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_refusal_after_a_condition_declines_a_branch(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), REFUSALS)
def test_colloquial_and_formal_refusals(text: str, answer: str) -> None:
    assert classify_text(text) == answer

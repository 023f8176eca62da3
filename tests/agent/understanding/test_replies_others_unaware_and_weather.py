"""Others not knowing something ("muchas no saben que tienen derecho al overtime") and
the weather ("não chove desde março") negate nothing the writer answers: the yes beside
them stands. The writer's own doubt and a refusal still count."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Claro que yes, mándale mi email al Daniel. Le puedo decir a las muchachas también,"
        " muchas no saben que tienen derecho al overtime.",
        "yes",
    ),
    ("Oui, volontiers. Beaucoup ne savent pas que ce programme existe.", "yes"),
    ("Ja, gerne. Viele wissen nicht, dass es das Programm gibt.", "yes"),
    ("Sim, pode apresentar. Muitas não sabem que têm direito.", "yes"),
    ("Ndiyo, karibu. Wengi hawajui kwamba wana haki.", "yes"),
    ("Yes, happy to. They don't know that the programme exists.", "yes"),
    (
        "sim pode passar meu contato pro rapaz do ipa que eu quero saber da cisterna aqui no"
        " sítio não chove desde março obrigada",
        "yes",
    ),
    ("Sí, claro. Aquí no llueve desde marzo.", "yes"),
    ("Oui, avec plaisir. Il ne pleut pas depuis mars.", "yes"),
    ("Yes please. It hasn't rained here since March.", "yes"),
    ("Ja, gerne. Hier regnet es nicht seit März.", "yes"),
    ("Ndiyo. Hakuna mvua tangu Machi.", "yes"),
    # Near-misses: the writer's own doubt, a refusal, a yes from a date.
    ("No sé, muchas no saben que tienen derecho.", "unclear"),
    ("não, aqui não chove desde março", "no"),
    ("Sim, mas não agora, não chove desde março.", "no"),
    ("sim, só desde março", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_others_unaware_and_weather(text: str, expected: str) -> None:
    assert classify_text(text) == expected

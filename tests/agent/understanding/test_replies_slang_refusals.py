"""Young writers' refusals: slang that closes its clause ("I no dey", "tô fora", "passo",
"paso") refuses with an emoji after it as it does alone, and a bare "no" that closes its
line or stands before an emoji ("lol no 😂😂") is the answer, not a determiner. The same
words going on in their clause ("I no dey Lagos", "tô fora até sexta", "Paso por tu
oficina") refuse nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SLANG_REFUSALS = [
    (
        'lol no 😂😂\nIf na that "invest 20k, bring 2 people" thing again abeg I no dey. '
        "Tell Segun I said hi sha",
        "no",
    ),
    ("abeg I no dey", "no"),
    ("nah I'm good 😂", "no"),
    ("bof non 😅", "no"),
    ("mdr non 😂\nDis bonjour à Paul", "no"),
    ("paso 🙏", "no"),
    ("jaja no, paso 😂", "no"),
    ("nee lass mal 😅", "no"),
    ("tô fora", "no"),
    ("kkkk não, tô fora dessa 😂", "no"),
    ("foi mal, passo 🙏", "no"),
    ("hapana bana 😂", "no"),
]

NEAR_MISSES = [
    # The same words going on in their clause tell where the writer is, or what they do.
    ("I no dey Lagos next week.", "unclear"),
    ("Tô fora até sexta.", "unclear"),
    ("Paso por tu oficina mañana 🙏", "unclear"),
    ("Passo aí amanhã 🙏", "unclear"),
    # A yes beside the slang refusal leaves the reply unclear.
    ("Sim, claro. Essa semana tô fora.", "unclear"),
    # An emoji after a yes that answers only closing its clause is read as before.
    ("I'm in 🎉", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), SLANG_REFUSALS)
def test_slang_refusals_refuse(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), NEAR_MISSES)
def test_slang_words_going_on_in_their_clause_refuse_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer

"""Two others the writer wishes should meet, said with a subjunctive opening the sentence
or after the writer's own wish ("1) Que se conozcan mi socia Valeria Cruz (...) y Tomás
Herrera (...)", "Que se conheçam a Beatriz Lima (...) e o Rui Costa (...)", "J'aimerais
que Claire Martin (...) et Paul Roy (...) se rencontrent", "Ich möchte, dass ... sich
kennenlernen", "Ningependa ... wakutane") are the pair; gladness that they know each other
("Me alegra que ... se conozcan") or a wish negated ("No quiero que ...") is none."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Te encargo dos cosas:\n\n1) Que se conozcan mi socia Valeria Cruz"
            " (valeria@salinas.example) y Tomás Herrera (tomas@vidrio.example). Necesitamos"
            " botellas.\n2) Y a mí preséntame con Andrea Lozano, alozano@exporta.example, que"
            " sabe de exportar.",
            Party("Valeria Cruz", "valeria@salinas.example"),
            Party("Tomás Herrera", "tomas@vidrio.example"),
        ),
        (
            "Quiero que Valeria Cruz (valeria@s.example) y Tomás Herrera (tomas@v.example) se"
            " conozcan.",
            Party("Valeria Cruz", "valeria@s.example"),
            Party("Tomás Herrera", "tomas@v.example"),
        ),
        (
            "Que se conheçam a Beatriz Lima (bia@l.example) e o Rui Costa (rui@c.example)."
            " Ambos trabalham com vinho.",
            Party("Beatriz Lima", "bia@l.example"),
            Party("Rui Costa", "rui@c.example"),
        ),
        (
            "Gostaria que a Beatriz Lima (bia@l.example) e o Rui Costa (rui@c.example) se"
            " conhecessem.",
            Party("Beatriz Lima", "bia@l.example"),
            Party("Rui Costa", "rui@c.example"),
        ),
        (
            "J'aimerais que Claire Martin (claire@m.example) et Paul Roy (paul@r.example) se"
            " rencontrent.",
            Party("Claire Martin", "claire@m.example"),
            Party("Paul Roy", "paul@r.example"),
        ),
        (
            "Ich möchte, dass Jana Vogt (jana@v.example) und Felix Roth (felix@r.example) sich"
            " kennenlernen.",
            Party("Jana Vogt", "jana@v.example"),
            Party("Felix Roth", "felix@r.example"),
        ),
        (
            "Ningependa Amina Juma (amina@j.example) na Otieno Okoth (otieno@o.example) wakutane.",
            Party("Amina Juma", "amina@j.example"),
            Party("Otieno Okoth", "otieno@o.example"),
        ),
    ],
)
def test_a_wish_that_two_others_meet_is_their_pair(text: str, a: Party, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, b)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Me alegra que Valeria Cruz (valeria@s.example) y Tomás Herrera (tomas@v.example) se"
        " conozcan ya.",
        "No quiero que Valeria Cruz (valeria@s.example) y Tomás Herrera (tomas@v.example) se"
        " conozcan.",
        "Não quero que a Beatriz Lima (bia@l.example) e o Rui Costa (rui@c.example) se conheçam.",
        "Fico feliz que a Beatriz Lima (bia@l.example) e o Rui Costa (rui@c.example) se conheçam.",
        "Je n'aimerais pas que Claire Martin (claire@m.example) et Paul Roy (paul@r.example)"
        " se rencontrent.",
        "Ich möchte nicht, dass Jana Vogt (jana@v.example) und Felix Roth (felix@r.example)"
        " sich kennenlernen.",
    ],
)
def test_gladness_or_a_negated_wish_is_no_pair(text: str) -> None:
    result = understand(text)
    assert not result.confident

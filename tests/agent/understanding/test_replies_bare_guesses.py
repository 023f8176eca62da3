"""A guess standing bare after a yes ("Yes, I think.", "Ndiyo, nadhani.") doubts it, as
"Yes, I guess." does; the same guess leading a clause ("Nadhani itakuwa vizuri...", "Ich
glaube, das passt") or inside one ("No creo.", "ya lo creo", "more than I think") keeps
its old reading. Swahili "mradi" before a verb with its subject prefix or "tu" is
"provided", a condition; before any other word it is the noun "project"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I think.",
        "Sure thing, I believe.",
        "Yes I reckon",
        "Happy to. I think.",
        "Oui, je crois.",
        "Oui, j'imagine !",
        "Oui, sans doute.",
        "Sí, seguramente.",
        "Sí, creo.",
        "Claro, me imagino.",
        "Ja, denke ich.",
        "Ja, ich vermute.",
        "Sim, creio eu.",
        "Claro, acredito.",
        "Ndiyo, nafikiri.",
        "Sawa, ninaamini 🙂",
        "Ndiyo nadhani",
    ],
)
def test_a_bare_guess_after_a_yes_is_unclear(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("hedge:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Leading the words after it, the guess is read with them.
        ("Yes, I think it would be great to meet her.", "yes"),
        ("Ja, ich glaube, das passt gut.", "yes"),
        ("Ndiyo, nadhani itakuwa vizuri kukutana naye.", "yes"),
        ("Nadhani itakuwa vizuri kukutana naye", "unclear"),
        # Inside its clause it is that clause's verb.
        ("Sí, ya lo creo.", "yes"),
        ("No creo.", "no"),
        ("Happy to, it's a bigger market than I think.", "yes"),
        ("Oui, je pense bien !", "yes"),
        ("Il sera sans doute ravi. Oui, allez-y.", "yes"),
        # A guess about a detail after a clause of its own doubts no answer.
        ("¡Claro que sí! Le llamo el martes a las 10 (las 17:00 en Viena, creo).", "yes"),
        # Still read as before.
        ("No, I think not.", "no"),
        ("Sim, acho que sim.", "unclear"),
    ],
)
def test_a_guess_leading_or_inside_a_clause_keeps_its_reading(text: str, expected: str) -> None:
    assert classify_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ndiyo, mradi ana nia njema.",
        "Ndiyo, mradi anaelewa kazi yetu.",
        "Sawa, mradi tutakutana Jumamosi.",
        "Ndiyo, mradi hana nia mbaya.",
        "Ndiyo, mradi tu kwamba ana nia njema.",
        "Ndiyo, ilimradi ana nia njema.",
    ],
)
def test_mradi_before_a_verb_is_a_condition(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Ndiyo, mradi wetu wa maji umekwisha, nina muda sasa.",
        "Ndiyo, nimesikia kuhusu mradi. Tuunganishe.",
        "Ndiyo, tuunganishe. Mradi wake mpya unanivutia.",
        "Ndiyo, mradi wangu ni mdogo lakini ningependa kukutana naye.",
    ],
)
def test_mradi_as_a_noun_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"

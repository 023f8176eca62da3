"""A paragraph of mockery (a yes opening it, a rhetorical question or a wry face, then a
mocking verdict: "What an honour.", "Trop d'honneur.", "Proposta irrecusável 🙃") before
a refusal is no answer: the refusal after it is. Without the refusal, without the
question or face, or with a yes after the verdict, the reading stays as it was."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

MOCKED = [
    "Oh sure, another recruiter who wants to pick my brain for free? What an honour.\n\n"
    "Seriously though: no thanks.",
    "Ah mais carrément, une fresque pour une boisson énergisante, avec le logo en taille "
    "XXL j'imagine ? Trop d'honneur.\n\nBon, sérieusement : c'est non.",
    "Claro, otro más con una idea de app, ¿verdad? Propuesta irrechazable.\n\nNo, gracias.",
    "Ja klar, noch ein Startup mit einer App-Idee? Welche Ehre.\n\nNein, danke.",
    "Ah, claro, mais um cara com uma ideia de app querendo trocar uma ideia comigo... "
    "Proposta irrecusável 🙃\n\nNão, obrigada. Já dei.",
    "Ndiyo kabisa, mwekezaji mwingine anayetaka kazi ya bure? Heshima kubwa iliyoje.\n\n"
    "Hapana, asante.",
]


@pytest.mark.parametrize("text", MOCKED)
def test_a_mocked_paragraph_leaves_the_refusal_after_it(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("mock-verdict:") for e in evidence)


KEPT = [
    # No refusal after the verdict.
    ("Oh sure, another recruiter? What an honour. Happy to, actually.", "unclear"),
    ("Yes of course! Is she the Anna from Leeds? What an honour.", "unclear"),
    # No rhetorical question or wry face: a sincere honour beside a refusal stays mixed.
    ("Oui, bien sûr ! Quel honneur.\n\nNon merci.", "unclear"),
    # The verdict inside a sentence is no verdict of its own.
    ("Sure? It would be what an honour means to me.\n\nNo thanks.", "unclear"),
    ("Yes, what an honour, happy to meet him.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), KEPT)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Oui, envoyez-moi son logo et je regarde.", "yes"),
        ("Non, même avec le logo en grand.", "no"),
    ],
)
def test_french_logo_is_no_german_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer

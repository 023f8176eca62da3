"""A French description may open on an article elided onto its noun ("l'agronome
Geneviève Caron", "l'architecte Paul Morel"), as "la sommelière Sandrine" opens on "la":
the one named after it is the person, in a list item of pairs as in a phrasing."""

from __future__ import annotations

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
FIRST = (
    "Deux présentations :\n\n1) Mathieu (mathieu@ferme.example) avec Stéphane Roy "
    "(sroy@roy.example). Il faut des bidons.\n\n"
)


def test_a_list_item_pairs_the_writer_with_the_one_an_elided_description_names() -> None:
    result = understand(
        FIRST + "2) Moi avec l'agronome Lucie Caron (lcaron@agri.example). Je voudrais son avis."
    )
    assert (result.a, result.b) == (
        Party("Mathieu", "mathieu@ferme.example"),
        Party("Stéphane Roy", "sroy@roy.example"),
    )
    assert result.more == (Pair(ME, Party("Lucie Caron", "lcaron@agri.example")),)
    assert result.confident


def test_the_one_described_without_an_address_is_asked_about() -> None:
    result = understand(FIRST + "2) Moi avec l'agronome Lucie Caron. Je voudrais son avis.")
    assert result.more == (Pair(ME, Party("Lucie Caron", None)),)
    assert not result.confident


def test_a_phrasing_reads_the_one_described() -> None:
    result = understand(
        "Pourriez-vous présenter Léa Roy (lea@roy.example) à l'architecte Paul Morel "
        "(p@morel.example) ?"
    )
    assert (result.a, result.b) == (
        Party("Léa Roy", "lea@roy.example"),
        Party("Paul Morel", "p@morel.example"),
    )
    assert result.confident


def test_someone_of_the_one_named_is_not_them() -> None:
    # "l'assistante de Paul Morel": not Paul Morel, never acted on.
    result = understand(
        "Pourriez-vous me présenter à l'assistante de Paul Morel (paul@morel.example) ?"
    )
    assert not result.confident

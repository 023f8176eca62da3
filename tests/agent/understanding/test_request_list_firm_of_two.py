"""A list item opening on two single words joined by "&", neither a listed first name
nor written with an address ("- Sorrel & Pine: the acqui-hire talks fell apart"), names
a firm, not a pair to introduce, even in a mail that asks for an intro elsewhere; two
first names so joined ("- Maya & Tom: both in fintech") are still a pair."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ASK = {
    "en": "Also, please introduce Devika Nair (devika@tallow.example) to Arnaud Lefèvre"
    " (arnaud@saltmarsh.example).",
    "fr": "Et surtout, pourriez-vous présenter Devika Nair (devika@tallow.example) à Arnaud"
    " Lefèvre (arnaud@saltmarsh.example) ?",
    "es": "Y sobre todo, ¿puedes presentar a Devika Nair (devika@tallow.example) a Arnaud"
    " Lefèvre (arnaud@saltmarsh.example)?",
}


@pytest.mark.parametrize(
    ("item", "language"),
    [
        ("- Sorrel & Pine: the acqui-hire talks fell apart.", "en"),
        ("- Marks & Spencer: the pilot is signed.", "en"),
        ("- Sorrel & Pine : les discussions ont échoué.", "fr"),
        ("- Sorrel & Pine: las conversaciones fracasaron.", "es"),
    ],
)
def test_a_firm_of_two_words_is_no_pair(item: str, language: str) -> None:
    result = understand(
        f"Hi,\n\nPortfolio round-up:\n- Tallow closed their round.\n{item}\n\n"
        f"{_ASK[language]}\n\nThanks\nAnn"
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Devika Nair", "devika@tallow.example"),
        Party("Arnaud Lefèvre", "arnaud@saltmarsh.example"),
    )
    assert not result.more
    assert result.confident


def test_two_first_names_so_joined_are_still_a_pair() -> None:
    result = understand(
        "Hi,\n\nA few intros please:\n- Maya & Tom: both in fintech.\n\n"
        + _ASK["en"]
        + "\n\nThanks\nAnn"
    )
    assert result.kind == "intro_request"
    pairs = [(result.a, result.b), *((p.a, p.b) for p in result.more)]
    named = {tuple(party.name if party else None for party in pair) for pair in pairs}
    assert ("Maya", "Tom") in named
    assert not result.confident

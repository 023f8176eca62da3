"""A Swahili verb prefix joined by a hyphen to a borrowed verb ("Ni-connect na Otieno",
"ni-text on WhatsApp", hyphen_prefixes) is the object "me", never the French or
Spanish "ni" ("nor") it spells: it negates nothing after a yes. A "ni" that stands
apart still negates."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

HYPHEN_PREFIXES = [
    ("Ndiyo, sawa kabisa. Ni-connect na Otieno.", "yes"),
    ("Ndiyo. Ni-connect naye tafadhali.", "yes"),
    ("Sawa kabisa, ni-text on WhatsApp badala ya call pls.", "yes"),
    ("Ndiyo, tu-connect wiki ijayo.", "yes"),
    # A "ni" apart from the next word is the French or Spanish "nor".
    ("Oui. Ni lui ni elle.", "unclear"),
    ("Sí. Ni hablar.", "unclear"),
    ("Ndiyo. Ni - sitaki.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), HYPHEN_PREFIXES)
def test_hyphen_prefix_negates_nothing(text: str, expected: str) -> None:
    assert classify_text(text) == expected

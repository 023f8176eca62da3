""" "any word back from the co-op about the wool?": a colloquial ask after news from the
one asked for is status, as "any word from" is."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "any word back from the Galway crowd about the fleece? let me know either way",
        "Any reply back from Jo about the barn?",
        "any answer back from the co-op?",
    ],
)
def test_any_word_back_from_is_status(text: str) -> None:
    found = detect_command("", text, False)
    assert found is not None and found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # Told, not asked, beside a new ask: a request.
        "We had no word back from the co-op. Could you introduce me to Jo Lee "
        "(jo@lee.example)?\n\nAnn",
        "any word back from Jo? If not could you introduce me to Ann Park "
        "(ann@park.example)?\n\nAnn",
    ],
)
def test_a_new_ask_beside_it_stays_a_request(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"

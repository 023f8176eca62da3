"""A Swahili verb that carries its object, capitalised as a sentence's first word
("Unamjua Karin Holmberg ...?", do you know Karin Holmberg; "Namjua", "Unawajua"), is
no word of the name after it (``stop_names``). It was read as her first name."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Habari. Unamjua Karin Holmberg <karin@ex.test>? Tafadhali mtambulishe kwa Juma Ali"
        " <juma@ex.test>.",
        "Habari. Unamfahamu Karin Holmberg <karin@ex.test>? Ningependa umtambulishe kwa Juma"
        " Ali <juma@ex.test>.",
        "Mambo. Namjua Karin Holmberg <karin@ex.test> tangu zamani. Mtambulishe kwa Juma Ali"
        " <juma@ex.test> tafadhali.",
    ],
)
def test_a_verb_opening_the_sentence_is_no_part_of_the_name(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (
        Party("Karin Holmberg", "karin@ex.test"),
        Party("Juma Ali", "juma@ex.test"),
    )

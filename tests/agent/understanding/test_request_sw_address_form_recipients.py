"""A Swahili address form ("Mama", "Baba", "Bibi") before the first name of the one the
mail is written or copied to names them, as a title does ("Mama Rehema, kutana na Mzee
Otieno" to Rehema Mwangi and Otieno Ouma): she alone on the mail has that first name.
"Mama Juma" to Juma Said, a man, is Juma's mother, and "Baba Rehema" Rehema's father: no
one on the mail; two of that first name on it leave it unknown."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

_ZAWADI = Party("Zawadi Njeri", "zawadi@njeri.example")
_BARAKA = Party("Baraka Kiptoo", "baraka@kiptoo.example")
_TO = "Zawadi Njeri <zawadi@njeri.example>, Baraka Kiptoo <baraka@kiptoo.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Mama Zawadi, kutana na Mzee Baraka. Wote mnalima chai.",
        "Bibi Zawadi, kutana na Baraka. Wote mnalima chai.",
        "Baraka, kutana na Mama Zawadi. Wote mnalima chai.",
    ],
)
def test_an_address_form_before_a_recipients_first_name_names_her(body: str) -> None:
    result = understand(body, to=_TO, cc=AGENT)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_ZAWADI, _BARAKA}
    assert result.confident


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # "Baba" before a woman's name is her father.
        ("Baba Zawadi, kutana na Baraka. Wote mnalima chai.", _TO),
        # "Mama" before a man's name is his mother.
        ("Mama Baraka, kutana na Zawadi. Wote mnalima chai.", _TO),
        # Two of that first name on the mail.
        (
            "Mama Zawadi, kutana na Baraka. Wote mnalima chai.",
            f"{_TO}, Zawadi Achieng <zawadi@achieng.example>",
        ),
    ],
)
def test_an_address_form_of_no_one_certain_is_asked_about(body: str, to: str) -> None:
    result = understand(body, to=to, cc=AGENT)
    assert result.kind == "intro_request"
    assert not result.confident

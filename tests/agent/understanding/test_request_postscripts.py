"""A postscript below the signature ("P.S.", "P.-S.", "P.D.", "PS:", "Nachtrag:") is
the writer's text again: an address it gives for the one it asks for is theirs, as in
the mail above the signature."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_HANA = Party("Hana Sato", "hana.sato@mercerlowe.co.uk")
_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("thanks", "postscript"),
    [
        (
            "Thank you so much for the intro to Ben!",
            "P.S. While I have you - would you be able to introduce me to Hana Sato? She "
            "heads up buying at Mercer & Lowe (hana.sato@mercerlowe.co.uk).",
        ),
        (
            "Thanks again for Ben.",
            "PS: could you introduce me to Hana Sato? She heads up buying at Mercer & Lowe "
            "(hana.sato@mercerlowe.co.uk).",
        ),
        (
            "Merci encore pour Ben !",
            "P.-S. Pourriez-vous me présenter à Hana Sato ? Elle dirige les achats chez "
            "Mercer & Lowe (hana.sato@mercerlowe.co.uk).",
        ),
        (
            "¡Gracias otra vez por lo de Ben!",
            "P.D. ¿Podrías presentarme a Hana Sato? Dirige las compras en Mercer & Lowe "
            "(hana.sato@mercerlowe.co.uk).",
        ),
        (
            "Danke nochmal für Ben!",
            "Nachtrag: Könntest du mich Hana Sato vorstellen? Sie leitet den Einkauf bei "
            "Mercer & Lowe (hana.sato@mercerlowe.co.uk).",
        ),
    ],
)
def test_a_postscript_below_the_signature_gives_its_address(thanks: str, postscript: str) -> None:
    result = understand(f"{thanks}\n\nAnn\n\n{postscript}\n")
    assert result.confident
    assert (result.a, result.b) == (_WRITER, _HANA)


@pytest.mark.parametrize(
    "below",
    [
        # A signature's lines, no postscript: the address is the writer's side.
        "Ann Lee\nPS Design Ltd\nhana.sato@mercerlowe.co.uk",
        "Ann Lee\nps: hana.sato@mercerlowe.co.uk",
    ],
)
def test_an_address_in_a_signature_is_still_no_one_asked_for(below: str) -> None:
    result = understand(
        "Could you introduce me to Hana Sato? She heads up buying at Mercer & Lowe.\n\n"
        f"Ann\n{below}\n"
    )
    assert not result.confident

"""Someone the writer suggests asking ("Or ask Peter Mwangi (...), he might know
someone", "You could ask Peter", "ou demande à Peter", "o pregúntale a Peter", "oder frag
Peter", "ou pergunta ao Peter", "au muulize Peter") is to be consulted, not introduced: a
pair holding them is asked about, never acted on (``consult_cues``, read as the
``kin_cues`` are). One named to meet stays a party ("Please put us in touch. Peter Mwangi
(...) is great.")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_PETER = "Peter Mwangi (peter@mwangi.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"We need a caterer. If you know someone good, please put us in touch. Or ask {_PETER},"
        " he might know someone.",
        f"Please put me in touch with a good caterer. You could ask {_PETER}.",
        f"Peux-tu me mettre en contact avec un bon traiteur ? Ou demande à {_PETER}.",
        f"¿Me pones en contacto con un buen proveedor? O pregúntale a {_PETER}.",
        f"Kannst du mich mit einem guten Caterer in Kontakt bringen? Oder frag {_PETER}.",
        f"Podes pôr-me em contacto com um bom fornecedor? Ou pergunta ao {_PETER}.",
        f"Naomba uniunganishe na mpishi mzuri. Au muulize {_PETER}.",
    ],
)
def test_someone_to_consult_is_no_certain_party(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Please put us in touch. {_PETER} is great.",
        f"Please introduce me to {_PETER}. Check with him first.",
    ],
)
def test_one_named_to_meet_stays_a_party(body: str) -> None:
    result = understand(body)
    assert result.b == Party("Peter Mwangi", "peter@mwangi.example")
    assert result.confident


def test_someone_to_consult_in_a_forwarded_ask_is_no_certain_party() -> None:
    result = understand(
        "Can you help here?\n\n---------- Forwarded message ---------\n"
        "From: Njeri Kamau <njeri@kamau.example>\nDate: Mon, 1 Dec 2025 at 09:00\n"
        "Subject: caterer\nTo: Ann Lee <ann@lee.example>\n\nHi Ann,\nWe need a caterer for"
        f" 300 guests. If you know someone good, please put us in touch. Or ask {_PETER}, he"
        " might know someone.\nNjeri"
    )
    assert result.kind == "intro_request"
    assert not result.confident

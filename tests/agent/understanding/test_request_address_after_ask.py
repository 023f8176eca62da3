"""An address given by a pronoun lead in the sentence right after an ask ("Son adresse :",
"Her email:", "Su correo:", "Ihre E-Mail:", "O e-mail dela:", "Barua pepe yake:") is the
one person the ask names without an address, when every other one it names has their own
address written beside them: "... mettre en relation notre déléguée Sabine Toulouse
(sabine@...) avec Me Élise Royer, l'avocate ... ? Son adresse : e.royer@...". An address
one of them has already, two named without one, or the address further off ties
nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SAM = "Sam Ode (sam@ode.example)"
_COUNSEL = "counsel@lawfirm.example"


@pytest.mark.parametrize(
    "body",
    [
        f"Could you connect {_SAM} with Dr. Ana Ruiz, the lawyer? Her email: {_COUNSEL}.",
        f"Est-ce que tu pourrais mettre en relation {_SAM} avec Me Ana Ruiz, l'avocate ? "
        f"Son adresse : {_COUNSEL}.",
        f"¿Podrías poner en contacto a {_SAM} con la Dra. Ana Ruiz? Su correo: {_COUNSEL}.",
        f"Könnten Sie {_SAM} mit Frau Dr. Ana Ruiz bekannt machen? Ihre E-Mail: {_COUNSEL}.",
        f"Pode pôr o {_SAM} em contacto com a Dra. Ana Ruiz? O e-mail dela: {_COUNSEL}.",
        f"Unaweza kumuunganisha {_SAM} na Dkt. Ana Ruiz? Barua pepe yake: {_COUNSEL}.",
    ],
)
def test_an_address_after_the_ask_is_the_one_named_without_one(body: str) -> None:
    result = understand(f"{body}\n\nAnn")
    assert (result.a, result.b) == (
        Party("Sam Ode", "sam@ode.example"),
        Party("Ana Ruiz", _COUNSEL),
    )
    assert result.confident


def test_the_unions_mail_gives_the_lawyers_address() -> None:
    result = understand(
        "Est-ce que tu pourrais mettre en relation notre déléguée du personnel Sabine "
        "Toulouse (sabine.toulouse@chu.example) avec Me Élise Royer, l'avocate en droit du "
        "travail qui nous avait aidés ? Son adresse : e.royer@royer-avocats.example.\n\n"
        "Sylvain"
    )
    assert result.b == Party("Élise Royer", "e.royer@royer-avocats.example")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The address one of them has already.
        f"Could you connect {_SAM} with Dr. Ana Ruiz? Her email: sam@ode.example.",
        # Two named without an address.
        f"Could you connect {_SAM} with Dr. Ana Ruiz and Dr. Bob Ray? Her email: {_COUNSEL}.",
        # The address two sentences off.
        f"Could you connect {_SAM} with Dr. Ana Ruiz? She helped us.\nHer email: {_COUNSEL}.",
    ],
)
def test_an_address_after_the_ask_ties_no_one_uncertain(body: str) -> None:
    result = understand(f"{body}\n\nAnn")
    assert not result.confident

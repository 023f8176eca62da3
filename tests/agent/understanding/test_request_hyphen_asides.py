"""A hyphen inside a word ("e-meet", "ex-Stripe", "co-founder"), written with no space on
either side, closes no aside a dash opened after a name: "Ellie - great to e-meet you"
is no "Ellie (...) meet you", so a thank-you for an intro made, the thanker moving the
introducer to Bcc and greeting the one met, asks nothing. An aside closed by a dash
between spaces still describes the one named before it."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ELLIE = "Ellie Marsh <ellie@marsh.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the intro! (moving you to bcc to spare your inbox)\n\nEllie - great to "
        "e-meet you. Would Tuesday or Wednesday work for a call?",
        "Thanks Sam, moving you to bcc.\n\nEllie - so nice to e-meet you - I'll send times.",
        "Merci pour la mise en relation ! (je te mets en cci)\n\nEllie - ravie de te "
        "e-rencontrer. Mardi te conviendrait ?",
        "¡Gracias por la presentación! (te paso a cco)\n\nEllie - encantado de e-conocerte. "
        "¿Te va bien el martes?",
        "Danke für die Vorstellung! (ich setze dich in Bcc)\n\nEllie - schön, dich per "
        "E-Mail kennenzulernen. Passt dir Dienstag?",
        "Obrigado pela apresentação! (passo você para cco)\n\nEllie - prazer em te "
        "e-conhecer. Terça funciona?",
    ],
)
def test_greeting_the_one_met_after_thanks_for_the_intro_asks_nothing(body: str) -> None:
    result = understand(f"{body}\n\nTom", to=_ELLIE)
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "aside",
    ["ex-Stripe", "our new co-founder", "our CTO"],
)
def test_an_aside_between_dashes_still_describes_the_one_named(aside: str) -> None:
    result = understand(
        f"Please introduce Ann Roe (ann@roe.example) - {aside} - to Bob Ray "
        "(bob@ray.example).\n\nAnn"
    )
    assert (result.a, result.b) == (
        Party("Ann Roe", "ann@roe.example"),
        Party("Bob Ray", "bob@ray.example"),
    )
    assert result.confident
    found = understand(f"Ellie - {aside} - meet Bob Ray (bob@ray.example).\n\nAnn", to=_ELLIE)
    assert (found.a, found.b) == (
        Party("Ellie Marsh", "ellie@marsh.example"),
        Party("Bob Ray", "bob@ray.example"),
    )

"""An address the writer says they may remember wrongly ("his card said ... but I might
be remembering it wrong", "if I remember right", "si ma mémoire est bonne", "si no
recuerdo mal", "wenn ich mich richtig erinnere", "se bem me lembro", "kama nakumbuka
vizuri"), after the address in its sentence, is doubted as one the writer is "not sure"
of is (``address_doubts``): the request is asked about, never acted on. Remembering
something else, before any address, changes nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Please introduce me to Tomás Ferreira. His card said tomas@corks.example but I might"
        " be remembering it wrong.",
        "Please introduce me to Tomás Ferreira, it's tomas@corks.example if I remember right.",
        "Please introduce me to Tomás Ferreira (tomas@corks.example), I may have got it wrong"
        " though.",
        "Peux-tu me présenter à Tomás Ferreira ? C'est tomas@corks.example, si ma mémoire est"
        " bonne.",
        "¿Me presentas a Tomás Ferreira? Es tomas@corks.example, si no recuerdo mal.",
        "Kannst du mich mit Tomás Ferreira bekannt machen? Seine Adresse ist"
        " tomas@corks.example, wenn ich mich richtig erinnere.",
        "Podes apresentar-me ao Tomás Ferreira? É tomas@corks.example, se bem me lembro.",
        "Tafadhali niunganishe na Tomás Ferreira. Ni tomas@corks.example kama nakumbuka vizuri.",
    ],
)
def test_an_address_perhaps_misremembered_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "tomas@corks.example"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        # Remembering the meeting, before the address written: the address is not doubted.
        "If I remember right we met in Porto. Please introduce me to Tomás Ferreira"
        " (tomas@corks.example).",
        "Si no recuerdo mal nos vimos en Oporto. ¿Me presentas a Tomás Ferreira"
        " (tomas@corks.example)?",
    ],
)
def test_remembering_something_else_stays_confident(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.confident

"""A mail that tells the agent to hold an intro, neither going on with it nor cancelling
it ("Don't go ahead with the intro to Ana, don't cancel it either, just wait"), asks
nothing: no new request, and no cancel, the hold looked for across the whole sentence
("Ne donnez pas suite à ma demande ..., ne l'annulez pas non plus, attendez"). A cancel
with no hold, and an ask in a sentence that holds none, read as before."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_THREAD = "Re: intro to Ana"


@pytest.mark.parametrize(
    "body",
    [
        "Don't go ahead with the intro to Ana, don't cancel it either, just wait.",
        "Don't go ahead with the intro to Ana yet.",
        "Don't cancel the intro to Ana, just wait.",
        "Hold off on the intro to Ana for now, just wait.",
        "Just wait with the intro to Ana.",
        "Please don't go ahead with my request to meet Ana, just wait.",
        "Ne donnez pas suite à ma demande de présentation à Ana, ne l'annulez pas non plus, "
        "attendez.",
        "No sigas con la presentación a Ana, tampoco la canceles, espera.",
        "No sigas con mi petición de conocer a Ana, espera.",
        "Verfolgen Sie die Vorstellung bei Ana nicht weiter, storniert sie aber auch nicht, "
        "warten Sie einfach.",
        "Bitte verfolgen Sie meine Anfrage nicht weiter, warten Sie einfach.",
        "Não dê seguimento à apresentação à Ana, nem a cancele, espere.",
        "Não dê seguimento ao meu pedido, aguarde.",
        "Usiendelee na utambulisho wa Ana, usiusitishe pia, subiri tu.",
        "Usiendelee na ombi langu la kukutana na Ana, subiri tu.",
    ],
)
def test_a_held_intro_is_neither_cancelled_nor_asked(body: str) -> None:
    result = understand(body, subject=_THREAD)
    assert result.kind == "not_a_request", body


def test_a_cancel_with_no_hold_still_cancels() -> None:
    result = understand(
        "Please don't go ahead with my request to meet Ana, I found her myself.",
        subject=_THREAD,
    )
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Bob Lee (bob@lee.example)? Just wait until he is back.",
        "Please wait until Monday, then introduce me to Bob Lee (bob@lee.example).",
        "Wait - could you introduce me to Bob Lee (bob@lee.example)? He runs a bakery.",
        "Ana espera tu presentación. ¿Puedes presentarme a Bob Lee (bob@lee.example)?",
    ],
)
def test_an_ask_beside_a_wait_still_asks(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request", body
    assert result.b is not None and result.b.email == "bob@lee.example", body

"""In a reply thanking for an intro made, saying the agent need do nothing more ("No
need to do anything else for now", "Hakuna haja ya kufanya kitu kingine kwa sasa", "Ya
no hace falta hacer nada más", "Plus besoin de faire autre chose", "Já não é preciso
fazer mais nada"; ``done_tails`` after a ``thread_cancels`` opener) closes the matter and
cancels nothing. It was read as a cancel; a thread cancel with no such tail still
cancels."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_THREAD = {
    "subject": "Re: Juma, meet Amina (solar irrigation)",
    "headers": {"In-Reply-To": "<d41f8a27@jua-nishati.example>"},
}


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much for the intro. We spoke by phone already. There is no longer any"
        " need to do anything else.\n\nJuma",
        "Asante sana kwa utambulisho. Tumeshaongea na Amina kwa simu na tutakutana wiki"
        " ijayo. Hakuna haja ya kufanya kitu kingine kwa sasa.\n\nJuma",
        "Merci beaucoup pour la mise en relation. Nous avons déjà parlé avec Amina. Plus"
        " besoin de faire autre chose.\n\nJuma",
        "Muchas gracias por la presentación. Ya hablamos con Amina por teléfono. Ya no hace"
        " falta hacer nada más.\n\nJuma",
        "Muito obrigado pela apresentação. Já falamos com a Amina. Já não é preciso fazer"
        " mais nada.\n\nJuma",
    ],
)
def test_nothing_more_to_do_cancels_nothing(text: str) -> None:
    result = understand(text, **_THREAD)
    assert result.kind == "not_a_request"
    assert result.command is None


@pytest.mark.parametrize(
    "text",
    [
        "Hakuna haja tena.\n\nJuma",
        "Hakuna haja ya kuendelea na utambulisho.\n\nJuma",
        "Ya no hace falta.\n\nJuma",
        "No need to go ahead.\n\nJuma",
        "There is no longer any need to introduce us.\n\nJuma",
    ],
)
def test_a_thread_cancel_without_the_tail_still_cancels(text: str) -> None:
    result = understand(text, **_THREAD)
    assert result.kind == "command"
    assert result.command == "cancel"

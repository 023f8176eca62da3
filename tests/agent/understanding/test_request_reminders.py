"""A reminder asked for about an intro under way ("Tafadhali mkumbushe Kofi Mensah (...)
kuhusu utambulisho kwa Ruth Okoye (...)", "Could you remind ...", "Pourriez-vous
relancer ...", "¿Podrías recordarle a ...?", "Könnten Sie ... an die Vorstellung
erinnern?", "Pode lembrar o ...?"; ``reminder_cues``) is no new intro to make without
asking: the request is asked about; in Swahili it was acted on. A plain ask is acted on as
before."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_KOFI = "Kofi Mensah (kofi@mensah-farms.example)"
_RUTH = "Ruth Okoye (ruth@okoye-legal.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"Tafadhali mkumbushe {_KOFI} kuhusu utambulisho kwa {_RUTH}. Bado hajajibu.",
        f"Naomba uwakumbushe {_KOFI} na {_RUTH} kuhusu utambulisho wao.",
        f"Could you remind {_KOFI} about the intro to {_RUTH}? No reply so far.",
        f"Pourriez-vous relancer {_KOFI} au sujet de la mise en relation avec {_RUTH} ?",
        f"¿Podrías recordarle a {_KOFI} lo de la presentación con {_RUTH}?",
        f"Könnten Sie {_KOFI} noch einmal an die Vorstellung mit {_RUTH} erinnern?",
        f"Pode lembrar o {_KOFI} da apresentação à {_RUTH}?",
    ],
)
def test_a_reminder_of_an_intro_is_never_acted_on(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nLeila", subject="intro")
    assert not (result.kind == "intro_request" and result.confident), body


@pytest.mark.parametrize(
    "body",
    [
        f"Tafadhali mtambulishe {_KOFI} kwa {_RUTH}.",
        f"Could you introduce {_KOFI} to {_RUTH}? They both grow cocoa.",
    ],
)
def test_a_plain_ask_is_still_acted_on(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nLeila", subject="intro")
    assert result.kind == "intro_request"
    assert result.confident

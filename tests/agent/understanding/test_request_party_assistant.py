"""A party's assistant told of in a sentence of their own, with an address of the
party's domain ("Her EA is Josh (josh@...)", "Ihre Assistentin ist ..."), is how to
reach that party, no one left out of the ask: the pair stays certain. One asked for
beside the party's address in the ask, one not called an assistant, or one of another
domain is left out, and the agent asks."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ASK = {
    # A third party asked for: "me" beside a party's EA is read as whoever the EA works for.
    "en": "Could you introduce Lars Berg (lars@berg.example) to Mira Solberg"
    " (mira@fjordlab.example)? They both work on grid storage.",
    "de": "Könnten Sie mich mit Mira Solberg (mira@fjordlab.example) bekannt machen? Wir"
    " arbeiten beide an Netzspeichern.",
    "fr": "Pourriez-vous me présenter à Mira Solberg (mira@fjordlab.example) ? Nous"
    " travaillons tous deux sur le stockage.",
    "es": "¿Podrías presentarme a Mira Solberg (mira@fjordlab.example)? Ambas trabajamos"
    " en almacenamiento.",
    "pt": "Você poderia me apresentar à Mira Solberg (mira@fjordlab.example)? Nós duas"
    " trabalhamos com armazenamento.",
    "sw": "Tafadhali nitambulishe kwa Mira Solberg (mira@fjordlab.example). Sote tunafanya"
    " kazi ya hifadhi ya nishati.",
}


@pytest.mark.parametrize(
    ("language", "aside"),
    [
        ("en", "Mira's EA is Tom (tom.l@fjordlab.example), but write to Mira directly."),
        ("de", "Ihre Assistentin ist Tove Lund (tove.lund@fjordlab.example)."),
        ("fr", "Son assistante est Tove Lund (tove.lund@fjordlab.example)."),
        ("es", "Su asistente es Tove Lund (tove.lund@fjordlab.example)."),
        ("pt", "A assistente dela é a Tove Lund (tove.lund@fjordlab.example)."),
        ("sw", "Msaidizi wake ni Tove Lund (tove.lund@fjordlab.example)."),
    ],
)
def test_a_partys_assistant_leaves_the_pair_certain(language: str, aside: str) -> None:
    result = understand(_ASK[language] + "\n\n" + aside)
    assert result.b == Party("Mira Solberg", "mira@fjordlab.example")
    assert result.confident


@pytest.mark.parametrize(
    "aside",
    [
        # Not called an assistant: someone else, perhaps asked for too.
        "Her colleague Tom Lund (tom.lund@fjordlab.example) might join.",
        # Another domain: no one of hers.
        "Her EA is Tom Lund (tom.lund@otherco.example).",
        # Two addresses in the sentence: more than an assistant told of.
        "Her EA is Tom Lund (tom.lund@fjordlab.example) and Eva (eva@fjordlab.example).",
    ],
)
def test_others_with_an_address_are_still_asked_about(aside: str) -> None:
    result = understand(_ASK["en"] + "\n\n" + aside)
    assert not result.confident

"""An introduction asked "between" two people ("an introduction between X and Y", "une
présentation entre X et Y", "una presentación entre X y Y", "eine Vorstellung zwischen X
und Y", "uma apresentação entre X e Y", "kuwatambulisha X na Y") pairs the two, the
first perhaps described before its name ("our artistic director, Inmaculada Ruiz
(...)"), never the writer with each. Rioplatense "¿Me presentás a Carolina con Renato?"
introduces Carolina to Renato, its "me" asking a favour, while "¿Me presentás a
Carolina?" alone still asks for the writer."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_INMA = Party("Inmaculada Ruiz", "inmaculada.ruiz@teatro.example")
_PABLO = Party("Pablo Etxeberria", "pablo@podcast.example")
_INMA_AT = "Inmaculada Ruiz (inmaculada.ruiz@teatro.example)"
_PABLO_AT = "Pablo Etxeberria, who runs the podcast (pablo@podcast.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"We would like an introduction between our artistic director, {_INMA_AT}, and"
        f" {_PABLO_AT}.",
        f"Nous vous demandons une présentation entre notre directrice artistique, {_INMA_AT},"
        " et Pablo Etxeberria, qui anime le podcast (pablo@podcast.example).",
        f"Os pedimos una presentación entre nuestra directora artística, {_INMA_AT}, y Pablo"
        " Etxeberria, que dirige el podcast (pablo@podcast.example).",
        f"Os pedimos una presentación entre {_INMA_AT} y Pablo Etxeberria (pablo@podcast.example).",
        f"Wir bitten um eine Vorstellung zwischen unserer künstlerischen Leiterin, {_INMA_AT},"
        " und Pablo Etxeberria, der den Podcast macht (pablo@podcast.example).",
        f"Pedimos uma apresentação entre a nossa diretora artística, {_INMA_AT}, e Pablo"
        " Etxeberria, que dirige o podcast (pablo@podcast.example).",
        f"Tunaomba uwatambulishe mkurugenzi wetu wa sanaa, {_INMA_AT}, na Pablo Etxeberria,"
        " anayeendesha podikasti (pablo@podcast.example).",
    ],
)
def test_an_introduction_between_two_pairs_them(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_INMA, _PABLO}
    assert not result.more
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"¿Me presentás a {_INMA_AT} con Pablo Etxeberria (pablo@podcast.example)?",
        f"¿Me podrías presentar a {_INMA_AT} con Pablo Etxeberria (pablo@podcast.example)?",
        f"¿Nos presentas a {_INMA_AT} con Pablo Etxeberria (pablo@podcast.example)?",
    ],
)
def test_presenting_one_with_another_pairs_the_two(body: str) -> None:
    result = understand(body)
    assert {result.a, result.b} == {_INMA, _PABLO}
    assert not result.more
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"¿Me presentás a {_INMA_AT}?",
        f"¿Me presentás a {_INMA_AT} y a Pablo Etxeberria (pablo@podcast.example)?",
    ],
)
def test_presenting_me_to_someone_still_asks_for_the_writer(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (_WRITER, _INMA)

"""An out-of-office cue followed by days of the week said as a habit ("Out of office
Fridays", "absent du bureau les vendredis", "fuera de la oficina los viernes", "fora do
escritório às sextas", "sipo ofisini kila Ijumaa") is a note in a signature, not an
auto-reply: the ask above it is read. A single day ("out of office Friday 14 November",
"until Friday") still makes the mail an auto-reply. German writes its auto-replies with
"Abwesenheitsnotiz", which has no habitual form."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_CAROL = Party("Carol Diaz", "carol@diaz.example")

_ASKS = [
    (
        "Could you connect me with Carol Diaz (carol@diaz.example)? We need an expert "
        "report on a fracture before January.\n\nKind regards,\n\nAnn Lee\nPartner, Lee & Co"
        "\n\nOut of office Fridays. For anything urgent please contact my colleague Tom Hart "
        "at tom.hart@lee.example."
    ),
    (
        "Pourriez-vous me mettre en relation avec Carol Diaz (carol@diaz.example) ? Nous "
        "cherchons une experte pour un dossier.\n\nCordialement,\n\nAnn Lee\nAssociée\n\n"
        "Absente du bureau les vendredis. En cas d'urgence, contactez Tom Hart "
        "(tom.hart@lee.example)."
    ),
    (
        "¿Podría ponerme en contacto con Carol Diaz (carol@diaz.example)? Buscamos una "
        "perita para un caso.\n\nSaludos cordiales,\n\nAnn Lee\nSocia\n\nFuera de la "
        "oficina los viernes. Para urgencias, Tom Hart (tom.hart@lee.example)."
    ),
    (
        "Poderia pôr-me em contacto com a Carol Diaz (carol@diaz.example)? Procuramos uma "
        "perita para um processo.\n\nCumprimentos,\n\nAnn Lee\nSócia\n\nFora do escritório "
        "às sextas. Para urgências, Tom Hart (tom.hart@lee.example)."
    ),
    (
        "Naomba uniunganishe na Carol Diaz (carol@diaz.example), tunahitaji mtaalamu wa "
        "ripoti.\n\nWako,\n\nAnn Lee\nMshirika\n\nSipo ofisini kila Ijumaa. Kwa dharura, "
        "Tom Hart (tom.hart@lee.example)."
    ),
]


@pytest.mark.parametrize("text", _ASKS)
def test_a_habitual_absence_in_the_signature_leaves_the_ask(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party("Ann Lee", "ann@lee.example"), _CAROL}
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your email. I am out of office until Friday 14 November with limited "
        "access to email. Carol Diaz (carol@diaz.example) and Bob Ray (bob@ray.example) "
        "can help meanwhile.",
        "Out of office Friday 14 November, back Monday. Carol Diaz (carol@diaz.example) "
        "and Bob Ray (bob@ray.example) can help meanwhile.",
        "Je suis absente du bureau jusqu'au vendredi 14 novembre. Carol Diaz "
        "(carol@diaz.example) et Bob Ray (bob@ray.example) peuvent vous aider.",
    ],
)
def test_a_single_day_of_absence_is_still_an_auto_reply(text: str) -> None:
    assert understand(text).kind == "not_a_request"

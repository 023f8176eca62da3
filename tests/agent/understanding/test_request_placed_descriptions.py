"""Where someone works, after a place word ("Prof. Kwame Asante at Edinburgh
(k.asante@...)", "chez Airbus", "en Telefónica", "bei Siemens", "no Itaú", "katika
Safaricom"), describes them as a bracket or a comma does: the address that closes it is
theirs when it spells their name and not the place's, so "him" later stands for them, not
for the place. An address spelling no word of the one before the place stays with the
name it was read with."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand

ASANTE = Party("Kwame Asante", "k.asante@ed.example")


@pytest.mark.parametrize(
    "body",
    [
        "I would really value a conversation with Prof. Kwame Asante at Edinburgh"
        " (k.asante@ed.example), whose paper my thesis builds on. Could you connect me with"
        " him?",
        "J'aimerais beaucoup parler avec le Pr Kwame Asante chez Airbus (k.asante@ed.example),"
        " dont l'article m'a inspirée. Pourriez-vous me mettre en relation avec lui ?",
        "Me encantaría hablar con el profesor Kwame Asante en Telefónica (k.asante@ed.example),"
        " cuyo artículo me inspiró. ¿Podría ponerme en contacto con él?",
        "Ich würde gern mit Prof. Kwame Asante bei Siemens (k.asante@ed.example) sprechen,"
        " dessen Artikel mich inspiriert hat. Könnten Sie mich mit ihm bekannt machen?",
        "Eu adoraria conversar com o professor Kwame Asante no Itaú (k.asante@ed.example),"
        " cujo artigo me inspirou. Você poderia me apresentar a ele?",
        "Ningependa kuzungumza na Profesa Kwame Asante katika Safaricom (k.asante@ed.example),"
        " ambaye makala yake yalinivutia. Je, unaweza kunitambulisha kwake?",
    ],
)
def test_the_address_after_a_workplace_is_the_one_described(body: str) -> None:
    assert confident_b(body) == ASANTE


def test_an_address_spelling_the_one_after_the_place_stays_theirs() -> None:
    result = understand(
        "I would love a chat with Ann Lee at Bob Ray (bob.ray@lumen.example). Could you"
        " connect me with him?"
    )
    assert result.b != Party("Ann Lee", "bob.ray@lumen.example")


def test_a_first_name_alone_before_the_place_is_not_made_certain() -> None:
    result = understand(
        "Could you introduce me to Kwame at Edinburgh (k.asante@ed.example)? He wrote the paper."
    )
    assert result.kind == "intro_request"
    assert not result.confident

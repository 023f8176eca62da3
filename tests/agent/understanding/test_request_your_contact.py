"""In a forwarded mail, "your" and a role ("tu gestor", "your accountant", "ton
comptable", "deinen Steuerberater", "o teu contabilista", "mhasibu wako") is the
forwarder's one person the note gives an address for ("Andrés Molina es andres@...")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_AUTHOR = Party("Irene Castaño", "irene.castano@hotmail.com")
_CONTACT = Party("Andrés Molina", "andres@molinagestoria.es")


def _forward(note: str, ask: str) -> str:
    return (
        f"{note}\n\nAnn\n\n"
        "-----Original Message-----\n"
        "From: Irene Castaño <irene.castano@hotmail.com>\n"
        "Sent: Tuesday, November 4, 2025 6:40 PM\n"
        "To: Ann Lee <ann@lee.example>\n"
        "Subject: hello\n\n"
        f"{ask}\n\nIrene\n"
    )


@pytest.mark.parametrize(
    ("note", "ask"),
    [
        (
            "Hola, te reenvío lo de abajo. Andrés Molina es andres@molinagestoria.es, "
            "ya sabe que le va a escribir alguien.",
            "Ahora que abro mi propio estudio, ¿me podrías presentar a tu gestor? "
            "Me da pánico el IVA.",
        ),
        (
            "See below. Andrés Molina is andres@molinagestoria.es, he knows.",
            "Now that I am going freelance, could you introduce me to your accountant? "
            "VAT scares me.",
        ),
        (
            "Voir ci-dessous. Andrés Molina est andres@molinagestoria.es, il est prévenu.",
            "Je me lance à mon compte : pourrais-tu me présenter à ton comptable ? "
            "La TVA me fait peur.",
        ),
        (
            "Siehe unten. Andrés Molina ist andres@molinagestoria.es, er weiß Bescheid.",
            "Ich mache mich selbstständig. Kannst du mich mit deinem Steuerberater "
            "bekannt machen? Die Umsatzsteuer macht mir Angst.",
        ),
        (
            "Vê abaixo. O Andrés Molina é andres@molinagestoria.es, ele já sabe.",
            "Vou abrir o meu estúdio: podes apresentar-me ao teu contabilista? O IVA assusta-me.",
        ),
        (
            "Tazama hapa chini. Andrés Molina ni andres@molinagestoria.es, anajua.",
            "Ninaanzisha biashara yangu. Tafadhali nitambulishe kwa mhasibu wako. Kodi inanitisha.",
        ),
    ],
)
def test_your_role_in_a_forward_is_the_one_the_note_gives_an_address_for(
    note: str, ask: str
) -> None:
    result = understand(_forward(note, ask), subject="Fwd: hello")
    assert result.confident
    assert {result.a, result.b} == {_AUTHOR, _CONTACT}


def test_two_people_given_addresses_in_the_note_leave_your_role_no_one() -> None:
    result = understand(
        _forward(
            "See below. Andrés Molina is andres@molinagestoria.es and Eva Ruiz is "
            "eva@ruizasesores.es.",
            "Could you introduce me to your accountant? VAT scares me.",
        ),
        subject="Fwd: hello",
    )
    assert not result.confident


def test_your_word_before_no_role_names_no_one() -> None:
    result = understand(
        _forward(
            "See below. Andrés Molina is andres@molinagestoria.es, he knows.",
            "Thanks for your help last week with the studio. See you soon.",
        ),
        subject="Fwd: hello",
    )
    assert not result.confident

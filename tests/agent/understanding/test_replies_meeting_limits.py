"""After a yes, a limit on when the meeting may be, with a date ("Par contre pas de
rendez-vous avant la mi-mai", "But no meeting before mid-May"), times the meeting and
leaves the yes standing, its negation said again with the date included ("..., donc pas
avant la mi-mai"). Without a date ("avant d'en parler à mon chef"), with a condition
("avant que je sache qui c'est"), alone, or beside another negation, it still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "OK pour moi Karim, tu peux lui donner mon adresse. Par contre pas de rendez-vous avant"
        " la fin des playoffs, donc pas avant la mi-mai, d'ici là je vis entre la salle et la"
        " vidéo.",
        "Fine by me, you can give her my address. But no meeting before mid-May.",
        "Sí, claro, pásale mi correo. Eso sí, ninguna reunión antes de junio.",
        "Sim, pode passar o meu contacto. Mas nenhuma reunião antes de junho.",
        "Ja, gib ihr meine Adresse. Aber keine Termine vor Mitte Mai.",
        "Ndiyo, mpe anwani yangu. Lakini hakuna kikao kabla ya Mei.",
    ],
)
def test_a_dated_limit_on_the_meeting_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "OK pour moi. Par contre pas de rendez-vous avant que je sache qui c'est.",
        "OK pour moi. Par contre pas de rendez-vous avant d'en parler à mon chef.",
        "OK pour moi. Par contre pas avant la mi-mai.",
        "Yes. But no meeting before I've checked with my boss.",
        "OK pour moi. Par contre pas de rendez-vous avant la mi-mai. Je ne suis pas sûr de"
        " vouloir.",
        "Pas de rendez-vous avant la mi-mai.",
    ],
)
def test_an_undated_limit_or_another_doubt_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"

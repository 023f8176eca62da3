"""Two polite refusals that never say "no": rules that forbid the writer to meet the other
("procurement rules do not allow me to meet bidders", "la normativa no me permite reunirme
con licitadores", "sheria haziniruhusu kukutana na mzabuni"), whatever their subject, and
a programme full, nobody taken on ("Our programme is full through 2026", "notre
programmation est complète"). Beside a yes either leaves the reply unclear; rules that
allow a meeting, and a programme full of something, refuse nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

RULES_FORBID = [
    "While the tender is open, procurement rules do not allow me to meet bidders.",
    "I'm not allowed to meet suppliers during a tender, I'm afraid.",
    "Tant que l'appel d'offres est ouvert, le règlement ne me permet pas de rencontrer les"
    " candidats.",
    "Mientras el expediente esté en licitación, la normativa no me permite reunirme con"
    " licitadores.",
    "Die Vergaberegeln erlauben mir nicht, mich mit Bietern zu treffen, solange die"
    " Ausschreibung läuft.",
    "Enquanto a licitação estiver aberta, a lei não me permite reunir-me com fornecedores.",
    "Wakati zabuni iko wazi, sheria haziniruhusu kukutana na mzabuni yeyote.",
    # The rules as the subject, named with capitals: still the writer who may not meet.
    "Sheria ya Ununuzi wa Umma na kanuni zake haziniruhusu kukutana na mzabuni yeyote.",
]


@pytest.mark.parametrize("text", RULES_FORBID)
def test_rules_that_forbid_the_writer_to_meet_decline(text: str) -> None:
    assert classify_text(text) == "no"


PROGRAMME_FULL = [
    "Thank you for thinking of us. Our programme is full through the end of 2026, so I"
    " would only be taking up his time.",
    "Merci d'avoir pensé à nous. Notre programmation est complète jusqu'à fin 2026.",
    "Gracias por pensar en nosotros. Nuestro programa está completo hasta finales de 2026.",
    "Danke, dass Sie an uns gedacht haben. Unser Programm ist voll bis Ende 2026.",
    "Obrigada por pensar em nós. O nosso programa está completo até ao fim de 2026.",
    "Asante kwa kutufikiria. Programu yetu imejaa hadi mwisho wa 2026.",
]


@pytest.mark.parametrize("text", PROGRAMME_FULL)
def test_a_full_programme_declines(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Rules that allow, and a programme full of something: nothing refused.
        ("Sí, encantada. La normativa me permite reunirme con él.", "yes"),
        ("Yes, happy to. Our programme is full of young painters like him.", "unclear"),
        # Beside a yes, never a yes left standing.
        ("Ndiyo. Sheria hainiruhusu kukutana naye kabla ya Ijumaa.", "unclear"),
        (
            "Yes, happy to! Our programme is full this year but we'd love to see his work.",
            "unclear",
        ),
        # Someone else not allowed: not the writer's refusal.
        ("Bw. Pedro hawezi kukutana nasi.", "unclear"),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer

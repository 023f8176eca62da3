"""After a yes, a negated clause that tells why the writer needs what the other offers
("We really need better photos, the phone ones aren't selling") refuses nothing; one
that names the writer, the other, the meeting, a date, a doubt or a condition still
counts. A partner's role told in passing ("cuida da parte de locação") is no "on
behalf of"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Oi Cláudia!!\n\nFalei com o Beto hoje no almoço (meu sócio, cuida da parte de "
        "locação) e ele topou na hora. Eu também, pode apresentar sim! A gente tá "
        "precisando muito de foto melhor pros anúncios, as do celular não estão vendendo "
        "nada rs.",
        "Yes please! We really need better photos for the listings, the phone ones are not "
        "selling anything.",
        "Sim, pode apresentar! A gente precisa muito de foto melhor, as do celular não "
        "vendem nada.",
        "Oui, avec plaisir ! On a vraiment besoin de meilleures photos, celles du téléphone "
        "ne vendent rien.",
        "Sí, encantada. Necesitamos mejores fotos, las del móvil no venden nada.",
        "Ja, gerne. Wir brauchen dringend bessere Fotos, die vom Handy verkaufen nichts.",
    ],
)
def test_a_negated_reason_for_a_need_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes please. We really need better photos, I do not want to meet him though.", "no"),
        ("Yes please. We need a photographer, but not now.", "no"),
        ("Yes please. We need a photographer, not him.", "unclear"),
        ("Yes please. We need a photographer, not an introduction.", "unclear"),
        (
            "Yes please. We need better photos, the phone ones are not selling, if he is good.",
            "unclear",
        ),
        (
            "Yes please. We need better photos, the phone ones are not selling and I am not "
            "keen on meeting.",
            "unclear",
        ),
        ("We need better photos, the phone ones are not selling.", "unclear"),
        # Someone else agreeing alone, or a yes given on someone's behalf.
        ("Falei com o Beto (meu sócio, cuida da parte de locação) e ele topou na hora.", "unclear"),
        ("Escrevo da parte de Cláudia: sim, pode apresentar.", "unclear"),
    ],
)
def test_a_negation_that_names_more_than_a_need_still_counts(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer

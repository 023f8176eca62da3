"""A yes with a numbered list of terms under it that govern only how contact is made
(reply_listed_terms): the negations and permissions in the list refuse nothing. A term
that is a real condition on the introduction itself keeps the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

LISTED = [
    (
        "I am content to be introduced to Ms Brennan, on the following understanding,"
        " which I set out only so that there is no misapprehension later:\n\n"
        "1. My email address may be given to Ms Brennan and to no one else.\n"
        "2. I will not comment on any case that is before the courts.\n\n"
        "Subject to that, yes, by all means put us in touch."
    ),
    (
        "J'accepte la mise en relation, avec les précisions suivantes :\n\n"
        "1. Merci de ne transmettre que mon adresse professionnelle.\n"
        "2. Je ne pourrai pas parler des dossiers en cours.\n\n"
        "Bien cordialement."
    ),
    (
        "Sí, acepto la presentación, con las siguientes precisiones:\n\n"
        "1. Le ruego que le proporcionen únicamente mi correo electrónico.\n"
        "2. La primera plática no generará honorarios.\n"
        "3. No podré recomendarle abogados en particular.\n\n"
        "Quedo a sus órdenes."
    ),
    (
        "Mit der Vorstellung bin ich einverstanden, und zwar unter folgenden Maßgaben:\n\n"
        "1. Bitte geben Sie ausschließlich meine dienstliche E-Mail-Adresse weiter.\n"
        "2. Zusagen zu Fördermitteln kann ich nicht machen.\n\n"
        "Ja also, gerne."
    ),
    (
        "Sim, aceito a apresentação, observadas as seguintes ressalvas:\n\n"
        "1) a conversa não tratará de processos em andamento;\n"
        "2) o contato deverá ocorrer pelo meu e-mail institucional.\n\n"
        "No mais, fico à disposição."
    ),
    (
        "Ndiyo, nakubali utambulisho, kwa masharti yafuatayo:\n\n"
        "1. Tafadhali mpe barua pepe yangu tu.\n"
        "2. Siwezi kutoa maoni kuhusu kesi zinazoendelea.\n\n"
        "Asante."
    ),
]

# Near misses: a term that conditions the introduction itself, a lead that doubts, a
# list that refuses the introduction.
CONDITIONED = [
    (
        "I am content to be introduced, on the following understanding:\n\n"
        "1. Only if my director approves.\n"
        "2. I will not comment on any case.\n\n"
        "Subject to that, yes."
    ),
    (
        "I am content to be introduced, on the following terms:\n\n"
        "1. My email address may be given to her.\n"
        "2. Subject to clearance from the press office.\n\n"
        "Yes."
    ),
    (
        "J'accepte la mise en relation, aux conditions suivantes :\n\n"
        "1. Si ma hiérarchie donne son accord.\n"
        "2. Je ne pourrai pas parler des dossiers en cours."
    ),
    (
        "Sí, acepto la presentación, con las siguientes precisiones:\n\n"
        "1. Solo si mi director lo aprueba.\n"
        "2. No podré recomendarle abogados."
    ),
    (
        "Mit der Vorstellung bin ich einverstanden, unter folgenden Maßgaben:\n\n"
        "1. Nur wenn meine Abteilungsleitung zustimmt.\n"
        "2. Zusagen kann ich nicht machen."
    ),
    (
        "Sim, aceito a apresentação, observadas as seguintes ressalvas:\n\n"
        "1) se a diretoria autorizar;\n"
        "2) não tratarei de processos em andamento."
    ),
    ("Yes, but only on the following terms:\n\n1. I will not be quoted.\n2. No calls."),
    (
        "Yes, on the following understanding:\n\n"
        "1. Please do not send the introduction before March.\n"
        "2. I will not be quoted."
    ),
]


@pytest.mark.parametrize("text", LISTED)
def test_terms_listed_under_a_yes_refuse_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize("text", CONDITIONED)
def test_a_listed_condition_on_the_introduction_keeps_it_unclear(text: str) -> None:
    assert classify_text(text) != "yes"


def test_a_list_without_a_yes_above_it_says_nothing() -> None:
    text = (
        "Thank you for your note. On the following points:\n\n"
        "1. I will not comment on any case.\n"
        "2. I am away in November."
    )
    assert classify_text(text) != "yes"

"""A mail asking intros in paragraphs opened by ordinals ("Primero: ...", "Segundo, ...")
reads each section on its own: the "them" of the first is the two named since its
ordinal, the second's pair follows in ``more``. A section yielding no pair (a thanks, a
"them" among three) leaves the mail read whole."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

RODRIGO = Party("Rodrigo Salinas", "rodrigo@alt.example")
ITZEL = Party("Itzel Cardenas", "itzel@cardenas.example")
PAOLA = Party("Paola Villa", "paola@alt.example")
ARTURO = Party("Arturo Medina", "arturo@medina.example")
_R = "Rodrigo Salinas (rodrigo@alt.example)"
_I = "Itzel Cardenas"
_MAIL_I = "itzel@cardenas.example"
_P = "Paola Villa (paola@alt.example)"
_A = "Arturo Medina (arturo@medina.example)"


def _mail(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SECTIONED = [
    _mail(
        "Hi all,",
        "I'm writing about two things.",
        f"First: our actuary, {_R}, needs an outside review of his hurricane model.",
        f"We were pointed to Dr {_I}, a consultant in Merida: {_MAIL_I}. I'd be grateful"
        " if you could introduce them.",
        f"Second, and less urgent: our controller {_P} would like to meet {_A}, who audits"
        " two insurers of the group.",
        "Many thanks.",
    ),
    _mail(
        "Estimados, buenas tardes:",
        "Les escribo por dos temas que salieron del comité del jueves.",
        f"Primero: nuestro actuario responsable, el Act. {_R}, necesita revisar con"
        " alguien externo el modelo de reservas.",
        f"Para eso nos recomendaron a la Dra. {_I}, consultora independiente en Mérida:"
        f" {_MAIL_I}. Les agradecería presentarlos.",
        "Segundo, y es menos urgente: a la Lic. Paola Villa, nuestra contralora"
        " (paola@alt.example), le gustaría conocer al C.P. Arturo Medina de la firma"
        " Medina Olvera; su correo es arturo@medina.example.",
        "Muchas gracias de antemano.",
    ),
    _mail(
        "Bonjour,",
        "Je vous écris pour deux sujets.",
        f"Premièrement : notre actuaire, {_R}, doit faire revoir son modèle de réserves.",
        f"On nous a recommandé la Dre {_I}, consultante à Mérida : {_MAIL_I}. Pourriez-vous"
        " les mettre en relation ?",
        f"Deuxièmement, et c'est moins urgent : notre contrôleuse {_P} aimerait rencontrer"
        f" {_A}, qui audite deux assureurs du groupe.",
        "Merci d'avance.",
    ),
    _mail(
        "Guten Tag",
        "Ich schreibe Ihnen wegen zwei Themen.",
        f"Erstens: Unser Aktuar, {_R}, muss sein Reservemodell extern prüfen lassen.",
        f"Dafür wurde uns Frau Dr. {_I} empfohlen, Beraterin in Mérida: {_MAIL_I}. Könnten"
        " Sie die beiden miteinander bekannt machen?",
        f"Zweitens, weniger dringend: Unsere Controllerin {_P} würde gerne {_A}"
        " kennenlernen, der zwei Versicherer der Gruppe prüft.",
        "Vielen Dank.",
    ),
    _mail(
        "Olá,",
        "Escrevo por dois assuntos.",
        f"Primeiro: o nosso atuário, {_R}, precisa de rever o modelo de reservas com"
        " alguém externo.",
        f"Recomendaram-nos a Dra. {_I}, consultora em Mérida: {_MAIL_I}. Agradecia que os"
        " apresentasse.",
        f"Segundo, e menos urgente: a nossa controladora, {_P}, gostaria de conhecer o"
        f" {_A}, que audita duas seguradoras do grupo.",
        "Muito obrigada.",
    ),
    _mail(
        "Habari,",
        "Naandika kuhusu mambo mawili.",
        f"Kwanza: mtaalamu wetu, {_R}, anahitaji ukaguzi wa nje wa modeli yake.",
        f"Tulipendekezewa Dkt. {_I}, mshauri wa Mérida: {_MAIL_I}. Naomba uwaunganishe.",
        f"Pili: naomba umtambulishe mhasibu wetu {_P} kwa {_A}.",
        "Asante.",
    ),
]


@pytest.mark.parametrize("text", SECTIONED)
def test_each_ordinal_section_is_its_own_pair(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.pairs == (Pair(RODRIGO, ITZEL), Pair(PAOLA, ARTURO))
    assert result.confident


WHOLE = [
    # The first section thanks for an intro made: no pair of its own.
    _mail(
        "Hi,",
        f"First: thanks for introducing me to {_R} last month.",
        f"Second: our controller {_P} would like to meet {_A}.",
        "Many thanks.",
    ),
    # "them" among three named in the first section: any two of them.
    _mail(
        "Hi,",
        f"First: our actuary, {_R}, needs an outside review of his model.",
        f"We were pointed to Dr {_I} ({_MAIL_I}) and to Dr Omar Haddad"
        " (omar@haddad.example). I would be grateful if you could introduce them.",
        f"Second: our controller {_P} would like to meet {_A}.",
        "Many thanks.",
    ),
]


@pytest.mark.parametrize("text", WHOLE)
def test_a_section_without_a_pair_leaves_the_mail_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (PAOLA, ARTURO)
    assert result.more == ()
    assert not result.confident


def test_a_dative_wish_to_meet_pairs_the_two() -> None:
    result = understand(
        f"A mi socio Pedro Gómez (pedro@gomez.example) le encantaría conocer a {_A}."
    )
    assert (result.a, result.b) == (Party("Pedro Gómez", "pedro@gomez.example"), ARTURO)
    assert result.confident


def test_a_dative_wish_to_know_a_thing_asks_nothing() -> None:
    result = understand(
        "A Pedro Gómez (pedro@gomez.example) le gustaría conocer a fondo el proyecto."
    )
    assert result.kind == "not_a_request"

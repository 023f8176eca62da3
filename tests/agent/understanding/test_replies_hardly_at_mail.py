"""Beside a yes, the writer hardly getting to their mail ("vor Weihnachten komme ich kaum
zum Mailen", "I'm not great at checking email") is a note on how to reach them, and an
idiom that one does not refuse such a thing ("ça ne se refuse pas", "you don't say no
to that") leans to the yes and refuses nothing, in every language. A refusal or a doubt
beside either still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MAIL_NOTES = [
    "Yes, happy to. Before Christmas I hardly get to my email.",
    "Yes, happy to. I'm not great at checking email, so ring me.",
    "Oui, volontiers. Je n'ai pas trop le temps pour les mails avant Noël.",
    "Sí, claro. Antes de Navidad no tengo tiempo para el correo.",
    "Ja, gerne. Ich muss aber gleich dazusagen: vor Weihnachten komme ich kaum zum Mailen.",
    "Sim, claro. Antes do Natal mal vejo o email.",
    "Ndiyo, sawa. Kabla ya Krismasi sipati muda wa kuangalia barua pepe.",
]


@pytest.mark.parametrize("text", MAIL_NOTES)
def test_hardly_getting_to_mail_beside_a_yes_keeps_it(text: str) -> None:
    assert classify_text(text) == "yes"


UNREFUSED = [
    "Yes! You don't say no to that.",
    "Ben oui, certain! Une commande pareille, ça ne se refuse pas.",
    "¡Sí! Eso no se rechaza.",
    "Ja! Das schlägt man nicht aus.",
    "Sim! Isso não se recusa.",
    "Ndiyo! Hilo halikataliwi.",
]


@pytest.mark.parametrize("text", UNREFUSED)
def test_a_thing_one_does_not_refuse_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


def test_the_idiom_alone_says_no_yes() -> None:
    assert classify_text("Ça ne se refuse pas.") == "unclear"


REFUSING = [
    "Ça ne se refuse pas, mais non merci.",
    "Nein. Vor Weihnachten komme ich kaum zum Mailen.",
]


@pytest.mark.parametrize("text", REFUSING)
def test_a_refusal_beside_them_still_refuses(text: str) -> None:
    assert classify_text(text) == "no"


DOUBTING = [
    "Ja, gerne. Ich komme kaum zum Mailen, also lieber nicht.",
    "Yes. I'm not great at checking email, and not sure I want this.",
    "Sí, claro. Casi no miro el correo, solo si es urgente.",
]


@pytest.mark.parametrize("text", DOUBTING)
def test_a_doubt_beside_them_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"


# "A Camila ... quase não vê mensagens": the one asked hardly seeing messages, told by
# whoever keeps the mail, is no refusal; the Portuguese and Spanish "não", "no" would be.
HARDLY_SEEN = [
    "A Camila está gravando a novela e quase não vê mensagens. Vou mostrar a ela e te retorno.",
    "Eu quase não vejo mensagens.",
    "Camila está grabando y casi no ve los mensajes. Se lo enseño y te digo.",
]


@pytest.mark.parametrize("text", HARDLY_SEEN)
def test_hardly_seeing_messages_refuses_nothing(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sim, claro. Quase não vejo mensagens, me liga.", "yes"),
        ("Não, obrigada. Quase não vejo mensagens.", "no"),
        ("Não quero. Quase não vejo mensagens.", "no"),
    ],
)
def test_hardly_seeing_messages_beside_an_answer_keeps_it(text: str, answer: str) -> None:
    assert classify_text(text) == answer

"""A cancel said with a verb for stopping the intro ("die Vorstellung mit Jörg Lindemann
vom NDR bitte stoppen, falls die noch nicht raus ist", "please stop the intro to Bob
Smith", "detén la presentación con ...", "pare a apresentação com ...", "simamisha
utambulisho na ...") cancels as "abbrechen" or "cancel" does, German putting the verb
last ("stoppen", "anhalten") or splitting it around what it governs ("halten Sie ... an").
Stopping anything else ("Wir wollen den Podcast stoppen") cancels nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

STOPS = [
    "Moin,\n\ndie Vorstellung mit Jörg Lindemann vom NDR bitte stoppen, falls die noch nicht"
    " raus ist. Wir haben uns intern gegen die Kooperation entschieden.",
    "Hallo,\n\nbitte die Anfrage wegen Frau Keller anhalten.",
    "Hallo,\n\nbitte halten Sie die Vorstellung mit Frau Keller an.",
    "Hallo,\n\nkönnen Sie die Vorstellung mit Frau Keller stoppen?",
    "Hi,\n\nplease stop the intro to Bob Smith.",
    "Bonjour,\n\npouvez-vous stopper la mise en relation avec Pierre Vasseur ?",
    "Bonjour,\n\nmerci d'interrompre la mise en relation avec Pierre Vasseur.",
    "Hola,\n\npor favor, detén la presentación con Javier Morales.",
    "Hola,\n\nfrená la presentación con Javier Morales porfa.",
    "Olá,\n\npor favor, pare a apresentação com a Nélia Tembe.",
    "Olá,\n\npode interromper o pedido de apresentação à Nélia Tembe?",
    "Habari,\n\ntafadhali simamisha utambulisho na Otieno.",
]


@pytest.mark.parametrize("body", STOPS)
def test_stopping_an_intro_cancels_it(body: str) -> None:
    result = understand(f"{body}\n\nDanke\nSvenja", subject="intro")
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "body",
    [
        "Hallo,\n\nkönnen Sie mich bitte Jörg Lindemann vom NDR vorstellen? Wir wollen den"
        " Podcast stoppen.",
        "Hallo,\n\nbitte stoppen Sie die Vorstellung mit Frau Keller nicht.",
        "Hi,\n\nplease don't stop the intro to Bob Smith.",
        "Olá,\n\ngostaria de ser apresentada à Nélia Tembe para parar os boatos.",
    ],
)
def test_stopping_something_else_or_not_stopping_cancels_nothing(body: str) -> None:
    result = understand(f"{body}\n\nDanke\nSvenja", subject="intro")
    assert result.command is None

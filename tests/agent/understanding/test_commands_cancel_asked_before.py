"""A longer mail opening with a cancel of an intro it tells was asked before, in a relative
clause after the intro noun ("Vous pouvez laisser tomber la mise en relation avec Mme
Garnier que je vous avais demandée lundi dernier : ..."), cancels it, the verb coming
first or last ("Sie können die Vorstellung bei Frau Garnier, die ich letzten Montag
angefragt hatte, vergessen."); a new ask beside it ("Forget the lawyer - please introduce
me to Ana") stays a request."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

WHY = {
    "en": " We bumped into each other at the school fair on Saturday and have already sorted"
    " everything out between us, so there is really nothing left for you to do here. Thanks"
    " anyway and sorry for the trouble!",
    "fr": " On s'est croisées samedi à la kermesse de l'école et on a déjà tout calé ensemble,"
    " il n'y a donc vraiment plus rien à faire de votre côté. Merci quand même, et désolée"
    " pour le dérangement !",
    "es": " Nos cruzamos el sábado en la feria del colegio y ya lo hemos arreglado todo entre"
    " nosotras, así que ya no hace falta nada. ¡Gracias de todos modos y perdón por la"
    " molestia!",
    "de": " Wir haben uns am Samstag beim Schulfest getroffen und schon alles zusammen"
    " geklärt, es ist also nichts mehr zu tun. Trotzdem vielen Dank und entschuldigen Sie"
    " die Umstände!",
    "pt": " Encontrámo-nos no sábado na festa da escola e já combinámos tudo entre nós, por"
    " isso já não é preciso nada. Obrigada na mesma e desculpe o incómodo!",
    "sw": " Tulikutana Jumamosi kwenye sherehe ya shule na tumeshapanga kila kitu pamoja, kwa"
    " hiyo hakuna kitu kingine cha kufanya. Asante hata hivyo na samahani kwa usumbufu!",
}


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        (
            "fr",
            "Vous pouvez laisser tomber la mise en relation avec Mme Garnier que je vous"
            " avais demandée lundi dernier.",
        ),
        ("en", "You can drop the intro to Mrs Garnier that I asked you for last Monday."),
        (
            "es",
            "Puedes olvidarte de la presentación con la Sra. Garnier que te pedí el lunes pasado.",
        ),
        (
            "de",
            "Sie können die Vorstellung bei Frau Garnier, die ich letzten Montag angefragt"
            " hatte, vergessen.",
        ),
        ("pt", "Pode esquecer a apresentação à Sra. Garnier que lhe pedi na segunda passada."),
        ("sw", "Unaweza kuachana na utambulisho na Bi. Garnier niliouomba Jumatatu iliyopita."),
    ],
)
def test_cancel_of_an_intro_asked_before_in_a_longer_mail(language: str, opening: str) -> None:
    result = understand(opening + WHY[language])
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Forget the lawyer — please introduce me to Ana (ana@x.com) instead.",
        "Olvídate del abogado y preséntame a Ana García (ana@x.com), por favor.",
        "Wenn Sie möchten, stellen Sie mich bitte Anna (anna@x.de) vor.",
    ],
)
def test_a_new_ask_beside_a_dropped_one_stays_a_request(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email is not None

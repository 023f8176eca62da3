"""A greeting's question after the agent opening a longer mail ("Hola!! Cómo va?", "Hi!
How's it going?") is left out as a greeting is: the status question of the thing with
someone after it asks how that intro stands, beside an ask told as made before; words
naming an intro make no such pleasantry ("¿Cómo va mi solicitud?")."""

from __future__ import annotations

import pytest

from agent.understanding.commands import _only_greetings, command_greetings, words_of
from tests.agent.understanding.test_requests import understand

_GREETED_STATUS = [
    (
        "Hola!! Cómo va?\n\nTe quería preguntar si hay novedades con lo de Mauro Bustos, "
        "el preparador físico. Te escribí hace como diez días y no sé si te contestó, "
        "porque el torneo arranca en marzo y las chicas de primera están sin pretemporada "
        "y necesitamos empezar ya.\n\nSi no te contestó avisame y busco por otro lado, eh."
    ),
    (
        "Hi! How's it going?\n\nAny news on that thing with Kevin Liu at the depot? I "
        "asked you about it about ten days ago and haven't heard anything back since, and "
        "the season starts in March so the squad really needs to get going soon.\n\nIf he "
        "never answered just tell me and I'll look elsewhere."
    ),
    (
        "Bonjour ! Comment ça va ?\n\nDu nouveau pour le truc avec Kevin Martin ? Je vous "
        "l'ai demandé il y a dix jours et je n'ai rien reçu depuis, or la saison commence "
        "en mars et l'équipe doit vraiment se préparer bientôt.\n\nS'il n'a jamais "
        "répondu, dites-le-moi et je chercherai ailleurs."
    ),
    (
        "Hallo! Wie geht's?\n\nGibt es etwas Neues zu der Sache mit Kevin Maier? Ich habe "
        "Sie vor zehn Tagen darum gebeten und seitdem nichts gehört, und die Saison "
        "beginnt im März, die Mannschaft muss sich also bald vorbereiten.\n\nFalls er nie "
        "geantwortet hat, sagen Sie es mir und ich suche woanders."
    ),
    (
        "Olá! Tudo bem?\n\nAlguma novidade sobre aquilo do Kevin Souza? Pedi-lhe isso há "
        "dez dias e não recebi nada desde então, e a temporada começa em março, por isso a "
        "equipa precisa mesmo de se preparar em breve.\n\nSe ele nunca respondeu, diga-me "
        "e procuro noutro lado."
    ),
    (
        "Habari! Mambo vipi?\n\nKuna habari kuhusu suala la Kevin Otieno? Nilikuomba siku "
        "kumi zilizopita na sijapata jibu tangu hapo, na msimu unaanza Machi kwa hiyo timu "
        "inahitaji kujiandaa hivi karibuni sana.\n\nKama hakujibu kabisa niambie "
        "nitatafuta kwingine."
    ),
]


@pytest.mark.parametrize("body", _GREETED_STATUS)
def test_a_thing_status_after_a_greetings_question_asks_how_it_stands(body: str) -> None:
    result = understand(body)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "body",
    [
        # The thing is something else, no one named.
        "Hola!! Cómo va?\n\nTe quería preguntar si hay novedades con lo de mañana. Te escribí"
        " hace como diez días y no sé nada, porque el torneo arranca en marzo y las chicas"
        " de primera están sin pretemporada y necesitamos empezar ya.\n\nSi no, avisame y"
        " busco por otro lado, eh.",
        # The thing with someone, no ask told nor wait: it may be anything.
        "Hi! How's it going?\n\nAny news on that thing with Kevin at the depot he was telling"
        " me about? The season starts in March so the squad really needs to get going soon"
        " and the pitch is still closed, the coaches are asking every single day about it.",
    ],
)
def test_near_misses_after_a_greetings_question_stay_no_command(body: str) -> None:
    assert understand(body).kind != "command"


@pytest.mark.parametrize(
    ("sentence", "greeting"),
    [
        ("cómo va", True),
        ("how's it going", True),
        ("comment tu vas", True),
        ("wie läuft's", True),
        ("tudo certo", True),
        ("mambo vipi", True),
        ("cómo va mi solicitud", False),
        ("how's it going with the intro", False),
    ],
)
def test_a_pleasantry_naming_no_intro_is_a_greeting(sentence: str, greeting: bool) -> None:
    assert _only_greetings([words_of(sentence)], command_greetings()) is greeting

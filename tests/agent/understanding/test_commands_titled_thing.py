""" "The thing with" someone a cancel or a status question governs may name them after a
determiner or a title written in lower case ("Cancela lo del capitán Soto", "das mit dem
Kreisbrandrat Lechner", "the thing with the captain Soto", "le truc avec le docteur
Martin", "aquilo do capitão Soto", "suala la daktari Otieno"), a head on a preposition
read with its forms joined to an article ("lo del"); after a determiner with no title,
the name is of two words or more, since German writes every noun with a capital ("Das
mit dem Termin können Sie vergessen" cancels nothing), and the thing of a day or of
something in lower case cancels nothing ("Cancela lo del martes"). Bavarian "des" is
"das" ("Des mit dem Herrn Lechner könnt's vergessen"); "¿En qué va lo de ...?" asks how
it stands as "¿Cómo va lo de ...?" does."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Cancela lo del capitán Soto, ya se conocieron.",
        "Cancela lo de la doctora Paredes, ya nos conocimos.",
        "Das mit dem Kreisbrandrat Lechner können Sie vergessen, wir kennen uns schon.",
        "Des mit dem Herrn Lechner könnt's vergessen.",
        "Please cancel the thing with the captain Soto, we met already.",
        "Annule le truc avec le docteur Martin, on s'est déjà vus.",
        "Cancela aquilo do capitão Soto, já nos conhecemos.",
        "Tafadhali sitisha suala la daktari Otieno, tumeshakutana.",
        "Servus,\n\ndes mit dem Kreisbrandrat Lechner und unserm Jugendwart könnt's vergessen,"
        " der Lechner war eh am Samstag bei uns im Gerätehaus und die zwei ham sich schon"
        " ausgemacht. Also bitte stornieren.\n\nDanke und Gruß\nSepp",
    ],
)
def test_cancel_of_the_thing_with_a_titled_name(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Das mit dem Termin können Sie vergessen.",
        "Cancela lo del martes, nos vemos el jueves.",
        "Cancela lo de la reunión, nos vemos el jueves.",
    ],
)
def test_cancel_of_something_else_cancels_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    "text",
    [
        "Buenas,\n\n¿En qué va lo del capitán Soto de la Quinta Compañía? Te lo pedí hace como"
        " dos semanas y no he sabido nada. Necesitamos coordinar el simulacro del hospital"
        " antes del 15.\n\nSaludos\nRodrigo",
        "¿Cómo anda lo de la doctora Paredes? No he sabido nada.",
    ],
)
def test_status_of_the_thing_with_a_titled_name(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


def test_what_something_will_be_is_no_status() -> None:
    assert understand("¿En qué va a consistir la presentación?").kind == "not_a_request"

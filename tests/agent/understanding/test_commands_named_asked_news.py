"""A question whether someone it names got back to the agent, the verb that asks before the
name ("has Rob got back to you at all?", "hat sich Herr Weber schon gemeldet?", "est-ce
que Karim a répondu ?"), or the name before a verb said to the agent ("¿Rob ya te ha
contestado?", "a Ana já respondeu?", "Otieno amekujibu?"), asks how an intro stands as a
news question alone does, softeners left out: beside a subject naming an intro, or in a
thread. Told as news, about no intro, beside a new ask, or asked of no one written with
a capital, it is none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

SUBJECTS = {
    "en": "RE: Introduction request - Rob Pearce",
    "fr": "Re: Demande de mise en relation",
    "es": "Re: Solicitud de presentación",
    "de": "AW: Anfrage Vorstellung",
    "pt": "Re: Pedido de apresentação",
    "sw": "Re: Ombi la utambulisho",
}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Hi,\n\nJust checking in on this one - has Rob got back to you at all? It's been "
            "about ten days and our amendment is waiting on his sign-off.\n\nThanks,\nAisling",
        ),
        ("en", "Hi, quick one - has Rob replied yet? Thanks, Aisling"),
        ("en", "Hello again. Did Dr. Pearce ever get back to you? Cheers"),
        ("fr", "Bonjour, petite relance : est-ce que Karim a répondu ? Merci"),
        ("fr", "Bonjour. Mme Roche vous a-t-elle répondu ? Bonne journée"),
        ("es", "Hola, una pregunta: ¿Rob ya te ha contestado? Gracias"),
        ("de", "Hallo, kurze Nachfrage: Hat sich Herr Weber schon gemeldet? Danke"),
        ("de", "Guten Tag - hat Frau Krüger überhaupt geantwortet? Viele Grüße"),
        ("pt", "Olá, só para saber: a Ana já respondeu? Obrigada"),
        ("sw", "Habari. Je, Otieno amekujibu? Asante"),
    ],
)
def test_whether_someone_named_got_back_is_status(lang: str, body: str) -> None:
    result = understand(body, subject=SUBJECTS[lang])
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # About no intro, outside a thread: news of something else.
        ("Quarterly figures", "Hi, quick one - has Rob replied yet? Thanks"),
        (
            "Konzert",
            "Hallo, ich war zwei Wochen im Urlaub. Hat sich Herr Weber schon gemeldet? Danke",
        ),
        # Told as news, not asked.
        ("RE: Introduction request - Rob Pearce", "Hi. Rob has replied. Thanks"),
        ("Re: Ombi la utambulisho", "Habari. Otieno amejibu. Asante"),
        ("Re: Pedido de apresentação", "Olá! A Ana respondeu, obrigada."),
        # No one written with a capital.
        ("RE: Introduction request", "Hi, one more thing. has someone replied yet? Thanks"),
    ],
)
def test_no_intro_news_told_or_no_name_is_no_status(subject: str, body: str) -> None:
    result = understand(body, subject=subject)
    assert result.command != "status"


def test_a_new_ask_beside_it_is_read_as_one() -> None:
    result = understand(
        "Hi. Has Rob got back to you? Also, could you introduce me to Carol Diaz "
        "(carol@diaz.example)?",
        subject="RE: Introduction request - Rob Pearce",
    )
    assert result.kind == "intro_request"

"""Status asked in a thread whether the one asked for reported back, the question a clause
of its own after a dash ("Herr DI Gruber lässt nachfragen, ob es in der Sache Frau Dr.
Lechner schon etwas Neues gibt - hat sie sich zurückgemeldet?"), German "zurückgemeldet"
read as "gemeldet" is; or put indirectly after "ob" ("Herr Gruber lässt fragen, ob es
schon etwas Neues gibt"). A cancel verb with "ça" before the intro it is about ("Oublie ça
pour la mise en relation avec Mathieu Gagnon, ...") cancels as "Laisse tomber pour la mise
en relation" does; "ça pour demain" names no intro. News told, or a question about no
intro outside a thread, asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_THREAD = {
    "In-Reply-To": "<AS8PR03MB7120C4E9A2F1B05D8E3A6C7F1B29@AS8PR03MB7120.example>",
    "References": "<AS8PR03MB7120C4E9A2F1B05D8E3A6C7F1B29@AS8PR03MB7120.example>",
}
_SIGNED = "\n\nDanke und freundliche Grüße\nTheresa Pichler\nSekretariat, Forstbetrieb Gruber"


@pytest.mark.parametrize(
    "body",
    [
        "Grüß Gott,\n\nHerr DI Gruber lässt nachfragen, ob es in der Sache Frau Dr. Lechner "
        "schon etwas Neues gibt - hat sie sich zurückgemeldet? Die Schlägerungsplanung für "
        "den Winter steht nächste Woche an.",
        "Grüß Gott,\n\nHat sie sich schon zurückgemeldet?",
        "Grüß Gott,\n\nwir warten noch - hat er sich inzwischen zurückgemeldet?",
        "Grüß Gott,\n\nHerr Gruber lässt fragen, ob es schon etwas Neues gibt.",
        "Grüß Gott,\n\nHerr Gruber lässt fragen, ob sie sich zurückgemeldet hat.",
        "Grüß Gott,\n\nHat sich Frau Dr. Lechner zurückgemeldet?",
    ],
)
def test_whether_she_reported_back_is_status_in_a_thread(body: str) -> None:
    result = understand(
        body + _SIGNED,
        sender="Forstbetrieb Gruber - Office <office@forstbetrieb-gruber.example>",
        subject="AW: Bitte um Kontaktherstellung",
        headers=_THREAD,
    )
    assert result.kind == "command"
    assert result.command == "status"


def test_the_office_mail_is_the_signers() -> None:
    result = understand(
        "Grüß Gott,\n\nHat sie sich schon zurückgemeldet?" + _SIGNED,
        sender="Forstbetrieb Gruber - Office <office@forstbetrieb-gruber.example>",
        subject="AW: Bitte um Kontaktherstellung",
        headers=_THREAD,
    )
    assert result.requester is not None
    assert result.requester.name == "Theresa Pichler"


@pytest.mark.parametrize(
    "body",
    [
        # News told, not asked.
        "Grüß Gott,\n\nFrau Dr. Lechner hat sich zurückgemeldet, danke!",
        # A question about anything but an intro, outside a thread.
        "Grüß Gott,\n\nHerr Gruber lässt fragen, ob es schon etwas Neues gibt.",
    ],
)
def test_news_told_or_asked_of_nothing_is_no_status(body: str) -> None:
    headers = _THREAD if "danke" in body else {}
    result = understand(body + _SIGNED, subject="Holz", headers=headers)
    assert result.command != "status"


_ACK = {
    "In-Reply-To": "<intro.b71f03.ack@introbot.net>",
    "References": "<intro.b71f03.ack@introbot.net>",
}


@pytest.mark.parametrize(
    "body",
    [
        "Allô,\n\nOublie ça pour la mise en relation avec Mathieu Gagnon, finalement on est "
        "allés avec un autre fournisseur de serres, le prix était meilleur.\n\nMerci "
        "pareil!\n\nGeneviève",
        "Bonjour,\n\nOubliez ça pour la mise en relation avec Mathieu Gagnon.\n\nGeneviève",
        "Bonjour,\n\nLaisse tomber ça pour la présentation à Mathieu Gagnon, merci.",
        "Bonjour,\n\nLaissez tomber ça avec Mathieu Gagnon, on a trouvé autre chose.",
    ],
)
def test_a_cancel_of_that_for_an_intro_cancels(body: str) -> None:
    result = understand(
        body,
        sender="Geneviève Tremblay <genevieve@jardins.example>",
        subject="Re: Demande - serres / Mathieu Gagnon",
        headers=_ACK,
    )
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context is not None and "Mathieu Gagnon" in result.context


def test_that_for_tomorrow_cancels_nothing() -> None:
    result = understand(
        "Bonjour,\n\nOubliez ça pour demain, je suis malade.",
        sender="Geneviève Tremblay <genevieve@jardins.example>",
        subject="souper",
    )
    assert result.command != "cancel"

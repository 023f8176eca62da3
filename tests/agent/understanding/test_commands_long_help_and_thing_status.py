"""A help question in a mail of up to 90 words counts the mail without the closing left
above the name that signs ("Thanks,"), and asks whether the name alone is sufficient or
whether the other party sees what was written; a status of "the thing with" someone
opening a longer mail ("¿Se sabe algo de lo de Iñaki? ... no me ha llegado nada") asks how
that intro stands, beside a wait told."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand

_PAD = " ".join(["word"] * 40)

_HELP = [
    "Do I need to send both email addresses, or only the name is sufficient?",
    "Dois-je envoyer les deux adresses, ou seul le nom suffit ?",
    "¿Tengo que enviar los dos correos, o solo el nombre es suficiente?",
    "Muss ich beide Adressen schicken, oder ist der Name ausreichend?",
    "Preciso enviar os dois e-mails, ou só o nome é suficiente?",
    "Je, nitume barua pepe zote mbili, au jina pekee linatosha?",
]


@pytest.mark.parametrize("question", _HELP)
def test_asking_whether_the_name_is_sufficient_is_help(question: str) -> None:
    result = understand(f"Hello,\n\n{question}\n\nThanks,\nAnn")
    assert result.kind == "command"
    assert result.command == "help"


def test_a_closing_above_the_signing_name_is_not_counted() -> None:
    body = (
        "Hello,\n\nOne of the maintainers of a project I contribute to cc'd you on an intro "
        "last week and it worked very smoothly, so I wanted to understand the process "
        "before I use it.\n\nDo I need to send both persons' email ids, or only the name is "
        "sufficient? And does the other party get to see what I wrote about them? Some of "
        "the people I want to approach are quite senior so I want to be careful about the "
        "wording.\n\nNot asking for any specific introduction right now.\n\nThanks,\nAnn"
    )
    result = understand(body)
    assert result.kind == "command"
    assert result.command == "help"


_THING_STATUS = [
    "Hi,\n\nAny news on the thing with Kevin? It's been over a week and nothing has come "
    "through, neither a yes nor a no. If he doesn't answer I'll call him myself, but I'd "
    "rather know first whether he has seen the mail at all.",
    "Buenas,\n\n¿Se sabe algo de lo de Iñaki? Ha pasado más de una semana y no me ha "
    "llegado nada, ni un sí ni un no. Si no contesta lo llamo yo, pero prefiero saber "
    "antes si ha visto el correo.",
    "Bonjour,\n\nOù en est le truc avec Kevin ? Ça fait plus d'une semaine et rien ne m'est "
    "parvenu, ni oui ni non. S'il ne répond pas je l'appelle moi-même, mais je préfère "
    "savoir avant s'il a vu le mail.",
    "Hallo,\n\nWas ist mit der Sache mit Kevin? Es ist jetzt über eine Woche her und es ist "
    "nichts angekommen, weder ja noch nein. Wenn er nicht antwortet, rufe ich ihn selbst "
    "an, aber ich wüsste gern vorher, ob er die Mail gesehen hat.",
    "Oi,\n\nAlguma novidade sobre aquilo do Kevin? Já faz mais de uma semana e não me "
    "chegou nada, nem sim nem não. Se ele não responder eu ligo, mas prefiro saber antes "
    "se ele viu o e-mail.",
]


@pytest.mark.parametrize("body", _THING_STATUS)
def test_a_thing_status_opening_a_longer_mail_beside_a_wait_is_status(body: str) -> None:
    found = detect_command("", body + "\n\n" + "Thanks,\nAnn", False)
    assert found is not None
    assert found.command == "status"


def test_a_thing_status_later_in_a_longer_mail_is_none() -> None:
    body = (
        "Hi,\n\nWe launched the new shop this week and it went well. " + _PAD + " Any news on "
        "the thing with Kevin? Nothing has come through."
    )
    assert detect_command("", body, False) is None


def test_a_longer_mail_writing_an_address_is_no_thing_status() -> None:
    body = (
        "Hi,\n\nAny news on the thing with Kevin? Nothing has come through. Maybe write to "
        "kevin@depot.example instead, he may have missed it. " + " ".join(["more"] * 20)
    )
    assert detect_command("", body, False) is None

"""An address written apart from the name it is for ("Le président s'appelle Yves
Tardieu, son mail c'est yves.tardieu@...", "Bitte stellen Sie sie Lukas Brandt vor
(lukas.brandt@...)") is given the one name of the text its local part spells in full:
the first name and the surname, or the initial and the surname, an umlaut perhaps
spelled out. A first name alone ("yves@") spells no one for sure, and the address stays
without a name."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "Le président s'apelle Yves Tardieu, son mail c'est yves.tardieu@railsducoeur.org\n"
            "Pouvez vous me mettre en contact avec lui svp ?",
            "Yves Tardieu",
            "yves.tardieu@railsducoeur.org",
        ),
        (
            "The chair is Yves Tardieu, his email is ytardieu@railsducoeur.org. "
            "Could you put me in touch with him?",
            "Yves Tardieu",
            "ytardieu@railsducoeur.org",
        ),
        (
            "La presidenta se llama Marta Ríos, su correo es marta.rios@club.es. "
            "¿Me pones en contacto con ella?",
            "Marta Ríos",
            "marta.rios@club.es",
        ),
        (
            "A presidente chama-se Rita Sá, o email dela é rita.sa@clube.pt. "
            "Podes pôr-me em contacto com ela?",
            "Rita Sá",
            "rita.sa@clube.pt",
        ),
        (
            "Mwenyekiti ni Juma Mrisho, barua pepe yake ni juma.mrisho@chama.or.tz. "
            "Tafadhali niunganishe naye.",
            "Juma Mrisho",
            "juma.mrisho@chama.or.tz",
        ),
        (
            "Der Vorsitzende heißt Jörg Müller, seine Mail ist joerg.mueller@verein.de. "
            "Können Sie mich mit ihm in Kontakt bringen?",
            "Jörg Müller",
            "joerg.mueller@verein.de",
        ),
    ],
)
def test_an_address_told_apart_is_named_by_its_spelling(text: str, name: str, email: str) -> None:
    result = understand(text)
    assert result.a == _WRITER
    assert result.b == Party(name, email)
    assert result.confident


def test_a_list_item_names_the_address_after_the_verb() -> None:
    result = understand(
        "ich hätte gleich zwei Anliegen:\n\n1. Meine Mandantin Sabine Kröger "
        "(sabine@kroeger-holzbau.de) sucht jemanden, der ihre Zimmerei übernimmt. Bitte "
        "stellen Sie sie Lukas Brandt vor (lukas.brandt@mittelstand-nachfolge.de), der genau "
        "solche Übergaben begleitet."
    )
    assert result.a == Party("Sabine Kröger", "sabine@kroeger-holzbau.de")
    assert result.b == Party("Lukas Brandt", "lukas.brandt@mittelstand-nachfolge.de")


def test_a_first_name_alone_spells_no_one_but_the_sentence_telling_it_does() -> None:
    # "yves@" spells only a first name, which names no one by itself; the sentence that
    # gives the address of Yves Tardieu ties it to him.
    result = understand(
        "The chair is Yves Tardieu, his email is yves@railsducoeur.org. "
        "Could you put me in touch with him?"
    )
    assert result.b == Party("Yves Tardieu", "yves@railsducoeur.org")

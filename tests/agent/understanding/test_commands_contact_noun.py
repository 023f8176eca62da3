"""A "contact with" someone after a determiner ("the contact with", "o contacto com")
names an intro as "the intro" does: a status question or a cancel governing it asks how
that intro stands or cancels it. Alone, without a determiner ("contact me", "o meu
contato é ..."), the word names no intro."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Bom dia, então, já há novidades sobre o contacto com o Sr. Armando das câmaras "
        "frigoríficas? Ele já respondeu? É que a arca do mercado está a dar o berro.",
        "Oi, alguma novidade sobre o contato com a Dona Cida?",
        "Buenos días, ¿hay novedades sobre el contacto con el Sr. Armando de las cámaras "
        "frigoríficas? ¿Ya respondió? Es que la nevera del puesto está fallando.",
        "Bonjour, du nouveau concernant le contact avec M. Armand des chambres froides ? "
        "Il a répondu ? C'est que le frigo du marché lâche.",
        "Hi, any news on the contact with Mr Armstrong from the cold rooms? Has he replied? "
        "The market freezer is dying.",
    ],
)
def test_news_of_the_contact_with_someone_is_status(body: str) -> None:
    result = understand(body, subject="Então?")
    assert result.kind == "command"
    assert result.command == "status"


def test_cancelling_the_contact_with_someone_cancels() -> None:
    result = understand("Pode cancelar o contato com o Sr. Armando, obrigado.", subject="contato")
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "body",
    [
        "Alguma novidade? Meu contato é 9999-0000.",
        "Any news? Contact me on 0777.",
    ],
)
def test_contact_of_the_writer_names_no_intro(body: str) -> None:
    result = understand(body, subject="oi")
    assert result.command is None


def test_asking_for_someones_contact_stays_a_request() -> None:
    result = understand(
        "Preciso do contato do Sr. Armando, pode me apresentar?", subject="apresentação"
    )
    assert result.kind == "intro_request"

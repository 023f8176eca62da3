"""An address given as someone's "mail", the word many writers use for e-mail ("Her mail
is ...", "Ihre Mail ist ...", "O mail dela é ...", "El mail de Ingrid es ..."), is
theirs, as "Her email is ..." is."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")
INGRID = Party("Ingrid Meulen", "im@tud.example")


@pytest.mark.parametrize(
    "body",
    [
        "My tutor said that Ingrid Meulen knows it all. Her mail is im@tud.example.\n\n"
        "Could you introduce me to her?",
        "My tutor said that Ingrid Meulen knows it all.\n\n"
        "Is possible that you present me to her? Her mail is im@tud.example.",
        "My tutor said that Ingrid Meulen knows it all. Ingrid's mail is im@tud.example.\n\n"
        "Could you introduce me to her?",
        "Mein Tutor sagt, dass Ingrid Meulen viel weiß. Ihre Mail ist im@tud.example.\n\n"
        "Kannst du mich ihr vorstellen?",
        "Mein Tutor sagt, dass Ingrid Meulen viel weiß. Ihre Mail lautet im@tud.example.\n\n"
        "Kannst du mich ihr vorstellen?",
        "Uma amiga me falou da Ingrid Meulen. O mail dela é im@tud.example.\n\n"
        "Você pode me apresentar a ela?",
        "Me hablaron de Ingrid Meulen. El mail de Ingrid es im@tud.example.\n\n"
        "¿Me la podrías presentar?",
    ],
)
def test_an_address_given_as_her_mail_is_hers(body: str) -> None:
    result = understand(body + "\n\nAnn Lee")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (WRITER, INGRID)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The mail as letters: no address follows.
        "My tutor said that Ingrid Meulen knows it all. Her mail is sorted by an assistant.\n\n"
        "Could you introduce me to her?",
        # Another address after her own: the mail names two for her, no one certain.
        "My tutor said that Ingrid Meulen (im@tud.example) knows it all. Her mail is "
        "bob@x.example.\n\nCould you introduce me to her?",
    ],
)
def test_no_certain_address_where_the_mail_gives_none_or_two(body: str) -> None:
    result = understand(body + "\n\nAnn Lee")
    assert not result.confident

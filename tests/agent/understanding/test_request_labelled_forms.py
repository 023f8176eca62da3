"""A request written as a form: its parties on lines labelled "Person 1:", "Party A:",
"Contact 1:" ("Personne 1 :", "Persona 1:", "Person 1:", "Pessoa 1:", "Mtu wa 1:"), each
a name and an address, its context on a "Reason:" line ("Raison :", "Motivo:", "Grund:",
"Sababu:"). The ask is the text's (a plea for an introduction on a line of its own) or the
subject's ("Intro request"); a form with no ask, or a negated one, asks nothing, and one
naming a third person, a party without an address or an address twice is asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_FIRST = Party("Lena Okafor", "lena@okafor-labs.example")
_SECOND = Party("Tomasz Wiśniewski", "tomasz@wisniewski.example")
_LINES = {
    "en": (
        "Person 1: Lena Okafor, lena@okafor-labs.example\n"
        "Person 2: Tomasz Wiśniewski <tomasz@wisniewski.example>"
    ),
    "fr": (
        "Personne 1 : Lena Okafor, lena@okafor-labs.example\n"
        "Personne 2 : Tomasz Wiśniewski <tomasz@wisniewski.example>"
    ),
    "es": (
        "Persona 1: Lena Okafor - lena@okafor-labs.example\n"
        "Persona 2: Tomasz Wiśniewski (tomasz@wisniewski.example)"
    ),
    "de": (
        "Person 1: Lena Okafor, lena@okafor-labs.example\n"
        "Person 2: Tomasz Wiśniewski <tomasz@wisniewski.example>"
    ),
    "pt": (
        "Pessoa 1: Lena Okafor, lena@okafor-labs.example\n"
        "Pessoa 2: Tomasz Wiśniewski <tomasz@wisniewski.example>"
    ),
    "sw": (
        "Mtu wa 1: Lena Okafor, lena@okafor-labs.example\n"
        "Mtu wa 2: Tomasz Wiśniewski <tomasz@wisniewski.example>"
    ),
}


@pytest.mark.parametrize(
    ("body", "subject", "context"),
    [
        (
            f"Hi,\n\nCould you connect these two?\n{_LINES['en']}\nReason: both build solar pumps.",
            "hello",
            "both build solar pumps",
        ),
        (
            "Party A: Lena Okafor <lena@okafor-labs.example>\nParty B: Tomasz Wiśniewski "
            "<tomasz@wisniewski.example>\nWhy: both build solar pumps",
            "Intro request",
            "both build solar pumps",
        ),
        (
            "Please introduce:\nContact 1: Lena Okafor, lena@okafor-labs.example\nContact 2: "
            "Tomasz Wiśniewski, tomasz@wisniewski.example",
            "hello",
            None,
        ),
        (
            f"Bonjour,\n\nMerci de mettre en relation ces deux personnes :\n{_LINES['fr']}\n"
            "Raison : pompes solaires.",
            "Bonjour",
            "pompes solaires",
        ),
        (f"{_LINES['es']}\nMotivo: bombas solares", "Solicitud de presentación", "bombas solares"),
        (f"Hola:\n¿Podrías presentar a estas dos personas?\n{_LINES['es']}", "Hola", None),
        (
            f"Könnten Sie diese beiden einander vorstellen?\n{_LINES['de']}\nGrund: Solarpumpen",
            "Hallo",
            "Solarpumpen",
        ),
        (f"{_LINES['pt']}\nMotivo: bombas solares", "Pedido de apresentação", "bombas solares"),
        (f"Pode apresentar estas duas pessoas?\n{_LINES['pt']}", "Olá", None),
        (f"{_LINES['sw']}\nSababu: pampu za jua", "Ombi la utambulisho", "pampu za jua"),
        (
            f"Tafadhali watambulishe hawa wawili:\n{_LINES['sw'].replace('Mtu wa', 'Mtu')}",
            "Habari",
            None,
        ),
    ],
)
def test_a_form_with_an_ask_names_its_two_parties(
    body: str, subject: str, context: str | None
) -> None:
    result = understand(body, subject=subject)
    assert result.kind == "intro_request"
    assert result.requester == Party("Ann Lee", "ann@lee.example")
    assert (result.a, result.b) == (_FIRST, _SECOND)
    assert result.context == context
    assert result.confident


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # No ask: a list of people, a planning note.
        (f"{_LINES['en']}\nReason: offsite planning", "Team list"),
        (f"{_LINES['fr']}\nRaison : séminaire", "Séminaire"),
        (f"{_LINES['sw']}", "Mkutano"),
        # Told, not asked.
        (f"I introduced these two last spring:\n{_LINES['en']}", "Catching up"),
        # A negated ask.
        (f"Please don't introduce these two yet:\n{_LINES['en']}", "Intro request"),
    ],
)
def test_a_form_without_an_ask_is_no_request(body: str, subject: str) -> None:
    assert understand(body, subject=subject).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        # A third person: which two?
        f"Could you connect these?\n{_LINES['en']}\nPerson 3: Ruth Adebayo <ruth@ade.example>",
        # One without an address.
        "Could you connect these two?\nPerson 1: Lena Okafor\n"
        "Person 2: Tomasz Wiśniewski <tomasz@wisniewski.example>",
        # The same address twice.
        "Could you connect these two?\nPerson 1: Lena Okafor, tomasz@wisniewski.example\n"
        "Person 2: Tomasz Wiśniewski <tomasz@wisniewski.example>",
        # The agent's own address.
        "Could you connect these two?\nPerson 1: Lena Okafor, intro@introbot.net\n"
        "Person 2: Tomasz Wiśniewski <tomasz@wisniewski.example>",
    ],
)
def test_a_form_of_uncertain_parties_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_pair_the_text_asks_for_is_read_as_before() -> None:
    result = understand(
        "Please introduce Lena Okafor <lena@okafor-labs.example> to Tomasz Wiśniewski "
        "<tomasz@wisniewski.example>.\nPerson 1: Ruth Adebayo, ruth@ade.example\n"
        "Person 2: Kofi Mensah, kofi@mensah.example"
    )
    assert (result.a, result.b) == (_FIRST, _SECOND)

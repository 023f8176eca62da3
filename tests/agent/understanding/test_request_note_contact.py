"""A forward's note that hands the forwarded ask over ("can you make this happen?", "tu
peux t'en occuper ?") and names the forwarder's one for it ("my contact at Stripe is
Chidi Eze, chidi@...", "mi contacto es ...", "a pessoa certa é o ...") pairs the
forwarded mail's author, who asked after someone, with that one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_AUTHOR = Party("Irene Castaño", "irene.castano@hotmail.com")
_CONTACT = Party("Chidi Eze", "chidi@stripe.com")


def _forward(note: str, ask: str) -> str:
    return (
        f"{note}\n\nAnn\n\n"
        "---------- Forwarded message ---------\n"
        "From: Irene Castaño <irene.castano@hotmail.com>\n"
        "Date: Tue, Nov 4, 2025 at 11:20 AM\n"
        "Subject: hello\n"
        "To: Ann Lee <ann@lee.example>\n\n"
        f"{ask}\n\nIrene\n"
    )


_ASK_EN = (
    "You said you know someone on the Stripe Terminal team. Would love an intro - we're "
    "building POS for food trucks."
)


@pytest.mark.parametrize(
    ("note", "ask"),
    [
        (
            "Can you do this one? My friend at Stripe is Chidi Eze, chidi@stripe.com - he "
            "likes meeting founders.",
            _ASK_EN,
        ),
        ("Could you make this happen? My contact is Chidi Eze (chidi@stripe.com).", _ASK_EN),
        (
            "Mirá abajo, ¿podés hacer que pase? Mi contacto es Chidi Eze, chidi@stripe.com.",
            "Vos conocés a alguien de Stripe, ¿no? Queremos integrar pagos en nuestro checkout.",
        ),
        (
            "Tu peux t'en occuper ? Mon contact chez Stripe, c'est Chidi Eze : "
            "chidi@stripe.com. Je le connais bien.",
            "Petite question : tu connais quelqu'un chez Stripe ? On aimerait leur proposer "
            "notre outil.",
        ),
        (
            "Consegue fazer essa ponte? A pessoa certa é o Chidi Eze: chidi@stripe.com.",
            "Você conhece alguém no time da Stripe? Estamos lançando um app de pagamentos.",
        ),
        (
            "Kannst du das übernehmen? Mein Kontakt bei Stripe ist Chidi Eze, chidi@stripe.com.",
            "Kennst du jemanden bei Stripe? Wir bauen gerade eine Kassen-App.",
        ),
        (
            "Unaweza kushughulikia hili? Mtu sahihi ni Chidi Eze, chidi@stripe.com.",
            "Je, unamjua mtu yeyote Stripe? Tunajenga programu ya malipo.",
        ),
    ],
)
def test_a_note_handing_over_and_naming_its_contact_pairs_the_author_with_them(
    note: str, ask: str
) -> None:
    result = understand(_forward(note, ask), subject="Fwd: hello")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_AUTHOR, _CONTACT)
    assert result.confident


def test_a_contact_named_without_an_address_is_asked_about() -> None:
    result = understand(
        _forward(
            "Consegue fazer essa ponte? A pessoa certa é o Chidi Eze, gerente de produto: "
            "https://www.linkedin.com/in/chidi/ - não tenho o e-mail dele.",
            "Você conhece alguém no time da Stripe? Estamos lançando um app de pagamentos.",
        ),
        subject="Fwd: hello",
    )
    assert result.kind == "intro_request"
    assert result.a == _AUTHOR
    assert result.b == Party("Chidi Eze", None)
    assert not result.confident


@pytest.mark.parametrize(
    ("note", "ask"),
    [
        # The note hands nothing over.
        ("My friend at Stripe is Chidi Eze, chidi@stripe.com. Small world!", _ASK_EN),
        # Negated.
        (
            "I can't do this one, sorry. My friend at Stripe is Chidi Eze, chidi@stripe.com.",
            _ASK_EN,
        ),
        # The address spells someone else.
        ("Can you do this one? My friend at Stripe is Chidi Eze, ann.bell@stripe.com.", _ASK_EN),
        # Two people named.
        (
            "Can you do this one? My contact is Chidi Eze or Ann Bell, chidi@stripe.com.",
            _ASK_EN,
        ),
        # The forwarded mail asks after no one.
        (
            "Can you do this one? My friend at Stripe is Chidi Eze, chidi@stripe.com.",
            "Here are the slides from the dinner. The deck is attached.",
        ),
        # The forwarded mail asks for someone else.
        (
            "Can you do this one? My friend at Stripe is Chidi Eze, chidi@stripe.com.",
            "I'm writing on behalf of my boss. Would love an intro to someone at Stripe.",
        ),
    ],
)
def test_no_pair_without_a_hand_over_a_named_contact_and_an_ask(note: str, ask: str) -> None:
    result = understand(_forward(note, ask), subject="Fwd: hello")
    assert not result.confident
    assert result.b != _CONTACT

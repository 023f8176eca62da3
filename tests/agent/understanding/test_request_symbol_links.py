"""An arrow or other symbol between two words ("{A} -> {B}", "{A} <> {B}", "{A} → {B}")
pairs people only when both have an address (beside the name, on the mail or in the
address book) or the mail asks for an introduction elsewhere: an itinerary ("Lisboa ->
Porto"), a shipping route ("Rotterdam -> Santos") or a plan change ("Basic -> Pro") is no
request, in any language."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import plain_mail

AGENT = "intro@introbot.net"
JANE = Party("Jane Doe", "jane@doe.example")
BOB = Party("Bob Smith", "bob@smith.example")


def understand(body: str, *, to: str = AGENT, cc: str | None = None) -> RequestResult:
    mail = plain_mail(body + "\n\nRui", "Rui Costa <rui@costa.example>", to, "Hello", cc)
    return understand_request(mail, AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nOur trip next week: Lisboa -> Porto on Monday, then Porto -> Braga.",
        "Hi,\n\nShipping route confirmed: Rotterdam -> Santos, departing on the 12th.",
        "Hello,\n\nYour plan changes next month: Basic -> Pro.",
        "Hi,\n\nTrip: Lisboa -> Porto (reservas@porto-hotel.example).",
        "Bonjour,\n\nNotre itinéraire : Lyon → Marseille lundi, puis Marseille → Nice.",
        "Hola,\n\nRuta confirmada: Valencia -> Bilbao, salida el día 12.",
        "Hallo,\n\nRoute: Hamburg -> München, Abfahrt 9 Uhr.",
        "Olá,\n\nA viagem: Lisboa -> Porto na segunda, depois Porto -> Braga.",
        "Habari,\n\nSafari: Arusha -> Moshi Jumatatu.",
        "Hi,\n\nJane Doe -> Bob Smith",
    ],
)
def test_an_arrow_between_words_is_no_request(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nJane Doe (jane@doe.example) -> Bob Smith (bob@smith.example)",
        "Hi,\n\nJane Doe → Bob Smith, they should talk. jane@doe.example / bob@smith.example",
        "Hi,\n\nJane Doe <> Bob Smith please: jane@doe.example, bob@smith.example",
    ],
)
def test_an_arrow_between_people_with_addresses_pairs_them(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {JANE, BOB}


def test_an_arrow_between_people_on_the_mail_pairs_them() -> None:
    result = understand(
        "Jane -> Bob",
        to="Jane Doe <jane@doe.example>, Bob Smith <bob@smith.example>",
        cc=AGENT,
    )
    assert result.confident
    assert {result.a, result.b} == {JANE, BOB}


def test_an_arrow_in_a_mail_that_asks_still_names_the_two() -> None:
    result = understand("Hi, could you do an intro?\n\nJane Doe -> Bob Smith")
    assert result.kind == "intro_request"
    assert not result.confident
    assert {p.name for p in (result.a, result.b) if p is not None} == {"Jane Doe", "Bob Smith"}

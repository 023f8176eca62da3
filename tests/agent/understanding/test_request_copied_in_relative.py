"""Copied intake where the writer presents the one written to (To) to someone they say is
copied ("Apresento-te a Marta, que está em cópia", "Je te présente Marta, qui est en
copie", "Te presento a Marta, que está en copia", "ich stelle dir Marta vor, die ich in
Kopie gesetzt habe", "I'm introducing you to Marta, who is cc'd here", "nakutambulisha kwa
Marta, ambaye yuko kwenye nakala"): the pair is the two, her address the Cc header's by
her name. Verb forms that carry "you" on them count as the others do (Portuguese
"apresento-te", "apresento-lhe", Spanish "quería presentarte a", Swahili "ningependa
kukutambulisha kwa", German "hiermit stelle ich dir ... vor"), and a formal German greeting
("Sehr geehrter Herr Reis") says who "Ihnen" is. A wish told of her after it ("She works
in solar and would love to chat with you") is hers, never the writer's to meet the one
written to."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
PAULO = Party("Paulo Reis", "paulo@reis.example")
MARTA = Party("Marta Silva", "marta@silva.example")
ANA = Party("Ana Ruiz", "ana@ruiz.example")


def understand(
    body: str, cc: str = f"Marta Silva <marta@silva.example>, Intro <{AGENT}>"
) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <ana@ruiz.example>"
    message["To"] = "Paulo Reis <paulo@reis.example>"
    message["Cc"] = cc
    message["Subject"] = "Solar"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


_COPIED = [
    "Olá Paulo,\n\nApresento-te a Marta, que está em cópia. A Marta é engenheira e está a "
    "montar uma cooperativa de energia solar em Évora.\n\nBeijinhos,\nAna",
    "Caro Paulo,\n\nApresento-lhe a Marta Silva, que coloquei em cópia.\n\nCumprimentos,\nAna",
    "Paulo, apresento-te a Marta, que está em cópia.\n\nAna",
    "Bonjour Paulo,\n\nJe te présente Marta, qui est en copie. Elle travaille dans le solaire "
    "et aimerait échanger avec toi.\n\nBien à toi,\nAna",
    "Hola Paulo:\n\nTe presento a Marta, que está en copia. Trabaja en energía solar y le "
    "encantaría hablar contigo.\n\nUn abrazo,\nAna",
    "Hola Paulo:\n\nQuería presentarte a Marta, a quien he puesto en copia.\n\nAna",
    "Hola Paulo:\n\nMe gustaría presentarte a Marta (en copia).\n\nAna",
    "Hallo Paulo,\n\nich stelle dir Marta vor, die ich in Kopie gesetzt habe. Sie arbeitet "
    "im Solarbereich.\n\nViele Grüße\nAna",
    "Lieber Paulo,\n\nhiermit stelle ich dir Marta vor, die ich in CC gesetzt habe.\n\nAna",
    "Sehr geehrter Herr Reis,\n\nich stelle Ihnen Frau Silva vor, die ich in Kopie gesetzt "
    "habe.\n\nMit freundlichen Grüßen\nAna Ruiz",
    "Hi Paulo,\n\nI'm introducing you to Marta, who is cc'd here. She runs a solar co-op in "
    "Évora.\n\nBest,\nAna",
    "Habari Paulo,\n\nnakutambulisha kwa Marta, ambaye yuko kwenye nakala. Anafanya kazi ya "
    "nishati ya jua.\n\nAsante,\nAna",
    "Habari Paulo,\n\nNingependa kukutambulisha kwa Marta Silva, ambaye yuko kwenye nakala.\n\nAna",
    "Habari Paulo,\n\nninakutambulisha kwa Marta, ambaye nimemweka kwenye nakala.\n\nAna",
]


@pytest.mark.parametrize("body", _COPIED)
def test_the_one_written_to_and_the_one_copied_are_the_pair(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (PAULO, MARTA)
    assert result.confident
    assert result.more == ()


@pytest.mark.parametrize(
    "body",
    [
        "Hi Paulo,\n\nI'm introducing you to Marta. She works in solar and would love to chat "
        "with you.\n\nBest,\nAna",
        "Hallo Paulo,\n\nich stelle dir Marta vor. Sie arbeitet im Solarbereich und würde "
        "sich gern mit dir austauschen.\n\nViele Grüße\nAna",
    ],
)
def test_her_wish_told_after_is_no_pair_of_the_writer(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (PAULO, MARTA)
    assert result.confident
    assert result.more == ()


@pytest.mark.parametrize(
    "body",
    [
        "Olá Paulo,\n\nApresento-te a Marta, que está em cópia.\n\nAna",
        "Hi Paulo,\n\nI'm introducing you to Marta, who is cc'd here.\n\nAna",
        "Hallo Paulo,\n\nich stelle dir Marta vor, die ich in Kopie gesetzt habe.\n\nAna",
    ],
)
def test_one_said_copied_but_not_copied_is_no_certain_pair(body: str) -> None:
    result = understand(body, cc=f"Intro <{AGENT}>")
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Olá Paulo,\n\nApresento-te a Marta, que está em cópia.\n\nAna",
        "Hola Paulo:\n\nQuería presentarte a Marta, a quien he puesto en copia.\n\nAna",
        "Habari Paulo,\n\nNingependa kukutambulisha kwa Marta, ambaye yuko kwenye nakala.\n\nAna",
    ],
)
def test_two_copied_of_that_name_leave_her_uncertain(body: str) -> None:
    result = understand(
        body,
        cc=f"Marta Silva <marta@silva.example>, Marta Costa <marta@costa.example>, <{AGENT}>",
    )
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        # An offer to the one written to, not an intro made.
        "Habari Paulo,\n\nnaweza kukutambulisha kwa Marta ukipenda.\n\nAna",
        # Telling the one written to to present themselves is no wish of the writer's.
        "Hola Paulo:\n\nDeberías presentarte a Marta.\n\nAna",
    ],
)
def test_offers_and_advice_stay_no_request(body: str) -> None:
    assert understand(body).kind == "not_a_request"


def test_the_writers_own_wish_after_a_pronoun_object_stays_theirs() -> None:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <ana@ruiz.example>"
    message["To"] = f"Intro <{AGENT}>"
    message["Subject"] = "Bob"
    message.set_content(
        "Hi,\n\nBob Marsh (bob@marsh.example) runs a bakery and I would love to chat with "
        "him.\n\nAna"
    )
    result = understand_request(parse_message(message.as_bytes()), AGENT)
    assert (result.a, result.b) == (ANA, Party("Bob Marsh", "bob@marsh.example"))
    assert result.confident


def test_a_wish_of_someone_else_after_their_verb_is_never_certain() -> None:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <ana@ruiz.example>"
    message["To"] = f"Intro <{AGENT}>"
    message["Subject"] = "Bob"
    message.set_content(
        "Hi,\n\nBob Marsh (bob@marsh.example) runs a bakery. He works nights and would love "
        "to chat with Jo Lee (jo@lee.example).\n\nAna"
    )
    result = understand_request(parse_message(message.as_bytes()), AGENT)
    assert ANA not in (result.a, result.b)
    assert not result.confident

"""An ask for "this person" ("Could you introduce me to this person?", "à cette
personne", "a esta persona", "dieser Person", "a esta pessoa", "mtu huyu") above or below a
pasted profile or signature block (a name line, a title line, a company, an address, as
LinkedIn or a mail client shows them): the writer is party A, the one the block names
party B, certain only when the block holds exactly one person with one address. A pasted
signature keeps its "--" rule: above the writer's own sign-off it ends nothing of
theirs."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request
from agent.understanding.signatures import without_pasted_rule

AGENT = "intro@introbot.net"
ANA = Party("Ana Ruiz", "ana@ruiz.example")
KWAME = Party("Kwame Mensah", "kwame.mensah@solargrid.example")


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <ana@ruiz.example>"
    message["To"] = f"Intro <{AGENT}>"
    message["Subject"] = "Intro?"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


def _block(title: str, company: str) -> str:
    return f"Kwame Mensah\n{title}\n{company}\nkwame.mensah@solargrid.example\n"


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nCould you introduce me to this person? We are building mini-grids in "
        f"Ghana.\n\n{_block('Head of Partnerships', 'SolarGrid Ltd')}\nThanks,\nAna",
        f"Hi,\n\n{_block('Head of Partnerships', 'SolarGrid Ltd')}\nI came across his "
        "profile. Could you introduce me to this person?\n\nThanks,\nAna",
        "Hi,\n\nCould you introduce me to this person?\n\nKwame Mensah · 2nd\nHead of "
        "Partnerships at SolarGrid\nAccra, Greater Accra Region, Ghana\n"
        "kwame.mensah@solargrid.example\n\nThanks,\nAna",
        "Hi,\n\nCould you introduce me to this person?\n\nKwame Mensah\nHead of Partnerships "
        "| SolarGrid Ltd.\nM: +233 20 555 0101\nE: kwame.mensah@solargrid.example\n\nThanks,\nAna",
        "Bonjour,\n\nPourriez-vous me présenter à cette personne ?\n\n"
        f"{_block('Responsable des partenariats', 'SolarGrid SAS')}\nMerci,\nAna",
        "Hola,\n\n¿Me podrías presentar a esta persona? Estamos montando minirredes.\n\n"
        f"{_block('Director de Alianzas', 'SolarGrid Ltd')}\nGracias,\nAna",
        "Hallo,\n\nkönnten Sie mich dieser Person vorstellen?\n\n"
        f"{_block('Leiter Partnerschaften', 'SolarGrid GmbH')}\nDanke,\nAna",
        "Olá,\n\nPode apresentar-me a esta pessoa?\n\n"
        f"{_block('Diretor de Parcerias', 'SolarGrid Lda')}\nObrigada,\nAna",
        "Habari,\n\nTafadhali nitambulishe kwa mtu huyu:\n\n"
        f"{_block('Mkuu wa Ushirikiano', 'SolarGrid Ltd')}\nAsante,\nAna",
        "Hi,\n\nCould you introduce me to this person?\n\n--\nDr. Kwame Mensah\nHead of "
        "Partnerships\nSolarGrid Ltd.\nkwame.mensah@solargrid.example | +233 20 555 0101\n\n"
        "Thanks,\nAna",
        "Bonjour,\n\nPourriez-vous me présenter à cette personne ?\n\n-- \n"
        f"{_block('Responsable des partenariats', 'SolarGrid SAS')}\nMerci,\nAna",
    ],
)
def test_the_writer_and_the_one_pasted_are_the_pair(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ANA, KWAME)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Two people pasted.
        "Hi,\n\nCould you introduce me to this person?\n\n"
        f"{_block('Head of Partnerships', 'SolarGrid Ltd')}\nAma Owusu\nCOO\nSolarGrid Ltd\n"
        "ama@solargrid.example\n\nThanks,\nAna",
        # Two addresses for the one pasted.
        "Hi,\n\nCould you introduce me to this person?\n\nKwame Mensah\nHead of Partnerships\n"
        "SolarGrid Ltd\nkwame.mensah@solargrid.example, partnerships@solargrid.example\n\n"
        "Thanks,\nAna",
        # No address at all.
        "Hola,\n\n¿Me podrías presentar a esta persona?\n\nKwame Mensah\nDirector de Alianzas\n"
        "SolarGrid Ltd\n\nGracias,\nAna",
    ],
)
def test_a_paste_without_exactly_one_person_and_address_is_no_certain_pair(body: str) -> None:
    assert not understand(body).confident


def test_a_rule_opening_the_writers_own_details_stays() -> None:
    own = "Could you introduce me to Kwame?\n\nThanks,\nAna\n--\nAna Ruiz\nana@ruiz.example\n"
    assert without_pasted_rule(own, "Ana Ruiz") == own
    # No sign-off of the writer's below the rule: a footer, not a paste.
    footer = "Could you introduce me to Kwame?\n--\nSent from the Minigrid Co mail server\n"
    assert without_pasted_rule(footer, "Ana Ruiz") == footer
    pasted = "Could you introduce me to this person?\n--\nKwame Mensah\nk@s.example\n\nAna\n"
    assert without_pasted_rule(pasted, "Ana Ruiz") == pasted.replace("--\n", "", 1)


def test_the_writers_own_signature_rule_gives_no_one_to_meet() -> None:
    result = understand(
        "Hi,\n\nCould you introduce me to Kwame?\n\nThanks,\nAna\n--\nAna Ruiz\nMinigrid Co\n"
        "ana@ruiz.example\nAssistant: jo@ruiz.example"
    )
    assert result.a == ANA
    assert not result.confident

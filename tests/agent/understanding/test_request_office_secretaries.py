"""A secretary or a clerk writing from their principal's office: the office's mailbox
shown by the office's name ("Sekretariat Dr. Hofreiter-Lenz", "Étude Maître Diop-Sarr -
Secrétariat") is signed by the one who writes, perhaps below a line naming whom they
sign for ("Pour Maître ...,") or with a mark before their name ("i. A."); the principal
is the one asked for, reached "directly at" an address given in a sentence of its own.
A job title of two words joined by "and" between a name and their address is no one
more. Near misses keep their reading."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_request_mailbox_signer import understand as _from
from tests.agent.understanding.test_requests import understand

_PRINCIPAL = Party("Aminata Diop-Sarr", "a.diopsarr@etude.example")
_ASKED = Party("Claire Lemaire", "c.lemaire@cabinet.example")


@pytest.mark.parametrize(
    ("sender", "body", "signer"),
    [
        (
            "Étude Maître Diop-Sarr - Secrétariat <secretariat@etude.example>",
            "Madame, Monsieur,\n\nSur instruction de Maître Aminata Diop-Sarr, j'ai "
            "l'honneur de solliciter votre intermédiaire afin de la mettre en relation avec "
            "Madame Claire Lemaire (c.lemaire@cabinet.example).\n\nMaître Diop-Sarr peut "
            "être jointe directement à l'adresse a.diopsarr@etude.example.\n\nCordialement,"
            "\n\nPour Maître Aminata Diop-Sarr,\nKhady Ndiaye\nClerc principal",
            "Khady Ndiaye",
        ),
        (
            "Sekretariat Dr. Diop-Sarr <sekretariat.diopsarr@etude.example>",
            "Sehr geehrte Damen und Herren,\n\nim Auftrag von Frau Dr. Aminata Diop-Sarr "
            "bitte ich Sie, sie mit Frau Dipl.-Kffr. Claire Lemaire "
            "(c.lemaire@cabinet.example) bekannt zu machen.\n\nFrau Dr. Diop-Sarr ist "
            "direkt erreichbar unter a.diopsarr@etude.example.\n\nMit freundlichen Grüßen"
            "\n\ni. A. Bettina Weiß\nSekretariat",
            "Bettina Weiß",
        ),
        (
            "Office of Ms Diop-Sarr <office@etude.example>",
            "Dear Sir/Madam,\n\nI write on behalf of Ms Aminata Diop-Sarr, who would be "
            "grateful for an introduction to Ms Claire Lemaire (c.lemaire@cabinet.example)."
            "\n\nMs Diop-Sarr may be contacted directly at a.diopsarr@etude.example.\n\n"
            "Yours faithfully,\n\nFor Aminata Diop-Sarr,\nOrla Kinsella\nLegal Secretary",
            "Orla Kinsella",
        ),
    ],
)
def test_an_offices_clerk_asks_for_the_principal(sender: str, body: str, signer: str) -> None:
    result = _from(sender, body)
    assert result.kind == "intro_request"
    assert result.requester is not None and result.requester.name == signer
    assert (result.a, result.b) == (_PRINCIPAL, _ASKED)
    assert result.confident


@pytest.mark.parametrize(
    "reach",
    [
        "Ms Diop-Sarr may be contacted directly at",
        "Ms Diop-Sarr can be reached directly at",
        "Maître Diop-Sarr peut être jointe à l'adresse",
        "Maître Diop-Sarr peut être contactée directement à",
        "Frau Dr. Diop-Sarr ist direkt erreichbar unter",
        "Lic. Diop-Sarr puede ser contactada directamente en",
        "Dra. Diop-Sarr pode ser contactada diretamente em",
        "Bi. Diop-Sarr anapatikana moja kwa moja kwa",
    ],
)
def test_an_address_given_directly_is_the_named_ones(reach: str) -> None:
    result = understand(
        "Could you introduce Dr Aminata Diop-Sarr to Claire Lemaire "
        f"(c.lemaire@cabinet.example)?\n\n{reach} a.diopsarr@etude.example.\n\nAnn Lee"
    )
    assert (result.a, result.b) == (_PRINCIPAL, _ASKED)
    assert result.confident


def test_a_person_shown_by_their_own_name_keeps_it() -> None:
    # No office's word shown: the name in the header is the writer's own.
    result = _from(
        "Ann Lee <ann.office@lee.example>",
        "Hi,\n\nCould you introduce me to Claire Lemaire (c.lemaire@cabinet.example)?"
        "\n\nKind regards,\n\nFor Acme Holdings,\nBob Ray",
    )
    assert result.requester == Party("Ann Lee", "ann.office@lee.example")


def test_a_line_for_more_information_signs_for_no_one() -> None:
    result = _from(
        "Sekretariat Acme <sekretariat@acme.example>",
        "Hallo,\n\nkönnten Sie mich mit Claire Lemaire (c.lemaire@cabinet.example) bekannt "
        "machen?\n\nFor more information, see our site\nBettina Weiß",
    )
    assert result.requester is not None and result.requester.name != "Bettina Weiß"


@pytest.mark.parametrize(
    "title",
    [
        "expert-comptable et commissaire aux comptes, Cabinet Lemaire & Associés, Paris 8e",
        "auditor and tax adviser, Lemaire & Co, Navan",
    ],
)
def test_a_title_of_two_joined_words_names_no_one_more(title: str) -> None:
    result = understand(
        f"Could you introduce me to Claire Lemaire, {title} (c.lemaire@cabinet.example)?"
    )
    assert result.b == _ASKED
    assert result.confident


def test_a_name_joined_to_the_title_keeps_the_address_apart() -> None:
    result = understand(
        "Could you introduce me to Claire Lemaire, auditor and her partner Bob Ray "
        "(bob.ray@cabinet.example)?"
    )
    assert result.b != Party("Claire Lemaire", "bob.ray@cabinet.example")
    assert not result.confident


@pytest.mark.parametrize("plea", ["por favor", ", por favor,"])
def test_a_plea_after_the_clitic_verb_still_asks(plea: str) -> None:
    result = understand(
        f"Hola,\n\nTe presento a Aminata Diop-Sarr (a.diopsarr@etude.example). "
        f"Preséntale {plea} a Claire Lemaire (c.lemaire@cabinet.example).\n\nAnn"
    )
    assert result.kind == "intro_request"
    assert result.b == _ASKED

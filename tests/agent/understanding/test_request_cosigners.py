"""Those who sign a mail with its writer ("Carmen Ibáñez y Luis Romero" below Luis's
mail, Carmen copied) ask with the writer: never the party a plea for "them" means
("¿Podrían ustedes presentarlas?"), whichever language. A line signing for no one else
("Luis Romero y familia", "Thanks from Carmen and Luis") names no co-signer."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.signatures import cosigners
from tests.agent.understanding.test_requests import understand

_JOINS = {"and", "&", ",", "y", "e", "et", "und", "na"}
_LUCIA = "Lucía (lucia@romero.example)"
_CARMEN = Party("Carmen Ibáñez", "carmen@ibanez.example")


@pytest.mark.parametrize(
    ("text", "writer", "others"),
    [
        ("Hola\n\nCarmen Ibáñez y Luis Romero\n", "Luis Romero", ("Carmen Ibáñez",)),
        ("Hi\n\nAnna & Tom", "Tom Becker", ("Anna",)),
        ("Salut\n\nMarie et Jean Dupont", "Jean Dupont", ("Marie",)),
        ("Oi\n\nAna e João Silva", "João Silva", ("Ana",)),
        ("Hallo\n\nPetra und Uwe", "Uwe Krause", ("Petra",)),
        ("Habari\n\nAmina na Juma", "Juma Said", ("Amina",)),
        ("Hello\n\nAnn, Bob and Luis", "Luis Romero", ("Ann", "Bob")),
    ],
)
def test_a_line_joining_the_writer_and_others_names_them(
    text: str, writer: str, others: tuple[str, ...]
) -> None:
    assert cosigners(text, writer, _JOINS) == others


@pytest.mark.parametrize(
    "text",
    [
        "Hola\n\nLuis Romero y familia",
        "Hello\n\nThanks from Carmen and Luis",
        "Hello\n\nAna and Bob",
        "Luis and Ana\nhello",
        "Hello\n\nCould you introduce Ann and Bob?",
    ],
)
def test_a_line_signing_for_no_one_else_names_no_one(text: str) -> None:
    assert cosigners(text, "Luis Romero", _JOINS) == ()


@pytest.mark.parametrize(
    "body",
    [
        f"Good afternoon,\n\nOur daughter {_LUCIA} is opening a small pottery shop and has"
        " questions about contracts. Our neighbour, Mrs Pilar Ortega, is a lawyer. Could you"
        " introduce them?\n\nKind regards,\n\nCarmen Ibáñez and Luis Romero",
        f"Buenas tardes:\n\nNuestra hija {_LUCIA} está montando una tienda y tiene dudas con"
        " los contratos. Nuestra vecina, doña Pilar Ortega, es abogada. ¿Podrían ustedes"
        " presentarlas?\n\nUn saludo,\n\nCarmen Ibáñez y Luis Romero",
        f"Bonjour,\n\nNotre fille {_LUCIA} ouvre une boutique et a des questions sur ses"
        " contrats. Notre voisine, Mme Pilar Ortega, est avocate. Pourriez-vous les mettre en"
        " contact ?\n\nCordialement,\n\nCarmen Ibáñez et Luis Romero",
        f"Guten Tag,\n\nunsere Tochter {_LUCIA} eröffnet einen kleinen Laden und hat Fragen zu"
        " Verträgen. Unsere Nachbarin, Frau Pilar Ortega, ist Anwältin. Könnten Sie die beiden"
        " miteinander bekannt machen?\n\nViele Grüße\n\nCarmen Ibáñez und Luis Romero",
        f"Boa tarde,\n\nNossa filha {_LUCIA} está abrindo uma loja e tem dúvidas sobre"
        " contratos. Nossa vizinha, a Dona Pilar Ortega, é advogada. Poderiam colocá-las em"
        " contato?\n\nAbraços,\n\nCarmen Ibáñez e Luis Romero",
        f"Habari,\n\nBinti yetu {_LUCIA} anafungua duka dogo na ana maswali kuhusu mikataba."
        " Jirani yetu, Bi. Pilar Ortega, ni wakili. Mnaweza kuwaunganisha?\n\nAsanteni,\n\n"
        "Carmen Ibáñez na Luis Romero",
    ],
)
def test_one_signing_with_the_writer_is_never_a_party_of_a_plea_for_them(body: str) -> None:
    result = understand(
        body, sender="Luis Romero <luis@romero.example>", cc="Carmen Ibáñez <carmen@ibanez.example>"
    )
    assert _CARMEN not in (result.a, result.b)
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Buenas tardes:\n\nNuestra hija {_LUCIA} tiene dudas con los contratos. Nuestra"
        " vecina, doña Pilar Ortega, es abogada. ¿Podrían ustedes presentarlas?\n\nUn saludo,"
        "\n\nCarmen Ibáñez y Luis Romero",
        f"Good afternoon,\n\nOur daughter {_LUCIA} has questions about contracts. Our neighbour,"
        " Mrs Pilar Ortega, is a lawyer. Could you introduce them?\n\nKind regards,\n\n"
        "Carmen Ibáñez and Luis Romero",
    ],
)
def test_the_two_named_before_the_plea_are_the_pair_asked_about(body: str) -> None:
    result = understand(
        body, sender="Luis Romero <luis@romero.example>", cc="Carmen Ibáñez <carmen@ibanez.example>"
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Lucía", "lucia@romero.example"),
        Party("Pilar Ortega", None),
    )
    assert not result.confident


def test_a_cosigner_not_on_the_mail_changes_nothing() -> None:
    result = understand(
        "Could you introduce me to Bob Ray (bob@ray.example)? He builds boats.\n\n"
        "Carmen Ibáñez y Ann Lee"
    )
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Bob Ray", "bob@ray.example"),
    )
    assert result.confident

"""An ask whose two parties and their addresses are told in the sentences around it, the
ask naming them by a pronoun only ("Could you introduce them?", "¿Podrían presentarlas?",
"Pouvez-vous les mettre en relation ?", "Könnten Sie die beiden bekannt machen?", "Podem
apresentá-las?", "Mnaweza kuwatambulisha?"): the pair is the two people named with an
address before it (or after it, "Could you introduce these two? ..."), certain only when
exactly two such people, neither the writer nor the agent, are named so. A third one
with an address, or one of the two without, and the agent asks the requester."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <ana@ruiz.example>"
    message["To"] = f"Intro <{AGENT}>"
    message["Subject"] = "Una petición"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


CARMEN = Party("Carmen Ruiz", "carmen.ruiz@gmail.com")
PILAR = Party("Pilar Gómez", "pgomez@telefonica.net")


@pytest.mark.parametrize(
    ("body", "one", "other"),
    [
        (
            "Hola:\n\nMi abuela, Carmen Ruiz (carmen.ruiz@gmail.com), quiere aprender a tejer. "
            "Y la señora Pilar Gómez (pgomez@telefonica.net) da clases en el barrio. "
            "¿Podrían presentarlas?\n\nGracias,\nAna",
            CARMEN,
            PILAR,
        ),
        (
            "Olá,\n\nA minha avó, Carmen Ruiz (carmen.ruiz@gmail.com), quer aprender tricô. A "
            "senhora Pilar Gómez (pgomez@telefonica.net) dá aulas no bairro. Podem "
            "apresentá-las?\n\nObrigada,\nAna",
            CARMEN,
            PILAR,
        ),
        (
            "Hi,\n\nMy aunt Jo (jo@x.com) wants to learn pottery; Ruth Baker (ruth@y.com) "
            "teaches it. Could you introduce them?\n\nThanks,\nAna",
            Party("Jo", "jo@x.com"),
            Party("Ruth Baker", "ruth@y.com"),
        ),
        (
            "Hi,\n\nCould you introduce these two? My aunt Jo <jo@x.com> wants to learn "
            "pottery; Ruth Baker <ruth@y.com> teaches it.\n\nThanks,\nAna",
            Party("Jo", "jo@x.com"),
            Party("Ruth Baker", "ruth@y.com"),
        ),
        (
            "Bonjour,\n\nMon voisin Thomas Roux (thomas.roux@gmail.com) restaure un vieux "
            "voilier. Ma cousine Sophie Vidal (sophie@vidalnautique.fr) tient un chantier "
            "naval à Brest. Pouvez-vous les mettre en relation ?\n\nMerci,\nAna",
            Party("Thomas Roux", "thomas.roux@gmail.com"),
            Party("Sophie Vidal", "sophie@vidalnautique.fr"),
        ),
        (
            "Hallo,\n\nmein Nachbar Thomas Roth (thomas.roth@gmx.de) restauriert ein altes "
            "Boot. Meine Cousine Sophie Vogel (sophie@vogelwerft.de) hat eine Werft in Kiel. "
            "Könnten Sie die beiden bekannt machen?\n\nDanke,\nAna",
            Party("Thomas Roth", "thomas.roth@gmx.de"),
            Party("Sophie Vogel", "sophie@vogelwerft.de"),
        ),
        (
            "Habari,\n\nJirani yangu Tom Otieno (tom.otieno@gmail.com) anatengeneza mashua. "
            "Binamu yangu Sofia Wanjiru (sofia@wanjirumarine.co.ke) ana karakana Mombasa. "
            "Mnaweza kuwatambulisha?\n\nAsante,\nAna",
            Party("Tom Otieno", "tom.otieno@gmail.com"),
            Party("Sofia Wanjiru", "sofia@wanjirumarine.co.ke"),
        ),
    ],
)
def test_the_two_named_with_addresses_are_the_pair(body: str, one: Party, other: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {one, other}
    assert result.confident
    assert result.more == ()


@pytest.mark.parametrize(
    "body",
    [
        # A third person named with an address: who "them" is is not certain.
        "Hola:\n\nMi abuela, Carmen Ruiz (carmen.ruiz@gmail.com), quiere aprender a tejer. La "
        "señora Pilar Gómez (pgomez@telefonica.net) y su hermana Rosa Gómez "
        "(rgomez@telefonica.net) dan clases en el barrio. ¿Podrían presentarlas?\n\nAna",
        "Bonjour,\n\nMa tante Jeanne Morel (jeanne@x.com) veut apprendre la poterie. Ruth "
        "Baker (ruth@y.com) et Ben Ode (ben@z.com) donnent des cours. Pouvez-vous les mettre "
        "en relation ?\n\nAna",
        "Hi,\n\nMy aunt Jo (jo@x.com) wants to learn pottery; Ruth Baker (ruth@y.com) teaches "
        "it, and so does Ben (ben@z.com). Could you introduce them?\n\nAna",
        # One of the two without an address.
        "Hola:\n\nMi abuela, Carmen Ruiz (carmen.ruiz@gmail.com), quiere aprender a tejer. La "
        "señora Pilar Gómez da clases en el barrio. ¿Podrían presentarlas?\n\nAna",
        "Olá,\n\nA minha avó, Carmen Ruiz (carmen.ruiz@gmail.com), quer aprender tricô. A "
        "senhora Pilar Gómez dá aulas no bairro. Podem apresentá-las?\n\nAna",
        "Hallo,\n\nMeine Tante Johanna Berg (jo@x.com) möchte töpfern lernen. Ruth Baker gibt "
        "Kurse. Könnten Sie die beiden bekannt machen?\n\nAna",
        "Habari,\n\nShangazi yangu Jo Mwangi (jo@x.com) anataka kujifunza ufinyanzi. Ruth "
        "Baker anafundisha. Mnaweza kuwatambulisha?\n\nAna",
        "Hi,\n\nMy aunt Jo (jo@x.com) wants to learn pottery; Ruth Baker teaches it. Could you "
        "introduce them?\n\nAna",
    ],
)
def test_more_or_fewer_than_two_with_addresses_is_no_certain_pair(body: str) -> None:
    assert not understand(body).confident


MOUSSA = Party("Moussa Keita", "moussa@keita.ml")
KADIATOU = Party("Kadiatou Dembele", "k.dembele@insarts.ml")

# A third person named without an address before "them", the two others with one, in
# each language: the sentence naming the third, then the two's, then the plea.
THREE_NAMED = {
    "en": (
        "My costume maker Fatima Sissoko works alone.",
        "Moussa Keita (moussa@keita.ml) runs the stage and Kadiatou Dembele "
        "(k.dembele@insarts.ml) trains young tailors.",
        "Could you introduce them?",
    ),
    "fr": (
        "Notre costumière Fatoumata Sissoko travaille seule.",
        "Moussa Keita (moussa@keita.ml) est régisseur et Mme Kadiatou Dembele "
        "(k.dembele@insarts.ml) forme les jeunes couturières.",
        "Pourriez-vous les mettre en relation ?",
    ),
    "es": (
        "Conozco a Fátima Sissoko, que cose.",
        "Moussa Keita (moussa@keita.ml) es regidor y Kadiatou Dembele "
        "(k.dembele@insarts.ml) forma costureras.",
        "¿Podrías ponerlos en contacto?",
    ),
    "de": (
        "Unsere Schneiderin Fatima Sissoko arbeitet allein.",
        "Moussa Keita (moussa@keita.ml) ist Inspizient und Kadiatou Dembele "
        "(k.dembele@insarts.ml) bildet Schneiderinnen aus.",
        "Könnten Sie sie miteinander bekannt machen?",
    ),
    "pt": (
        "A nossa costureira Fátima Sissoko trabalha sozinha.",
        "O Moussa Keita (moussa@keita.ml) é contrarregra e a Kadiatou Dembele "
        "(k.dembele@insarts.ml) forma costureiras.",
        "Você poderia apresentá-los um ao outro?",
    ),
    "sw": (
        "Mshonaji wetu ni Fatuma Sissoko.",
        "Moussa Keita (moussa@keita.ml) ni msimamizi wa jukwaa na Kadiatou Dembele "
        "(k.dembele@insarts.ml) anafundisha washonaji.",
        "Tafadhali waunganishe.",
    ),
}


@pytest.mark.parametrize("language", sorted(THREE_NAMED))
def test_them_among_three_named_is_asked_about(language: str) -> None:
    # "Notre costumière Fatoumata Sissoko ... Moussa Keïta (...) ... Mme Kadiatou Dembélé
    # (...)\n\nPourriez-vous les mettre en relation ?": any two of the three may be
    # "them", the one without an address too, so the two with addresses are no pair.
    third, two, plea = THREE_NAMED[language]
    result = understand(f"Hello,\n\n{third} {two}\n\n{plea}\n\nAna")
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.a is None and result.b is None


@pytest.mark.parametrize("language", sorted(THREE_NAMED))
def test_them_after_two_named_in_its_own_paragraph_is_the_two(language: str) -> None:
    # The third named in a paragraph before, the pronoun's own paragraph names the two:
    # "them" is those two.
    third, two, plea = THREE_NAMED[language]
    result = understand(f"Hello,\n\n{third}\n\n{two} {plea}\n\nAna")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {MOUSSA, KADIATOU}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A school, a firm and a parish named before are no third person.
        "Hola,\n\nSoy madre en el CEIP Miguel Hernández. Rosa Medina (rosa@medina.es) y "
        "Andrés Quiroga (aquiroga@telefonica.net) llevan a sus hijos al cole desde Sant "
        "Andreu.\n\n¿Los podrías presentar?\n\nAna",
        "Guten Tag,\n\nals Geschäftsführer der Albrecht Antriebstechnik GmbH schreibe ich "
        "Ihnen. Herr Matthias Keller (m.keller@albrecht.de) und Frau Ingrid Solberg "
        "(ingrid@handelskammer.no) sollten sich kennen.\n\nKönnten Sie die beiden "
        "miteinander bekannt machen?\n\nAna",
        "Boa tarde,\n\nSou voluntária na paróquia de São Vicente. A Dona Fernanda Loureiro "
        "(fernanda@gmail.com) e o Sr. Rui Palhinha (rui@palhinha.pt) ajudam nos cabazes.\n\n"
        "Podia apresentá-los um ao outro?\n\nAna",
    ],
)
def test_a_place_or_a_body_named_before_them_is_no_third(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident

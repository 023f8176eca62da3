"""In a forward's note, the forwarded mail's author as the object pronoun of a "put in
contact" phrasing is party a: "le mettre en rapport avec", "pô-lo em contacto com",
"colocá-la em contato com", "ponerlo en contacto con", "ihn mit ... in Kontakt bringen",
"muunganishe na". The same phrasing outside a forward, or with someone else named before
the pronoun, names no one certain; "en rapport avec" alone ("related to") asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import CARMEN, HELGA, _from_antonio

_NOTES = [
    "Je vous transfère le message de Helga. Merci de bien vouloir la mettre en rapport avec "
    "Carmen Delgado (carmen@olivar.example), c'est la plus sérieuse que je connaisse.",
    "Pourriez-vous la mettre en rapport avec Carmen Delgado (carmen@olivar.example) ?",
    "Encaminho a mensagem da Helga. Poderias pô-la em contacto com a Carmen Delgado? O "
    "email dela é carmen@olivar.example",
    "Podes colocá-la em contato com a Carmen Delgado (carmen@olivar.example)?",
    "Te reenvío el mensaje de Helga. ¿Podrías ponerla en contacto con Carmen Delgado "
    "(carmen@olivar.example)?",
    "¿Puedes ponerle en contacto con Carmen Delgado (carmen@olivar.example)?",
    "Könnten Sie sie bitte mit Carmen Delgado (carmen@olivar.example) in Kontakt bringen?",
    "Tafadhali muunganishe na Carmen Delgado (carmen@olivar.example).",
]


# The author named in full, then what she is and where after a comma: the place's name
# there names no one else, so the pronoun is still the author.
_DESCRIBED_NOTES = [
    "Reencaminho o pedido da Helga Dahl, enóloga numa quinta da Bairrada com quem "
    "trabalhamos há anos. Pode pô-la em contacto com a Carmen Delgado "
    "(carmen@olivar.example)?",
    "Encaminho a mensagem da Helga Dahl, cozinheira num restaurante em Coimbra. Podes "
    "colocá-la em contato com a Carmen Delgado (carmen@olivar.example)?",
    "Je vous transfère le message de Helga Dahl, œnologue dans un domaine près de Bordeaux. "
    "Pourriez-vous la mettre en rapport avec Carmen Delgado (carmen@olivar.example) ?",
    "Te reenvío el mensaje de Helga Dahl, enóloga en una bodega de Rioja. ¿Podrías ponerla "
    "en contacto con Carmen Delgado (carmen@olivar.example)?",
]


# The author named by her first name alone, then where she works after a comma: the
# place's name there names no one else either.
_FIRST_NAME_DESCRIBED_NOTES = [
    "Encaminho o pedido da Helga, da rádio comunitária de Chókwè. Por favor, ponha-a em "
    "contacto com a Carmen Delgado (carmen@olivar.example).",
    "Encaminho a mensagem da Helga, da rádio de Chókwè. Podes colocá-la em contato com a "
    "Carmen Delgado (carmen@olivar.example)?",
    "Je vous transfère le message de Helga, de la radio communautaire de Chókwè. "
    "Pourriez-vous la mettre en rapport avec Carmen Delgado (carmen@olivar.example) ?",
    "Te reenvío el mensaje de Helga, de la radio comunitaria de Chókwè. ¿Podrías ponerla "
    "en contacto con Carmen Delgado (carmen@olivar.example)?",
    "I'm forwarding Helga's request, from the community radio of Chokwe. Could you put her "
    "in touch with Carmen Delgado (carmen@olivar.example)?",
]


# A place in the author's description ("enóloga numa quinta da Bairrada") leaves the
# pronoun hers.
@pytest.mark.parametrize("note", _NOTES + _DESCRIBED_NOTES + _FIRST_NAME_DESCRIBED_NOTES)
def test_the_forwards_author_put_in_contact_is_party_a(note: str) -> None:
    result = _from_antonio(note)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (HELGA, CARMEN)
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        "Pourriez-vous la mettre en rapport avec Carmen Delgado (carmen@olivar.example) ?",
        "Poderias pô-la em contacto com a Carmen Delgado (carmen@olivar.example)?",
        "¿Podrías ponerla en contacto con Carmen Delgado (carmen@olivar.example)?",
    ],
)
def test_outside_a_forward_the_pronoun_is_no_one_certain(note: str) -> None:
    result = _from_antonio(note, forwarded=False)
    assert not result.confident


@pytest.mark.parametrize(
    "note",
    [
        # Someone else named before the pronoun.
        "Sa collègue Marie Diop cherche aussi. Pourriez-vous la mettre en rapport avec "
        "Carmen Delgado (carmen@olivar.example) ?",
        "A minha colega Ana Souza também procura. Poderias pô-la em contacto com a Carmen "
        "Delgado (carmen@olivar.example)?",
    ],
)
def test_someone_else_named_before_the_pronoun_is_not_the_author(note: str) -> None:
    result = _from_antonio(note)
    assert not (result.confident and {result.a, result.b} == {HELGA, CARMEN})


def test_related_to_asks_nothing() -> None:
    result = _from_antonio(
        "Ce dossier est en rapport avec Carmen Delgado (carmen@olivar.example).", forwarded=False
    )
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "note",
    [
        # A listed first name in the description may be someone else.
        "Reencaminho o pedido da Helga Dahl, amiga da Joana. Pode pô-la em contacto com a "
        "Carmen Delgado (carmen@olivar.example)?",
        # Another's first name, listed, after the author's first name and a comma.
        "Encaminho o pedido da Helga, amiga da Joana. Pode pô-la em contacto com a "
        "Carmen Delgado (carmen@olivar.example)?",
        # Someone else named by a first name alone, then a comma.
        "Encaminho o pedido da Helga. A Joana, da rádio de Chókwè, também procura. Pode "
        "pô-la em contacto com a Carmen Delgado (carmen@olivar.example)?",
        # A place named in a sentence of its own, after the author's.
        "Reencaminho o pedido da Helga Dahl. Trabalha com a Bairrada. Pode pô-la em contacto "
        "com a Carmen Delgado (carmen@olivar.example)?",
    ],
)
def test_a_name_outside_the_authors_description_keeps_the_pronoun_open(note: str) -> None:
    result = _from_antonio(note)
    assert not (result.confident and {result.a, result.b} == {HELGA, CARMEN})


# The author's firm after her name, read as a second name right after hers ("Helga Dahl
# de Conserves Fines de Haute Provence"), goes on naming her firm: no one else.
@pytest.mark.parametrize(
    "note",
    [
        "Je vous transfère le message de notre cliente, Mme Helga Dahl de Conserves Fines de "
        "Haute Provence. Pourriez-vous la présenter à Carmen Delgado (carmen@olivar.example) ?",
        "Reencaminho o e-mail da nossa cliente, a Sra. Helga Dahl da Conservas Finas da Terra "
        "Branca. Pode apresentá-la à Carmen Delgado (carmen@olivar.example)?",
    ],
)
def test_the_authors_firm_after_her_name_is_no_one_else(note: str) -> None:
    result = _from_antonio(note)
    assert (result.a, result.b) == (HELGA, CARMEN)
    assert result.confident


# An organisation named after its kind ("la ONG Wawa Mikhuy", "the NGO Wawa Mikhuy"),
# where the author wants someone from, names no one else: the pronoun is still hers.
@pytest.mark.parametrize(
    "note",
    [
        "Below is Helga's mail. She asked me about the NGO Wawa Mikhuy. Could you introduce "
        "her to Carmen Delgado (carmen@olivar.example)?",
        "Je vous transfère le message de Helga. Elle m'a parlé de l'ONG Wawa Mikhuy. "
        "Pourriez-vous la mettre en rapport avec Carmen Delgado (carmen@olivar.example) ?",
        "Te reenvío el mensaje de Helga. Ella me pide contacto con alguien de la ONG Wawa "
        "Mikhuy. ¿Podría ponerla en contacto con Carmen Delgado (carmen@olivar.example)?",
        "Encaminho a mensagem da Helga. Ela procura alguém da ONG Wawa Mikhuy. Poderias "
        "pô-la em contacto com a Carmen Delgado (carmen@olivar.example)?",
        "Nakutumia ujumbe wa Helga. Anatafuta mtu wa asasi Wawa Mikhuy. Tafadhali muunganishe "
        "na Carmen Delgado (carmen@olivar.example).",
    ],
)
def test_an_organisation_named_after_its_kind_is_no_one_else(note: str) -> None:
    result = _from_antonio(note)
    assert (result.a, result.b) == (HELGA, CARMEN)
    assert result.confident

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


@pytest.mark.parametrize("note", _NOTES)
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

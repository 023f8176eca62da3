"""A third-person object pronoun on a "put in contact" or "meet" verb is the one to
introduce, never the writer: "Pourriez-vous la mettre en relation avec Carmen Delgado
(...) ?", "la faire rencontrer", "¿Me harías el favor de ponerla en contacto con ...?",
"Me gustaría que la pusieras en contacto con", "put her in touch with", "sie mit ... in
Kontakt bringen", "colocá-la em contato com", "kumuunganisha na". With no one named before
it, the pronoun is no one certain, and a "me" of the plea ("me harías el favor") does not
make it the writer; with one person named before it with an address, it is that one. "me
mettre en relation avec" and a forward's author are unchanged."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import CARMEN, HELGA, _from_antonio

_ANTONIO = Party("Antonio Morales", "gerencia@olivar.example")
_MARIE = Party("Marie Dupont", "marie@dupont.example")
_CARMEN = "Carmen Delgado (carmen@olivar.example)"


@pytest.mark.parametrize(
    "note",
    [
        f"Pourriez-vous la mettre en relation avec {_CARMEN} ?",
        f"Pourriez-vous le mettre en contact avec {_CARMEN} ?",
        f"Merci de la mettre en contact avec {_CARMEN}.",
        f"Pourriez-vous la remettre en contact avec {_CARMEN} ?",
        f"Pourriez-vous la faire rencontrer {_CARMEN} ?",
        f"Could you put her in touch with {_CARMEN}?",
        f"¿Podrías ponerla en contacto con {_CARMEN}?",
        f"¿Me harías el favor de ponerla en contacto con {_CARMEN}?",
        f"¿Me podrías ponerlo en contacto con {_CARMEN}?",
        f"Me gustaría que la pusieras en contacto con {_CARMEN}.",
        f"Te pido que la pongas en contacto con {_CARMEN}.",
        f"Könntest du sie mit {_CARMEN} in Kontakt bringen?",
        f"Poderia colocá-la em contato com {_CARMEN}?",
        f"Unaweza kumuunganisha na {_CARMEN}?",
    ],
)
def test_a_third_person_object_is_never_the_writer(note: str) -> None:
    result = _from_antonio(note, forwarded=False)
    assert not result.confident


@pytest.mark.parametrize(
    "note",
    [
        "Marie Dupont (marie@dupont.example) cherche un avocat. Pourriez-vous la mettre en "
        f"relation avec {_CARMEN} ?",
        "Marie Dupont (marie@dupont.example) cherche un avocat. Merci de la mettre en contact "
        f"avec {_CARMEN}.",
        "Marie Dupont (marie@dupont.example) busca un abogado. ¿Podrías ponerla en contacto "
        f"con {_CARMEN}?",
        "Marie Dupont (marie@dupont.example) sucht einen Anwalt. Könntest du sie mit "
        f"{_CARMEN} in Kontakt bringen?",
        "Marie Dupont (marie@dupont.example) procura um advogado. Poderia colocá-la em "
        f"contato com {_CARMEN}?",
        "Marie Dupont (marie@dupont.example) anatafuta wakili. Unaweza kumuunganisha na "
        f"{_CARMEN}?",
    ],
)
def test_the_one_named_before_is_the_pronoun(note: str) -> None:
    result = _from_antonio(note, forwarded=False)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_MARIE, CARMEN}
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        f"Pourriez-vous me mettre en relation avec {_CARMEN} ?",
        f"Pourriez-vous nous mettre en relation avec {_CARMEN} ?",
        f"J'aimerais rencontrer {_CARMEN}.",
        f"Could you put me in touch with {_CARMEN}?",
        f"¿Podrías ponerme en contacto con {_CARMEN}?",
        f"Könntest du mich mit {_CARMEN} in Kontakt bringen?",
        f"Poderia me colocar em contato com {_CARMEN}?",
        f"Unaweza kuniunganisha na {_CARMEN}?",
    ],
)
def test_the_writer_asking_for_themselves_stays_certain(note: str) -> None:
    result = _from_antonio(note, forwarded=False)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_ANTONIO, CARMEN}
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        f"Pourriez-vous la mettre en relation avec {_CARMEN} ?",
        f"Pourriez-vous la faire rencontrer {_CARMEN} ?",
        f"¿Me harías el favor de ponerla en contacto con {_CARMEN}?",
        f"Me gustaría que la pusieras en contacto con {_CARMEN}.",
    ],
)
def test_in_a_forward_the_pronoun_is_its_author(note: str) -> None:
    result = _from_antonio(note)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {HELGA, CARMEN}
    assert result.confident

"""The titles of public and church offices written before a name ("Councillor", "Cllr",
"Mayor", "Deacon", "Alcaldesa", "Concejal", "Stadtrat", "Vereadora", "Prefeito",
"Diwani", "Meya", "Diacre", "Évêque"; the Spanish and Portuguese "Reverendo",
"Reverenda", "Pastor", "Pastora" and the Portuguese "Padre") are no part of the name:
"Councillor Maria Lopez" is Maria Lopez. They were read as her first name."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_CASES = [
    (
        "Hi, could you introduce Councillor Maria Lopez <maria.lopez@council.test> to"
        " Deacon Paul Grant <pgrant@parish.test>? Thanks",
        Party("Maria Lopez", "maria.lopez@council.test"),
        Party("Paul Grant", "pgrant@parish.test"),
    ),
    (
        "Could you put Mayor Ann Weller (ann.weller@town.test) in touch with Cllr Tom Bray"
        " (tom.bray@town.test)?",
        Party("Ann Weller", "ann.weller@town.test"),
        Party("Tom Bray", "tom.bray@town.test"),
    ),
    (
        "Könnten Sie Bürgermeisterin Anna Huber (anna.huber@gemeinde.test) mit Stadtrat"
        " Peter Moser (p.moser@gemeinde.test) bekannt machen?",
        Party("Anna Huber", "anna.huber@gemeinde.test"),
        Party("Peter Moser", "p.moser@gemeinde.test"),
    ),
    (
        "¿Podrías presentar a la Alcaldesa Rosa Díaz (rosa.diaz@ayto.test) con el Concejal"
        " Luis Gil (lgil@ayto.test)?",
        Party("Rosa Díaz", "rosa.diaz@ayto.test"),
        Party("Luis Gil", "lgil@ayto.test"),
    ),
    (
        "Pode apresentar a Vereadora Ana Lima (ana.lima@camara.test) ao Prefeito João Reis"
        " (joao.reis@pref.test)?",
        Party("Ana Lima", "ana.lima@camara.test"),
        Party("João Reis", "joao.reis@pref.test"),
    ),
    (
        "Tafadhali mtambulishe Diwani Juma Ali (juma.ali@kaunti.test) kwa Meya Grace Otieno"
        " (grace.otieno@jiji.test).",
        Party("Juma Ali", "juma.ali@kaunti.test"),
        Party("Grace Otieno", "grace.otieno@jiji.test"),
    ),
    (
        "Pourriez-vous présenter le Diacre Paul Martin (paul.martin@paroisse.test) à"
        " l'Évêque Jean Roy (jean.roy@diocese.test) ?",
        Party("Paul Martin", "paul.martin@paroisse.test"),
        Party("Jean Roy", "jean.roy@diocese.test"),
    ),
    (
        "Poderia apresentar o Pastor Ezequiel Barros (ezequiel@igreja.test) ao Reverendo"
        " Samuel Kalonji (samuel.kalonji@missao.test)?",
        Party("Ezequiel Barros", "ezequiel@igreja.test"),
        Party("Samuel Kalonji", "samuel.kalonji@missao.test"),
    ),
    (
        "Pode apresentar o Padre Tiago Moura (tiago@paroquia.test) à Reverenda Ana Costa"
        " (ana.costa@igreja.test)?",
        Party("Tiago Moura", "tiago@paroquia.test"),
        Party("Ana Costa", "ana.costa@igreja.test"),
    ),
    (
        "¿Podrías presentar a la Pastora Elena Vidal (elena.vidal@iglesia.test) con el"
        " Reverendo Tomás Ruiz (truiz@iglesia.test)?",
        Party("Elena Vidal", "elena.vidal@iglesia.test"),
        Party("Tomás Ruiz", "truiz@iglesia.test"),
    ),
]


@pytest.mark.parametrize(("body", "a", "b"), _CASES)
def test_an_office_before_a_name_is_no_part_of_it(body: str, a: Party, b: Party) -> None:
    result = understand(body)
    assert (result.kind, result.confident, result.a, result.b) == ("intro_request", True, a, b)


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Could you introduce me to Paul Deacon (paul.deacon@parish.test)?",
            Party("Paul Deacon", "paul.deacon@parish.test"),
        ),
        (
            "¿Me podrías presentar a Luis Alcalde (luis.alcalde@ayto.test)?",
            Party("Luis Alcalde", "luis.alcalde@ayto.test"),
        ),
        (
            "¿Me podrías presentar a Ana Pastor (ana.pastor@uni.test)?",
            Party("Ana Pastor", "ana.pastor@uni.test"),
        ),
        (
            "Você pode me apresentar ao Marcelo Pastor (marcelo.pastor@empresa.test)?",
            Party("Marcelo Pastor", "marcelo.pastor@empresa.test"),
        ),
    ],
)
def test_an_office_after_a_first_name_is_a_surname(body: str, b: Party) -> None:
    assert understand(body).b == b

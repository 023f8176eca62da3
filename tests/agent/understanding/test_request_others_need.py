"""A need to meet someone said of another, the writer asking for it: "he needs to meet Dr
Seydou Bamba", "il a besoin de rencontrer le Dr Seydou Bamba", "tiene ganas de conocer al
Dr. ...", "ele precisa de conhecer o Dr. ...", "anahitaji kukutana na Dkt. ...". The one
who needs it, the "he" of the clause, is the one to meet the other, never the writer;
the writer's own need ("j'ai besoin de rencontrer", "I need to meet") keeps the writer."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

YAO = Party("Yao Kouadio", "yao@gmail.com")
WRITER = Party("Ann Lee", "ann@lee.example")

NEEDS = {
    "en": "My colleague Yao Kouadio (yao@gmail.com) does great work and he needs to meet "
    "Dr Seydou Bamba, the district coordinator.\n\nCould you put them in touch?",
    "fr": "Mon collègue Yao Kouadio (yao@gmail.com) fait un travail remarquable et il a "
    "besoin de rencontrer le Dr Seydou Bamba, coordonnateur du district.\n\nPouvez-vous "
    "les mettre en relation ?",
    "es": "Mi colega Yao Kouadio (yao@gmail.com) hace un gran trabajo y tiene ganas de "
    "conocer al Dr. Seydou Bamba, coordinador del distrito.\n\n¿Puedes ponerlos en "
    "contacto?",
    "pt": "O meu colega Yao Kouadio (yao@gmail.com) faz um ótimo trabalho e ele precisa de "
    "conhecer o Dr. Seydou Bamba, coordenador do distrito.\n\nPode apresentá-los um ao "
    "outro?",
    "sw": "Mwenzangu Yao Kouadio (yao@gmail.com) anafanya kazi nzuri na anahitaji kukutana "
    "na Dkt. Seydou Bamba, mratibu wa wilaya.\n\nTafadhali waunganishe.",
}


@pytest.mark.parametrize("language", sorted(NEEDS))
def test_the_one_who_needs_to_meet_is_the_party(language: str) -> None:
    result = understand(NEEDS[language])
    assert result.kind == "intro_request"
    assert result.a == YAO
    assert result.b is not None and result.b.name == "Seydou Bamba"
    # Dr Bamba has no address: asked about.
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "J'ai besoin de rencontrer le Dr Seydou Bamba (s.bamba@sante.ci), coordonnateur du "
        "district. Pouvez-vous m'aider ?",
        "I need to meet Dr Seydou Bamba (s.bamba@sante.ci), the district coordinator. Could "
        "you introduce me?",
    ],
)
def test_the_writers_own_need_keeps_the_writer(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert WRITER in (result.a, result.b)

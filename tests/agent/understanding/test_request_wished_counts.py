"""The writer's wish to connect two people, counted ("I'd like to connect two people: ...")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

NATHALIE = Party("Nathalie Girard", "nathalie@girard.example")
KARIM = Party("Karim Benali", "karim@benali.example")
PEOPLE = (
    "Nathalie Girard <nathalie@girard.example>, {lawyer}, {and} Karim Benali <karim@benali.example>"
)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Bonjour,\n\nJe voudrais mettre en contact deux personnes que j'apprécie beaucoup : "
            + PEOPLE.format(lawyer="avocate", **{"and": "et"})
            + ", qui lance un cabinet RH.\n\nKarim cherche justement une avocate pour ses "
            "dossiers.\n\nPourriez-vous leur écrire de ma part ?\n\nAnn Lee",
            "Karim cherche justement une avocate pour ses dossiers",
        ),
        (
            "Hi,\n\nI'd like to connect two people I rate highly: "
            + PEOPLE.format(lawyer="an employment lawyer", **{"and": "and"})
            + ", who is starting an HR consultancy.\n\nKarim is looking for a lawyer to work "
            "with on tribunal cases.\n\nCould you write to them for me?\n\nAnn Lee",
            "Karim is looking for a lawyer to work with on tribunal cases",
        ),
        (
            "Hola:\n\nMe gustaría poner en contacto a dos personas que aprecio mucho: "
            + PEOPLE.format(lawyer="abogada laboralista", **{"and": "y"})
            + ", que abre una consultora.\n\nKarim busca una abogada para trabajar en sus "
            "casos.\n\n¿Podrías escribirles de mi parte?\n\nAnn Lee",
            "Karim busca una abogada para trabajar en sus casos",
        ),
        (
            "Hallo,\n\nich möchte zwei Menschen miteinander bekannt machen, die ich sehr "
            "schätze: "
            + PEOPLE.format(lawyer="Arbeitsrechtlerin", **{"and": "und"})
            + ", der eine HR-Beratung gründet.\n\nKarim sucht gerade eine Anwältin für seine "
            "Fälle.\n\nKönnten Sie den beiden in meinem Namen schreiben?\n\nAnn Lee",
            "Karim sucht gerade eine Anwältin für seine Fälle",
        ),
        (
            "Olá,\n\nGostaria de pôr em contacto duas pessoas de quem gosto muito: "
            + PEOPLE.format(lawyer="advogada", **{"and": "e"})
            + ", que está a abrir uma consultora.\n\nO Karim procura uma advogada para "
            "trabalhar com ele.\n\nPode escrever-lhes em meu nome?\n\nAnn Lee",
            "O Karim procura uma advogada para trabalhar com ele",
        ),
        (
            "Habari,\n\nNingependa kuwaunganisha watu wawili ninaowaheshimu: "
            + PEOPLE.format(lawyer="wakili", **{"and": "na"})
            + ", anayeanzisha kampuni ya ushauri.\n\nKarim anatafuta wakili wa kufanya kazi "
            "naye.\n\nTafadhali waandikie kwa niaba yangu.\n\nAnn Lee",
            "Karim anatafuta wakili wa kufanya kazi naye",
        ),
    ],
)
def test_wish_to_connect_two_people_pairs_the_two_written(body: str, reason: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {NATHALIE, KARIM}
    assert result.confident
    # The wish asks; why they should meet is said after it.
    assert result.context == reason


@pytest.mark.parametrize(
    "body",
    [
        # The writer wishes to meet them.
        "Hi,\n\nI'd love to connect with two people at Acme: Nathalie Girard "
        "<nathalie@girard.example> and Karim Benali <karim@benali.example>.\n\nCould you "
        "help?\n\nAnn Lee",
        # Someone else is their other side.
        "Hi,\n\nI'd like to introduce two people to our CEO: Nathalie Girard "
        "<nathalie@girard.example> and Karim Benali <karim@benali.example>.\n\nAnn Lee",
        # Presented to the one written to.
        "Bonjour,\n\nJe voudrais vous présenter deux personnes : Nathalie Girard "
        "<nathalie@girard.example> et Karim Benali <karim@benali.example>.\n\nAnn Lee",
        # Three written with addresses: which two is not said.
        "Hi,\n\nI'd like to connect two people: Nathalie Girard <nathalie@girard.example>, "
        "Karim Benali <karim@benali.example> and Omar Diaz <omar@diaz.example>.\n\nAnn Lee",
    ],
)
def test_wish_counting_someone_elses_side_pairs_no_one(body: str) -> None:
    result = understand(body)
    assert not result.confident
    assert result.a is None

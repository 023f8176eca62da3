"""A list item the writer begins and takes back in its own words ("2) Marta - on second
thought, no, she's away until May", "2) Antoine - en fait non, laisse tomber") is read as
if not written: the pairs of the other items are the request, certain, never the whole
mail taken back nor left unclear. An item whose taking back names someone else with an
address, or a retraction outside any list, still leaves the request asked about."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


def _mail(opening: str, first: str, taken_back: str, second: str) -> str:
    return f"{opening}\n\n1) {first}\n\n2) {taken_back}\n\n3) {second}\n\nThanks\nOlivia"


_TAKEN_BACK = [
    _mail(
        "Hi,\n\nA few intros from the fair:",
        "Ann Lee (ann@lee.example) and Bob Ray (bob@ray.example) - Bob needs a printer.",
        "Marta - on second thought, no, she's away until May anyway.",
        "Carl Holt (carl@holt.example) with Dana Fox (dana@fox.example), both make cider.",
    ),
    _mail(
        "Bonjour,\n\nQuelques mises en relation après le salon :",
        "Julie Martin (julie@martin.example) et Paul Girard (paul@girard.example) - Paul "
        "cherche une imprimerie.",
        "Antoine - en fait non, laisse tomber, il s'est débrouillé tout seul.",
        "Claire Roux (claire@roux.example) avec Marc Petit (marc@petit.example), pour le cidre.",
    ),
    _mail(
        "Hola:\n\nUnas presentaciones después de la feria:",
        "Ana Ruiz (ana@ruiz.example) y Pablo Gil (pablo@gil.example) - Pablo busca una imprenta.",
        "Antonio - pensándolo mejor, no, ya se las arregló solo.",
        "Carla Soto (carla@soto.example) con Diego Vera (diego@vera.example), por la sidra.",
    ),
    _mail(
        "Hallo,\n\nein paar Vorstellungen nach der Messe:",
        "Anna Berger (anna@berger.example) und Paul Kranz (paul@kranz.example) - Paul sucht "
        "eine Druckerei.",
        "Anton - nein, warte, vergiss das, er hat es selbst geregelt.",
        "Clara Vogt (clara@vogt.example) mit Max Stein (max@stein.example), wegen des Apfelweins.",
    ),
    _mail(
        "Olá,\n\nAlgumas apresentações depois da feira:",
        "Ana Lima (ana@lima.example) e Paulo Reis (paulo@reis.example) - o Paulo procura uma "
        "gráfica.",
        "António - na verdade não, esquece, ele já se resolveu sozinho.",
        "Carla Dias (carla@dias.example) com Diogo Vaz (diogo@vaz.example), por causa da sidra.",
    ),
    _mail(
        "Habari,\n\nUtambulisho kadhaa baada ya maonyesho:",
        "Amina Said (amina@said.example) na Juma Ali (juma@ali.example) - Juma anatafuta "
        "mchapishaji.",
        "Baraka - kwa kweli hapana, achana na hilo, ameshajipanga mwenyewe.",
        "Neema Mushi (neema@mushi.example) na Omari Kombo (omari@kombo.example), kuhusu kahawa.",
    ),
]


@pytest.mark.parametrize("text", _TAKEN_BACK)
def test_an_item_taken_back_leaves_the_other_pairs_certain(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a is not None and result.a.email is not None
    assert len(result.more) == 1


def test_an_item_taken_back_for_someone_with_an_address_stays_unclear() -> None:
    result = understand(
        "Hi,\n\nA few intros from the fair:\n\n1) Ann Lee (ann@lee.example) and Bob Ray "
        "(bob@ray.example) - Bob needs a printer.\n\n2) Marta - actually no, Marta with Carl "
        "Holt (carl@holt.example) instead.\n\nThanks!\nOlivia"
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_retraction_outside_a_list_stays_unclear() -> None:
    result = understand(
        "Hi,\n\nCould you introduce me to Ann Lee (ann@lee.example)? Actually no, she's away "
        "until May.\n\nOlivia"
    )
    assert not result.confident

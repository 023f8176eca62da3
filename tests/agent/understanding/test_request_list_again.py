"""A list item re-using a party of an item before it, by their first name and a word
saying so ("- Amy again with Karen Sato (...) about Japan", "- Claire encore avec ...",
"- Lucía otra vez con ...", "- Petra nochmal mit ...", "- Ana de novo com o ...", "- Juma
tena na ..."), is that one with the other, even where nothing asks for intros: the first
name is the one person of that name written with an address in the items before. A word
opening the reason may follow the pair ("about Japan", "pour le financement", "sobre el
local", "wegen der Halle", "sobre o café", "kuhusu kahawa"). Two people of that first
name before, and the item is read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("body", "first", "others"),
    [
        (
            "Hi - a few when you get a chance:\n\n- Amy Chen (amy@loomly.example) with Dev"
            " Malhotra (dev@malhotra.example) - Dev is shopping for a vendor.\n- Amy again with"
            " Karen Sato (karen@sato.example) about Japan.\n\nRachel",
            Party("Amy Chen", "amy@loomly.example"),
            (
                Party("Dev Malhotra", "dev@malhotra.example"),
                Party("Karen Sato", "karen@sato.example"),
            ),
        ),
        (
            "Bonjour,\n\n- Claire Martin (claire@martin.example) avec Yves Konan"
            " (yves@konan.example) : ils montent une brasserie.\n- Claire encore avec Rui Costa"
            " (rui@costa.example) pour le financement.\n\nMerci",
            Party("Claire Martin", "claire@martin.example"),
            (Party("Yves Konan", "yves@konan.example"), Party("Rui Costa", "rui@costa.example")),
        ),
        (
            "Hola:\n\n- Lucía Gómez (lucia@gomez.example) con Pablo Ruiz (pablo@ruiz.example)."
            "\n- Lucía otra vez con Marta Díaz (marta@diaz.example) sobre el local.\n\nGracias",
            Party("Lucía Gómez", "lucia@gomez.example"),
            (Party("Pablo Ruiz", "pablo@ruiz.example"), Party("Marta Díaz", "marta@diaz.example")),
        ),
        (
            "Hallo,\n\n- Petra Schmitt (petra@schmitt.example) mit Tom Becker"
            " (tom@becker.example).\n- Petra nochmal mit Jonas Weber (jonas@weber.example) wegen"
            " der Halle.\n\nDanke",
            Party("Petra Schmitt", "petra@schmitt.example"),
            (
                Party("Tom Becker", "tom@becker.example"),
                Party("Jonas Weber", "jonas@weber.example"),
            ),
        ),
        (
            "Olá,\n\n- Ana Souza (ana@souza.example) com o Paulo Lima (paulo@lima.example).\n-"
            " Ana de novo com o Rui Costa (rui@costa.example) sobre o café.\n\nObrigada",
            Party("Ana Souza", "ana@souza.example"),
            (Party("Paulo Lima", "paulo@lima.example"), Party("Rui Costa", "rui@costa.example")),
        ),
        (
            "Habari,\n\n- Juma Ali (juma@ali.example) na Neema Mushi (neema@mushi.example).\n-"
            " Juma tena na Rehema Said (rehema@said.example) kuhusu kahawa.\n\nAsante",
            Party("Juma Ali", "juma@ali.example"),
            (
                Party("Neema Mushi", "neema@mushi.example"),
                Party("Rehema Said", "rehema@said.example"),
            ),
        ),
    ],
)
def test_a_party_of_an_item_before_again(
    body: str, first: Party, others: tuple[Party, Party]
) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.pairs == (Pair(first, others[0]), Pair(first, others[1]))
    assert result.confident


def test_a_first_name_of_two_people_before_is_no_one_certain() -> None:
    result = understand(
        "Hi - a few when you get a chance:\n\n- Amy Chen (amy@loomly.example) with Dev"
        " Malhotra (dev@malhotra.example).\n- Amy Park (amy@park.example) with Tom Hall"
        " (tom@hall.example).\n- Amy again with Karen Sato (karen@sato.example) about Japan."
        "\n\nRachel"
    )
    assert not result.confident


def test_a_pair_about_to_do_something_is_no_item_pair() -> None:
    result = understand(
        "Team news:\n\n- Ann Roe (ann@roe.example) and Bob Ray (bob@ray.example) about to"
        " launch the beta.\n\nBest"
    )
    assert result.kind == "not_a_request"

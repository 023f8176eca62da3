"""An address after the institution of the one asked for is theirs when it spells them
("Prof. Tomas Lindqvist of KTH Royal Institute of Technology (tomasl@kth.se)", "la Dra.
Valentina Ríos Echeverría, investigadora del Instituto de Salud Carlos III
(vrios@isciii.es)", "Dr. Samuel Adu-Gyamfi, KNUST (sadugyamfi@knust.edu.gh)"): by a
first name and the surname's initial, an initial and a double surname, after a regnal
number or a firm in capitals. An address that spells no one named before it ties no one.
The rest of the sentence describing them up to that address is no reason to meet; a
list's reason may be the paragraph after it."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

_MIA = Party("Mia Sol", "mia@sol.example")


@pytest.mark.parametrize(
    ("described", "party"),
    [
        (
            "Prof. Tomas Lindqvist of KTH Royal Institute of Technology (tomasl@kth.se)",
            Party("Tomas Lindqvist", "tomasl@kth.se"),
        ),
        (
            "la Dra. Valentina Ríos Echeverría, investigadora del Instituto de Salud Carlos III "
            "(vrios@isciii.es)",
            Party("Valentina Ríos Echeverría", "vrios@isciii.es"),
        ),
        (
            "Dr. Samuel Adu-Gyamfi, KNUST (sadugyamfi@knust.edu.gh)",
            Party("Samuel Adu-Gyamfi", "sadugyamfi@knust.edu.gh"),
        ),
    ],
)
def test_an_address_after_an_institution_is_the_one_it_spells(described: str, party: Party) -> None:
    result = understand(
        f"Could you introduce Mia Sol (mia@sol.example) to {described}? "
        "Mia is designing a groundwater pilot and needs sensing advice.\n\nAnn"
    )
    assert (result.a, result.b) == (_MIA, party)
    assert result.confident
    assert result.context is not None and result.context.startswith("Mia is designing")


def test_an_address_spelling_no_one_ties_no_one() -> None:
    result = understand(
        "Could you introduce Mia Sol (mia@sol.example) to Dr. Samuel Adu-Gyamfi, KNUST "
        "(registry@knust.edu.gh)?\n\nAnn"
    )
    assert result.b is not None and result.b.email is None
    assert not result.confident


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Instituto de Salud Carlos III (x@y.es)", "Instituto de Salud Carlos III"),
        ("Pope Pius XII (x@y.va)", "Pope Pius XII"),
        ("Ann Lee I think", "Ann Lee"),
        ("Ann Lee VIA the portal", "Ann Lee"),
    ],
)
def test_a_regnal_number_ends_a_name(text: str, name: str) -> None:
    names = [item.name for item in tokenize(text, load_rules()) if item.kind == "name"]
    assert names[0] == name


def test_a_list_reason_is_the_paragraph_after_it() -> None:
    result = understand(
        "We would like each of our new fellows to be introduced to their mentor. "
        "The pairings below were agreed by the committee:\n\n"
        "  * Mia Sol (mia@sol.example) with Prof. Bob Ray, Uni of Lund (bob@ray.example)\n"
        "  * Cy Dee (cy@dee.example) with Dr. Eve Fox, Uni of Oslo (eve@fox.example)\n\n"
        "All fellows work on climate-resilient agriculture.\n\nAnn"
    )
    assert result.context == "All fellows work on climate-resilient agriculture"
    pleading = understand(
        "Intros from the offsite:\n"
        "- Mia Sol <mia@sol.example> <> Bob Ray <bob@ray.example>\n"
        "- Cy Dee <cy@dee.example> <> Eve Fox <eve@fox.example>\n\n"
        "Please run the usual opt-in.\n\nAnn"
    )
    assert pleading.context is None

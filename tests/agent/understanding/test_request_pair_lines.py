"""A paragraph opening on two people written with addresses and joined by a mark alone
("Tom Okafor (tom@...) / Wei Zhang (wei@...) - warehouse robotics, overdue.", "Ann Lee
<ann@...> <> Bob Ray <bob@...>"), the whole paragraph or before a mark and the reason, is
a list item of one line: that pair. Joined by a word, going on to say something of
both, or inside a sentence, it is none."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("body", "a", "b", "context"),
    [
        (
            "Tom Okafor (tom@okafor.example) / Wei Zhang (wei@zhang.example) - warehouse"
            " robotics, overdue.\n-S",
            Party("Tom Okafor", "tom@okafor.example"),
            Party("Wei Zhang", "wei@zhang.example"),
            "warehouse robotics, overdue",
        ),
        (
            "Hi,\n\nAnn Roe <ann@roe.example> <> Bob Ray <bob@ray.example>\n\nThanks",
            Party("Ann Roe", "ann@roe.example"),
            Party("Bob Ray", "bob@ray.example"),
            None,
        ),
        (
            "Bonjour,\n\nClaire Martin (claire@martin.example) / Yves Konan"
            " (yves@konan.example) : ils montent tous deux une brasserie.\n\nMerci",
            Party("Claire Martin", "claire@martin.example"),
            Party("Yves Konan", "yves@konan.example"),
            "ils montent tous deux une brasserie",
        ),
        (
            "Hola:\n\nLucía Gómez (lucia@gomez.example) + Pablo Ruiz (pablo@ruiz.example) -"
            " ella busca un proveedor de arcilla.\n\nGracias",
            Party("Lucía Gómez", "lucia@gomez.example"),
            Party("Pablo Ruiz", "pablo@ruiz.example"),
            "ella busca un proveedor de arcilla",
        ),
        (
            "Hallo,\n\nPetra Schmitt (petra@schmitt.example) / Tom Becker (tom@becker.example)"
            " - beide bauen Holzhäuser.\n\nDanke",
            Party("Petra Schmitt", "petra@schmitt.example"),
            Party("Tom Becker", "tom@becker.example"),
            "beide bauen Holzhäuser",
        ),
        (
            "Olá,\n\nAna Souza (ana@souza.example) / Paulo Lima (paulo@lima.example) - os dois"
            " trabalham com café.\n\nObrigada",
            Party("Ana Souza", "ana@souza.example"),
            Party("Paulo Lima", "paulo@lima.example"),
            "os dois trabalham com café",
        ),
        (
            "Habari,\n\nJuma Ali (juma@ali.example) / Neema Mushi (neema@mushi.example) -"
            " wote wanauza kahawa.\n\nAsante",
            Party("Juma Ali", "juma@ali.example"),
            Party("Neema Mushi", "neema@mushi.example"),
            "wote wanauza kahawa",
        ),
    ],
)
def test_a_line_of_two_joined_by_a_mark_is_a_pair(
    body: str, a: Party, b: Party, context: str | None
) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, b)
    assert result.context == context
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Tom Okafor (tom@okafor.example) / Wei Zhang (wei@zhang.example) run the warehouse"
        " project now.\n\nBest",
        "Quick note: the project leads are Tom Okafor (tom@okafor.example) / Wei Zhang"
        " (wei@zhang.example) - warehouse robotics.\n\nBest",
        "Tom Okafor (tom@okafor.example) and Wei Zhang (wei@zhang.example) met at the"
        " offsite.\n\nBest",
    ],
)
def test_two_joined_otherwise_ask_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"

"""Someone the writer speaks for, wishing to be introduced to one known only by a role
("He would like to be introduced to the Cooperative Officer of the county",
"Angependa kutambulishwa kwa Afisa wa Ushirika", "Il aimerait être présenté au
responsable", "Le gustaría ser presentado al responsable", "Ele gostaria de ser
apresentado ao responsável"): an ask, its parties still to be found, so asked about. An
intro told as past ("alifurahi kutambulishwa") asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

ASKS = [
    "I am writing on behalf of our Director. He would like to be introduced to the"
    " Cooperative Officer of the county about our registration.",
    "Naandika kwa niaba ya Mkurugenzi wetu. Angependa kutambulishwa kwa Afisa wa Ushirika"
    " wa Kaunti kuhusu usajili wetu.",
    "Je vous écris au nom de notre directeur. Il aimerait être présenté au responsable des"
    " coopératives du département au sujet de notre immatriculation.",
    "Le escribo en nombre de nuestro director. Le gustaría ser presentado al responsable"
    " de cooperativas del condado por nuestro registro.",
    "Escrevo em nome do nosso diretor. Ele gostaria de ser apresentado ao responsável"
    " pelas cooperativas do município sobre o nosso registo.",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_wish_to_be_introduced_to_a_role_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


def test_an_intro_told_as_past_asks_nothing() -> None:
    text = (
        "Mkurugenzi wetu alifurahi sana kutambulishwa kwa Bi. Zuhura Said Mwinyi mwaka jana."
        " Asante kwa msaada wako."
    )
    assert understand(text).kind == "not_a_request"

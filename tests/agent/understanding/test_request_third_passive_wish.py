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


def test_a_wish_said_in_a_relative_clause_of_the_one_written_for_keeps_its_pair() -> None:
    # Portuguese "gostaria" is the writer's as well as a third's: only "ele gostaria" or
    # "ela gostaria" marks a wish of someone spoken for, so the relative clause of the one
    # the writer writes for does not stop the subject from naming the pair.
    text = (
        "Escrevo em nome da Dra. Teresa Lobo, produtora executiva da Maresia Filmes, que"
        " gostaria de ser apresentada ao colorista Bruno Sato, da Cromia em São Paulo"
        " (bruno.sato@cromia.com.br).\n\nO endereço da Dra. Teresa é"
        " teresa.lobo@maresiafilmes.pt.\n\nCom os melhores cumprimentos,\nInês Carvalho"
    )
    result = understand(
        text,
        sender="Inês Carvalho <ines.carvalho@maresiafilmes.pt>",
        subject="Pedido de apresentação — Teresa Lobo / Bruno Sato",
    )
    assert result.a is not None and result.a.email == "teresa.lobo@maresiafilmes.pt"
    assert result.b is not None and result.b.email == "bruno.sato@cromia.com.br"
    assert result.confident

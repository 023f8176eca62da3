"""A question opening on a bare "and" or "what about" right before the writer's own intro
noun ("And my request to meet Ms Said?", "Et ma demande ... ?", "¿Y mi solicitud ...?",
"Und meine Anfrage, ...?", "E o meu pedido ...?", "Vipi lile ombi langu ...?") asks how
that intro stands; a statement opening so, or the same question of an intro not the
writer's, asks nothing of the kind."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hi,\n\nAnd my request to meet Ms Rukia Said? It has been two weeks and I have heard"
        " nothing.\n\nThanks,\nBakari",
        "Hi,\n\nWhat about my request to meet Ms Rukia Said? Still nothing.\n\nBakari",
        "Bonjour,\n\nEt ma demande de rencontrer Mme Rukia Said ? Cela fait deux semaines et je"
        " n'ai rien reçu.\n\nMerci,\nBakari",
        "Hola,\n\n¿Y mi solicitud de conocer a la señora Rukia Said? Ya van dos semanas y no sé"
        " nada.\n\nGracias,\nBakari",
        "Hallo,\n\nUnd meine Anfrage, Frau Rukia Said kennenzulernen? Es sind zwei Wochen und"
        " immer noch nichts.\n\nDanke,\nBakari",
        "Olá,\n\nE o meu pedido de conhecer a Sra. Rukia Said? Já são duas semanas e ainda"
        " nada.\n\nObrigado,\nBakari",
        "Habari yako,\n\nVipi lile ombi langu la kunikutanisha na Bi Rukia wa kikundi cha"
        " Lelemama cha Lamu? Ni wiki mbili sasa na sijasikia chochote.\n\nShukran,\nBakari",
        "Habari,\n\nNa lile ombi langu la kunitambulisha kwa Bi Rukia Said? Bado"
        " sijasikia.\n\nBakari",
    ],
)
def test_a_question_after_my_own_request_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A statement opening on "and my request": the ask follows.
        "Hi,\n\nAnd my request is simple: please introduce me to Ms Rukia Said.\n\nThanks",
        "Hi,\n\nAnd my request: could you introduce me to Ms Rukia Said?\n\nThanks",
        # An intro not the writer's own asked about: a proposal.
        "Hi,\n\nWhat about an intro to Ms Rukia Said? She runs the group.\n\nThanks",
    ],
)
def test_a_statement_or_someone_elses_intro_is_no_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"

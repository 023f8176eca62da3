""" "us" restated as "him and me" after an ask: the writer and the one man named before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")
BERTRAND = Party("Bertrand Caillaux", "bertrand@voile.example")


@pytest.mark.parametrize(
    "body",
    [
        "Bonsoir,\n\nMa femme Isabelle a entendu parler de Bertrand Caillaux, qui organise des "
        "stages de voile. Est-ce que vous pourriez nous mettre en relation, lui et moi ? Son "
        "adresse : bertrand@voile.example\n\nMerci,\nAnn Lee",
        "Bonsoir,\n\nUn ami m'a parlé de Bertrand Caillaux, qui organise des stages de voile. "
        "Pourriez-vous nous présenter, moi et lui ? Son adresse est bertrand@voile.example"
        "\n\nMerci,\nAnn Lee",
        "Hi,\n\nMy wife Isabel heard about Bertrand Caillaux, who runs sailing courses. Could "
        "you introduce us, him and me? His address: bertrand@voile.example\n\nThanks,\nAnn Lee",
        "Hola:\n\nMi mujer Isabel ha oído hablar de Bertrand Caillaux, que organiza cursos de "
        "vela. ¿Podrías presentarnos, él y yo? Su correo es bertrand@voile.example\n\n"
        "Gracias,\nAnn Lee",
        "Hallo,\n\nmein Nachbar Jonas hat von Bertrand Caillaux gehört, der Segelkurse "
        "anbietet. Könnten Sie uns bekannt machen, ihn und mich? Seine E-Mail-Adresse lautet "
        "bertrand@voile.example\n\nDanke,\nAnn Lee",
        "Olá,\n\nA minha mulher Isabel ouviu falar do Bertrand Caillaux, que organiza cursos "
        "de vela. Pode apresentar-nos, ele e eu? O e-mail dele é bertrand@voile.example\n\n"
        "Obrigado,\nAnn Lee",
        "Habari,\n\nMke wangu Isabel amesikia kuhusu Bertrand Caillaux, anayeandaa mafunzo ya "
        "meli. Tafadhali tuunganishe, yeye na mimi. Barua pepe yake ni bertrand@voile.example"
        "\n\nAsante,\nAnn Lee",
    ],
)
def test_us_restated_as_him_and_me_is_the_writer_and_the_one_named(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (WRITER, BERTRAND)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Two men named before "lui": which one is not said.
        "Bonsoir,\n\nMa femme a entendu parler de Bertrand Caillaux et de Paul Martin, qui "
        "organisent des stages de voile. Est-ce que vous pourriez nous mettre en relation, "
        "lui et moi ? Son adresse : bertrand@voile.example\n\nMerci,\nAnn Lee",
        # No one named.
        "Bonsoir,\n\nEst-ce que vous pourriez nous mettre en relation, lui et moi ?\n\n"
        "Merci,\nAnn Lee",
        # "lui et sa femme" is no restating of "us".
        "Bonsoir,\n\nMa femme Isabelle a entendu parler de Bertrand Caillaux. Est-ce que vous "
        "pourriez nous mettre en relation, lui et sa femme ? Son adresse : "
        "bertrand@voile.example\n\nMerci,\nAnn Lee",
    ],
)
def test_us_restated_without_one_man_named_stays_asked_about(body: str) -> None:
    result = understand(body)
    assert not result.confident

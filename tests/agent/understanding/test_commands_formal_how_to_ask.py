"""A formal question how a request is to be sent to the agent, or how someone else should
go about making one, asks how to use it in a mail that names no pair: "in welcher Form eine
Anfrage an Sie zu richten ist", "how a request should be addressed to you", "sous quelle
forme vous adresser une demande", "cómo debo dirigirles una solicitud", "de que forma devo
enviar um pedido", "jinsi ya kutuma ombi", "explain how he should go about making requests
of you". Beside an ask naming a pair it asks nothing; about another office it is none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Damen und Herren,\n\nein Kollege hat mir Ihren Dienst empfohlen. Bevor"
        " ich davon Gebrauch mache,\nwäre ich Ihnen dankbar, wenn Sie mir kurz erläutern"
        " könnten, in welcher Form\neine Anfrage an Sie zu richten ist und welche Angaben Sie"
        " hierfür benötigen.\n\nMit vorzüglicher Hochachtung\n\nWolfgang Reiter",
        "Dear Sir or Madam,\n\nA colleague recommended your service to me. Before making use of"
        " it, I should be grateful if you could explain how a request should be addressed to"
        " you and what information you require for a request.\n\nYours faithfully,\n\nWilliam"
        " Reed",
        "Madame, Monsieur,\n\nUn confrère m'a recommandé votre service. Avant d'y recourir, je"
        " vous serais reconnaissant de bien vouloir m'indiquer sous quelle forme vous adresser"
        " une demande et quelles informations vous sont nécessaires.\n\nVeuillez agréer mes"
        " salutations distinguées,\n\nGuillaume Renaud",
        "Estimados señores:\n\nUn colega me ha recomendado su servicio. Antes de hacer uso de"
        " él, les agradecería que me indicaran cómo debo dirigirles una solicitud y qué datos"
        " necesitan para una solicitud.\n\nAtentamente,\n\nGuillermo Reyes",
        "Exmos. Senhores,\n\nUm colega recomendou-me o vosso serviço. Antes de o utilizar,"
        " agradecia que me indicassem de que forma devo enviar um pedido e que informações"
        " necessitam para o tratar.\n\nCom os melhores cumprimentos,\n\nGuilherme Reis",
        "Ndugu,\n\nMwenzangu alinipendekezea huduma yenu. Kabla ya kuitumia, naomba mnieleze"
        " jinsi ya kutuma ombi na taarifa gani mnahitaji kwa ombi.\n\nWako,\n\nWilliam Rashidi",
        "Good morning,\n\nWe have recently been joined by a new associate, Mr Cian Brady\n"
        "(c.brady@doyle-partners.ie), who will be handling a good many of our\nintroductions"
        " going forward. Would you be so kind as to introduce yourself to\nhim and explain how"
        " he should go about making requests of you?\n\nKind regards,\n\nMargaret Doyle",
        "Madame, Monsieur,\n\nNous avons accueilli une nouvelle collaboratrice, Mme Claire"
        " Brault (c.brault@cabinet.example). Auriez-vous l'amabilité de vous présenter à elle"
        " et de lui expliquer comment elle doit procéder pour vous adresser ses demandes ?"
        "\n\nCordialement,\n\nMarguerite Doyen",
        "Sehr geehrte Damen und Herren,\n\nseit Kurzem verstärkt Herr Christian Brandt"
        " (c.brandt@kanzlei.example) unser Team. Wären Sie so freundlich, sich ihm"
        " vorzustellen und ihm zu erläutern, wie er Anfragen an Sie richten kann?\n\nMit"
        " freundlichen Grüßen\n\nMargarete Doll",
    ],
)
def test_a_formal_question_how_to_ask_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


def test_beside_an_ask_naming_a_pair_it_asks_nothing() -> None:
    result = understand(
        "Sehr geehrte Damen und Herren,\n\nkönnten Sie mich bitte mit Frau Dr. Anna Weber"
        " (anna@weber.example) bekannt machen? Teilen Sie mir gerne mit, welche Angaben Sie"
        " hierfür benötigen.\n\nMit freundlichen Grüßen\n\nWolfgang Reiter"
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "anna@weber.example"


def test_how_to_ask_another_office_is_none() -> None:
    result = understand(
        "Dear Ms Lee,\n\nPlease let me know how a request should be addressed to the planning"
        " office, and in what form the application should be filed.\n\nKind regards,\n\n"
        "William Reed"
    )
    assert result.kind == "not_a_request"

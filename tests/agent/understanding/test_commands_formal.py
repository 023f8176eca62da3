"""Commands in the formal register of institutional mail: status, help and cancel."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_use, detect_command


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir or Madam,\n\nI write to enquire as to the progress of our request of 4 "
        "November, in which we asked that Dr. Miriam Achterberg be introduced to Prof. Tomas "
        "Lindqvist. The Board has asked me for an update.\n\nYours faithfully,\nAnn Lee",
        "I would be grateful for an update regarding our request of 4 November, in which we "
        "asked that Dr. Miriam Achterberg be introduced to Prof. Tomas Lindqvist.",
        "Madame, Monsieur,\n\nJe me permets de revenir vers vous concernant l'état "
        "d'avancement de notre demande du 4 novembre, par laquelle nous sollicitions que le "
        "Dr Miriam Achterberg soit présentée au Pr Tomas Lindqvist.\n\nCordialement,\nAnn Lee",
        "Estimados señores:\n\nQuisiera conocer el estado de nuestra solicitud del 4 de "
        "noviembre, en la que pedíamos que la Dra. Miriam Achterberg fuera presentada al "
        "Prof. Tomas Lindqvist.\n\nAtentamente,\nAnn Lee",
        "Sehr geehrte Damen und Herren,\n\nich erlaube mir, mich nach dem Stand unserer "
        "Anfrage vom 4. November zu erkundigen, in der wir darum baten, Frau Dr. Miriam "
        "Achterberg Herrn Prof. Tomas Lindqvist vorzustellen.\n\nMit freundlichen Grüßen\nAnn Lee",
        "Prezados,\n\nGostaria de saber o ponto de situação do pedido de 4 de novembro, no "
        "qual solicitámos que a Dra. Miriam Achterberg fosse apresentada ao Prof. Tomas "
        "Lindqvist.\n\nAtenciosamente,\nAnn Lee",
        "Ndugu,\n\nNingependa kujua hali ya ombi letu la tarehe 4 Novemba, ambalo tuliomba "
        "Dkt. Miriam Achterberg atambulishwe kwa Prof. Tomas Lindqvist.\n\nWako,\nAnn Lee",
    ],
)
def test_a_formal_status_question_of_a_request_told_of_is_status(text: str) -> None:
    found = detect_command("Our request of 4 November", text, in_reply_to=False)
    assert found is not None and found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A new ask after the one told of, in the same sentence or the next.
        "Further to our request of 4 November, in which we asked that Dr. Miriam Achterberg "
        "be introduced to Prof. Tomas Lindqvist, could you also introduce me to Bob Lee?",
        "I would be grateful for an update on our request of 4 November. Could you also "
        "introduce me to Bob Lee?",
        # No intro named: the progress of something else.
        "I write to enquire as to the progress of the building works on our side.",
    ],
)
def test_a_formal_status_beside_a_new_ask_or_of_no_intro_is_no_status(text: str) -> None:
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Damen und Herren,\n\ndas Präsidialbüro möchte Ihren Dienst künftig "
        "nutzen. Könnten Sie mir bitte erläutern, wie eine solche Anfrage formuliert sein "
        "muss, ob die betreffenden Personen vorab zustimmen müssen?\n\nMit freundlichen "
        "Grüßen\nUlrike Hanssen",
        "Could you kindly explain how such a request should be worded?",
        "Pourriez-vous m'expliquer comment formuler une telle demande ?",
        "¿Podría explicarme cómo debe formularse una solicitud?",
        "Poderia explicar-me como deve ser formulado um pedido?",
        "Tafadhali nieleze jinsi ombi linavyopaswa kuandikwa.",
    ],
)
def test_a_formal_question_how_to_word_a_request_asks_for_help(text: str) -> None:
    assert asks_how_to_use(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pourriez-vous m'expliquer comment vous connaissez Paul Girard ?",
        "Könnten Sie mir erklären, wie Sie Frau Berg kennengelernt haben?",
    ],
)
def test_a_formal_question_about_something_else_asks_for_no_help(text: str) -> None:
    assert not asks_how_to_use(text)

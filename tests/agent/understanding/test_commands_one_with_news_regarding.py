"""A cancel of "the one with" someone ("please can you scrap the one with Lindiwe?",
"annule celle avec", "cancela la de", "brich die mit ... ab", "cancela a da", "sitisha ile
ya") names that intro as "the thing with" someone does; a formal status asking whether
there is news "regarding" an ask sent before ("si hubo alguna novedad respecto del pedido
... que les envié", "alguma novidade em relação ao pedido", "etwas Neues bezüglich meiner
Anfrage") asks how it stands; and a question what to do to be introduced to someone
("Nifanye nini ili mnitambulishe kwa mtu?", "What do I need to do to get you to introduce
me to someone?") asks for help, not for an intro."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "hey! please can you scrap the one with Lindiwe? she's signed an exclusive, gutted."
        "\n\nthe Pieter one still stands though!!\n\nT x",
        "hi, can you scrap the Lindiwe one? thanks",
        "Salut, tu peux annuler celle avec Lindiwe ? Merci",
        "Hola, ¿puedes cancelar la de Lindiwe? Gracias",
        "Hallo, kannst du die mit Lindiwe abbrechen? Danke",
        "Olá, podes cancelar a da Lindiwe? Obrigada",
        "Habari, tafadhali sitisha ile ya Lindiwe. Asante",
    ],
)
def test_cancelling_the_one_with_someone_is_cancel(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context is not None and "Lindiwe" in result.context


@pytest.mark.parametrize(
    "text",
    [
        "hi, can you cancel the Friday one? thanks",
        "hi, the Pieter one still stands, thanks",
    ],
)
def test_the_one_with_no_person_or_no_cancel_is_no_command(text: str) -> None:
    assert understand(text).kind != "command"


@pytest.mark.parametrize(
    "text",
    [
        "Estimados:\n\nLes escribo para consultar si hubo alguna novedad respecto del pedido de"
        " contacto con el señor Hélder Muianga que les envié el 3 de marzo. Julián me pregunta"
        " casi a diario y yo, francamente, no sé qué responderle.\n\nQuedo a la espera de sus"
        " noticias.\n\nMuy atentamente,\n\nGraciela",
        "Prezados,\n\nEscrevo para saber se houve alguma novidade em relação ao pedido que vos"
        " enviei no dia 3 de março.\n\nAtenciosamente,\nGraciela",
        "Sehr geehrte Damen und Herren,\n\ngibt es etwas Neues bezüglich meiner Anfrage vom"
        " 3. März?\n\nMit freundlichen Grüßen\nGraciela",
        "Hello,\n\nIs there any update regarding my request from March 3rd?\n\nBest,\nGraciela",
    ],
)
def test_news_regarding_an_ask_sent_before_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Habari yako,\n\nNimeona Dr. Achieng akitumia huduma yenu kunitambulisha kwa mwenzake"
        " wa Mombasa, na mimi pia ningependa kuitumia kwa wateja wangu. Nifanye nini ili"
        " mnitambulishe kwa mtu? Natuma jina lake tu au nahitaji pia barua pepe yake?\n\n"
        "Sijapata mtu maalum bado, nataka kuelewa kwanza.\n\nAsante,\nJuma",
        "Hi,\n\nWhat do I need to do to get you to introduce me to someone? Do I just send the"
        " name?\n\nThanks,\nJuma",
        "Bonjour,\n\nQue dois-je faire pour que vous me présentiez à quelqu'un ?\n\nMerci,\nJuma",
        "Hola,\n\n¿Qué tengo que hacer para que me presenten a alguien? ¿Mando solo el nombre?"
        "\n\nGracias,\nJuma",
        "Hallo,\n\nwas muss ich tun, damit ihr mich jemandem vorstellt?\n\nDanke,\nJuma",
        "Olá,\n\nO que preciso fazer para que me apresentem a alguém?\n\nObrigado,\nJuma",
    ],
)
def test_asking_what_to_do_to_be_introduced_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


def test_asking_to_be_introduced_to_someone_named_still_asks() -> None:
    result = understand(
        "Hi,\n\nCould you introduce me to Carol Diaz (carol@diaz.example)? She runs a bakery."
        "\n\nThanks,\nJuma"
    )
    assert result.kind == "intro_request"


@pytest.mark.parametrize(
    "text",
    [
        "Morning,\n\nDid Ruth Okafor-Hughes ever respond on the one Baraka sent you last week"
        " (Neema Lyimo / Ruth, the card payments issue)? Neema is calling us every day asking."
        " If Ruth hasn't answered we will just phone PayNexa directly.\n\nThanks,\nEliya",
        "Morning,\n\nDid Ruth Hughes ever respond on the one I sent you last week?\n\nThanks,"
        "\nEliya",
    ],
)
def test_asking_whether_someone_answered_an_ask_sent_before_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # No ask told: the question may be about anything.
        "Morning,\n\nDid Ruth Hughes ever respond to the invitation? The caterer needs"
        " numbers by Friday and we are still waiting on three families, so I thought I would"
        " ask around before chasing her again.\n\nThanks",
        # A new ask beside it.
        "Hi,\n\nDid Ruth Hughes respond to the one I sent you last week? Could you introduce"
        " me to Carol Diaz (carol@diaz.example)?\n\nThanks",
    ],
)
def test_a_named_news_question_without_an_ask_told_or_beside_a_new_one_is_no_status(
    text: str,
) -> None:
    assert understand(text).kind != "command"

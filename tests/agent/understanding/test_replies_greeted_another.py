"""A yes greeted to someone the mail never names, and about nothing of the introduction
("Dear Margaret, / Yes I can do the 9 to 12 shift on Saturday"), was meant for another
mail: unclear. A greeting to someone the mail names (the one who asked, by a short form
too), to a title, or beside words of the introduction or the one asked about keeps the
yes."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply, classify_text

_QUOTE = (
    "On Sun, Nov 22, 2026 at 6:15 PM, Intro Agent <intro@example.org> wrote:\n"
    "> Hi Carla,\n>\n"
    "> Matías Olivares (who asked for this) thinks you and Daniel Kessler should meet.\n"
    "> Would you like me to introduce you? Just reply yes or no.\n>\n> Intro Agent\n"
)


def reply(body: str) -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\nTo: Intro Agent <intro@example.org>\n"
        "Subject: Re: Would you like an introduction to Daniel Kessler? [#f6c3]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    return parse_message(f"{head}\n{body}\n\n{_QUOTE}".replace("\n", "\r\n").encode())


GREETED_ANOTHER = [
    "Dear Margaret,\n\nYes I can do the 9 to 12 shift on Saturday and I'll bring two lemon"
    " loaves.\n\nCarla",
    "Chère Monique,\n\nOui, je peux faire la permanence de samedi matin, j'apporterai un"
    " gâteau.\n\nCarla",
    "Hola Marta,\n\nSí, puedo hacer el turno del sábado en la tienda y llevo dos bizcochos."
    "\n\nCarla",
    "Liebe Margarete,\n\nja, ich kann die Schicht am Samstag übernehmen und bringe zwei"
    " Kuchen mit.\n\nCarla",
    "Olá Fernanda,\n\nSim, posso fazer o turno de sábado na loja e levo dois bolos.\n\nCarla",
    "Habari Amina,\n\nNdiyo, naweza kufanya zamu ya Jumamosi dukani na nitaleta keki mbili."
    "\n\nCarla",
]


@pytest.mark.parametrize("body", GREETED_ANOTHER)
def test_a_yes_greeted_to_someone_unknown_answers_another_mail(body: str) -> None:
    # Without its greeting, the same text says yes.
    assert classify_text(body.split("\n\n", 1)[1]) == "yes"
    verdict = classify_reply(reply(body))
    assert verdict.answer == "unclear"
    assert any(e.startswith("greets-another:") for e in verdict.evidence)


KEPT = [
    # Someone the mail names, or a short form of their name.
    "Hi Matías,\n\nYes, I can do that.\n\nCarla",
    "Hola Mati!\n\nSí, puedo hacerlo.\n\nCarla",
    # A title, no name.
    "Dear Sir,\n\nYes I can do that.\n\nCarla",
    # Words of the introduction, or the one asked about.
    "Hi Ann,\n\nHappy to be introduced, thanks for thinking of me.\n\nCarla",
    "Chère Monique,\n\nOui, avec plaisir, présentez-nous.\n\nCarla",
    "Hola Marta,\n\nSí, encantada de conocer a Daniel.\n\nCarla",
    "Liebe Margarete,\n\nja, gerne, ich lerne Herrn Kessler gern kennen.\n\nCarla",
    "Olá Fernanda,\n\nSim, pode apresentar-nos.\n\nCarla",
    "Habari Amina,\n\nNdiyo, ningependa kukutana na Daniel.\n\nCarla",
]


@pytest.mark.parametrize("body", KEPT)
def test_a_greeting_to_someone_known_or_beside_the_introduction_keeps_the_yes(
    body: str,
) -> None:
    verdict = classify_reply(reply(body))
    assert verdict.answer == "yes"
    assert not any(e.startswith("greets-another:") for e in verdict.evidence)

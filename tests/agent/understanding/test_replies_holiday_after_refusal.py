"""A person's refusal in their own words, then their own leave as its reason ("J'aurais
adoré, mais je ne peux vraiment pas. Je suis en congé sabbatique à Montréal jusqu'en
juillet"): a notice opens with no such refusal, so the leave wording marks no notice and
the reply is a no. A notice with no headers, one that opens by saying the writer is away
or out of reach ("Je ne suis pas disponible actuellement."), one that refuses to answer
mail, or a leave told before the refusal stays an automatic reply."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_reply
from tests.agent.understanding.test_replies_holiday_beside_yes import reply


@pytest.mark.parametrize(
    "body",
    [
        "Cher Pieter,\n\nJ'aurais adoré, mais je ne peux vraiment pas. Je suis en congé "
        "sabbatique à Montréal jusqu'en juillet et j'ai promis à mon doyen de ne rien "
        "accepter de nouveau d'ici là.\n\nAmitiés,\nCarla",
        "Désolée, je ne peux pas. Je suis en congés jusqu'en juillet.",
        "Malheureusement non. Je suis en vacances jusqu'au 3 novembre.",
        "I'd have loved to but I can't. I'm on leave until July.",
        "Ich hätte es gern gemacht, aber ich kann wirklich nicht. Ich bin im Urlaub bis Juli.",
        "Me habría encantado, pero de verdad no puedo. Estoy de vacaciones hasta julio.",
        "Eu adoraria, mas realmente não posso. Estou de férias até julho.",
        "Ningependa, lakini siwezi kabisa. Niko likizoni hadi Julai.",
    ],
)
def test_a_refusal_then_the_writers_leave_is_no(body: str) -> None:
    assert classify_reply(reply(body)).answer == "no"


@pytest.mark.parametrize(
    "body",
    [
        "Je suis en congé sabbatique à Montréal jusqu'en juillet.",
        "Je suis en congé jusqu'au 3 novembre. Je ne pourrai pas répondre avant mon retour.",
        "Je ne peux pas répondre à votre message, je suis en congé jusqu'au 3 novembre.",
        "Je suis en congés jusqu'au 3 novembre. Pour toute urgence, contactez Marie Dupont.",
        # An opening that says the writer is away refuses nothing.
        "Bonjour,\n\nJe ne suis pas disponible actuellement. Je suis en congé jusqu'au 3 novembre.",
        "Hallo,\n\nich bin derzeit nicht erreichbar. Ich bin im Urlaub bis 3. November.",
        "Hola,\n\nNo estoy disponible. Estoy de vacaciones hasta el 3 de noviembre.",
        "Olá,\n\nNão estou disponível. Estou de férias até 3 de novembro.",
        "Habari,\n\nSipatikani kwa sasa. Niko likizo hadi tarehe 3 Novemba.",
        # The leave told first: the refusal may be the notice's own.
        "Je suis en congé jusqu'en juillet, donc je ne peux pas, désolée.",
    ],
)
def test_a_notice_of_leave_stays_an_automatic_reply(body: str) -> None:
    assert classify_reply(reply(body)).answer == "auto_reply"

"""A place's closure told ahead ("will remain closed", "sera fermé du", "permanecerá
cerrada", "bleibt geschlossen", "nicht besetzt", "permanecerá fechada", "itafungwa") is
a notice's wording a person might also write: with no header marking a robot, a text
that answers nothing and asks nothing back is an automatic reply, while a yes or a no
beside the closure is a person's answer, read as such."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_replies_hand_offs import _reply

NOTICES = [
    "Thank you for writing to St Martin's Parish.\n\nThe parish office will remain closed"
    " from 20 to 30 November for the staff retreat. For baptisms and weddings, please"
    " call in from 1 December, 9:00 to 13:00.\n\nGod bless you.",
    "Merci d'avoir écrit à la paroisse Saint-Aubin.\n\nLe secrétariat restera fermé du 20"
    " au 30 novembre pour la retraite du personnel. Pour les baptêmes, merci de passer à"
    " partir du 1er décembre.",
    "Gracias por escribir a la Parroquia San Martín de Porres.\n\nLa secretaría parroquial"
    " permanecerá cerrada del 20 al 30 de noviembre por el retiro espiritual del personal."
    " Para bautizos y matrimonios, acérquese a la oficina a partir del 1 de diciembre."
    "\n\nDios le bendiga.",
    "Danke für Ihre Nachricht an das Pfarrbüro St. Martin.\n\nDas Pfarrbüro ist vom 20. bis"
    " 30. November wegen der Exerzitien nicht besetzt. Für Taufen melden Sie sich bitte ab"
    " dem 1. Dezember.",
    "Danke für Ihre Nachricht.\n\nUnser Büro bleibt geschlossen bis einschließlich 30."
    " November. Ab dem 1. Dezember sind wir wieder für Sie da.",
    "Obrigado por escrever à Paróquia de São Martinho.\n\nA secretaria paroquial permanecerá"
    " fechada de 20 a 30 de novembro por causa do retiro do pessoal. Para batizados,"
    " dirija-se ao cartório a partir de 1 de dezembro.",
    "Asante kwa kuandikia Parokia ya Mt. Martin.\n\nOfisi ya parokia itafungwa kuanzia"
    " tarehe 20 hadi 30 Novemba kwa sababu ya mafungo ya wafanyakazi.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_closure_told_ahead_with_no_answer_is_automatic(body: str) -> None:
    assert _reply(body) == "auto_reply"


PERSONS = [
    ("Yes, happy to meet him! The shop will be closed from the 20th, so I'll have time.", "yes"),
    ("Oui, avec plaisir ! La boutique sera fermée du 20 au 30, mais je lis mes mails.", "yes"),
    ("Sí, con mucho gusto. La tienda permanecerá cerrada esa semana, pero leo el correo.", "yes"),
    ("Ja, gerne! Der Laden bleibt geschlossen bis zum 30., dann habe ich Zeit.", "yes"),
    ("Não, obrigado. A loja permanecerá fechada até março e não quero compromissos.", "no"),
    ("Hapana, asante. Duka itafungwa mwezi ujao na sina nafasi.", "no"),
]


@pytest.mark.parametrize(("body", "answer"), PERSONS)
def test_a_closure_beside_an_answer_is_a_persons_note(body: str, answer: str) -> None:
    assert _reply(body) == answer

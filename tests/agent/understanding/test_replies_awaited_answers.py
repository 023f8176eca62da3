"""A yes named as still to come ("Before I can say yes I have to clear it with our
compliance team", "bevor ich zusagen kann", "avant de pouvoir dire oui", "antes de poder
decir que sí", "antes de poder dizer que sim", "kabla sijasema ndiyo") is no yes, and no
answer yet: unclear, and a refusal beside it that only holds the answer back ("please
keep my details to yourself for now") makes it no refusal either. A yes said outright
beside a "yes" told of the past still stands."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    # The yes named alone was read as given.
    ("Before I can say yes I need to look through his fund's portfolio companies.", "unclear"),
    ("Avant de pouvoir dire oui, je dois vérifier notre liste de clients.", "unclear"),
    ("Antes de dizer que sim, preciso de ver a nossa lista de clientes.", "unclear"),
    ("Before I can say yes I have to clear it with our compliance team.", "unclear"),
    ("I'd need to look into his fund a little before saying yes.", "unclear"),
    (
        "Before I say yes I must check our client list for conflicts. Please keep my details "
        "to yourself for now.",
        "unclear",
    ),
    (
        "Bevor ich zusagen kann, muss ich das mit unserer Compliance klären. Bitte geben Sie "
        "meine Adresse vorerst nicht weiter.",
        "unclear",
    ),
    (
        "Avant de pouvoir dire oui, je dois en parler à notre service juridique. Ne donnez "
        "pas encore mon adresse, s'il vous plaît.",
        "unclear",
    ),
    (
        "Antes de poder decir que sí tengo que consultarlo con el despacho. No pase mi correo"
        " todavía, por favor.",
        "unclear",
    ),
    (
        "Antes de poder dizer que sim tenho de verificar com o escritório. Não passe o meu "
        "email ainda, por favor.",
        "unclear",
    ),
    (
        "Kabla sijasema ndiyo, lazima niongee na ofisi. Usipitishe barua pepe yangu bado.",
        "unclear",
    ),
    # The answer named as to come, and a refusal of agreeing too early beside it.
    (
        "Before I can give you an answer I have to check our client list. I wouldn't want "
        "to agree and then back out.",
        "unclear",
    ),
    ("Avant de pouvoir vous répondre, je dois consulter notre liste de clients.", "unclear"),
    (
        "Antes de poder darle una respuesta tengo que revisar conflictos. No quisiera aceptar "
        "y luego echarme atrás.",
        "unclear",
    ),
    (
        "Bevor ich Ihnen eine Antwort geben kann, muss ich Interessenkonflikte prüfen. Ich "
        "möchte nicht zusagen und dann zurückziehen.",
        "unclear",
    ),
    ("Antes de lhe dar uma resposta, tenho de verificar conflitos. Não quero aceitar.", "unclear"),
    ("Kabla sijakujibu, lazima nikague orodha ya wateja. Sitaki kukubali mapema.", "unclear"),
]

NEAR_MISSES = [
    # A yes given, and "said yes" told of the past: the yes stands.
    ("Yes, happy to. I said yes before I'd even finished reading!", "yes"),
    ("Ja, gerne. Stellen Sie den Kontakt her.", "yes"),
    # A refusal with no yes named stays one, and so does one for now, before taking on
    # anything else.
    ("Please don't pass on my details, I'm not interested.", "no"),
    ("I can't. Before accepting anything new I have to finish my thesis.", "no"),
    ("No, I wouldn't want to agree and then back out.", "no"),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_awaited_answers(text: str, expected: str) -> None:
    assert classify_text(text) == expected

"""Alternatives offered for one party ("Either Eng. James Otieno (...) or his deputy",
"soit ... soit", "o con ... o con", "entweder ... oder", "ou ... ou", "ama ... au"), one
named "or whoever took over", the writer not knowing which of them is meant, or the pick
left to the agent ("whichever you think is best"): the first one named is the party, and
the request is asked about. "Either way" or "either Monday or Tuesday" offers no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
OTIENO = Party("James Otieno", "j.otieno@wra.example")
_J = "James Otieno (j.otieno@wra.example)"

EITHER = [
    "Could you connect me with the right person at the water authority? Either Eng."
    f" {_J} or his deputy, Mrs Chebet.",
    "Pourriez-vous me mettre en contact avec la bonne personne à l'agence de l'eau ? Soit"
    f" M. {_J}, soit son adjointe, Mme Chebet.",
    "¿Me pones en contacto con la persona adecuada de la agencia del agua? O con"
    f" {_J} o con su adjunta, la Sra. Chebet.",
    "Kannst du mich mit der richtigen Person bei der Wasserbehörde in Kontakt bringen?"
    f" Entweder Herr {_J} oder seine Stellvertreterin, Frau Chebet.",
    "Podes pôr-me em contacto com a pessoa certa na agência da água? Ou o Eng."
    f" {_J} ou a adjunta dele, a Sra. Chebet.",
    "Naomba uniunganishe na mtu sahihi katika mamlaka ya maji. Ama Bw."
    f" {_J} au naibu wake, Bi Chebet.",
]


@pytest.mark.parametrize("text", EITHER)
def test_either_one_or_another_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, OTIENO)
    assert not result.confident


OPEN = [
    f"Please introduce me to {_J}, or whoever took over from him.",
    f"Please introduce me to {_J} or Mrs Chebet, whichever you think is best.",
    f"Please introduce me to {_J}. I honestly don't know which of them handles permits now.",
    f"Merci de me présenter à {_J} ou à la personne qui l'a remplacé.",
    f"Présente-moi à {_J}. Je ne sais pas lequel des deux s'occupe des permis.",
    f"Preséntame a {_J} o a quien lo haya sustituido.",
    f"Preséntame a {_J}, o a la Sra. Chebet, el que te parezca mejor.",
    f"Stell mich bitte {_J} vor, oder wer auch immer jetzt zuständig ist.",
    f"Apresenta-me ao {_J} ou a quem o substituiu.",
    f"Apresenta-me ao {_J}. Não sei qual dos dois trata das licenças.",
    f"Naomba unitambulishe kwa {_J} au yeyote aliyechukua nafasi yake.",
]


@pytest.mark.parametrize("text", OPEN)
def test_a_party_left_open_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == OTIENO
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Either way, please introduce me to Ana Lima (ana@x.com).",
        "Please introduce me to Ana Lima (ana@x.com); either Monday or Tuesday works for a call.",
        "Podes apresentar-me ao Ana Lima (ana@x.com)? O João conhece o Rui Costa.",
    ],
)
def test_no_one_offered_keeps_the_request_certain(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == Party("Ana Lima", "ana@x.com")
    assert result.confident

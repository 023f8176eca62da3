"""An ask told of with its verb split around whom it asks for ("A fortnight ago I asked
you to put our head gardener in touch with the primary school") and a question whether
anything came of it ("wondered whether anything has actually happened at your end") is
status; a new ask beside it stays a request. A question what to put in an email to the
agent asks how to use it."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hello,\n\nA fortnight ago I asked you to put our head gardener in touch with the"
        " primary school on Fenwick Road. I haven't heard a peep from either side and wondered"
        " whether anything has actually happened at your end, or whether it's sitting in a"
        " pile somewhere?\n\nThanks,\nSandra",
        "Il y a quinze jours je vous ai demandé de mettre notre jardinier en relation avec"
        " l'école primaire. Je n'ai aucune nouvelle : est-ce qu'il s'est passé quelque chose"
        " de votre côté ?",
        "Hace dos semanas te pedí poner a nuestro jardinero en contacto con la escuela"
        " primaria. No he sabido nada, ¿ha pasado algo por vuestra parte?",
    ],
)
def test_ask_told_with_a_split_verb_and_a_question_what_happened_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


def test_a_new_ask_beside_the_told_one_stays_a_request() -> None:
    result = understand(
        "I asked you to put our head gardener in touch with the primary school. Could you"
        " also introduce me to Bob Lee (bob@x.com)?"
    )
    assert result.kind == "intro_request"


@pytest.mark.parametrize(
    "text",
    [
        'Hi - the chair of governors gave me this address and said "just email it", which'
        " wasn't a lot to go on! What do I actually need to put in an email to you, and do"
        " people get asked first before anything's shared? Don't want to upset any parents.",
        "What should I put in an email to you?",
    ],
)
def test_what_to_put_in_an_email_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"

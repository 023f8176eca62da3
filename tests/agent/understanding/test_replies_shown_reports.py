"""An explicit report of having shown the question to the one asked, or put it to them
(shown_reports: "I showed her this and", "je lui ai montré et", "se lo enseñé y", "habe es
ihr gezeigt und", "mostrei-lhe a mensagem e"), relays their own yes so reported
(reported_yes: "she says yes", "elle dit oui", "ella dice que sí", "sie sagt ja", "ela diz
que sim"), as "asked me to tell you that he agrees" does. It relays no other yes of
theirs, and a guess in its sentence, a condition, or the acceptance said alone still
leave the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SHOWN_REPORTS = [
    (
        "I look after Dr Patel's inbox. I showed her this and she says yes, she's glad to be "
        "introduced to Marcus - please use this address, I'll make sure she sees it.",
        "yes",
    ),
    ("I showed him your message and he says yes.", "yes"),
    ("I asked her and she said yes.", "yes"),
    ("I checked with him and he says yes.", "yes"),
    ("Je lui ai montré votre message et elle dit oui.", "yes"),
    ("Le mostré su mensaje y ella dice que sí.", "yes"),
    ("Se lo enseñé y me dice que sí.", "yes"),
    ("Ich habe es ihr gezeigt und sie sagt ja.", "yes"),
    ("Mostrei-lhe a mensagem e ela diz que sim.", "yes"),
    # No explicit yes of theirs, a guess, a condition, or no report: still unclear.
    ("I showed her this and she would be glad to.", "unclear"),
    ("I asked him and he is happy to be introduced.", "unclear"),
    ("I showed her this and I think she says yes.", "unclear"),
    ("I showed her this and she says yes, I think.", "unclear"),
    ("I showed her this and she says yes, but only if it is about research.", "unclear"),
    ("I asked her whether she is happy to be introduced.", "unclear"),
    ("I asked her whether she says yes to these.", "unclear"),
    ("If she says yes, I will let you know.", "unclear"),
    ("Sure. Let me know when she says yes.", "unclear"),
    ("She says yes.", "unclear"),
    ("Je lui ai montré et je pense qu'elle dit oui.", "unclear"),
    ("Si elle dit oui, je vous le dirai.", "unclear"),
    ("Le pregunté y creo que ella dice que sí.", "unclear"),
    ("Si ella dice que sí, le aviso.", "unclear"),
    ("Ich habe sie gefragt und ich glaube, sie sagt ja.", "unclear"),
    ("Sie sagt ja.", "unclear"),
    ("Perguntei a ela e acho que ela diz que sim.", "unclear"),
    ("Se ela disser que sim, aviso.", "unclear"),
    ("I showed her this and she says no.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), SHOWN_REPORTS)
def test_a_report_of_the_question_shown_relays_their_own_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# The question read out to the one asked, by someone typing for them, is shown to them.
READ_OUT = [
    (
        "This is Ann, his daughter, typing for him. I read your message out to him and he "
        "says yes, go ahead.",
        "yes",
    ),
    ("I read it to her and she said yes.", "yes"),
    ("Je lui ai lu votre message et il dit oui.", "yes"),
    ("Se lo leí y me dijo que sí.", "yes"),
    ("Ich habe es ihm vorgelesen und er sagt ja.", "yes"),
    ("Li-lhe a mensagem e ele disse que sim.", "yes"),
    # A guess, a condition, or a yes not his own still leave it unclear.
    ("I read it out to him and I think he says yes.", "unclear"),
    ("I read your message to her and she says yes, but only after Easter.", "unclear"),
    ("I read it to him and he would be glad to.", "unclear"),
    ("Ich habe es ihm vorgelesen und ich glaube, er sagt ja.", "unclear"),
    ("I read it out to him and he says no.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), READ_OUT)
def test_the_question_read_out_to_them_relays_their_own_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer

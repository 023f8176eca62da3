"""Someone presented to the two written to, or they to someone, in a mail to both with the
agent copied: German "ich möchte Ihnen beiden Herrn Jan Becker vorstellen", "euch beiden
meinen Kollegen Jan vorstellen" (the two as the dative before the person and the verb
closing the clause), "could I introduce you both to my colleague John?", "je vous présente
mon collègue Jean", "vos apresento o meu colega João", "kuwatambulisha kwa mwenzangu John"
(the verb, the two or a call, then the person), "kumtambulisha mwenzangu John kwenu nyote
wawili" (the verb, the person, then the two). The writer introduces someone else, and asks
nothing of the agent: no request, never the two as a pair. "Sie beide einander
vorstellen", a reciprocal ("el uno al otro", "um ao outro") and one of the two named after
a call ("je vous présente Jonas") still pair them, as does a call to one person written to
alone ("Bonjour Petra, je vous présente mon collègue Jean Dupont (...)")."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import Address, parse_message
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.request_reading import presents_to_the_two
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
PETRA = Party("Petra Lang", "petra@lang.example")
JONAS = Party("Jonas Berg", "jonas@berg.example")
_DE = "Liebe Petra, lieber Jonas,"


def understand(greeting: str, body: str, both: bool = True) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <ana@ruiz.example>"
    recipients = [PETRA, JONAS] if both else [PETRA]
    message["To"] = ", ".join(f"{p.name} <{p.email}>" for p in recipients)
    message["Cc"] = f"Intro <{AGENT}>"
    message["Subject"] = "Hallo"
    message.set_content(f"{greeting}\n\n{body}\n\nAna Ruiz")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    ("greeting", "body"),
    [
        (_DE, "ich möchte Ihnen beiden Herrn Jan Becker vorstellen."),
        (_DE, "ich möchte Ihnen beiden Herrn Jan Becker (jan@becker.example) vorstellen."),
        (_DE, "ich möchte Ihnen beiden unseren neuen Direktor vorstellen."),
        (_DE, "ich möchte euch beiden meinen Kollegen Jan vorstellen."),
        (_DE, "ich möchte Ihnen beiden gern Frau Dr. Weber vorstellen."),
        (_DE, "darf ich euch beiden Jan vorstellen?"),
        (_DE, "ich möchte euch zwei meinen Kollegen Jan vorstellen."),
        (_DE, "ich möchte Sie beide Herrn Jan Becker vorstellen."),
        (_DE, "ich möchte euch beide mit meinem Kollegen Jan bekannt machen."),
        (_DE, "ich möchte Ihnen beiden meinen Kollegen Jan Becker bekannt machen."),
        ("Hi Petra and Jonas,", "could I introduce you both to my colleague John?"),
        ("Hi Petra and Jonas,", "I'd like to introduce my colleague John to you both."),
        ("Hi Petra and Jonas,", "you two should meet my colleague John."),
        ("Bonjour Petra et Jonas,", "je vous présente mon collègue Jean."),
        (
            "Bonjour Petra et Jonas,",
            "je voudrais vous présenter à tous les deux mon collègue Jean.",
        ),
        ("Hola Petra y Jonas,", "les presento a mi colega Juan."),
        ("Hola Petra y Jonas,", "me gustaría presentaros a los dos a mi colega Juan."),
        ("Olá Petra e Jonas,", "vos apresento o meu colega João."),
        ("Olá Petra e Jonas,", "gostaria de apresentar vocês dois ao meu colega João."),
        ("Habari Petra na Jonas,", "ningependa kuwatambulisha kwa mwenzangu John."),
        ("Habari Petra na Jonas,", "nawatambulisha kwa mwenzangu John."),
        ("Habari Petra na Jonas,", "ningependa kuwatambulisha nyote wawili kwa rafiki yangu John."),
        ("Habari Petra na Jonas,", "ningependa kumtambulisha mwenzangu John kwenu nyote wawili."),
    ],
)
def test_someone_presented_to_the_two_is_no_request(greeting: str, body: str) -> None:
    result = understand(greeting, body)
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    ("greeting", "body"),
    [
        (_DE, "ich möchte Sie beide einander vorstellen."),
        (_DE, "ich möchte Ihnen beiden gern einander vorstellen."),
        (_DE, "ich möchte euch beide miteinander bekannt machen."),
        (_DE, "darf ich euch beiden einander vorstellen? Petra ist Designerin."),
        (_DE, "ich möchte Sie beide einander vorstellen, da Sie beide meinen Kollegen Jan kennen."),
        ("Hi Petra and Jonas,", "I'd love to introduce you two to each other."),
        ("Bonjour Petra et Jonas,", "je vous présente Jonas."),
        ("Bonjour Petra et Jonas,", "je voudrais vous présenter l'un à l'autre."),
        ("Hola Petra y Jonas,", "me gustaría presentaros el uno al otro."),
        ("Olá Petra e Jonas,", "gostaria de apresentá-los um ao outro."),
        (
            "Habari Petra na Jonas,",
            "ningependa kuwatambulisha ninyi wawili kwa kuwa mnafanya kazi.",
        ),
    ],
)
def test_the_two_introduced_to_each_other_stay_the_pair(greeting: str, body: str) -> None:
    result = understand(greeting, body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {PETRA, JONAS}
    assert result.confident


@pytest.mark.parametrize(
    ("greeting", "body", "other"),
    [
        (
            "Liebe Petra,",
            "ich möchte Ihnen Herrn Jan Becker (jan@becker.example) vorstellen.",
            Party("Jan Becker", "jan@becker.example"),
        ),
        (
            "Hi Petra,",
            "I'd like to introduce you to my colleague John Smith (john@smith.example).",
            Party("John Smith", "john@smith.example"),
        ),
    ],
)
def test_someone_presented_to_one_written_to_is_still_paired(
    greeting: str, body: str, other: Party
) -> None:
    result = understand(greeting, body, both=False)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {PETRA, other}


def test_a_call_to_one_written_to_presents_to_her_alone() -> None:
    rules = load_rules()
    sentence = tokenize("je vous présente mon collègue Jean.", rules)
    one = [Address(PETRA.name or "", PETRA.email or "")]
    two = [*one, Address(JONAS.name or "", JONAS.email or "")]
    assert presents_to_the_two(sentence, rules, two)
    assert not presents_to_the_two(sentence, rules, one)


def test_the_writer_presented_by_the_two_is_not_read_so() -> None:
    rules = load_rules()
    two = [
        Address(PETRA.name or "", PETRA.email or ""),
        Address(JONAS.name or "", JONAS.email or ""),
    ]
    sentence = tokenize("könnten Sie beide mich Ihrem Kollegen Jan vorstellen?", rules)
    assert not presents_to_the_two(sentence, rules, two)

"""A yes given to a question the quoted reason asks, not to the opt-in question:
written inside the quote above the opt-in question, or a bare confirmation that says
the reason's question again."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply


def _quote(reason: str) -> list[str]:
    return [
        "> Hello Hannah,",
        ">",
        "> Amara Diallo would like to introduce you to Victor Huang.",
        ">",
        f"> Why: {reason}",
        ">",
        '> Would you like the introduction? Just reply "yes" or "no".',
        ">",
        "> Nothing is shared before both of you say yes.",
        ">",
        "> Intro Agent, on behalf of Amara Diallo",
    ]


def _mail(body: str) -> ParsedMessage:
    head = (
        "From: Hannah Osei <hannah@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Would you like an introduction to Victor Huang? [#1df9]\n"
        "Message-ID: <r1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


def inline(reason: str, above: str, under: str = "") -> ParsedMessage:
    """A reply written inside the quote: ``above`` under the reason, ``under`` under
    the opt-in question."""
    lines = _quote(reason)
    at = next(k for k, line in enumerate(lines) if line.startswith("> Why:")) + 1
    with_above = [*lines[:at], "", above, "", *lines[at:]]
    if under:
        q = next(k for k, line in enumerate(with_above) if "Would you like" in line) + 1
        with_above = [*with_above[:q], "", under, "", *with_above[q:]]
    return _mail("On 19/11/2025 08:47, Intro Agent wrote:\n" + "\n".join(with_above) + "\n\nHannah")


def top(reason: str, answer: str) -> ParsedMessage:
    """A reply written above the whole quote."""
    quote = "\n".join(_quote(reason))
    return _mail(f"{answer}\n\nHannah\n\nOn 19/11/2025 08:47, Intro Agent wrote:\n\n{quote}")


REFERRALS = "Amara asked whether your clinic still accepts referrals from NGOs."

ABOVE_THE_QUESTION = [
    (REFERRALS, "Yes, we still do - walk-in sessions on Tuesdays and Thursdays."),
    (REFERRALS, "Yes."),
    (
        "Amara voulait savoir si votre clinique accepte encore les patients envoyés par des ONG.",
        "Oui, toujours, le mardi et le jeudi.",
    ),
    (
        "Amara preguntó si su clínica sigue aceptando derivaciones de ONG.",
        "Sí, seguimos aceptándolas los martes.",
    ),
    (
        "Amara wollte wissen, ob Ihre Praxis noch Überweisungen von NGOs annimmt.",
        "Ja, dienstags und donnerstags.",
    ),
    (
        "A Amara quer saber se a sua clínica ainda aceita encaminhamentos de ONG.",
        "Sim, ainda aceitamos, às terças.",
    ),
    (
        "Amara aliuliza kama kliniki yako bado inapokea wagonjwa kutoka mashirika.",
        "Ndiyo, bado tunapokea Jumanne na Alhamisi.",
    ),
]


@pytest.mark.parametrize(("reason", "above"), ABOVE_THE_QUESTION)
def test_a_yes_above_the_opt_in_question_answers_the_reason(reason: str, above: str) -> None:
    verdict = classify_reply(inline(reason, above))
    assert verdict.answer == "unclear"
    assert "above-question" in verdict.evidence


@pytest.mark.parametrize(
    ("reason", "above", "under"),
    [
        (REFERRALS, "Yes, we still do.", "Yes, please introduce us."),
        (REFERRALS, "I did, over about six winters.", "Yes, gladly."),
        (REFERRALS, "Oui, toujours.", "Oui, avec plaisir."),
        (REFERRALS, "Ja, noch immer.", "Ja, gerne."),
    ],
)
def test_a_yes_under_the_opt_in_question_still_answers(reason: str, above: str, under: str) -> None:
    assert classify_reply(inline(reason, above, under)).answer == "yes"


def test_an_answer_above_the_whole_quote_still_answers() -> None:
    assert classify_reply(top(REFERRALS, "Yes, please introduce us.")).answer == "yes"
    assert classify_reply(top(REFERRALS, "Yes.")).answer == "yes"


def test_a_refusal_above_the_question_is_read_as_before() -> None:
    verdict = classify_reply(inline(REFERRALS, "No, I'd rather not."))
    assert verdict.answer == "no"


ECHOES = [
    (
        "Priya wanted to know if you'll be at Web Summit in Lisbon next week; Ana will be"
        " there too.",
        "Yes, I'll be in Lisbon Tuesday through Thursday, mostly around the health track.",
    ),
    (
        "Priya voulait savoir si vous serez à Lisbonne la semaine prochaine.",
        "Oui, je serai à Lisbonne mardi et mercredi.",
    ),
    ("Priya quería saber si estarás en Lisboa la semana que viene.", "Sí, estaré en Lisboa."),
    (
        "Priya wollte wissen, ob Sie nächste Woche in Lissabon sind.",
        "Ja, ich bin von Dienstag bis Donnerstag in Lissabon.",
    ),
    (
        "A Priya quer saber se você vai estar em Lisboa na próxima semana.",
        "Sim, vou estar em Lisboa de terça a quinta.",
    ),
    ("Priya aliuliza kama utakuwa Lisbon wiki ijayo.", "Ndiyo, nitakuwa Lisbon Jumanne."),
    ("Is your clinic still taking referrals from NGOs?", "Yes, the clinic takes referrals."),
]


@pytest.mark.parametrize(("reason", "answer"), ECHOES)
def test_a_confirmation_saying_the_reasons_question_again_is_unclear(
    reason: str, answer: str
) -> None:
    verdict = classify_reply(top(reason, answer))
    assert verdict.answer == "unclear"
    assert any(e.startswith("reason-echo:") for e in verdict.evidence)


LISBON = "Priya wanted to know if you'll be at Web Summit in Lisbon next week."


@pytest.mark.parametrize(
    ("reason", "answer"),
    [
        # A yes of its own, or one that says nothing of the reason's question.
        (LISBON, "Yes, please introduce us."),
        (LISBON, "Yes! Happy to meet Victor in Lisbon."),
        (LISBON, "Yes."),
        (LISBON, "Oui, avec plaisir."),
        # A reason that asks nothing.
        (
            "Ana will be at Web Summit in Lisbon and wants to meet founders.",
            "Yes, I'll be in Lisbon too.",
        ),
    ],
)
def test_a_yes_of_its_own_still_answers(reason: str, answer: str) -> None:
    assert classify_reply(top(reason, answer)).answer == "yes"

"""A yes that sends the asker on to someone else ("so ask someone else", "frag lieber jemand
anderen") agrees to nothing for sure: unclear, in each language; a yes beside no such
turn stays yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_reply
from tests.agent.understanding.shared_inputs import QUOTED_QUESTION, reply_to_question


@pytest.mark.parametrize(
    "body",
    [
        "Yes, of course. I'm not good with email, so ask someone else.",
        "Yes. I'm hopeless with email, so better ask my colleague.",
        "Oui, bien sûr, mais demandez à quelqu'un d'autre, je ne connais pas le sujet.",
        "Sí, claro. No me llevo bien con el correo, mejor pregúntale a otra persona.",
        "Ja, klar. Mit E-Mails tu ich mich schwer, frag lieber jemand anderen.",
        "Sim, claro. Não me dou bem com email, pergunte a outra pessoa.",
        "Ndiyo. Sijui kutumia barua pepe, muulize mtu mwingine.",
    ],
)
def test_a_yes_sending_the_asker_elsewhere_is_unclear(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "unclear"
    assert any(e.startswith("hedge:") for e in verdict.evidence)


@pytest.mark.parametrize(
    "body",
    [
        "Yes, happy to meet Joanne.",
        "Sí, claro, encantado de conocer a Joanne.",
        "Ja, gerne, ich freue mich auf Joanne.",
    ],
)
def test_a_plain_yes_stays_yes(body: str) -> None:
    assert classify_reply(reply_to_question(body + QUOTED_QUESTION)).answer == "yes"

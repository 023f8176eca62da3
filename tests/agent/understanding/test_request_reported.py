"""An ask the writer reports having made before, beside a new one ("Last week I asked you
to introduce Tomás to Ines ... New one: please introduce Tomás (...) to Rui (...)"): the
pair told of was asked for in an earlier mail, and the new ask is the request, as
certain as it would be alone. A report alone, an ask asked again, or one made now "as
I asked you" read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

TOMAS = Party("Tomás Serrano", "tomas@serrano.example")
RUI = Party("Rui Bastos", "rui@bastos.example")
_T = "Tomás Serrano (tomas@serrano.example)"
_R = "Rui Bastos (rui@bastos.example)"

REPORTED_THEN_NEW = [
    "Last month I asked you to introduce Tomás Serrano to Ines Moura at the port office."
    f" Any news on that?\n\nSomething new: please introduce {_T} to {_R}, who builds"
    " cold storage.",
    "I'd asked you a while ago to connect Tomás Serrano with Ines Moura. Has she answered?"
    f"\n\nAlso, could you introduce {_T} to {_R}?",
    "Le mois dernier, je vous avais demandé de présenter Tomás Serrano à Ines Moura."
    f" Où en est-on ?\n\nAutre chose : pourriez-vous présenter {_T} à {_R} ?",
    "El mes pasado te pedí que presentaras a Tomás Serrano a Ines Moura. ¿Hay novedades?"
    f"\n\nOtra cosa: ¿podrías presentar a {_T} a {_R}?",
    "Letzten Monat hatte ich dich gebeten, Tomás Serrano mit Ines Moura bekannt zu machen."
    f" Gibt es etwas Neues?\n\nNeue Bitte: Kannst du {_T} mit {_R} bekannt machen?",
    "No mês passado pedi-lhe que apresentasse o Tomás Serrano à Ines Moura. Há novidades?"
    f"\n\nOutra coisa: pode apresentar o {_T} ao {_R}?",
    "Mwezi uliopita nilikuomba umtambulishe Tomás Serrano kwa Ines Moura. Kuna habari?"
    f"\n\nJambo jipya: tafadhali mtambulishe {_T} kwa {_R}.",
]


@pytest.mark.parametrize("text", REPORTED_THEN_NEW)
def test_an_ask_reported_as_made_before_is_no_second_pair(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {TOMAS, RUI}
    assert result.more == ()
    assert result.confident


def test_an_ask_reported_alone_reads_as_before() -> None:
    text = f"Last month I asked you to introduce me to {_R}. Could you do it now?"
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == RUI


@pytest.mark.parametrize(
    "text",
    [
        # Asked now, in the manner asked before: both asks stand.
        f"As I asked you on the phone, introduce me to {_T}. Also please introduce me to {_R}.",
        f"Comme je vous ai demandé, présentez-moi à {_T}. Pourriez-vous aussi me présenter"
        f" à {_R} ?",
        # The same sentence asks anew after the report.
        f"I asked you to wait, but please introduce me to {_T}. Could you also introduce me"
        f" to {_R}?",
    ],
)
def test_an_ask_made_now_beside_a_report_keeps_both_pairs(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    parties = {result.b, *(pair.b for pair in result.more)}
    assert parties == {TOMAS, RUI}

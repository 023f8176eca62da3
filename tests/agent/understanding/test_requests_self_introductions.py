"""A writer introducing themselves to the one written to, in the formal register too
("allow me to introduce myself", "permettez-moi de me présenter", "permítame presentarme",
"gestatten Sie mir, mich Ihnen kurz vorzustellen", "permita-me que me apresente",
"niruhusu nijitambulishe"), asks nothing of the agent when no ask of the mail names
anyone: what the reader does ("Da Sie Menschen miteinander vernetzen") is no ask. An ask
for the writer, or one naming a pair, beside it still asks."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Damen und Herren,\n\ngestatten Sie mir, mich Ihnen kurz vorzustellen:"
        " Mein Name ist Henrik Stahl. Da Sie Menschen aus der Wirtschaft miteinander"
        " vernetzen, würde ich mich freuen, mich mit Ihnen auszutauschen.",
        "Dear Sir or Madam,\n\nAllow me to introduce myself: my name is Henrik Stahl. As I"
        " understand you put people in touch with one another, I should be glad to talk"
        " with you.",
        "Permettez-moi de me présenter : je m'appelle Henri Stahl. Puisque vous mettez en"
        " relation des gens du monde des affaires, je serais ravi d'échanger avec vous.",
        "Permítame presentarme: me llamo Enrique Stahl. Como ustedes ponen en contacto a"
        " personas del mundo empresarial, me gustaría conversar con ustedes.",
        "Permita-me que me apresente: chamo-me Henrique Stahl. Como vocês põem em contacto"
        " pessoas do mundo empresarial, gostaria de conversar convosco.",
        "Niruhusu nijitambulishe: jina langu ni Henrik Stahl. Kwa kuwa mnawaunganisha watu"
        " wa biashara, ningefurahi kuzungumza nanyi.",
    ],
)
def test_a_writer_presenting_themselves_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    "text",
    [
        "Allow me to introduce myself: I am Ann Lee, founder of Lee Analytics. Could you"
        " introduce me to someone in procurement at Helix Bio?",
        "Gestatten Sie mir, mich Ihnen kurz vorzustellen: Ich bin Ann Lee. Könnten Sie mich"
        " mit jemandem aus dem Einkauf bei Helix Bio bekannt machen?",
        "Permítame presentarme: soy Ana Lee. ¿Podría ponerme en contacto con alguien de"
        " compras en Helix Bio?",
    ],
)
def test_an_ask_for_the_writer_beside_it_still_asks(text: str) -> None:
    assert understand(text).kind == "intro_request"


def test_an_ask_naming_a_pair_beside_it_still_asks() -> None:
    result = understand(
        "Allow me to introduce myself: I am Ann Lee, founder of Lee Analytics. Could you"
        " introduce me to Dr Ruth Abernathy (ruth@helix.example)?"
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "ruth@helix.example"
    assert result.confident

"""A refusal corrected with an asterisk, said to be obvious, is no yes.

"danke, aber neun - *nein natürlich, blöde Autokorrektur": the asterisk marks "nein" as
the word meant in place of the slip, and "natürlich" (obviously) closing its clause says
the correction is obvious ("*no obviously", "*non évidemment", "*no claro", "*não
óbvio"): no yes. Without the asterisk ("Nein, natürlich helfe ich") or in a sentence of
its own ("*nein. Natürlich helfe ich gern") it reads as before; a yes left standing
before the correction leaves the reply unclear, never yes.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "danke, aber neun \u2013 *nein natürlich, blöde Autokorrektur. Ich hab diese Woche "
            "drei Nachtdienste, ich kann da wirklich nichts zusagen.",
            "no",
        ),
        ("Thanks, but nope *no obviously, stupid autocorrect.", "no"),
        ("Merci, mais nom *non évidemment, maudit correcteur.", "no"),
        ("Gracias, pero ni *no claro, maldito corrector.", "no"),
        ("Obrigado, mas nap *não óbvio, corretor maldito.", "no"),
    ],
)
def test_an_obvious_asterisk_correction_to_a_refusal_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "Ja gerne \u2013 *nein natürlich.",
        "Nein, natürlich helfe ich.",
        "*nein. Natürlich helfe ich gern.",
        "Oui \u2013 *non évidemment, maudit correcteur.",
    ],
)
def test_other_corrections_stay_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"

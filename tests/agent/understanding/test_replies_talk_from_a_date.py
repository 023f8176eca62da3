"""After a go-ahead, a date from which the writer can talk is logistics, not a delay.

"Yes, go ahead and give Devon my email. Happy to talk type rating prep with him,
realistically from the 18th when I'm home": the yes to talking opens its sentence with
the writer as its unsaid subject, and the date tells when the talk can be. With no
go-ahead ("Happy to talk from the 18th."), with another as the subject ("He's happy to
talk from the 18th"), after a doubt or with a condition, the date still puts the yes off.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Devon Achebe"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, go ahead and give Devon my email. Happy to talk type rating prep with him, "
        "realistically from the 18th when I'm home and on days off.",
        "Yes, go ahead and give Devon my email. Happy to talk with him from the 18th.",
        "Yes, go ahead. Happy to talk from the 18th.",
        "Sí, adelante. Encantado de hablar con él, a partir del 18.",
        "Ndiyo, endelea. Nitafurahi kuzungumza naye, kuanzia tarehe 18.",
    ],
)
def test_a_date_to_talk_from_after_a_go_ahead_is_logistics(text: str) -> None:
    assert read_answer(text, frozenset(), ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Happy to talk from the 18th.",
        "Yes, but from the 18th.",
        "Yes, maybe from the 18th.",
        "Yes, go ahead. He's happy to talk from the 18th.",
        "Yes, go ahead. Happy to talk, but maybe from the 18th.",
        "Yes, go ahead. Happy to talk from the 18th if he is serious.",
    ],
)
def test_a_date_without_a_go_ahead_or_with_doubt_still_puts_off(text: str) -> None:
    assert read_answer(text, frozenset(), ASKED)[0] == "unclear"

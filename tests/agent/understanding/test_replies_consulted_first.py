"""Not having wanted to say yes alone, a past deliberation before asking others ("I didn't
want to say yes off my own bat", "je ne voulais pas dire oui sans", "no quería decir que sí
por mi cuenta", "wollte nicht allein ja sagen", "não queria dizer que sim sozinha",
"sikutaka kusema ndiyo peke yangu"), refuses nothing: the writer's own yes after it
stands. Still, a group's agreement says no yes for the writer, a pending consultation
waits, and with nothing after it the reply stays unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "I brought this to our committee meeting as I didn't want to say yes off my own bat. "
        "I'm pleased to say that the committee agrees: we would like to be introduced to Owen, "
        "and I am to be the point of contact.\n\nPlease do pass on my email.",
        "yes",
    ),
    (
        "Je ne voulais pas dire oui sans en parler au bureau. Le bureau est d'accord, et moi "
        "aussi : oui, avec plaisir.",
        "yes",
    ),
    (
        "No quería decir que sí por mi cuenta. Lo hablé con la junta y yo también estoy "
        "encantada: sí, con gusto.",
        "yes",
    ),
    ("Ich wollte nicht allein ja sagen. Jetzt kann ich sagen: ja, gern.", "yes"),
    ("Não queria dizer que sim sozinha. Agora posso dizer: sim, com gosto.", "yes"),
    ("Sikutaka kusema ndiyo peke yangu. Kamati imekubali, nami pia: ndiyo, nakubali.", "yes"),
    # Near-misses: nothing agreed after it, a consultation still to come, a group's answer.
    ("I didn't want to say yes off my own bat.", "unclear"),
    ("I didn't want to say yes off my own bat, so I'll ask the committee on Tuesday.", "unclear"),
    ("I didn't want to say yes off my own bat. The committee is happy to go ahead.", "unclear"),
    ("I didn't want to say yes without the committee, and they said no.", "unclear"),
    ("I don't want to say yes.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_not_saying_yes_alone_refuses_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer

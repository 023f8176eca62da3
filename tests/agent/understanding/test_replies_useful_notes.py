"""After a sentence that says yes, "if that's useful" and its kin ("si ça peut servir",
"por si sirve de algo", "falls das hilft", "se for útil", "kama itasaidia") closing a
clause of a note of its own ("I'm at the marine ecology meeting in Plymouth 3-5 Nov if
that's useful") offer what may help and set no condition. In the yes's own sentence,
going on in its clause, after a doubt, or with no yes before, they still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "BUT anyway YES please, I'd really love to be introduced to Dr Carvalho.\n\nI'm at"
        " the marine ecology meeting in Plymouth 3-5 Nov if that's useful,\notherwise I'm"
        " chained to my desk.",
        "Yes, happy to. I'm in Lisbon next week if that's useful.",
        "Oui, avec plaisir. Je suis à Lyon la semaine prochaine, si ça peut servir.",
        "Sí, claro. Estaré en Madrid el jueves, por si sirve de algo.",
        "Ja, gerne. Ich bin nächste Woche in Berlin, falls das hilft.",
        "Sim, pode apresentar. Estarei em Lisboa na semana que vem, se for útil.",
        "Ndiyo, karibu. Nitakuwa Arusha wiki ijayo, kama itasaidia.",
    ],
)
def test_a_useful_note_after_a_yes_sets_no_condition(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, if that's useful to her.",
        "Sure, if that's helpful.",
        "Yes. I'll send my CV first if that helps him decide.",
        "Yes. Maybe next week if that's useful.",
        "I'm in Lisbon next week if that's useful.",
        "Yes. I'm in Lisbon next week if that's useful, but only if she pays.",
        "Yes. I'm in Lisbon if that's useful and if she wants to meet.",
        "Yes. I'm not sure I'm the right person, but I'm in Lisbon next week if that's useful.",
        "Oui, si ça peut servir.",
        "Sí, si le es útil.",
    ],
)
def test_a_condition_or_a_doubt_beside_it_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"

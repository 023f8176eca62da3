""" "Kind of" and "sort of" after a determiner and before a noun name a type ("someone who
has built this kind of team", "we need that sort of expertise") and doubt nothing; as
"somewhat" ("that kind of works", "I kind of want to", "kind of busy") they still doubt.
A possessive or "favourite" before them names the writer's type ("my favourite kind of
headache"), but never of an answer ("my kind of yes").
The other languages' words for a type ("ce genre de", "el tipo de", "diese Art von", "o
tipo de", "aina hii ya") doubt nothing either."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

KIND_OF = [
    (
        "Thanks for thinking of me - yes, I'd be glad to meet Arjun. A conversation with "
        "someone who has built this kind of team would be really useful.",
        "yes",
    ),
    ("Yes, he has built this kind of team.", "yes"),
    ("Yes please, we need that kind of expertise.", "yes"),
    ("Yes please, we need that sort of expertise.", "yes"),
    ("Yes please, it's exactly that kind of partnership I want.", "yes"),
    ("Yes please, we do the same kind of work.", "yes"),
    ("Happy to, we need this kind of business.", "yes"),
    ("Oui, avec plaisir : il a construit exactement ce genre d'équipe.", "yes"),
    ("Sí, con gusto, es justo el tipo de socio que busco.", "yes"),
    ("Ja, gerne, er hat genau diese Art von Team aufgebaut.", "yes"),
    ("Sim, com prazer, é exatamente o tipo de parceiro que procuro.", "yes"),
    ("Ndiyo, nitafurahi. Amejenga aina hii ya timu.", "yes"),
    # After a possessive or "favourite": the writer's type of thing.
    ("Sure, go ahead. Leaky barn roofs are my favourite kind of problem.", "yes"),
    ("Yes please. Small family vineyards are exactly our kind of client.", "yes"),
    ("Happy to meet him, old clocks are his sort of hobby too.", "yes"),
    # A name put right before the yes is small talk.
    (
        "It's Siobhan, by the way - S-I-O-B, not Shivaun. Everyone trips on it.\n\n"
        "But yes, happy to meet him. Listed buildings are my favorite kind of puzzle.",
        "yes",
    ),
    # "Somewhat" still doubts.
    ("Yes, that kind of works.", "unclear"),
    ("Yes, this kind of makes sense.", "unclear"),
    ("Yes, that kind of worked for us.", "unclear"),
    ("Yes, that kind of really helps.", "unclear"),
    ("Yes, I kind of want to.", "unclear"),
    ("Yes, I'm kind of busy.", "unclear"),
    ("Yes, this kind of a mess is what I like.", "unclear"),
    ("Yes, that sort of thing.", "unclear"),
    ("Yes, sort of.", "unclear"),
    ("Kind of, yes.", "unclear"),
    ("Maybe. We need that kind of expertise.", "unclear"),
    ("Yes, my kind of thing.", "unclear"),
    ("Well, that's my kind of yes.", "unclear"),
    ("Yes, our kind of works.", "unclear"),
    ("I'm my kind of busy, but yes.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), KIND_OF)
def test_kind_of_before_a_noun_names_a_type(text: str, answer: str) -> None:
    assert classify_text(text) == answer

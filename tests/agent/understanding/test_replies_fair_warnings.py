"""After a yes, a fair warning that the writer reads mail only every other day ("only
checking email every other day", "je ne consulte mes mails qu'un jour sur deux", "solo
miro el correo cada dos días", "schaue ich nur jeden zweiten Tag in meine Mails", "só
vejo o e-mail a cada dois dias", "naangalia barua pepe mara chache") or is hard to reach
("kaum erreichbar"), and an "if" about the writer's own slow reply ("if I'm slow to get
back to him that's why", "si je tarde à répondre", "si tardo en contestar", "wenn ich erst
nächste Woche antworte", "se eu demorar a responder", "nikichelewa kujibu") are asides:
the yes stands, and so does the reason said to be no rudeness ("it's not rudeness", "ce
n'est pas de l'impolitesse", "no es mala educación", "keine Unhöflichkeit", "não é falta de
educação", "si utovu wa adabu"). A refusal or a doubt given as the reason still counts, and
Swahili "ndiyo sababu" ("that is why") says no yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Sure, happy to chat with Ben. Fair warning though, I'm on a tour bus until the 20th "
        "and only checking email every other day or so, so if I'm slow to get back to him "
        "that's why - not lack of interest.",
        "yes",
    ),
    (
        "Avec plaisir. Attention toutefois, je ne consulte mes mails qu'un jour sur deux, donc "
        "si je tarde à répondre, c'est pour ça.",
        "yes",
    ),
    (
        "Claro, encantado. Eso sí, solo miro el correo cada dos días, así que si tardo en "
        "contestar es por eso.",
        "yes",
    ),
    (
        "Ja, gerne. Allerdings schaue ich nur jeden zweiten Tag in meine Mails, also nicht "
        "wundern, wenn ich erst später antworte.",
        "yes",
    ),
    (
        "Ja gerne aber ich bin diese Woche auf der Messe in Köln und kaum erreichbar also "
        "bitte nicht wundern wenn ich erst nächste Woche antworte Gruß Maier",
        "yes",
    ),
    (
        "Sim, com prazer. Mas só vejo o e-mail a cada dois dias, por isso se eu demorar a "
        "responder é por isso.",
        "yes",
    ),
    (
        "Ndiyo, nitafurahi. Lakini naangalia barua pepe mara chache, kwa hiyo nikichelewa "
        "kujibu ndiyo sababu.",
        "yes",
    ),
    # The reason said to be no rudeness ("it's not rudeness"), as "not lack of interest" is.
    (
        "Yes, happy to be introduced to Hannah. I check my emails when I wake up, so if I'm "
        "slow getting back to her that's why, it's not rudeness.",
        "yes",
    ),
    (
        "Avec plaisir. Si je tarde à répondre, c'est pour ça, ce n'est pas de l'impolitesse.",
        "yes",
    ),
    ("Claro, encantado. Si tardo en contestar es por eso, no es mala educación.", "yes"),
    ("Ja, gerne. Wenn ich langsam antworte, ist das der Grund, keine Unhöflichkeit.", "yes"),
    ("Sim, com prazer. Se eu demorar a responder é por isso, não é falta de educação.", "yes"),
    ("Ndiyo, nitafurahi. Nikichelewa kujibu ndiyo sababu, si utovu wa adabu.", "yes"),
    # Writing back rather than answering, in Bavarian too: "zurückschreiben" is replying.
    ("Ja, gern. Nicht wundern, wenn ich nicht gleich zurückschreibe.", "yes"),
    (
        "passt scho, gern. Bin bloß bis Freitag mit de Hackschnitzl beim Bruader aufm Hof, drum "
        "ned wundern wenn i ned glei zruckschreib.",
        "yes",
    ),
    ("Ja, gern, wenn ich nicht gleich zurückschreiben muss.", "unclear"),
    # Near-misses: a refusal or a doubt as the reason, or nothing that says yes.
    ("Yes, happy to. If I'm slow to reply, ask someone else, not rudeness.", "unclear"),
    ("If I'm slow to reply, that's why, not rudeness.", "unclear"),
    ("Sure, happy to chat. If I'm slow to reply, assume it's a no.", "unclear"),
    ("Sure, happy to chat. If I'm slow to reply, it means I'm not interested.", "unclear"),
    ("Sure, though if I'm slow to reply it's because I'm not sure.", "unclear"),
    ("If I'm slow to reply, that's why.", "unclear"),
    # An "if" about the slow reply with a condition after it, not a reason.
    ("Yes, if I'm slow to reply, ask someone else.", "unclear"),
    ("Sí, claro. Si tardo en contestar, busca a otra persona.", "unclear"),
    ("Ndiyo. Nikichelewa kujibu, mtafute mtu mwingine.", "unclear"),
    (
        "Sure, happy to chat. If I'm slow to get back to him, that's why, and maybe I'll pass.",
        "unclear",
    ),
    ("Sure. Sorry if I'm slow to reply.", "yes"),
    ("Ja gerne, aber ich bin diese Woche auf dem Kongress.", "unclear"),
    ("Hapana, ndiyo sababu.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_fair_warnings_of_slow_replies_are_asides(text: str, answer: str) -> None:
    assert classify_text(text) == answer

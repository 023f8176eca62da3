"""The writer's note on their own whereabouts and replying, after a yes said in an earlier
sentence, with a clause on the network failing there before the turn ("I'm in Turkana
till the 15th, the signal isn't great but I will reply", "Niko Marsabit hadi Ijumaa,
mtandao si mzuri lakini nitajibu"): the negation tells of the network, and the yes
stands as it does without that clause. A clause that refuses, names a meeting or a
channel, a "no" that closes it, a reply refused or conditioned, or a doubtful answer
still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Yes, happy to. I'm in Inverness until Friday, the signal isn't great but I will reply.",
    "Sure, go ahead. I'm in Skye this week, reception is patchy but I'll reply tonight.",
    "Oui, volontiers. Je suis à Gap jusqu'au 12, le réseau n'est pas terrible mais je répondrai.",
    "Sí, claro. Estoy en Jujuy hasta el 20, la señal no es muy buena pero contestaré.",
    "Sim, pode apresentar! Estou em Braga até quinta, o sinal não é bom mas respondo hoje à noite.",
    "Ja, gerne. Ich bin bis Freitag in Kiel, das Netz ist nicht gut, aber ich melde mich "
    "heute Abend.",
    "Ndiyo, sawa. Niko Marsabit hadi Ijumaa, mtandao si mzuri lakini nitajibu.",
    "Ndio, nakubali. Asante. Niko Kitale hadi tarehe 9, mtandao si mzuri sana lakini "
    "nitajibu jioni.",
]

NEAR_MISSES = [
    ("Maybe. I'm in Inverness until Friday, the signal isn't great but I will reply.", "unclear"),
    ("Yes. I'm in Inverness until Friday, can't meet on this network but I will reply.", "unclear"),
    (
        "Yes. I'm in Inverness until Friday, not keen on him, the signal is bad but I'll reply.",
        "unclear",
    ),
    (
        "Yes. I'm in Inverness until Friday, the signal is poor but I will reply if he's legit.",
        "unclear",
    ),
    ("Yes. I'm in Inverness until Friday, no calls, no signal but I will reply.", "unclear"),
    ("Sí. Estoy en Jujuy hasta el 20, señal no, pero contestaré.", "unclear"),
    ("Sí. Estoy en Jujuy hasta el 20, si hay señal, pero contestaré.", "unclear"),
    (
        "Ja, gerne. Ich bin bis Freitag in Kiel, kein Netz, kein Treffen, aber ich melde mich.",
        "unclear",
    ),
    ("Ndio. Niko Marsabit hadi Ijumaa, mtandao si mzuri lakini nitajibu nikiamua.", "unclear"),
    ("Ndio. Niko Marsabit hadi Ijumaa, sitaki mtandao lakini nitajibu.", "unclear"),
    ("Yes. I'm in Inverness until Friday, the signal isn't great but I won't reply.", "no"),
]


@pytest.mark.parametrize("text", YES)
def test_the_network_failing_leaves_the_yes_standing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(text: str, expected: str) -> None:
    assert classify_text(text) == expected

"""A refusal summed up as "it's a no from me" (c'est non pour moi, por mi parte es un no,
von mir ein Nein, da minha parte é um não, jibu langu ni hapana) refuses; "saying yes to
things" or "yes to too many things" speaks of yes and says none; and in a reply that
refuses, a relative "who's" or "qui est" after a word ("a colleague who's off sick") asks
nothing. Beside a yes alone the relative is still read as it was, and a question asked
stays one."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ITS_A_NO = [
    (
        "I'd love to. But I can't, I'm covering for a colleague who's off sick. So it's a "
        "no from me this time, sorry.",
        "no",
    ),
    (
        "J'aimerais bien, mais je ne peux pas : je remplace une collègue qui est en arrêt. "
        "Donc c'est non pour moi cette fois.",
        "no",
    ),
    (
        "Me encantaría, pero no puedo, estoy cubriendo a una compañera. Así que por mi parte "
        "es un no.",
        "no",
    ),
    ("Gerne eigentlich, aber ich schaffe es nicht. Von mir also ein Nein.", "no"),
    (
        "Adoraria, mas não consigo, estou substituindo uma colega. Então da minha parte é um não.",
        "no",
    ),
    ("Ningependa, lakini siwezi, namshikilia mwenzangu. Kwa hiyo jibu langu ni hapana.", "no"),
    # A mention of yes answers nothing.
    ("I promised my family I'd stop saying yes to things.", "unclear"),
    ("J'ai promis d'arrêter de dire oui à tout.", "unclear"),
    ("Prometí dejar de decir que sí a todo.", "unclear"),
    ("Ich habe versprochen, nicht mehr zu allem ja zu sagen.", "unclear"),
    ("Prometi parar de dizer sim a tudo.", "unclear"),
    ("Nimeahidi kuacha kusema ndiyo kwa kila kitu.", "unclear"),
    # Saying yes to too many things, a habit, is no yes: the refusal after it decides.
    (
        "Elle trouve que je dis déjà oui à beaucoup trop de choses. Je vais donc décliner "
        "pour le podcast.",
        "no",
    ),
    ("I already say yes to way too many things. So I will decline.", "no"),
    ("Ya digo que sí a demasiadas cosas. Así que voy a declinar.", "no"),
    ("Ich sage schon zu oft ja. Deshalb muss ich leider absagen.", "no"),
    ("Eu já digo sim a coisas demais. Por isso vou recusar.", "no"),
    ("Nasema ndiyo kwa mambo mengi. Kwa hiyo nakataa.", "no"),
    ("I say yes to too many things, but yes, happy to meet her.", "yes"),
    ("Je dis oui à trop de choses.", "unclear"),
    # Near-misses: a question asked, or a relative beside a yes alone.
    ("Who's she? Yes maybe.", "unclear"),
    ("Yes. Let me know who's involved.", "unclear"),
    ("Oui, avec plaisir, mais je me demande qui est derrière.", "unclear"),
    ("Yes, she's the one who's running the project.", "unclear"),
    ("Yes! It's a no-brainer.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), ITS_A_NO)
def test_a_no_summed_up_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "Saying yes to every coffee is how I lose whole weeks. So I'm going to pass on this one.",
        "Dire oui à chaque café, c'est perdre des semaines. Alors je vais passer mon tour.",
        "Decir que sí a cada café es perder semanas enteras. Así que esta vez paso.",
        "Ich kann nicht zu jedem Termin ja sagen. Deshalb lehne ich ab.",
        "Dizer sim a cada café é perder semanas inteiras. Por isso vou passar desta vez.",
        "Kusema ndiyo kwa kila mwaliko kunanipotezea wiki. Kwa hiyo safari hii hapana.",
    ],
)
def test_yes_to_every_request_spoken_of_leaves_the_refusal(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A yes to each point, or to any time, still answers.
        ("Yes to every point you made. Happy to meet him.", "yes"),
        ("Ja zu jedem Termin, der ihm passt.", "yes"),
        ("Saying yes to every coffee is how I lose whole weeks.", "unclear"),
    ],
)
def test_near_misses_of_yes_to_every_request(text: str, answer: str) -> None:
    assert classify_text(text) == answer

"""When the writer will reply to the other, said after a yes in an earlier sentence ("Yes,
sure. I'll reply to him when I'm back.", "so I might take a couple of days to reply to
her, but I'm definitely interested", "Nitamjibu nikirudi ofisini"), is a contact agreed
to, timed: no condition. Replying to the one who asks ("I'll reply to you when I'm
back"), deciding later, a condition, a doubt or the yes's own sentence still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

TIMED = [
    "Yes, sure. I'll reply to him when I'm back.",
    "Yes, sure. I'm travelling until Thursday, so I'll reply to her when I get back.",
    "Sure, happy to be introduced to Dana.\n\nFair warning that I'm in the last stretch of"
    " thesis writing, so I might take a couple of days to reply to her, but I'm definitely"
    " interested.",
    "Oui, volontiers. Je lui répondrai à mon retour.",
    "Sí, claro. Le responderé a él a mi regreso.",
    "Ja, gerne. Ich antworte ihm, wenn ich zurück bin.",
    "Sim, claro. Respondo a ele quando voltar.",
    "Ndiyo, sawa kabisa.\n\nNitamjibu nikirudi ofisini.",
]


@pytest.mark.parametrize("text", TIMED)
def test_a_reply_to_the_other_timed_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Yes, sure. I'll reply to you when I'm back.",
    "Yes, sure. I'll decide when I'm back.",
    "Yes, sure. I'll reply to him when I'm back, if he's still keen.",
    "Yes, sure. I'll reply to him when I'm back and decide then.",
    "Maybe. I'll reply to him when I'm back.",
    "Sure, I'll reply to him when I'm back.",
    "Sure, I might take a couple of days to reply to her.",
    "Sure. I might reply to her.",
    "Yes. I might take a couple of days to decide.",
    "Ndiyo. Nitajibu nikirudi.",
    "Ndiyo. Nitamjibu nikirudi kama nina muda.",
    "Oui. Je lui répondrai à mon retour, s'il est sérieux.",
    "Ja, gerne. Ich antworte ihm, wenn ich zurück bin, falls es passt.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_reply_that_decides_or_waits_on_a_condition_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


# The one asked about named where the pronoun would stand, with the article Portuguese
# gives a name ("responder o Diego", "responder ao Diego", "escrever pro Diego").
NAMED = [
    "Pode sim! Manda ver. Talvez eu demore um pouquinho pra responder o Diego.",
    "Pode sim! Talvez eu demore uns dias a responder ao Diego.",
    "Pode sim! Talvez eu demore um pouco pra escrever pro Diego.",
    "Yes, go ahead! I may be slow to reply to Diego.",
]


@pytest.mark.parametrize("text", NAMED)
def test_the_other_named_with_an_article_stands_for_the_pronoun(text: str) -> None:
    assert read_answer(text, frozenset({"diego", "arantes"}), "Diego Arantes")[0] == "yes"


NAMED_STILL_DOUBTING = [
    "Pode sim! Talvez eu responda o Diego.",
    "Pode sim! Talvez eu demore pra responder o Diego, se ele ainda quiser.",
    "Pode sim! Talvez eu demore pra decidir sobre o Diego.",
    "Talvez. Talvez eu demore pra responder o Diego.",
]


@pytest.mark.parametrize("text", NAMED_STILL_DOUBTING)
def test_the_other_named_with_an_article_still_doubts_a_condition(text: str) -> None:
    assert read_answer(text, frozenset({"diego", "arantes"}), "Diego Arantes")[0] == "unclear"


# A turn after the timed reply back to the reply itself ("..., but I will.", "..., mas
# respondo") goes on with the note, in each language the note is read in.
REAFFIRMED = [
    "Yes, go ahead! I might take a few days to reply to her, but I will.\n\nBest,\nHelen",
    "Yes, go ahead! I might take a few days to reply to her, but I'll definitely reply.",
    "Sí, adelante. Quizá tarde unos días en responderle a él, pero le respondo.",
    "Ja, gerne. Ich antworte ihm, wenn ich zurück bin, aber ich antworte bestimmt.",
    "Pode sim! Manda ver.\n\nSó um heads-up: tô numa sprint até sexta, então talvez eu"
    " demore um pouquinho pra responder a ele, mas respondo. Playwright é meu xodó rs"
    "\n\nAbs,\nThaís",
    "Ndiyo, endelea. Nitamjibu nikirudi, lakini nitajibu.\n\nAsante",
]


@pytest.mark.parametrize("text", REAFFIRMED)
def test_a_turn_back_to_the_reply_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


TURNED_ELSEWHERE = [
    "Yes, go ahead! I might take a few days to reply to her, but only if she is serious.",
    "Yes, go ahead! I might take a few days to reply to her, but I'm not sure.",
    "Yes, go ahead! I might take a few days to reply to her, but I will think about it.",
    "Ja, gerne. Ich antworte ihm, wenn ich zurück bin, aber nur wenn er es ernst meint.",
    "Pode sim. Talvez eu demore uns dias pra responder a ele, mas respondo se der.",
    "Pode sim. Talvez eu demore uns dias pra responder a ele, mas não sei.",
    "Ndiyo, endelea. Nitamjibu nikirudi, lakini sina uhakika.",
]


@pytest.mark.parametrize("text", TURNED_ELSEWHERE)
def test_a_turn_to_anything_else_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "sawa bila shaka mpe namba yangu nitampigia jioni nikimaliza safari ya airport "
        "asante dada fatma",
        "Ndiyo. Nitampigia jioni nikimaliza safari ya airport.",
        "Sure, happy to. I'll call him when I'm back from Lisbon.",
        "Oui, avec plaisir. Je l'appellerai à mon retour.",
        "Sí, encantado. Le llamaré a mi vuelta.",
        "Ja, gerne. Ich rufe ihn an, wenn ich zurück bin.",
        "Sim, claro. Eu ligo pra ele quando voltar.",
    ],
)
def test_the_writer_calling_the_other_when_free_is_timed_contact(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # Replying to the one who asks, one yes alone before the reply in a dictated
        # reply, a decision, a condition or a negated call still doubt.
        "sawa nikimaliza kazi nitakujibu",
        "sawa bila shaka nikimaliza kazi nitakujibu",
        "sawa nitamjibu nikirudi",
        "sawa bila shaka nitamjibu nikirudi kama nina muda",
        "sawa bila shaka mpe namba yangu nitampigia nikimaliza kufikiria",
        "sawa bila shaka nitamjibu nikimaliza na kuamua",
        "sawa bila shaka sitampigia nikimaliza safari",
        "sawa, bila shaka, nitampigia nikimaliza safari",
        "Ndiyo, nikimaliza.",
        "Sure. I'll call him when I'm back and decide then.",
        "Sure, I'll reply to him when I'm back.",
    ],
)
def test_a_dictated_timing_that_decides_or_asks_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


# A decision put off to later ("and decide then", "je déciderai à ce moment-là",
# "decidiré entonces", "dann entscheide ich", "decido depois", "nitaamua baadaye") after
# a yes leaves the reply unclear, the writer's return spelled out or contracted alike.
DEFERRED_DECISIONS = [
    "Yes. I will reply to him when I am back and decide then.",
    "Yes. I'll reply to him tomorrow and decide then.",
    "Yes. I'll write to him tomorrow and let you know then.",
    "Yes. I'll call him next week and make up my mind then.",
    "Oui. Je lui écris demain et déciderai à ce moment-là.",
    "Sí. Le escribo mañana y decido entonces.",
    "Ja. Ich schreibe ihm morgen und entscheide dann.",
    "Sim. Escrevo-lhe amanhã e decido mais tarde.",
    "Ndiyo. Nitamwandikia kesho na kuamua baadaye.",
    # How the writer will feel then decides it as much.
    "Yes. I'll see how I feel then.",
    "Oui. Je verrai comment je me sens à ce moment-là.",
    "Sí. Ya veré cómo me siento entonces.",
    "Ja. Mal sehen, wie es mir dann geht.",
    "Sim. Depois vejo como me sinto.",
    "Ndiyo. Nitaona nitakavyojisikia.",
    # A contact waiting on the writer's own decision or certainty decides nothing yet.
    "Yes, I'll call him when I decide.",
    "Yes, I will call him when I am sure.",
    "Yes, I'll call him once I've made up my mind.",
    "Oui, je l'appellerai quand je serai sûr.",
    "Sí, le llamaré cuando lo decida.",
    "Ja, ich rufe ihn an, sobald ich sicher bin.",
    "Sim, ligo pra ele quando eu decidir.",
    "Sawa. Nitampigia nikiamua.",
]


@pytest.mark.parametrize("text", DEFERRED_DECISIONS)
def test_a_decision_put_off_after_a_yes_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, sure. I will reply to him when I am back.",
        "Yes, sure. I'll reply to him when I'm back.",
    ],
)
def test_the_writers_return_spelled_out_reads_as_contracted(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. I feel it is a great fit.",
        "Oui, avec plaisir, je me sens prêt.",
        "Yes, I'm sure. Go ahead.",
        "Sí, estoy segura, adelante.",
        "Ja, ich bin sicher, legen Sie los.",
        "Ndiyo, nina uhakika, endelea.",
        "Yes! I decided right away: go ahead.",
    ],
)
def test_a_feeling_or_certainty_said_now_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"
